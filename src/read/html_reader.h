// Reads an HTML page (a UN web page) into text lines: block elements become lines, table cells are
// separated by tabs, scripts, styles and navigation are dropped. libxml2's HTML parser; the
// encoding comes from the page (meta charset) or is UTF-8.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace rightstrack {

// True when `bytes` look like HTML (a doctype or an <html>/<head>/<body> tag near the start).
bool looks_like_html(std::string_view bytes);
Result<std::vector<std::string>> html_lines(std::string_view bytes, const std::string& name);

}  // namespace rightstrack
