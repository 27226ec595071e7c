#include "annotate/citations.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "core/utf8.h"

namespace rightstrack::embedded {
extern const std::string_view taxonomy_sc_resolutions;
}

namespace rightstrack::annotate {
namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }
bool upper(char c) { return c >= 'A' && c <= 'Z'; }
bool alnum(char c) { return digit(c) || upper(c) || (c >= 'a' && c <= 'z'); }

struct Token {
  int a = 0, b = -1, year = 0;  // a/b (b = -1 when there is no slash), (year)
  std::string session;          // the Roman session of an early Assembly resolution: 217 A (III)
  size_t begin = 0, end = 0;
};

// " A (III)" / " (XXI)" at s[j] (either case): the session in capitals, and where it ends.
std::optional<std::pair<std::string, size_t>> roman_session(const std::string& s, size_t j) {
  size_t k = j;
  while (k < s.size() && s[k] == ' ') ++k;
  if (k + 1 < s.size() && std::isalpha(static_cast<unsigned char>(s[k])) && s[k + 1] == ' ') k += 2;  // "A "
  if (k >= s.size() || s[k] != '(') return std::nullopt;
  size_t e = k + 1;
  std::string roman;
  while (e < s.size() && std::string_view("IVXLivxl").find(s[e]) != std::string_view::npos && roman.size() < 6)
    roman.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(s[e++]))));
  if (roman.empty() || e >= s.size() || s[e] != ')') return std::nullopt;
  return std::make_pair(roman, e + 1);
}

// "60/251", "1325(2000)", "1325 (2000)", "5/1" at s[i].
std::optional<Token> read_token(const std::string& s, size_t i) {
  if (i >= s.size() || !digit(s[i]) || (i > 0 && (alnum(s[i - 1]) || s[i - 1] == '/' || s[i - 1] == '.')))
    return std::nullopt;
  Token t;
  t.begin = i;
  size_t j = i;
  while (j < s.size() && digit(s[j]) && j - i < 5) ++j;
  if (j < s.size() && digit(s[j])) return std::nullopt;
  t.a = std::stoi(s.substr(i, j - i));
  if (j + 1 < s.size() && s[j] == '/' && digit(s[j + 1])) {
    size_t k = j + 1;
    while (k < s.size() && digit(s[k]) && k - j <= 4) ++k;
    t.b = std::stoi(s.substr(j + 1, k - j - 1));
    j = k;
  }
  size_t k = j;
  while (k < s.size() && s[k] == ' ') ++k;
  if (k + 5 < s.size() && s[k] == '(' && digit(s[k + 1]) && digit(s[k + 4]) && s[k + 5] == ')') {
    t.year = std::stoi(s.substr(k + 1, 4));
    j = k + 6;
  } else if (t.b < 0) {
    if (auto r = roman_session(s, j)) t.session = r->first, j = r->second;
  }
  t.end = j;
  return t;
}

size_t skip(const std::string& s, size_t i, std::initializer_list<std::string_view> words) {
  for (bool again = true; again;) {
    again = false;
    while (i < s.size() && s[i] == ' ') ++i;
    for (auto w : words)
      if (s.compare(i, w.size(), w) == 0) {
        i += w.size();
        again = true;
        break;
      }
  }
  return i;
}

// "2020年10月6日" at s[i]: where it ends (i when there is none). Lists of resolutions date each
// one: "2019年3月22日第40/11号和2020年10月6日第45/17号决议".
size_t skip_chinese_date(const std::string& s, size_t i) {
  size_t j = i;
  auto number = [&](size_t most) {
    size_t from = j;
    while (j < s.size() && digit(s[j]) && j - from < most) ++j;
    return j > from;
  };
  for (std::string_view unit : {"年", "月", "日"})
    if (!number(4) || s.compare(j, unit.size(), unit) != 0)
      return i;
    else
      j += unit.size();
  return skip(s, j, {});
}

struct BodyWord {
  std::string_view word;
  const char* body;
};

// The body named nearest before `at` in the same sentence: the keyword ending last wins, the
// longest on a tie ("安全理事会" over "理事会").
std::string body_before(const std::string& s, size_t at, const std::vector<BodyWord>& words) {
  size_t from = at > 150 ? at - 150 : 0;
  for (std::string_view stop : {"。", "；", ". ", ";"}) {
    size_t p = s.rfind(stop, at);
    if (p != std::string::npos && p >= from && p < at) from = p + stop.size();
  }
  std::string best;
  size_t best_end = 0, best_len = 0;
  auto nearest = [&](size_t limit) {
    for (const auto& w : words) {
      size_t p = s.rfind(w.word, limit);
      if (p == std::string::npos || p < from) continue;
      size_t end = p + w.word.size();
      if (end > limit) continue;
      if (end > best_end || (end == best_end && w.word.size() > best_len)) {
        best = w.body;
        best_end = end;
        best_len = w.word.size();
      }
    }
  };
  nearest(at);
  // "the General Assembly in its resolution 60/251": "its" is the body just named.
  if (best_len == 3 && best_end >= 3 && s.compare(best_end - 3, 3, "its") == 0)
    for (std::string_view gap : {" in ", ", in ", " by "}) {
      size_t its = best_end - 3;
      if (its < gap.size() || s.compare(its - gap.size(), gap.size(), gap) != 0) continue;
      size_t named = its - gap.size();
      best.clear();
      best_end = best_len = 0;
      nearest(named);
      if (best_end != named) best.clear();  // nothing named right there: the speaker's own body
      break;
    }
  return best;
}

