// Snippets: a window of a provision's text around what matched, cut on character boundaries
// (never inside a UTF-8 sequence), with the matched spans given as byte ranges of the snippet.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace rightstrack::search {

struct Span {
  size_t begin = 0, end = 0;
};

struct Snippet {
  std::string text;              // "…" marks where the provision goes on
  std::vector<Span> highlights;  // bytes of `text`, sorted, not overlapping
};

// `matches`: byte spans of `text`; `width`: the window in display columns (a Han character is 2).
Snippet make_snippet(std::string_view text, std::vector<Span> matches, size_t width = 120);

}  // namespace rightstrack::search
