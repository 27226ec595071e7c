#include "core/utf8.h"

#include <array>

namespace rightstrack::utf8 {

size_t invalid_offset(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size(), i = 0;
  while (i < n) {
    unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;  // UTF-16 surrogates are not characters
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      return i;
    }
    if (i + len > n) return i;
    if (p[i + 1] < lo || p[i + 1] > hi) return i;
    for (size_t k = 2; k < len; ++k)
      if ((p[i + k] & 0xC0) != 0x80) return i;
    i += len;
  }
  return kValid;
}

char32_t next(std::string_view s, size_t& i) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if (len == 1 || i + len > s.size()) {
    ++i;
    return 0xFFFD;
  }
  char32_t cp = c & (0x3F >> (len - 1));
  for (size_t k = 1; k < len; ++k) {
    auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  i += len;
  return cp;
}

char32_t prev(std::string_view s, size_t& i) {
  size_t start = i;
  do {
    --start;
  } while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80 && i - start < 4);
  size_t j = start;
  char32_t cp = next(s, j);
  i = start;
  return cp;
}

void append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::u32string to_u32(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) out.push_back(next(s, i));
  return out;
}

std::string from_u32(std::u32string_view s) {
  std::string out;
  out.reserve(s.size() * 3);
  for (char32_t c : s) append(out, c);
  return out;
}

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 || c == 0x3000 ||
         c == 0xFEFF || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F;
}

bool is_han(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x2FA1F);
}

bool is_cjk(char32_t c) {
  return is_han(c) || (c >= 0x3000 && c <= 0x30FF) || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xFF00 && c <= 0xFFEF) ||
         (c >= 0x31F0 && c <= 0x31FF);
}

bool is_latin_letter(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

namespace {
// Byte length of the Unicode space that starts at s[i], or 0. Hot: every match form goes through it.
size_t space_len(std::string_view s, size_t i) {
  auto at = [&](size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0; };
  unsigned char c = at(0);
  if (c < 0x80) return (c == ' ' || (c >= '\t' && c <= '\r')) ? 1 : 0;
  // A sequence cut short at the end of the text is not a space (and must not be stepped over).
  if (i + (c >= 0xE0 ? 3 : 2) > s.size()) return 0;
  switch (c) {
    case 0xC2:
      return at(1) == 0xA0 ? 2 : 0;  // U+00A0
    case 0xE1:
      return at(1) == 0x9A && at(2) == 0x80 ? 3 : 0;  // U+1680
    case 0xE2:
      if (at(1) == 0x80) return (at(2) <= 0x8B || at(2) == 0xAF) ? 3 : 0;  // U+2000-200B, U+202F
      return at(1) == 0x81 && at(2) == 0x9F ? 3 : 0;                       // U+205F
    case 0xE3:
      return at(1) == 0x80 && at(2) == 0x80 ? 3 : 0;  // U+3000
    case 0xEF:
      return at(1) == 0xBB && at(2) == 0xBF ? 3 : 0;  // U+FEFF
    default:
      return 0;
  }
}
}  // namespace

std::string_view trim_end(std::string_view s) {
  size_t e = s.size();
  while (e > 0) {
    size_t j = e;
    if (!is_space(prev(s, j))) break;
    e = j;
  }
  return s.substr(0, e);
}

std::string_view trim(std::string_view s) {
  size_t b = 0;
  while (b < s.size()) {
    size_t j = b;
    if (!is_space(next(s, j))) break;
    b = j;
  }
  size_t e = s.size();
  while (e > b) {
    size_t j = e;
    if (!is_space(prev(s, j))) break;
    e = j;
  }
  return s.substr(b, e - b);
}

// Bytes that can begin a space: ASCII blanks and the lead bytes of the Unicode spaces.
constexpr std::array<bool, 256> kMaybeSpace = [] {
  std::array<bool, 256> t{};
  for (unsigned char c : {' ', '\t', '\n', '\v', '\f', '\r', '\xC2', '\xE1', '\xE2', '\xE3', '\xEF'}) t[c] = true;
  return t;
}();

std::string remove_spaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t run = 0;
  for (size_t i = 0; i < s.size();) {
    if (!kMaybeSpace[static_cast<unsigned char>(s[i])]) {
      ++i;
      continue;
    }
    size_t n = space_len(s, i);
    if (n == 0) {
      ++i;
      continue;
    }
    out.append(s.substr(run, i - run));
    i += n;
    run = i;
  }
  out.append(s.substr(run));
  return out;
}

std::string collapse_spaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending = false;
  for (size_t i = 0; i < s.size();) {
    size_t start = i;
    char32_t c = next(s, i);
    if (is_space(c)) {
      pending = !out.empty();
      continue;
    }
    if (pending) out.push_back(' ');
    pending = false;
    out.append(s.substr(start, i - start));
  }
  return out;
}

namespace {
bool cjk_side(char32_t c) { return is_cjk(c) || (c >= '0' && c <= '9') || c == '%'; }
}  // namespace

std::string squeeze_cjk_spaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  char32_t last = 0;     // last code point written
  bool pending = false;  // spaces seen since it
  for (size_t i = 0; i < s.size();) {
    if (size_t n = space_len(s, i)) {
      pending = !out.empty();
      i += n;
      continue;
    }
    size_t start = i;
    char32_t c = next(s, i);
    if (pending) {
      bool digit_pair = (last >= '0' && last <= '9') && (c >= '0' && c <= '9');
      bool squeeze = !digit_pair && cjk_side(last) && cjk_side(c) && (is_cjk(last) || is_cjk(c));
      if (!squeeze) out.push_back(' ');
      pending = false;
    }
    out.append(s.substr(start, i - start));
    last = c;
  }
  return out;
}

std::string_view prefix(std::string_view s, size_t max_bytes) {
  if (s.size() <= max_bytes) return s;
  size_t n = max_bytes;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n);
}

char32_t first_char(std::string_view s) {
  if (s.empty()) return 0;
  size_t i = 0;
  return next(s, i);
}

char32_t last_char(std::string_view s) {
  if (s.empty()) return 0;
  size_t i = s.size();
  return prev(s, i);
}

size_t length(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

size_t display_width(std::string_view s) {
  size_t w = 0;
  for (size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++w;
      ++i;
    } else if (c >= 0xE4 && c <= 0xE9 && i + 2 < s.size()) {  // U+4000–U+9FFF: Han, always wide
      w += 2;
      i += 3;
    } else {
      w += is_cjk(next(s, i)) ? 2 : 1;
    }
  }
  return w;
}

}  // namespace rightstrack::utf8
