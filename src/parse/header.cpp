#include "parse/header.h"

#include <algorithm>
#include <cctype>
#include <regex>

#include "core/numerals.h"
#include "core/utf8.h"
#include "parse/dates.h"
#include "parse/state_names.h"

namespace rightstrack::parse {

constexpr size_t kLongestHeader = 4096;
namespace {

struct CompiledRule {
  const RulePack::HeaderRule* rule;
  std::regex re;
  bool anchored;  // starts with '^': try only at the start (std::regex_search would try every offset)
};
using Compiled = std::vector<CompiledRule>;

const Compiled& compiled(const RulePack& pack) {
  static const auto build = [](const RulePack& p) {
    Compiled c;
    for (const auto& r : p.headers)
      c.push_back({&r, std::regex(r.regex, std::regex::ECMAScript | std::regex::optimize),
                   !r.regex.empty() && r.regex[0] == '^'});
    return c;
  };
  static const Compiled zh = build(rule_pack("zh"));
  static const Compiled en = build(rule_pack("en"));
  return pack.language == "zh" ? zh : en;
}

std::string lookup_pair(const RulePack::Pairs& pairs, const std::string& key) {
  for (const auto& [k, v] : pairs)
    if (k == key) return v;
  return "";
}

std::string strip_spaces_parens(const std::string& s) {
  std::string out;
  for (char c : s)
    if (c != ' ') out.push_back(c);
  return out;
}

int to_number(const RulePack& pack, const std::string& s) {
  auto v = pack.cjk ? chinese_number(s) : english_number(s);
  return v.value_or(0);
}

}  // namespace

Header::Header(const RulePack& pack) : pack_(pack) {}

Header::Match Header::match(std::string_view text) const {
  if (text.size() > 200) return match_uncached(text);
  auto it = cache_.find(std::string(text));
  if (it != cache_.end()) return it->second;
  Match m = match_uncached(text);
  cache_.emplace(std::string(text), m);
  return m;
}

Header::Match Header::match_uncached(std::string_view text) const {
  // No header line is this long (a list of 193 sponsors in Chinese is under 3 KB), and the rules'
  // ".+" would make std::regex recurse once per character: a line of 50 KB overflowed the stack.
  if (text.size() > kLongestHeader) return {};
  // A long block can only be a sponsors list ("…：决议草案") or a recorded vote ("[…]"); the
  // rest are short. Deciding that on the raw text keeps body paragraphs cheap.
  if (text.size() > 200) {
    size_t cut = text.size() - 60;
    while (cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) ++cut;
    std::string tail = match_form(pack_, text.substr(cut));
    std::string head = match_form(pack_, utf8::prefix(text, 48));
    bool candidate = text.front() == '[';
    for (std::string_view lit :
         {"决议草案", "draft resolution", "照会", "的信", "的函", "通过的决议", "dated", "resolution adopted"})
      candidate = candidate || tail.find(lit) != std::string::npos || head.find(lit) != std::string::npos;
    if (!candidate) return {};
  }
  std::string f = match_form(pack_, text);
  if (f.empty()) return {};
  std::smatch m;
  // Lines longer than this can only be a sponsors list, a title or a vote.
  const bool long_line = f.size() > 300;
  for (const auto& [rule, re, anchored] : compiled(pack_)) {
    if (long_line && rule->kind != "sponsors" && rule->kind != "note_title" && rule->kind != "resolution_header" &&
        rule->kind.rfind("vote", 0) != 0)
      continue;
    bool candidate = rule->literals.empty();
    for (const auto& lit : rule->literals) candidate = candidate || f.find(lit) != std::string::npos;
    auto flags = anchored ? std::regex_constants::match_continuous : std::regex_constants::match_default;
    if (!candidate || !std::regex_search(f, m, re, flags)) continue;
    Match out{rule->kind, {}};
    for (size_t g = 1; g < m.size(); ++g) out.groups.push_back(m[g].matched ? m[g].str() : "");
    return out;
  }
  if (f.size() < 64 && f.find_first_of("0123456789") != std::string::npos) {
    if (auto d = find_date(f, pack_.language); d && d->begin == 0 && d->end + 1 >= f.size())
      return {"date", {d->first, d->last}};
    // The masthead of a Chinese document gives its date in English: "21 October 2015".
    bool latin = std::any_of(f.begin(), f.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (pack_.cjk && latin) {
      std::string spaced = utf8::collapse_spaces(text);
      if (auto d = find_date(spaced, "en"); d && d->begin == 0 && d->end + 1 >= spaced.size())
        return {"date", {d->first, d->last}};
    }
  }
  if (!lookup_pair(pack_.bodies, f).empty()) return {"body", {lookup_pair(pack_.bodies, f)}};
  for (const auto& o : pack_.resolution_openings)
    if (f == o) return {"opening", {}};
  // "S/RES/2467 (2019)": a Security Council symbol sets its year apart.
  static const std::regex kSymbol("^[a-z]{1,6}(?:/[a-z0-9.()\\-]+){1,6}(?: \\([0-9]{4}\\))?$");
  if (f.size() < 40 && f.find_first_of("0123456789") != std::string::npos && std::regex_match(f, kSymbol))
    return {"symbol", {}};
  return masthead_pair(text);
}

// Text taken from a page's layout may set the masthead's two columns on one line: "联合国 A/73/95",
// "United Nations A/HRC/44/L.13", "大会 Distr.: General". The right column is what the line is.
Header::Match Header::masthead_pair(std::string_view text) const {
  text = utf8::trim(text);
  size_t gap = text.rfind(' ');
  if (gap == std::string_view::npos || text.size() > 80) return {};
  // The right column is a symbol or the distribution: cheap to rule out before any rule runs.
  if (text.find('/') == std::string_view::npos && text.find("istr") == std::string_view::npos) return {};
  while (gap > 0 && text[gap - 1] == ' ') --gap;
  for (size_t cut = text.find(' '); cut != std::string_view::npos && cut <= gap; cut = text.find(' ', cut + 1)) {
    std::string left = match(text.substr(0, cut)).kind;
    if (left != "masthead" && left != "body") continue;
    std::string_view right = utf8::trim(text.substr(cut));
    Match m = match(right);
    if (m.kind == "symbol") return {"symbol", {utf8::remove_spaces(right)}};
    if (m.kind == "distribution") return m;
  }
  return {};
}

std::string Header::classify(std::string_view text) const { return match(text).kind; }

Hardness Header::hardness(std::string_view text) const {
  std::string kind = classify(text);
  if (kind.empty()) return Hardness::kNone;
  // Soft: may wrap onto the next line. A body's name is soft too: it ends a wrapped note title
  // ("… addressed to the President of the / General Assembly").
  if (kind == "note_title" || kind == "resolution_header" || kind == "subtitle") {
    // Recognised by how they begin, they open a block; recognised by how they end (…的普通照会),
    // they may be the last line of one.
    for (const auto& r : pack_.headers)
      if (r.kind == kind) return r.regex.rfind('^', 0) == 0 ? Hardness::kOpening : Hardness::kSoft;
  }
  if (kind == "sponsors" || kind == "body") return Hardness::kSoft;
  return Hardness::kStrict;
}

std::vector<bool> Header::extract(const std::vector<Block>& blocks, const std::string& all_text,
                                  DocumentMeta& meta) const {
  const size_t n = blocks.size();
  std::vector<bool> consumed(n, false);
  std::vector<Match> ms(n);
  // Only the first page and the adoption block carry header lines.
  for (size_t i = 0; i < n; ++i)
    if (i < 30 || i + 10 >= n) ms[i] = match(blocks[i].text);
  auto kind_at = [&](size_t i) { return i < n ? ms[i].kind : std::string(); };
  bool adopted = false, original_bracketed = false;
  std::vector<std::string> note_titles;
  std::string note_date;
  std::string number;
  Adoption adoption;
  bool has_adoption = false;
  for (size_t i = 0; i < n; ++i) {
    const auto& m = ms[i];
    const std::string& text = blocks[i].text;
    const std::string prev = i > 0 ? ms[i - 1].kind : "";
    if (m.kind.empty()) {
      bool short_line = utf8::length(text) <= 200 && pack_.terminal.find(utf8::last_char(text)) == std::u32string::npos;
      if (prev == "agenda" && short_line && meta.agenda_title.empty()) {
        meta.agenda_title = text;
        consumed[i] = true;
      } else if ((prev == "res_number" || prev == "sponsors") && short_line && meta.title.empty()) {
        meta.title = text;
        consumed[i] = true;
      }
      continue;
    }
    consumed[i] = true;
    const std::string g1 = m.groups.empty() ? "" : m.groups[0];
    if (m.kind == "body" && (meta.body.empty() || meta.body == "GA") && i < 12) {
      // HRC documents carry the General Assembly masthead above "Human Rights Council".
      meta.body = g1;
    } else if (m.kind == "session" && !meta.session) {
      int v = to_number(pack_, g1.empty() && m.groups.size() > 1 ? m.groups[1] : g1);
      if (v > 0) meta.session = v;
    } else if (m.kind == "agenda" && meta.agenda_item.empty()) {
      meta.agenda_item = strip_spaces_parens(g1.empty() && m.groups.size() > 1 ? m.groups[1] : g1);
    } else if (m.kind == "date") {
      bool by_meeting = kind_at(i + 1) == "meeting" || (i > 0 && prev == "meeting");
      if (by_meeting) {
        adoption.date = g1;
        has_adoption = true;
      } else if (m.groups[1] != g1 && meta.session_dates.empty()) {
        meta.session_dates = {g1, m.groups[1]};
      } else if (meta.date.empty() && i < 15) {
        meta.date = g1;
      }
    } else if (m.kind == "meeting") {
      adoption.meeting = std::stoi(g1);
      has_adoption = true;
    } else if (m.kind == "vote_without") {
      adoption.vote = "without_vote";
      has_adoption = true;
    } else if (m.kind == "vote_recorded") {
      adoption.vote = "recorded_vote";
      adoption.yes = std::stoi(g1);
      adoption.no = std::stoi(m.groups[1]);
      if (!m.groups[2].empty()) adoption.abstain = std::stoi(m.groups[2]);
      has_adoption = true;
      i = read_vote_groups(blocks, i, consumed, adoption);
    } else if (m.kind == "original" &&
               (meta.original_language.empty() || (!original_bracketed && text.front() == '['))) {
      // "[Original: French]" above the annexed text wins over the masthead's "Original: English".
      meta.original_language = lookup_pair(pack_.languages, g1);
      original_bracketed = text.front() == '[';
    } else if (m.kind == "note_title") {
      note_titles.push_back(text);
      if (meta.title.empty()) meta.title = text;
      if (note_date.empty())
        if (auto d = find_date(text, pack_.language)) note_date = d->first;
    } else if (m.kind == "subtitle") {
      if (meta.subtitle.empty()) meta.subtitle = text;
    } else if (m.kind == "resolution_header") {
      adopted = true;
      for (const auto& [name, code] : pack_.bodies)
        if (meta.body.empty() && match_form(pack_, text).find(name) != std::string::npos) meta.body = code;
      if (auto d = find_date(text, pack_.language)) adoption.date = d->first, has_adoption = true;
    } else if (m.kind == "adopted_at") {
      adopted = true;
      for (const auto& [name, code] : pack_.bodies)
        if (meta.body.empty() && match_form(pack_, text).find(name) != std::string::npos) meta.body = code;
      adoption.meeting = std::stoi(m.groups[1]);
      if (auto d = find_date(text, pack_.language)) adoption.date = d->first;
      has_adoption = true;
    } else if (m.kind == "numbered_resolution" && number.empty()) {
      // The Security Council numbers its resolutions with the year: S/RES/2467(2019).
      number = g1 + "(" + m.groups[1] + ")";
      if (meta.title.empty()) meta.title = text;
    } else if (m.kind == "res_number" && number.empty()) {
      number = g1;
      std::string_view rest = utf8::trim(text);
      size_t at = rest.find('/');
      size_t k = at == std::string_view::npos ? 0 : at + 1;
      while (k < rest.size() && (std::isdigit(static_cast<unsigned char>(rest[k])) || rest[k] == '.')) ++k;
      if (rest.substr(k).rfind("…", 0) == 0) k += 3;
      std::string title(utf8::trim(rest.substr(k)));
      if (!title.empty() && meta.title.empty()) meta.title = title;
    } else if (m.kind == "sponsors") {
      // The list stands before the last colon ("…巴勒斯坦国*：决议草案", "…Palestine*: draft resolution").
      size_t ascii = text.rfind(':'), wide = text.rfind("：");
      size_t colon = ascii == std::string::npos ? wide : wide == std::string::npos ? ascii : std::max(ascii, wide);
      parse_sponsors(text.substr(0, colon == std::string::npos ? text.size() : colon), meta);
    } else if (m.kind == "symbol" && meta.symbol.empty() && i < 15) {
      meta.symbol = m.groups.empty() ? utf8::remove_spaces(text) : m.groups[0];
    } else if (m.kind == "opening" && meta.body.empty()) {
      for (const auto& [name, code] : pack_.bodies)
        if (match_form(pack_, text).rfind(name, 0) == 0 || match_form(pack_, text).find(name) != std::string::npos)
          if (meta.body.empty()) meta.body = code;
    }
  }
  // A note or letter is dated by itself ("2018年6月6日…的普通照会"), the day before the masthead's
  // date of issue, if any.
  if (!note_date.empty()) meta.date = note_date;
  if (has_adoption) meta.adoption = adoption;
  if (meta.body.empty() && meta.session) meta.body = "GA";  // GA documents print only "Seventy-sixth session"
  detect_doc_type(blocks, all_text, meta);
  if (adopted && (meta.doc_type == "draft_resolution" || meta.doc_type == "other" || meta.doc_type == "report"))
    meta.doc_type = "resolution";
  if (meta.symbol.empty() && !number.empty() && number.find('.') == std::string::npos &&
      number.find("…") == std::string::npos && meta.doc_type == "resolution") {
    bool with_year = number.find('(') != std::string::npos;
    if (meta.body == "HRC" && !with_year)
      meta.symbol = "A/HRC/RES/" + number;
    else if (meta.body == "GA" && !with_year)
      meta.symbol = "A/RES/" + number;
    else if (meta.body == "SC" && with_year)
      meta.symbol = "S/RES/" + number;
  }
  // The date of a resolution is the day it was adopted, not the day it was distributed.
  if (meta.adoption && !meta.adoption->date.empty() && (meta.date.empty() || meta.doc_type == "resolution"))
    meta.date = meta.adoption->date;
  if (meta.doc_type == "pledges") find_term(all_text, meta);
  if (meta.title.empty()) find_title(blocks, consumed, meta);
  if (meta.doc_type == "other") report_under_title(blocks, meta);
  // A UPR working-group report names the State under review alone on a line below its title.
  if (meta.doc_type == "upr_recommendations" && meta.author.empty())
    for (size_t i = 0; i < blocks.size() && i < 25 && meta.author.empty(); ++i)
      if (auto state = StateNames::instance().lookup(blocks[i].text)) meta.author = *state;
  find_author(note_titles, all_text, meta);
  return consumed;
}

}  // namespace rightstrack::parse
