// Page furniture: what a page prints around the text — page numbers, the job number and bar
// code, the running symbol, "Please recycle" — which the layout drops. Internal to src/parse.
#pragma once

#include <string_view>

namespace rightstrack::parse {

// Every code point of s, spaces aside, is one of `allowed`.
bool all_of_chars(std::string_view s, std::u32string_view allowed);

// A line that is page furniture wherever it stands ("12", "- 3 -", "3/12", "GE.21-04270 (C)",
// "*2104270*", a URL, "A/HRC/RES/46/7" alone).
bool is_furniture(std::string_view t);

}  // namespace rightstrack::parse
