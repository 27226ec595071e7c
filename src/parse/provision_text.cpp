#include "parse/provision_text.h"

#include "core/utf8.h"

namespace rightstrack::parse {

bool starts_with(std::string_view s, std::string_view p) {
  return !p.empty() && s.size() >= p.size() && s[0] == p[0] && s.compare(0, p.size(), p) == 0;
}

size_t length_up_to(std::string_view s, size_t limit) {
  size_t n = 0;
  for (size_t i = 0; i < s.size() && n <= limit; ++i) n += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
  return n;
}

bool ends_with_full_stop(const std::string& f) {
  return !f.empty() && (f.back() == '.' || (f.size() >= 3 && f.compare(f.size() - 3, 3, "。") == 0));
}

bool ends_with_colon(const std::string& f) {
  return !f.empty() && (f.back() == ':' || (f.size() >= 3 && f.compare(f.size() - 3, 3, "：") == 0));
}

std::string drop_colon(std::string f) {
  while (!f.empty() && (f.back() == ':' || f.back() == ' ')) f.pop_back();
  if (f.size() >= 3 && f.compare(f.size() - 3, 3, "：") == 0) f.resize(f.size() - 3);
  return f;
}

size_t marker_prefix(const std::string& f, const std::string& marker) {
  if (!starts_with(f, marker)) return 0;
  size_t k = marker.size();
  while (k < f.size() && f[k] == ' ') ++k;
  if (k < f.size() && f[k] == ':') return k + 1;
  if (f.compare(k, 3, "：") == 0) return k + 3;
  return 0;
}

size_t skip_form(const std::string& text, size_t n) {
  size_t seen = 0, i = 0;
  while (i < text.size() && seen < n) {
    size_t start = i;
    char32_t c = utf8::next(text, i);
    if (utf8::is_space(c)) continue;
    seen += i - start;
  }
  return i;
}

std::string strip_markers(std::string_view text, std::vector<std::string>& refs) {
  // Superscript digits are U+00B9, U+00B2, U+00B3 (C2 xx) and U+2070–2079 (E2 81 xx).
  if (text.find("\xC2") == std::string_view::npos && text.find("\xE2\x81") == std::string_view::npos)
    return std::string(utf8::trim(text));
  std::string out;
  for (size_t i = 0; i < text.size();) {
    size_t start = i;
    char32_t c = utf8::next(text, i);
    if (c == U'¹' || c == U'²' || c == U'³' || (c >= U'⁰' && c <= U'⁹')) {
      refs.push_back(utf8::from_u32(std::u32string(1, c)));
      continue;
    }
    out.append(text.substr(start, i - start));
  }
  return std::string(utf8::trim(out));
}

}  // namespace rightstrack::parse
