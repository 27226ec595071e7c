#include "core/numerals.h"

#include <string>
#include <utility>

#include "core/utf8.h"

namespace rightstrack {
namespace {

int digit_value(char32_t c) {
  static const std::u32string kDigits = U"零一二三四五六七八九";
  if (c == U'〇') return 0;
  if (c == U'两') return 2;
  auto p = kDigits.find(c);
  if (p != std::u32string::npos) return static_cast<int>(p);
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= U'０' && c <= U'９') return static_cast<int>(c - U'０');
  return -1;
}

int unit_value(char32_t c) {
  switch (c) {
    case U'十':
      return 10;
    case U'百':
      return 100;
    case U'千':
      return 1000;
    case U'万':
      return 10000;
    case U'亿':
      return 100000000;
    default:
      return 0;
  }
}

}  // namespace

bool is_chinese_numeral_char(char32_t c) { return (digit_value(c) >= 0 && c > 0x7F) || unit_value(c) > 0; }

std::optional<int> chinese_number(std::string_view s) {
  std::u32string u = utf8::to_u32(utf8::trim(s));
  if (u.empty()) return std::nullopt;
  long long total = 0, section = 0, number = 0;
  bool any_unit = false, digits_only = true;
  for (char32_t c : u) {
    if (int d = digit_value(c); d >= 0) {
      number = any_unit || !digits_only ? d : number * 10 + d;
      if (number > 1000000000) return std::nullopt;
      continue;
    }
    int unit = unit_value(c);
    if (unit == 0) return std::nullopt;
    digits_only = false;
    any_unit = true;
    if (unit >= 10000) {
      total = (total + section + number) * unit;
      section = 0;
    } else {
      section += (number == 0 ? 1 : number) * unit;
    }
    number = 0;
  }
  long long v = total + section + number;
  if (v > 2000000000) return std::nullopt;
  return static_cast<int>(v);
}

std::optional<int> english_number(std::string_view s) {
  static const std::pair<const char*, int> kWords[] = {
      {"zero", 0},        {"one", 1},         {"first", 1},      {"two", 2},         {"second", 2},
      {"three", 3},       {"third", 3},       {"four", 4},       {"fourth", 4},      {"five", 5},
      {"fifth", 5},       {"six", 6},         {"sixth", 6},      {"seven", 7},       {"seventh", 7},
      {"eight", 8},       {"eighth", 8},      {"nine", 9},       {"ninth", 9},       {"ten", 10},
      {"tenth", 10},      {"eleven", 11},     {"eleventh", 11},  {"twelve", 12},     {"twelfth", 12},
      {"thirteen", 13},   {"thirteenth", 13}, {"fourteen", 14},  {"fourteenth", 14}, {"fifteen", 15},
      {"fifteenth", 15},  {"sixteen", 16},    {"sixteenth", 16}, {"seventeen", 17},  {"seventeenth", 17},
      {"eighteen", 18},   {"eighteenth", 18}, {"nineteen", 19},  {"nineteenth", 19}, {"twenty", 20},
      {"twentieth", 20},  {"thirty", 30},     {"thirtieth", 30}, {"forty", 40},      {"fortieth", 40},
      {"fifty", 50},      {"fiftieth", 50},   {"sixty", 60},     {"sixtieth", 60},   {"seventy", 70},
      {"seventieth", 70}, {"eighty", 80},     {"eightieth", 80}, {"ninety", 90},     {"ninetieth", 90},
      {"hundred", 100},   {"hundredth", 100}};
  std::string t;
  for (char c : utf8::trim(s)) t.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
  if (t.empty()) return std::nullopt;
  // "76th", "21st", "3"
  size_t d = 0;
  while (d < t.size() && t[d] >= '0' && t[d] <= '9') ++d;
  if (d > 0 && d <= 6) {
    std::string rest = t.substr(d);
    if (rest.empty() || rest == "st" || rest == "nd" || rest == "rd" || rest == "th") return std::stoi(t.substr(0, d));
    return std::nullopt;
  }
  int total = 0;
  bool any = false;
  size_t i = 0;
  while (i < t.size()) {
    size_t j = i;
    while (j < t.size() && t[j] >= 'a' && t[j] <= 'z') ++j;
    std::string word = t.substr(i, j - i);
    if (!word.empty() && word != "and") {
      bool found = false;
      for (const auto& [w, v] : kWords) {
        if (word != w) continue;
        found = true;
        total = v == 100 ? (total == 0 ? 100 : total * 100) : total + v;
      }
      if (!found) return std::nullopt;
      any = true;
    }
    i = j;
    while (i < t.size() && (t[i] == '-' || t[i] == ' ')) ++i;
    if (i < t.size() && !(t[i] >= 'a' && t[i] <= 'z')) return std::nullopt;
  }
  if (!any) return std::nullopt;
  return total;
}

}  // namespace rightstrack
