// Provision text: the small text tests and edits that building provisions makes on a block's
// match form (spaces removed for CJK) and its printed text. Internal to src/parse.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace rightstrack::parse {

bool starts_with(std::string_view s, std::string_view p);
// Code points in s, counted no further than limit + 1: enough to compare with a limit.
size_t length_up_to(std::string_view s, size_t limit);
// A sentence's full stop: a preambular paragraph ends with a comma, an operative one with a full
// stop or a semicolon (a resolution's only operative paragraph, or a decision's, goes unnumbered).
bool ends_with_full_stop(const std::string& f);
bool ends_with_colon(const std::string& f);
std::string drop_colon(std::string f);
// "<marker>:" or "<marker>：" at the start of f: the length of marker and colon (0: not there).
size_t marker_prefix(const std::string& f, const std::string& marker);
// Byte offset in `text` after skipping `n` bytes of its match form (spaces ignored for CJK).
size_t skip_form(const std::string& text, size_t n);
// `text` trimmed, its superscript footnote markers (¹ ² ³ ⁴…) moved to `refs`.
std::string strip_markers(std::string_view text, std::vector<std::string>& refs);

}  // namespace rightstrack::parse
