#include "search/searcher.h"

#include <algorithm>
#include <unordered_set>

#include "annotate/taxonomy.h"
#include "search/query_parser.h"
#include "search/query_plan.h"
#include "search/tokenizer.h"

namespace rightstrack::search {
namespace {

struct Ranked {
  const SearchHit* hit;
  double score;
};

bool date_in(const std::string& date, const QueryPlan& plan) {
  if (plan.date_from.empty() && plan.date_to.empty()) return true;
  if (date.empty()) return false;
  if (!plan.date_from.empty() && date.substr(0, plan.date_from.size()) < plan.date_from) return false;
  if (!plan.date_to.empty() && date.substr(0, plan.date_to.size()) > plan.date_to) return false;
  return true;
}

bool has_concept(const SearchHit& h, const std::string& id) {
  return std::find(h.concepts.begin(), h.concepts.end(), id) != h.concepts.end();
}

std::vector<FacetCount> sorted(const std::map<std::string, size_t>& counts) {
  std::vector<FacetCount> out;
  for (const auto& [v, n] : counts) out.push_back({v, n});
  std::stable_sort(out.begin(), out.end(), [](const FacetCount& a, const FacetCount& b) { return a.count > b.count; });
  return out;
}

}  // namespace

double kind_boost(const std::string& kind) {
  static const std::map<std::string, double> kBoosts = {{"pledge", 1.3},  {"operative", 1.2}, {"recommendation", 1.2},
                                                        {"heading", 0.8}, {"caption", 0.7},   {"footnote", 0.7}};
  auto it = kBoosts.find(kind);
  return it == kBoosts.end() ? 1.0 : it->second;
}

const DocumentSummary* Searcher::document(int64_t id) {
  auto it = documents_.find(id);
  if (it != documents_.end()) return &it->second;
  auto docs = repo_.list_documents();
  if (!docs.ok()) return nullptr;
  for (auto& d : docs.value()) documents_[d.id] = std::move(d);
  it = documents_.find(id);
  return it == documents_.end() ? nullptr : &it->second;
}

Result<SearchResults> Searcher::search(std::string_view query, const SearchOptions& options) {
  auto parsed = parse_query(query);
  if (!parsed.ok()) return parsed.status();
  auto plan = plan_query(parsed.value());
  if (!plan.ok()) return plan.status();
  auto hits = repo_.search(plan->match);
  if (!hits.ok()) return hits.status();

  std::vector<std::string> named = plan->filter_concepts;
  for (const auto& t : plan->terms)
    if (!t.concept_id.empty()) named.push_back(t.concept_id);
  std::vector<Ranked> ranked;
  ranked.reserve(hits->size());
  SearchResults out;
  std::map<std::string, std::map<std::string, size_t>> facets;
  const auto& tax = annotate::Taxonomy::instance();
  for (const auto& h : hits.value()) {
    const DocumentSummary* doc = document(provision_document(h.key));
    if (!doc || !date_in(doc->date, plan.value())) continue;
    // BM25 gives ~0 to a word in most provisions (人权 in a human-rights corpus); the floor keeps
    // the boosts meaningful there.
    double score = (std::max(h.score, 0.0) + 0.01) * kind_boost(h.kind);
    for (const auto& c : named)
      if (has_concept(h, c)) {
        score *= 1.25;
        break;
      }
    ranked.push_back({&h, score});
    if (!options.facets) continue;
    ++facets["kind"][h.kind];
    if (!doc->body.empty()) ++facets["body"][doc->body];
    if (doc->date.size() >= 4) ++facets["year"][doc->date.substr(0, 4)];
    std::unordered_set<std::string> states;
    if (!doc->author.empty()) states.insert(doc->author);
    for (const auto& c : h.concepts) {
      const auto* con = tax.find(c);
      if (!con) continue;
      if (con->kind == "state")
        states.insert(c);
      else
        ++facets["concept:" + con->kind][c];
    }
    for (const auto& s : states) ++facets["state"][s];
  }
  std::sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
    return a.score != b.score ? a.score > b.score : a.hit->key < b.hit->key;
  });
  out.total = ranked.size();
  for (const auto& [name, counts] : facets) out.facets[name] = sorted(counts);

  std::unordered_set<std::string> tokens;
  for (const auto& t : plan->terms) tokens.insert(t.tokens.begin(), t.tokens.end());
  for (size_t i = options.offset; i < ranked.size() && i < options.offset + options.limit; ++i) {
    const SearchHit& h = *ranked[i].hit;
    auto p = repo_.find_provision(h.key);
    if (!p.ok()) return p.status();
    if (!p.value()) continue;  // removed since the search ran
    SearchResult r;
    r.key = h.key;
    r.document = *document(provision_document(h.key));
    r.provision_id = p.value()->id;
    r.label = p.value()->label;
    r.kind = h.kind;
    r.score = ranked[i].score;
    std::vector<Span> spans;
    std::unordered_set<std::string> seen_words;
    for (const auto& t : tokenize(p.value()->text))
      if (tokens.count(t.text)) {
        spans.push_back({t.begin, t.end});
        seen_words.insert(t.text);
      }
    for (const auto& t : plan->terms) {
      bool all = !t.tokens.empty() && std::all_of(t.tokens.begin(), t.tokens.end(),
                                                  [&](const std::string& k) { return seen_words.count(k) > 0; });
      if (all) r.why.push_back("word '" + t.text + "'");
      if (!t.concept_id.empty() && has_concept(h, t.concept_id)) {
        r.why.push_back("concept " + t.concept_id + " (named by '" + t.text + "')");
        for (const auto& a : p.value()->annotations)
          if (a.concept_id == t.concept_id) spans.push_back({a.begin, a.end});
      }
    }
    for (const auto& c : plan->filter_concepts)
      if (has_concept(h, c)) r.why.push_back("concept " + c + " (filter)");
    r.snippet = make_snippet(p.value()->text, std::move(spans));
    out.results.push_back(std::move(r));
  }
  return out;
}

}  // namespace rightstrack::search
