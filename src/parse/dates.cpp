#include "parse/dates.h"

#include <algorithm>
#include <cstdio>
#include <regex>

#include "core/utf8.h"

namespace rightstrack::parse {
namespace {

bool valid(int y, int m, int d) { return y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31; }

int month_number(std::string name) {
  static const char* kMonths[] = {"january", "february", "march",     "april",   "may",      "june",
                                  "july",    "august",   "september", "october", "november", "december"};
  for (auto& c : name) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  for (int i = 0; i < 12; ++i)
    if (name == kMonths[i] || (name.size() >= 3 && std::string(kMonths[i]).rfind(name, 0) == 0 && name.size() <= 4))
      return i + 1;
  return 0;
}

std::optional<DateRange> find_zh(std::string_view text) {
  // Spaces are removed first ("2007 年 6 月 18 日"); offsets refer to that squeezed form.
  static const std::regex kDate(
      "(\\d{4})年(\\d{1,2})月(\\d{1,2})日(?:(?:至|到|-|–|—)(?:(\\d{4})年)?(?:(\\d{1,2})月)?(\\d{1,2})日)?");
  if (text.find("年") == std::string_view::npos) return std::nullopt;
  std::string s = utf8::remove_spaces(text);
  std::smatch m;
  if (!std::regex_search(s, m, kDate)) return std::nullopt;
  int y = std::stoi(m[1]), mo = std::stoi(m[2]), d = std::stoi(m[3]);
  if (!valid(y, mo, d)) return std::nullopt;
  DateRange r{iso_date(y, mo, d), iso_date(y, mo, d), static_cast<size_t>(m.position(0)),
              static_cast<size_t>(m.position(0) + m.length(0))};
  if (m[6].matched) {
    int y2 = m[4].matched ? std::stoi(m[4]) : y, m2 = m[5].matched ? std::stoi(m[5]) : mo, d2 = std::stoi(m[6]);
    if (valid(y2, m2, d2)) r.last = iso_date(y2, m2, d2);
  }
  return r;
}

std::optional<DateRange> find_en(std::string_view text) {
  // Every English date names a month: rule out text without one before the regular expressions.
  static const char* kStems[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  std::string low(text);
  for (auto& c : low) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if (std::none_of(std::begin(kStems), std::end(kStems),
                   [&](const char* m) { return low.find(m) != std::string::npos; }))
    return std::nullopt;
  static const std::string kMonth =
      "(January|February|March|April|May|June|July|August|September|October|November|December)";
  // 30 June–17 July 2020 | 30 June 2020 | 1–3 May 2020 | June 30, 2020
  static const std::regex kRange(
      "(\\d{1,2})(?:\\s+" + kMonth + ")?\\s*(?:-|–|—|to)\\s*(\\d{1,2})\\s+" + kMonth + ",?\\s+(\\d{4})",
      std::regex::icase);
  static const std::regex kDmy("(\\d{1,2})\\s+" + kMonth + ",?\\s+(\\d{4})", std::regex::icase);
  static const std::regex kMdy(kMonth + "\\s+(\\d{1,2}),\\s*(\\d{4})", std::regex::icase);
  std::string s(text);
  std::smatch m;
  std::optional<DateRange> best;
  auto consider = [&](DateRange r) {
    if (!best || r.begin < best->begin) best = r;
  };
  if (std::regex_search(s, m, kRange)) {
    int y = std::stoi(m[5]), m2 = month_number(m[4]), d2 = std::stoi(m[3]);
    int m1 = m[2].matched ? month_number(m[2]) : m2, d1 = std::stoi(m[1]);
    if (valid(y, m1, d1) && valid(y, m2, d2))
      consider({iso_date(y, m1, d1), iso_date(y, m2, d2), static_cast<size_t>(m.position(0)),
                static_cast<size_t>(m.position(0) + m.length(0))});
  }
  if (std::regex_search(s, m, kDmy)) {
    int y = std::stoi(m[3]), mo = month_number(m[2]), d = std::stoi(m[1]);
    auto b = static_cast<size_t>(m.position(0));
    if (valid(y, mo, d) && (!best || b < best->begin))
      best = DateRange{iso_date(y, mo, d), iso_date(y, mo, d), b, b + static_cast<size_t>(m.length(0))};
  }
  if (std::regex_search(s, m, kMdy)) {
    int y = std::stoi(m[3]), mo = month_number(m[1]), d = std::stoi(m[2]);
    auto b = static_cast<size_t>(m.position(0));
    if (valid(y, mo, d) && (!best || b < best->begin))
      best = DateRange{iso_date(y, mo, d), iso_date(y, mo, d), b, b + static_cast<size_t>(m.length(0))};
  }
  return best;
}

}  // namespace

std::string iso_date(int year, int month, int day) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::optional<DateRange> find_date(std::string_view text, const std::string& language) {
  if (language != "zh") return find_en(text);
  // Chinese documents print their distribution date in English ("3 April 2018") in the masthead.
  auto zh = find_zh(text);
  return zh ? zh : find_en(text);
}

}  // namespace rightstrack::parse
