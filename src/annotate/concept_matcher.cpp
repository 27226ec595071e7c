#include "annotate/concept_matcher.h"

#include <algorithm>
#include <unordered_set>

#include "annotate/goal_lists.h"
#include "annotate/text_normalizer.h"
#include "core/utf8.h"

namespace rightstrack::annotate {
namespace {

bool word_char(char32_t c) {
  return (c >= '0' && c <= '9') || utf8::is_latin_letter(c) || (c >= 0x370 && c <= 0x3FF) ||
         (c >= 0x400 && c <= 0x52F) || (c >= 0x620 && c <= 0x64A) || (c >= 0x66E && c <= 0x6D3);
}
bool word_before(const std::string& t, size_t at) {
  return at > 0 && word_char(utf8::last_char(std::string_view(t).substr(0, at)));
}
bool word_after(const std::string& t, size_t at) {
  return at < t.size() && word_char(utf8::first_char(std::string_view(t).substr(at)));
}

}  // namespace

const ConceptMatcher& ConceptMatcher::instance() {
  static const ConceptMatcher m(Taxonomy::instance());
  return m;
}

ConceptMatcher::ConceptMatcher(const Taxonomy& taxonomy) : taxonomy_(taxonomy) {
  std::unordered_set<std::string> seen;
  for (const auto& p : taxonomy.patterns()) {
    std::string form = normalize(p.text).text;
    if (form.empty() || !seen.insert(form + '\x1f' + p.concept_id).second) continue;
    automaton_.add(form, static_cast<uint32_t>(entries_.size()));
    const Concept* c = p.concept_id.empty() ? nullptr : taxonomy.find(p.concept_id);
    entries_.push_back({&p, word_char(utf8::first_char(form)), word_char(utf8::last_char(form)),
                        c && c->kind == "group", c && c->kind == "theme"});
  }
  automaton_.build();
  for (const auto& c : taxonomy.concepts()) {
    std::vector<Implied> all;
    std::vector<std::string> todo = {c.id};
    std::unordered_set<std::string> done = {c.id};
    while (!todo.empty()) {
      std::string id = todo.back();
      todo.pop_back();
      for (const auto& to : taxonomy.implied(id)) {
        if (!done.insert(to).second) continue;
        all.push_back({to, "implied:" + id});
        todo.push_back(to);
      }
    }
    if (!all.empty()) closures_.emplace(c.id, std::move(all));
  }
}

const std::vector<ConceptMatcher::Implied>& ConceptMatcher::closure(const std::string& id) const {
  static const std::vector<Implied> kNone;
  auto it = closures_.find(id);
  return it == closures_.end() ? kNone : it->second;
}

bool ConceptMatcher::is_group_inside_theme(const AhoCorasick::Match& h,
                                           const std::vector<AhoCorasick::Match>& kept) const {
  if (!entries_[h.pattern].group) return false;
  return std::any_of(kept.begin(), kept.end(), [&](const AhoCorasick::Match& k) {
    return k.begin <= h.begin && h.end <= k.end && entries_[k.pattern].theme;
  });
}

std::vector<Annotation> ConceptMatcher::match(std::string_view text) const {
  NormalizedText norm = normalize(text);
  const std::string& t = norm.text;
  auto hits = automaton_.scan(t);
  // Rule 1: whole words for Latin-script ends.
  hits.erase(std::remove_if(hits.begin(), hits.end(),
                            [&](const AhoCorasick::Match& m) {
                              const Entry& e = entries_[m.pattern];
                              return (e.word_start && word_before(t, m.begin)) || (e.word_end && word_after(t, m.end));
                            }),
             hits.end());
  // Rule 2: longest first, then leftmost; keep what does not overlap a kept match.
  std::sort(hits.begin(), hits.end(), [](const AhoCorasick::Match& a, const AhoCorasick::Match& b) {
    size_t la = a.end - a.begin, lb = b.end - b.begin;
    return la != lb ? la > lb : a.begin != b.begin ? a.begin < b.begin : a.pattern < b.pattern;
  });
  std::vector<AhoCorasick::Match> kept, nested;
  std::vector<bool> covered(t.size(), false);
  for (const auto& h : hits) {
    if (std::any_of(covered.begin() + static_cast<long>(h.begin), covered.begin() + static_cast<long>(h.end),
                    [](bool c) { return c; })) {
      // A group named inside a theme is still named: "violence against women" is about women.
      if (is_group_inside_theme(h, kept)) nested.push_back(h);
      continue;
    }
    std::fill(covered.begin() + static_cast<long>(h.begin), covered.begin() + static_cast<long>(h.end), true);
    kept.push_back(h);
  }
  for (const auto& n : nested)
    if (std::none_of(kept.begin(), kept.end(), [&](const auto& k) {
          return entries_[k.pattern].pattern->concept_id == entries_[n.pattern].pattern->concept_id;
        }))
      kept.push_back(n);
  std::sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) { return a.begin < b.begin; });
  std::vector<Annotation> out;
  for (const auto& k : kept) {
    const Pattern& p = *entries_[k.pattern].pattern;
    if (p.concept_id.empty()) continue;  // stop phrase
    // The span ends after the original character that produced the match's last byte.
    size_t last = norm.origin[k.end - 1];
    utf8::next(text, last);
    Annotation a{p.concept_id, norm.origin[k.begin], last, p.rule};
    out.push_back(a);
    for (const auto& imp : closure(a.concept_id)) out.push_back({imp.to, a.begin, a.end, imp.source});
  }
  // Goals in a list beyond its first ("Goals 5 and 16"), which no single pattern can name; only
  // where a Goal was named at all (most provisions name none, and the scan would cost them).
  const bool names_goals = std::any_of(out.begin(), out.end(), [](const Annotation& a) {
    return a.concept_id.rfind("SDG-", 0) == 0 || a.concept_id == "AGENDA-2030";
  });
  if (!names_goals) return out;
  const size_t before = out.size();
  for (const auto& g : goal_lists(text)) {
    if (!taxonomy_.find(g.concept_id)) continue;
    if (std::any_of(out.begin(), out.end(), [&](const Annotation& a) { return a.concept_id == g.concept_id; }))
      continue;
    out.push_back(g);
    for (const auto& imp : closure(g.concept_id)) out.push_back({imp.to, g.begin, g.end, imp.source});
  }
  if (out.size() > before)
    std::stable_sort(out.begin(), out.end(),
                     [](const Annotation& a, const Annotation& b) { return a.begin < b.begin; });
  return out;
}

}  // namespace rightstrack::annotate
