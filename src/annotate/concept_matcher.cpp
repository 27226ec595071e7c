#include "annotate/concept_matcher.h"

#include <algorithm>
#include <unordered_set>

#include "annotate/text_normalizer.h"
#include "core/utf8.h"

namespace rightstrack::annotate {
namespace {

bool alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'); }

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
    entries_.push_back({&p, alnum(form.front()), alnum(form.back())});
  }
  automaton_.build();
}

std::vector<Annotation> ConceptMatcher::match(std::string_view text) const {
  NormalizedText norm = normalize(text);
  const std::string& t = norm.text;
  auto hits = automaton_.scan(t);
  // Rule 1: whole words for Latin-script ends.
  hits.erase(std::remove_if(hits.begin(), hits.end(),
                            [&](const AhoCorasick::Match& m) {
                              const Entry& e = entries_[m.pattern];
                              return (e.word_start && m.begin > 0 && alnum(t[m.begin - 1])) ||
                                     (e.word_end && m.end < t.size() && alnum(t[m.end]));
                            }),
             hits.end());
  // Rule 2: longest first, then leftmost; keep what does not overlap a kept match.
  std::sort(hits.begin(), hits.end(), [](const AhoCorasick::Match& a, const AhoCorasick::Match& b) {
    size_t la = a.end - a.begin, lb = b.end - b.begin;
    return la != lb ? la > lb : a.begin != b.begin ? a.begin < b.begin : a.pattern < b.pattern;
  });
  std::vector<AhoCorasick::Match> kept;
  std::vector<bool> covered(t.size(), false);
  for (const auto& h : hits) {
    if (std::any_of(covered.begin() + static_cast<long>(h.begin), covered.begin() + static_cast<long>(h.end), [](bool c) { return c; }))
      continue;
    std::fill(covered.begin() + static_cast<long>(h.begin), covered.begin() + static_cast<long>(h.end), true);
    kept.push_back(h);
  }
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
    add_implications(out, a);
  }
  return out;
}

void ConceptMatcher::add_implications(std::vector<Annotation>& out, const Annotation& a) const {
  std::vector<std::string> todo = {a.concept_id};
  std::unordered_set<std::string> done = {a.concept_id};
  while (!todo.empty()) {
    std::string id = todo.back();
    todo.pop_back();
    for (const auto& to : taxonomy_.implied(id)) {
      if (!done.insert(to).second) continue;
      out.push_back({to, a.begin, a.end, "implied:" + id});
      todo.push_back(to);
    }
  }
}

}  // namespace rightstrack::annotate
