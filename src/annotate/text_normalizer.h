// The form text is matched in: NFKC with case folding (so full-width and half-width forms, and
// upper and lower case, are one), runs of spaces as one space, and no space next to a Chinese
// character ("2030 年议程" and "2030年议程" are one). Each byte keeps its offset in the original.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rightstrack::annotate {

struct NormalizedText {
  std::string text;
  std::vector<uint32_t> origin;  // origin[i]: byte offset in the original of text[i]; one extra for the end
};

NormalizedText normalize(std::string_view original);

}  // namespace rightstrack::annotate
