#include "parse/page_furniture.h"

#include <algorithm>
#include <string>

#include "core/utf8.h"

namespace rightstrack::parse {
namespace {

bool is_symbol_line(std::string_view t) {
  if (t.size() > 30 || t.find(' ') != std::string_view::npos || std::count(t.begin(), t.end(), '/') < 2) return false;
  size_t slash = t.find('/');
  if (slash == 0 || !all_of_chars(t.substr(0, slash), U"ABCDEFGHIJKLMNOPQRSTUVWXYZ")) return false;
  return all_of_chars(t, U"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/.()-") &&
         t.find_first_of("0123456789") != std::string_view::npos;
}

}  // namespace

bool all_of_chars(std::string_view s, std::u32string_view allowed) {
  for (size_t i = 0; i < s.size();) {
    char32_t c = utf8::next(s, i);
    if (!utf8::is_space(c) && allowed.find(c) == std::u32string_view::npos) return false;
  }
  return true;
}

bool is_furniture(std::string_view t) {
  if (t.empty() || t.size() > 300) return false;
  if ((t.rfind("http://", 0) == 0 || t.rfind("https://", 0) == 0 || t.rfind("www.", 0) == 0) &&
      t.find(' ') == std::string_view::npos)
    return true;
  if (t.size() > 40) return false;  // page numbers, job numbers and bar codes are short
  std::string s = utf8::remove_spaces(t);
  if (s.size() <= 4 && all_of_chars(s, U"0123456789")) return true;                                          // 12
  if (s.size() <= 9 && s.front() == '-' && s.back() == '-' && all_of_chars(s, U"-0123456789")) return true;  // - 3 -
  if (s.size() <= 7 && s.find('/') != std::string::npos && all_of_chars(s, U"/0123456789")) return true;     // 3/12
  if (s.rfind("GE.", 0) == 0 && s.size() >= 9 && all_of_chars(s.substr(3, 2), U"0123456789")) return true;
  if (s.size() >= 5 && s.front() == '*' && s.back() == '*' && all_of_chars(s, U"*0123456789"))
    return true;  // *2112345*
  std::string low;
  for (char c : s) low.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
  if (low == "pleaserecycle" || low == "请回收") return true;
  // A page's running header: the document's symbol alone ("A/HRC/RES/46/7"). build_layout keeps
  // the masthead's, which the header reads.
  return is_symbol_line(t);
}

}  // namespace rightstrack::parse