// The symbol of resolution (or, with `decision`, decision) `t` of `body`.
std::string resolution_symbol(const Token& t, std::string body, const std::string& own_body, bool decision = false) {
  // The Assembly's first thirty sessions numbered resolutions with the session in Roman figures.
  if (!t.session.empty() && !decision && (body.empty() || body == "GA" || body == "ECOSOC"))
    return (body == "ECOSOC" ? "E/RES/" : "A/RES/") + std::to_string(t.a) + "(" + t.session + ")";
  if (!t.session.empty()) return "";
  if (decision) {
    if (t.b < 0 || t.a >= 1946) return "";
    std::string n = std::to_string(t.a) + "/" + std::to_string(t.b);
    if (body.empty()) body = own_body;
    if (body == "HRC") return "A/HRC/DEC/" + n;
    if (body == "GA") return "A/DEC/" + n;
    return "";
  }
  if (body.empty()) {
    if (t.year || (t.b < 0 && t.a >= 100))
      body = "SC";
    else if (t.b >= 0 && t.a >= 1946)
      body = own_body == "GA" ? "" : "CHR";
    else
      body = own_body;
  }
  if (body == "SC" && t.b < 0) return security_council_symbol(t.a, t.year);
  if (t.b < 0) return "";
  std::string n = std::to_string(t.a) + "/" + std::to_string(t.b);
  if (body == "GA") return t.a < 1946 ? "A/RES/" + n : "";
  if (body == "HRC") return t.a < 1946 ? "A/HRC/RES/" + n : "";
  if (body == "CHR") return t.a >= 1946 ? "E/CN.4/RES/" + n : "";
  if (body == "ECOSOC") return t.a >= 1946 ? "E/RES/" + n : "";
  return "";
}

void add(std::vector<std::string>& out, const std::string& symbol) {
  if (!symbol.empty() && std::find(out.begin(), out.end(), symbol) == out.end()) out.push_back(symbol);
}

// 第5/1号和第5/2号决议, 安理会1325号决议, 第1325(2000)号决议, 第1325(2000)、1820(2008)和2242(2015)号决议
void chinese_resolutions(const std::string& s, const std::string& own_body, std::vector<std::string>& out) {
  static const std::vector<BodyWord> kWords = {
      {"联合国大会", "GA"},    {"大会", "GA"},       {"人权理事会", "HRC"}, {"理事会", "HRC"},
      {"人权委员会", "CHR"},   {"安全理事会", "SC"}, {"安理会", "SC"},      {"经济及社会理事会", "ECOSOC"},
      {"经社理事会", "ECOSOC"}};
  for (size_t i = 0; i < s.size(); ++i) {
    auto first = read_token(s, i);
    if (!first) continue;
    std::vector<Token> group{*first};
    size_t j = skip(s, first->end, {});
    // The list goes on after a separator, with or without 号 after each number; the group
    // counts only if 决议 ends it.
    while (true) {
      size_t from = s.compare(j, 3, "号") == 0 ? j + 3 : j;
      size_t k = skip(s, from, {"和", "、", "及", "以及", ","});
      if (k > from) k = skip(s, skip_chinese_date(s, k), {"第"});
      k = skip(s, k, {"第"});
      auto next = k > from ? read_token(s, k) : std::nullopt;
      if (!next) break;
      group.push_back(*next);
      j = skip(s, next->end, {});
    }
    const bool numbered = s.compare(j, 3, "号") == 0;
    if (numbered) j += 3;
    // "号决定" is a decision; "决定" alone is the verb ("decides").
    const bool decision = numbered && s.compare(j, 6, "决定") == 0;
    if (s.compare(j, 6, "决议") != 0 && !decision) {
      i = first->end;
      continue;
    }
    std::string body = body_before(s, first->begin, kWords);
    for (const auto& t : group) add(out, resolution_symbol(t, body, own_body, decision));
    i = j;
  }
}

