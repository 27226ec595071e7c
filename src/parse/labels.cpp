#include "parse/labels.h"

#include "core/numerals.h"
#include "core/utf8.h"

namespace rightstrack::parse {
namespace {

// Full-width digits (１．) number paragraphs as ASCII ones do.
bool is_digit(char32_t c) { return (c >= '0' && c <= '9') || (c >= U'０' && c <= U'９'); }
bool is_bullet(char32_t c) {
  return c == U'•' || c == U'●' || c == U'▪' || c == U'◦' || c == U'·' || c == U'‣' || c == U'∙' || c == U'○' ||
         c == U'■' || c == U'□' || c == U'➢' || c == U'►' || c == U'-' || c == U'–' || c == U'—' ||
         (c >= 0xE000 && c <= 0xF8FF);
}
bool is_superscript(char32_t c) { return c == U'¹' || c == U'²' || c == U'³' || (c >= U'⁰' && c <= U'⁹'); }
bool is_roman(std::u32string_view s) {
  if (s.empty() || s.size() > 5) return false;
  for (char32_t c : s)
    if (c != 'i' && c != 'v' && c != 'x' && c != 'I' && c != 'V' && c != 'X' && c != 'L') return false;
  return true;
}
bool label_dot(char32_t c) { return c == '.' || c == U'．' || c == U'、'; }

// Bytes of spaces after position i of u.
size_t skip_spaces(const std::u32string& u, size_t i) {
  while (i < u.size() && utf8::is_space(u[i])) ++i;
  return i;
}

size_t bytes_of(const std::u32string& u, size_t n) {
  return utf8::from_u32(std::u32string_view(u).substr(0, n)).size();
}

std::optional<Label> make(const std::u32string& u, size_t label_end, std::u32string text, std::string style) {
  size_t after = skip_spaces(u, label_end);
  for (char32_t& c : text)
    if (c >= U'０' && c <= U'９') c = c - U'０' + '0';  // the label "1" whichever digits print it
  return Label{utf8::from_u32(text), std::move(style), bytes_of(u, after)};
}

std::optional<Label> detect_plain(const std::u32string& u) {
  size_t n = u.size();
  if (n == 0) return std::nullopt;
  // Footnote markers.
  if (u[0] == '*' && n > 1 && (utf8::is_space(u[1]) || u[1] != '*')) return make(u, 1, U"*", "footnote");
  if (is_superscript(u[0])) {
    size_t i = 0;
    while (i < n && is_superscript(u[i])) ++i;
    return make(u, i, u.substr(0, i), "footnote");
  }
  // 1.  12.  121.1  1)
  if (is_digit(u[0])) {
    size_t i = 0;
    while (i < n && is_digit(u[i])) ++i;
    if (i > 3 || i >= n) return std::nullopt;
    if (label_dot(u[i])) {
      size_t j = i + 1;
      if (j < n && is_digit(u[j]) && u[i] == '.') {  // 121.1 followed by a space
        size_t k = j;
        while (k < n && is_digit(u[k])) ++k;
        if (k - j <= 3 && k < n && utf8::is_space(u[k])) return make(u, k, u.substr(0, k), "num-sub");
        return std::nullopt;  // 1.05%
      }
      if (j >= n || utf8::is_space(u[j]) || !is_digit(u[j])) return make(u, j, u.substr(0, i), "num");
      return std::nullopt;
    }
    if (u[i] == ')' && i + 1 < n && utf8::is_space(u[i + 1])) return make(u, i + 1, u.substr(0, i + 1), "paren-num");
    return std::nullopt;
  }
  // (a) (1) (iv) and full-width parentheses
  if (u[0] == '(' || u[0] == U'（') {
    size_t close = u.find_first_of(U")）", 1);
    if (close == std::u32string::npos || close == 1 || close > 5) return std::nullopt;
    std::u32string inner = u.substr(1, close - 1);
    std::u32string label = U"(" + inner + U")";
    bool digits = true, letters = true;
    for (char32_t c : inner) {
      digits = digits && is_digit(c);
      letters = letters && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
    }
    if (digits) return make(u, close + 1, label, "paren-num");
    if (letters && inner.size() == 1) return make(u, close + 1, label, "paren-alpha");
    if (letters && is_roman(inner)) return make(u, close + 1, label, "paren-roman");
    if (letters && inner.size() == 2 && inner[0] == inner[1]) return make(u, close + 1, label, "paren-alpha");
    // Chinese numerals in parentheses: (一)
    bool zh = true;
    for (char32_t c : inner) zh = zh && is_chinese_numeral_char(c);
    if (zh) return make(u, close + 1, label, "paren-zh");
    return std::nullopt;
  }
  // 一.  二、
  if (is_chinese_numeral_char(u[0])) {
    size_t i = 0;
    while (i < n && is_chinese_numeral_char(u[i])) ++i;
    if (i <= 3 && i < n && label_dot(u[i])) return make(u, i + 1, u.substr(0, i), "zh-num");
    return std::nullopt;
  }
  // A.  IV.  a)
  if (u[0] < 0x80 && ((u[0] >= 'A' && u[0] <= 'Z') || (u[0] >= 'a' && u[0] <= 'z'))) {
    size_t i = 0;
    while (i < n && i < 6 && u[i] < 0x80 && ((u[i] >= 'A' && u[i] <= 'Z') || (u[i] >= 'a' && u[i] <= 'z'))) ++i;
    if (i >= n || i + 1 >= n || !utf8::is_space(u[i + 1])) return std::nullopt;
    std::u32string word = u.substr(0, i);
    if (u[i] == '.' && is_roman(word) && word[0] >= 'A' && word[0] <= 'Z' &&
        (i > 1 || word[0] == 'I' || word[0] == 'V' || word[0] == 'X'))
      return make(u, i + 1, word, i == 1 && word[0] != 'I' ? "alpha-upper" : "roman");
    if (u[i] == '.' && i == 1 && word[0] >= 'A' && word[0] <= 'Z') return make(u, i + 1, word, "alpha-upper");
    if (u[i] == ')' && i == 1 && word[0] >= 'a' && word[0] <= 'z') return make(u, i + 1, word + U")", "paren-alpha");
    return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

std::optional<Label> detect_label(std::string_view text) {
  // Most blocks open with a Han character that is not a numeral: decide those without decoding more.
  if (!text.empty()) {
    char32_t first = utf8::first_char(text);
    if (utf8::is_han(first) && !is_chinese_numeral_char(first)) return std::nullopt;
    if ((first >= 'a' && first <= 'z' && text.size() > 1 && text[1] != ')')) return std::nullopt;
  }
  std::u32string u = utf8::to_u32(utf8::prefix(text, 48));
  if (u.empty()) return std::nullopt;
  if (is_bullet(u[0]) && (u.size() == 1 || utf8::is_space(u[1]) || u[0] > 0x7F)) {
    size_t mark = 1;
    while (mark < u.size() && u[mark] == u[0] && u[0] > 0x7F) ++mark;  // "——继续…": a Chinese dash is doubled
    size_t after = skip_spaces(u, mark);
    if (u[0] == '-' && after == 1) return std::nullopt;  // "-word" is not a bullet
    size_t bullet_bytes = bytes_of(u, after);
    if (auto inner = detect_plain(u.substr(after)); inner && inner->style != "footnote") {
      inner->length += bullet_bytes;
      return inner;
    }
    return Label{"", "bullet", bullet_bytes};
  }
  return detect_plain(u);
}

bool is_heading_style(const std::string& style) {
  return style == "zh-num" || style == "alpha-upper" || style == "roman";
}

}  // namespace rightstrack::parse
