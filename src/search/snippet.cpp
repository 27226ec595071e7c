#include "search/snippet.h"

#include <algorithm>

#include "core/utf8.h"

namespace rightstrack::search {
namespace {

size_t columns(char32_t c) { return utf8::is_cjk(c) ? 2 : 1; }

// Moves `i` back to the start of the character it is in.
size_t char_start(std::string_view s, size_t i) {
  while (i > 0 && i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return std::min(i, s.size());
}

}  // namespace

Snippet make_snippet(std::string_view text, std::vector<Span> matches, size_t width) {
  std::sort(matches.begin(), matches.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  std::vector<Span> merged;
  for (auto m : matches) {
    m.begin = char_start(text, m.begin);
    m.end = char_start(text, std::min(m.end, text.size()));
    if (m.end <= m.begin) continue;
    if (!merged.empty() && m.begin <= merged.back().end)
      merged.back().end = std::max(merged.back().end, m.end);
    else
      merged.push_back(m);
  }
  // Start a little before the first match, about a fifth of the window.
  size_t start = merged.empty() ? 0 : merged.front().begin, lead = 0;
  while (start > 0 && lead < width / 5) {
    char32_t c = utf8::prev(text, start);
    lead += columns(c);
  }
  size_t end = start, used = 0;
  while (end < text.size() && used < width) {
    char32_t c = utf8::next(text, end);
    used += columns(c);
  }
  Snippet out;
  if (start > 0) out.text = "…";
  size_t shift = out.text.size();
  out.text.append(text.substr(start, end - start));
  if (end < text.size()) out.text += "…";
  for (const auto& m : merged) {
    if (m.end <= start || m.begin >= end) continue;
    size_t b = std::max(m.begin, start), e = std::min(m.end, end);
    out.highlights.push_back({b - start + shift, e - start + shift});
  }
  return out;
}

}  // namespace rightstrack::search
