// Header, the document as a whole (parse/header.h): its title when no line names it, its type,
// term, author and sponsors, and the groups of a recorded vote — read from the header blocks and
// the text around them once the header lines have been matched (header.cpp).
#include <algorithm>
#include <cctype>
#include <map>

#include "core/utf8.h"
#include "parse/header.h"
#include "parse/state_names.h"

namespace rightstrack::parse {

// A report or a brochure has no numbered title line: its title is the first short unpunctuated
// block of the first page that is not header material ("普遍定期审议工作组报告*").
void Header::find_title(const std::vector<Block>& blocks, std::vector<bool>& consumed, DocumentMeta& meta) const {
  for (size_t i = 0; i < blocks.size() && i < 15; ++i) {
    if (consumed[i]) continue;
    std::string_view t = utf8::trim(blocks[i].text);
    while (!t.empty() && t.back() == '*') t.remove_suffix(1);
    if (t.empty() || utf8::length(t) > 150 || pack_.terminal.find(utf8::last_char(t)) != std::u32string::npos) return;
    char32_t last = utf8::last_char(t);
    if (last == U'，' || last == ',' || last == U'：' || last == ':') return;
    meta.title = std::string(t);
    return;
  }
}

// After "[Adopted by a recorded vote of 31 to 14 … The voting was as follows:" come the groups
// ("In favour: Angola, …", "赞成：安哥拉、…") up to the closing bracket. Returns the last block read.
size_t Header::read_vote_groups(const std::vector<Block>& blocks, size_t at, std::vector<bool>& consumed,
                                Adoption& adoption) const {
  if (blocks[at].text.find(']') != std::string::npos || blocks[at].text.find("］") != std::string::npos) return at;
  size_t i = at + 1;
  std::vector<std::string>* group = nullptr;
  for (; i < blocks.size() && i < at + 12; ++i) {
    const std::string& text = blocks[i].text;
    std::string f = match_form(pack_, text);
    size_t list_from = 0;
    for (const auto& [label, name] : pack_.vote_groups) {
      if (f.rfind(label, 0) != 0) continue;
      group = name == "in_favour" ? &adoption.in_favour : name == "against" ? &adoption.against : &adoption.abstaining;
      size_t colon = std::min(text.find(':'), text.find("："));
      list_from = colon == std::string::npos ? 0 : colon + (text[colon] == ':' ? 1 : 3);
    }
    if (!group) break;
    consumed[i] = true;
    for (const auto& s : StateNames::instance().find_all(std::string_view(text).substr(list_from)))
      group->push_back(s.alpha3);
    if (text.find(']') != std::string::npos || text.find("］") != std::string::npos) break;
  }
  return std::min(i, blocks.size() - 1);
}

void Header::detect_doc_type(const std::vector<Block>& blocks, const std::string& all_text, DocumentMeta& meta) const {
  std::string head;
  for (size_t i = 0; i < blocks.size() && i < 15; ++i) head += match_form(pack_, blocks[i].text) + "\n";
  std::string all = match_form(pack_, utf8::prefix(all_text, 6000));
  if (!meta.sponsors.empty()) {
    meta.doc_type = "draft_resolution";
    return;
  }
  for (const auto& [marker, type] : pack_.doctypes) {
    bool scoped_to_head = type != "pledges";
    if (type == "report") continue;
    if ((scoped_to_head ? head : all).find(marker) != std::string::npos) {
      meta.doc_type = type;
      return;
    }
  }
  for (const auto& [marker, type] : pack_.doctypes)
    if (type == "report" && match_form(pack_, meta.title).find(marker) != std::string::npos) {
      meta.doc_type = "report";
      return;
    }
  meta.doc_type = "other";
}

// A report whose title says nothing of it has the line right under the title say so:
// "人权领域的技术合作和能力建设" / "联合国人权事务高级专员办事处的报告", "Report of the Office of …".
void Header::report_under_title(const std::vector<Block>& blocks, DocumentMeta& meta) const {
  for (size_t i = 0; i + 1 < blocks.size() && i < 30 && !meta.title.empty(); ++i) {
    if (blocks[i].text != meta.title) continue;
    for (size_t k = i + 1; k < blocks.size() && k <= i + 2; ++k) {
      if (utf8::length(blocks[k].text) > 200) continue;  // "Report of the Special Rapporteur on … , Name*"
      std::string t = match_form(pack_, blocks[k].text);
      while (!t.empty() && t.back() == '*') t.pop_back();  // "…特别报告员的报告*": a note on the title
      for (const auto& [marker, type] : pack_.doctypes)
        if (type == "report" &&
            (pack_.cjk ? t.size() >= marker.size() && t.compare(t.size() - marker.size(), marker.size(), marker) == 0
                       : t.rfind(match_form(pack_, marker), 0) == 0))
          meta.doc_type = "report";
    }
    return;
  }
}

// "2022-2024年期", "2023–2025 年任期", "for the term 2023 to 2025": the first pair of years two
// apart with a word about terms or the Council nearby. Scanned by hand: it runs on the whole text.
void Header::find_term(const std::string& all_text, DocumentMeta& meta) const {
  static const char* kContext[] = {"任期", "年期", "理事会", "候选", "term", "council", "member", "candida"};
  std::string f = match_form(pack_, utf8::prefix(all_text, 12000));
  auto year_at = [&](size_t i) -> int {
    if (i + 4 > f.size() || f[i] != '2' || f[i + 1] != '0' || !std::isdigit(static_cast<unsigned char>(f[i + 2])) ||
        !std::isdigit(static_cast<unsigned char>(f[i + 3])))
      return 0;
    if ((i > 0 && std::isdigit(static_cast<unsigned char>(f[i - 1]))) ||
        (i + 4 < f.size() && std::isdigit(static_cast<unsigned char>(f[i + 4]))))
      return 0;
    return std::stoi(f.substr(i, 4));
  };
  for (size_t i = f.find("20"); i != std::string::npos; i = f.find("20", i + 1)) {
    int a = year_at(i);
    if (a == 0) continue;
    size_t j = i + 4;
    auto skip = [&](std::string_view lit) {
      if (f.compare(j, lit.size(), lit) == 0) j += lit.size();
    };
    skip(" ");
    skip("年");
    skip(" ");
    size_t before = j;
    for (std::string_view sep : {"-", "–", "—", "至", "to"}) skip(sep);
    if (j == before) continue;
    skip(" ");
    int b = year_at(j);
    if (b - a != 2) continue;
    size_t from = i > 60 ? i - 60 : 0;
    std::string around = f.substr(from, j + 4 + 60 - from);
    for (const char* c : kContext)
      if (around.find(c) != std::string::npos) {
        meta.term = std::make_pair(a, b);
        return;
      }
  }
}

void Header::find_author(const std::vector<std::string>& note_titles, const std::string& all_text,
                         DocumentMeta& meta) const {
  const auto& states = StateNames::instance();
  for (const auto& title : note_titles) {
    auto found = states.find_all(title);
    if (!found.empty()) {
      meta.author = found.front().alpha3;
      return;
    }
  }
  if (meta.doc_type != "pledges") return;
  // The candidate names itself early and often; the opening pages are enough to tell.
  std::map<std::string, int> counts;
  std::string best;
  for (const auto& m : states.find_all(utf8::prefix(all_text, 4000)))
    if (++counts[m.alpha3] > (best.empty() ? 0 : counts[best])) best = m.alpha3;
  meta.author = best;
}

void Header::parse_sponsors(const std::string& list, DocumentMeta& meta) const {
  const auto& states = StateNames::instance();
  for (size_t i = 0; i < list.size();) {
    auto m = states.match_at(list, i);
    if (!m) {
      ++i;
      continue;
    }
    // "白俄罗斯*、" and "Belarus,* China": the star may follow the separating comma.
    size_t j = m->end;
    while (j < list.size() && list[j] == ' ') ++j;
    if (j + 1 < list.size() && list[j] == ',' && list[j + 1] == '*') ++j;
    bool star = j < list.size() && list[j] == '*';
    bool seen = false;
    for (const auto& s : meta.sponsors) seen = seen || s.state == m->alpha3;
    if (!seen) meta.sponsors.push_back({m->alpha3, !star, list.substr(m->begin, m->end - m->begin)});
    i = star ? j + 1 : m->end;
  }
}

}  // namespace rightstrack::parse
