// Reads a Word document (.docx: a zip of XML) with libzip and libxml2: paragraphs in order, list
// numbering as printed ("1.", "(a)"), tables a row per line with tabs between cells, footnotes at
// the end marked as in the text. Archives that would expand past the size limit (zip bombs) and
// archives without word/document.xml are refused.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace rightstrack {

bool looks_like_zip(std::string_view bytes);
// `max_expanded`: the most bytes the archive's parts may expand to.
Result<std::vector<std::string>> docx_lines(std::string_view bytes, const std::string& name, size_t max_expanded);

}  // namespace rightstrack