// Each "<word>(s) N, N and N" of `low` (lowercased).
void english_list(const std::string& low, std::string_view word, const std::string& own_body,
                  const std::vector<BodyWord>& words, std::vector<std::string>& out) {
  const bool decision = word == "decision";
  for (size_t p = low.find(word); p != std::string::npos; p = low.find(word, p + word.size())) {
    size_t j = p + word.size();
    if (j < low.size() && low[j] == 's') ++j;
    std::vector<Token> group;
    while (true) {
      j = skip(low, j, {});
      auto t = read_token(low, j);
      if (!t) break;
      group.push_back(*t);
      j = t->end;
      // " of 18 June 2007" after a number
      size_t k = skip(low, j, {});
      if (low.compare(k, 3, "of ") == 0 && k + 3 < low.size() && digit(low[k + 3])) {
        size_t y = k + 3;
        int digits_seen = 0;
        while (y < low.size() && digits_seen < 4) {
          digits_seen = digit(low[y]) ? digits_seen + 1 : 0;
          ++y;
        }
        j = y;
      }
      size_t next = skip(low, j, {",", "and"});
      if (next == skip(low, j, {})) break;
      j = next;
    }
    if (group.empty()) continue;
    std::string body = body_before(low, p, words);
    if (body.empty()) body = own_body;
    for (const auto& t : group) add(out, resolution_symbol(t, body, own_body, decision));
  }
}

// "General Assembly resolution 60/251", "resolutions 5/1 and 5/2", "resolution 1325 (2000)",
// "resolution 217 A (III)", "Human Rights Council decision 18/118"
void english_resolutions(const std::string& s, const std::string& own_body, std::vector<std::string>& out) {
  static const std::vector<BodyWord> kWords = {{"general assembly", "GA"},
                                               {"assembly", "GA"},
                                               {"human rights council", "HRC"},
                                               {"council", ""},
                                               {"commission on human rights", "CHR"},
                                               {"security council", "SC"},
                                               {"economic and social council", "ECOSOC"},
                                               {"its", ""}};
  std::string low = s;
  std::transform(low.begin(), low.end(), low.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const std::string_view word : {"resolution", "decision"}) english_list(low, word, own_body, kWords, out);
}

// Symbols as printed: A/HRC/44/44, E/CN.4/2005/L.10, CRC/C/LUX/CO/5-6, and "… and Add.1".
void printed_symbols(const std::string& s, std::vector<std::string>& out) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (!upper(s[i]) || (i > 0 && alnum(s[i - 1]))) continue;
    size_t j = i;
    while (j < s.size() && (alnum(s[j]) || s[j] == '/' || s[j] == '.' || s[j] == '-' || s[j] == '(' || s[j] == ')'))
      ++j;
    std::string tok = s.substr(i, j - i);
    while (!tok.empty() &&
           (tok.back() == '.' || tok.back() == '-' || tok.back() == '/' ||
            (tok.back() == ')' && std::count(tok.begin(), tok.end(), '(') < std::count(tok.begin(), tok.end(), ')'))))
      tok.pop_back();
    size_t slash = tok.find('/');
    bool ok = std::count(tok.begin(), tok.end(), '/') >= 2 && std::any_of(tok.begin(), tok.end(), digit) &&
              slash != std::string::npos && slash >= 1 && slash <= 6 &&
              std::all_of(tok.begin(), tok.begin() + static_cast<long>(slash), upper) &&
              tok.find("//") == std::string::npos;
    if (!ok) {
      i = j;
      continue;
    }
    add(out, tok);
    size_t k = skip(s, i + tok.size(), {"和", "及", "、", ",", "and"});
    for (std::string_view part : {"Add.", "Corr.", "Rev."})
      if (k > i + tok.size() && s.compare(k, part.size(), part) == 0 && k + part.size() < s.size() &&
          digit(s[k + part.size()])) {
        size_t e = k + part.size();
        while (e < s.size() && digit(s[e])) ++e;
        add(out, tok + "/" + s.substr(k, e - k));
      }
    i = j;
  }
}

}  // namespace

std::string security_council_symbol(int number, int year) {
  if (year == 0) {
    std::string_view data = embedded::taxonomy_sc_resolutions;
    size_t start = 0;
    while (start < data.size()) {
      size_t nl = data.find('\n', start);
      std::string line(data.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start));
      start = nl == std::string_view::npos ? data.size() : nl + 1;
      int y = 0, lo = 0, hi = 0;
      if (line.empty() || line[0] == '#' || std::sscanf(line.c_str(), "%d\t%d\t%d", &y, &lo, &hi) != 3) continue;
      if (number >= lo && number <= hi) year = y;
    }
  }
  return "S/RES/" + std::to_string(number) + (year ? "(" + std::to_string(year) + ")" : "");
}

std::vector<std::string> find_citations(std::string_view text, const std::string& language,
                                        const std::string& own_body) {
  std::vector<std::string> out;
  if (text.find_first_of("0123456789") == std::string_view::npos) return out;
  std::string s = utf8::squeeze_cjk_spaces(text);
  for (auto [wide, narrow] : {std::pair<std::string_view, char>{"（", '('}, {"）", ')'}, {"／", '/'}})
    for (size_t p = s.find(wide); p != std::string::npos; p = s.find(wide, p)) s.replace(p, wide.size(), 1, narrow);
  if (language == "zh")
    chinese_resolutions(s, own_body, out);
  else
    english_resolutions(s, own_body, out);
  if (s.find('/') != std::string::npos) printed_symbols(s, out);
  return out;
}

}  // namespace rightstrack::annotate
