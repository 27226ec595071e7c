#include "search/searcher.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

#include "annotate/taxonomy.h"
#include "search/query_parser.h"
#include "search/query_plan.h"
#include "search/tokenizer.h"

namespace rightstrack::search {
namespace {

constexpr double kK1 = 1.2, kB = 0.75, kConceptBoost = 1.25, kTagWeight = 0.5;

struct Hit {
  int64_t key;
  uint32_t row;     // in Searcher::Facts
  uint32_t length;  // tokens of the provision's text
  double boost;     // its kind's, times the concept boost when it carries a concept the query names
  double prior, score;
};

bool date_in(const std::string& date, const QueryPlan& plan) {
  if (plan.date_from.empty() && plan.date_to.empty()) return true;
  if (date.empty()) return false;
  if (!plan.date_from.empty() && date.substr(0, plan.date_from.size()) < plan.date_from) return false;
  if (!plan.date_to.empty() && date.substr(0, plan.date_to.size()) > plan.date_to) return false;
  return true;
}

// BM25's term part for `tf` occurrences in a provision of `length` tokens.
double tf_part(double tf, double length, double average) {
  return tf * (kK1 + 1) / (tf + kK1 * (1 - kB + kB * length / std::max(average, 1.0)));
}

// Occurrences of the token sequence `phrase` among `tokens`.
size_t count_phrase(const std::vector<Token>& tokens, const std::vector<std::string>& phrase) {
  if (phrase.empty() || tokens.size() < phrase.size()) return 0;
  size_t n = 0;
  for (size_t i = 0; i + phrase.size() <= tokens.size(); ++i) {
    size_t k = 0;
    while (k < phrase.size() && tokens[i + k].text == phrase[k]) ++k;
    if (k == phrase.size()) ++n;
  }
  return n;
}

}  // namespace

double kind_boost(const std::string& kind) {
  static const std::unordered_map<std::string, double> kBoosts = {{"pledge", 1.3},         {"operative", 1.2},
                                                                  {"recommendation", 1.2}, {"heading", 0.8},
                                                                  {"caption", 0.7},        {"footnote", 0.7}};
  auto it = kBoosts.find(kind);
  return it == kBoosts.end() ? 1.0 : it->second;
}

Status Searcher::refresh() {
  auto g = repo_.generation();
  if (!g.ok()) return g.status();
  if (g.value() == generation_) return Status::ok();
  generation_ = g.value();
  documents_.clear();
  document_at_.clear();
  facts_ = Facts{};
  rows_with_.clear();
  provision_total_ = 0;
  average_length_ = 0;
  return Status::ok();
}

const DocumentSummary* Searcher::document(int64_t id) {
  if (id >= 0 && static_cast<size_t>(id) < document_at_.size() && document_at_[id]) return document_at_[id];
  if (documents_.count(id)) return nullptr;  // loaded, and not there
  auto docs = repo_.list_documents();
  if (!docs.ok()) return nullptr;
  provision_total_ = 0;
  documents_.clear();
  for (auto& d : docs.value()) {
    provision_total_ += static_cast<size_t>(d.provision_count);
    documents_[d.id] = std::move(d);
  }
  document_at_.clear();
  for (const auto& [doc_id, d] : documents_) {
    if (doc_id < 0 || doc_id > (int64_t{1} << 26)) continue;
    if (static_cast<size_t>(doc_id) >= document_at_.size()) document_at_.resize(static_cast<size_t>(doc_id) + 1);
    document_at_[static_cast<size_t>(doc_id)] = &d;
  }
  auto it = documents_.find(id);
  return it == documents_.end() ? nullptr : &it->second;
}

Result<size_t> Searcher::rows_with(const std::string& words) {
  auto it = rows_with_.find(words);
  if (it != rows_with_.end()) return it->second;
  auto n = repo_.rows_with(words);
  if (!n.ok()) return n.status();
  return rows_with_[words] = n.value();
}

bool Searcher::Facts::has(size_t row, uint32_t concept_id) const {
  for (uint32_t i = begin[row]; i < begin[row + 1]; ++i)
    if (concepts[i] == concept_id) return true;
  return false;
}

Result<const Searcher::Facts*> Searcher::facts() {
  if (facts_.loaded) return &facts_;
  auto average = average_length();
  if (!average.ok()) return average.status();
  // BM25's length part for one occurrence, 1 / (1 + k1 (1 - b + b len / avg)), up to a constant.
  const double slope = kK1 * kB / average.value(), base = 1 + kK1 * (1 - kB);
  Facts& f = facts_;
  f = Facts{};
  f.begin.push_back(0);
  auto s = repo_.scan_provision_facts([&](int64_t document_id, const std::vector<ProvisionFacts>& provisions) {
    if (document_id < 0 || document_id >= (int64_t{1} << 32) || provisions.empty()) return;
    auto d = static_cast<size_t>(document_id);
    if (d >= f.first.size()) {
      f.first.resize(d + 1, 0);
      f.count.resize(d + 1, 0);
    }
    f.first[d] = static_cast<uint32_t>(f.kind.size());
    f.count[d] = static_cast<uint32_t>(provisions.size());
    for (const auto& p : provisions) {
      f.kind.push_back(p.kind);
      f.length.push_back(p.length);
      f.prior.push_back(static_cast<float>(boost_of_kind(p.kind) / (base + slope * p.length)));
      f.concepts.insert(f.concepts.end(), p.concepts.begin(), p.concepts.end());
      f.begin.push_back(static_cast<uint32_t>(f.concepts.size()));
    }
  });
  if (!s.is_ok()) return s;
  f.loaded = true;
  return &facts_;
}

Result<double> Searcher::average_length() {
  if (average_length_ > 0) return average_length_;
  auto t = repo_.provision_totals();
  if (!t.ok()) return t.status();
  average_length_ =
      t->provisions ? std::max(1.0, static_cast<double>(t->tokens) / static_cast<double>(t->provisions)) : 1.0;
  return average_length_;
}

Result<std::string> Searcher::name_of(uint32_t term) {
  auto it = names_.find(term);
  if (it != names_.end()) return it->second;
  auto name = repo_.term_name(term);
  if (!name.ok()) return name.status();
  return names_[term] = name.value();
}

double Searcher::boost_of_kind(uint32_t kind) {
  if (kind < kind_boosts_.size() && kind_boosts_[kind] > 0) return kind_boosts_[kind];
  auto name = name_of(kind);
  if (kind >= kind_boosts_.size()) kind_boosts_.resize(kind + 64, 0.0);
  return kind_boosts_[kind] = name.ok() ? kind_boost(name.value()) : 1.0;
}

Result<Searcher::Matched> Searcher::match(std::string_view query) {
  auto parsed = parse_query(query);
  if (!parsed.ok()) return parsed.status();
  auto plan = plan_query(parsed.value());
  if (!plan.ok()) return plan.status();
  if (auto s = refresh(); !s.is_ok()) return s;
  auto keys = repo_.match_keys(plan->match);
  if (!keys.ok()) return keys.status();
  return Matched{std::move(plan).value(), std::move(keys).value()};
}

Result<std::vector<int64_t>> Searcher::matching(std::string_view query) {
  auto m = match(query);
  if (!m.ok()) return m.status();
  std::vector<int64_t> out;
  for (int64_t key : m->keys) {
    const DocumentSummary* doc = document(provision_document(key));
    if (doc && date_in(doc->date, m->plan)) out.push_back(key);
  }
  return out;
}

Result<SearchResults> Searcher::search(std::string_view query, const SearchOptions& options) {
  auto matched = match(query);
  if (!matched.ok()) return matched.status();
  const QueryPlan& plan = matched->plan;
  const std::vector<int64_t>& keys = matched->keys;

  // Concepts the query names, as the store's ids (absent from the store: no provision has them).
  std::vector<uint32_t> named;
  std::vector<std::string> named_names = plan.filter_concepts;
  for (const auto& t : plan.terms)
    if (!t.concept_id.empty()) named_names.push_back(t.concept_id);
  for (const auto& c : named_names) {
    auto id = repo_.term_id(c);
    if (!id.ok()) return id.status();
    if (id.value()) named.push_back(*id.value());
  }

  auto average_tokens = average_length();
  if (!average_tokens.ok()) return average_tokens.status();
  const double average = average_tokens.value();
  auto all_facts = facts();
  if (!all_facts.ok()) return all_facts.status();
  const Facts& f = *all_facts.value();

  // Pass 1, over every hit in scope (the index cannot apply exact dates, nor the public flag):
  // counts, facets, and the prior of every hit (Facts::prior, × the concept boost when it
  // carries a concept the query names). The best `wanted` are kept in a heap, so a word in
  // 600,000 provisions is not sorted whole, and most hits cost a load and a comparison.
  // Facet counts are flat arrays over term ids, and per document for what belongs to the document.
  auto by_prior = [](const Hit& a, const Hit& b) { return a.prior != b.prior ? a.prior > b.prior : a.key < b.key; };
  const size_t wanted = std::max(kCandidates, options.offset + options.limit);
  std::vector<Hit> hits;  // a heap whose top is the weakest kept
  hits.reserve(wanted + 1);
  size_t total = 0;
  std::vector<uint32_t> kinds, concepts;
  std::vector<std::pair<const DocumentSummary*, size_t>> per_document;
  auto bump = [](std::vector<uint32_t>& counts, uint32_t id) {
    if (id >= counts.size()) counts.resize(id + 1024);
    ++counts[id];
  };
  for (size_t i = 0, j; i < keys.size(); i = j) {
    const int64_t doc_id = provision_document(keys[i]);
    for (j = i + 1; j < keys.size() && provision_document(keys[j]) == doc_id;) ++j;
    const DocumentSummary* doc = document(doc_id);
    if (!doc || !date_in(doc->date, plan) || (options.public_only && !doc->is_public)) continue;
    const size_t d = static_cast<size_t>(doc_id);
    if (d >= f.first.size()) continue;
    const size_t first = f.first[d], count = f.count[d];
    size_t n = 0;
    for (size_t k = i; k < j; ++k) {
      const size_t seq = provision_seq(keys[k]);
      if (seq >= count) continue;
      ++n;
      const uint32_t row = static_cast<uint32_t>(first + seq);
      const uint32_t kind = f.kind[row];
      double concept_boost = 1.0;
      for (uint32_t c : named)
        if (f.has(row, c)) {
          concept_boost = kConceptBoost;
          break;
        }
      Hit h{keys[k], row, 0, 0, f.prior[row] * concept_boost, 0};
      if (hits.size() < wanted || by_prior(h, hits.front())) {
        h.length = f.length[row];
        h.boost = boost_of_kind(kind) * concept_boost;
        hits.push_back(h);
        std::push_heap(hits.begin(), hits.end(), by_prior);
        if (hits.size() > wanted) {
          std::pop_heap(hits.begin(), hits.end(), by_prior);
          hits.pop_back();
        }
      }
      if (!options.facets) continue;
      bump(kinds, kind);
      for (uint32_t c = f.begin[row]; c < f.begin[row + 1]; ++c) bump(concepts, f.concepts[c]);
    }
    total += n;
    if (n) per_document.push_back({doc, n});
  }
  std::map<std::string, size_t> bodies, years, authors;
  for (const auto& [d, n] : per_document) {
    if (!options.facets) break;
    if (!d->body.empty()) bodies[d->body] += n;
    if (d->date.size() >= 4) years[d->date.substr(0, 4)] += n;
    if (!d->author.empty()) authors[d->author] += n;
  }
  std::sort_heap(hits.begin(), hits.end(), by_prior);
  size_t candidates = hits.size();

  // Pass 2: exact BM25 for the candidates, from their text.
  std::vector<double> idf;
  std::vector<std::optional<uint32_t>> term_concepts;
  for (const auto& t : plan.terms) {
    std::optional<uint32_t> cid;
    if (!t.concept_id.empty()) {
      auto id = repo_.term_id(t.concept_id);
      if (!id.ok()) return id.status();
      cid = id.value();
    }
    term_concepts.push_back(cid);
    auto n = rows_with(t.text);
    if (!n.ok()) return n.status();
    double N = static_cast<double>(std::max(provision_total_, n.value())), df = static_cast<double>(n.value());
    idf.push_back(std::log(1 + (N - df + 0.5) / (df + 0.5)));
  }
  std::vector<int64_t> candidate_keys;
  for (size_t i = 0; i < candidates; ++i) candidate_keys.push_back(hits[i].key);
  auto texts = repo_.provision_texts(candidate_keys);
  if (!texts.ok()) return texts.status();
  for (size_t i = 0; i < candidates; ++i) {
    Hit& h = hits[i];
    auto tokens = tokenize(texts.value()[i]);
    double score = 0;
    for (size_t t = 0; t < plan.terms.size(); ++t) {
      const auto& term = plan.terms[t];
      double tf = static_cast<double>(count_phrase(tokens, term.tokens));
      if (tf == 0 && term_concepts[t] && f.has(h.row, *term_concepts[t])) tf = kTagWeight;
      score += idf[t] * tf_part(tf, h.length, average);
    }
    // A query of filters only ranks by the prior.
    h.score = (plan.terms.empty() ? h.prior : score * h.boost) + 1e-9 * h.prior;
  }
  std::sort(hits.begin(), hits.begin() + static_cast<std::ptrdiff_t>(candidates),
            [](const Hit& a, const Hit& b) { return a.score != b.score ? a.score > b.score : a.key < b.key; });

  SearchResults out;
  out.total = total;
  if (options.facets) {
    const auto& tax = annotate::Taxonomy::instance();
    auto sorted = [](std::map<std::string, size_t> counts) {
      std::vector<FacetCount> v;
      for (const auto& [value, n] : counts) v.push_back({value, n});
      std::stable_sort(v.begin(), v.end(), [](const FacetCount& a, const FacetCount& b) { return a.count > b.count; });
      return v;
    };
    std::map<std::string, size_t> kind_names, states = authors;
    std::map<std::string, std::map<std::string, size_t>> by_kind;
    for (uint32_t id = 0; id < kinds.size(); ++id) {
      if (!kinds[id]) continue;
      auto name = name_of(id);
      if (name.ok()) kind_names[name.value()] += kinds[id];
    }
    for (uint32_t id = 0; id < concepts.size(); ++id) {
      size_t n = concepts[id];
      if (!n) continue;
      auto name = name_of(id);
      const auto* c = name.ok() ? tax.find(name.value()) : nullptr;
      if (!c) continue;
      // A state is a facet of its own: authors and the states a provision mentions.
      if (c->kind == "state")
        states[c->id] = std::max(states[c->id], n);
      else
        by_kind["concept:" + c->kind][c->id] += n;
    }
    out.facets["kind"] = sorted(kind_names);
    out.facets["state"] = sorted(states);
    out.facets["body"] = sorted(bodies);
    out.facets["year"] = sorted(years);
    for (auto& [name, counts] : by_kind) out.facets[name] = sorted(counts);
  }

  std::unordered_set<std::string> tokens;
  for (const auto& t : plan.terms) tokens.insert(t.tokens.begin(), t.tokens.end());
  for (size_t i = options.offset; i < hits.size() && i < options.offset + options.limit; ++i) {
    const Hit& h = hits[i];
    auto found = repo_.find_provision(h.key);
    if (!found.ok()) return found.status();
    if (!found.value()) continue;  // removed since the search ran
    const Provision& p = *found.value();
    SearchResult r;
    r.key = h.key;
    r.document = *document(provision_document(h.key));
    r.provision_id = p.id;
    r.label = p.label;
    r.kind = p.kind;
    r.score = i < candidates ? h.score : h.prior;
    std::vector<Span> spans;
    std::unordered_set<std::string> seen_words;
    for (const auto& t : tokenize(p.text))
      if (tokens.count(t.text)) {
        spans.push_back({t.begin, t.end});
        seen_words.insert(t.text);
      }
    auto carries = [&](const std::string& id) {
      return std::any_of(p.annotations.begin(), p.annotations.end(),
                         [&](const Annotation& a) { return a.concept_id == id && a.source != "user:removed"; });
    };
    for (const auto& t : plan.terms) {
      bool all = !t.tokens.empty() && std::all_of(t.tokens.begin(), t.tokens.end(),
                                                  [&](const std::string& k) { return seen_words.count(k) > 0; });
      if (all) r.why.push_back("word '" + t.text + "'");
      if (!t.concept_id.empty() && carries(t.concept_id)) {
        r.why.push_back("concept " + t.concept_id + " (named by '" + t.text + "')");
        for (const auto& a : p.annotations)
          if (a.concept_id == t.concept_id) spans.push_back({a.begin, a.end});
      }
    }
    for (const auto& c : plan.filter_concepts)
      if (carries(c)) r.why.push_back("concept " + c + " (filter)");
    if (r.why.empty()) r.why.push_back("filters");
    r.snippet = make_snippet(p.text, std::move(spans));
    out.results.push_back(std::move(r));
  }
  return out;
}

}  // namespace rightstrack::search
