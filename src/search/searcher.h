// Searcher: runs a query of the query language against a Repository and returns ranked, paged
// results with snippets, the reasons each matched, and facet counts over the whole result set.
//
// Ranking, in two steps so that a word found in 600,000 provisions costs a pass over their keys
// and a few thousand small rows, not a relevance computation for each:
//  1. every match gets a prior from what the store keeps per provision (ProvisionFacts): BM25's
//     length normalisation for one occurrence (average length: the whole store's), × its kind
//     boost (kept per provision with its facts), × the concept boost — most hits cost a load
//     and a comparison against the weakest of the best kCandidates, kept in a heap;
//  2. the best kCandidates by prior (all of them when there are fewer) are scored exactly: BM25
//     (k1 1.2, b 0.75; IDF from the index's document frequency of each word or phrase; term
//     frequency counted in the provision's text), a concept named by the query and present on the
//     provision counts as one occurrence at half weight; then × the boosts:
//   × 1.25 when the provision carries a concept the query names (a word that is a concept label,
//          or a concept/theme/sdg/state filter),
//   × kind: pledge 1.3, operative 1.2, recommendation 1.2, heading 0.8, caption 0.7,
//          footnote 0.7, anything else 1.0;
// ties by document order. Pages beyond the candidates follow the prior.
#pragma once

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/result.h"
#include "search/query_plan.h"
#include "search/snippet.h"
#include "store/repository.h"

namespace rightstrack::search {

struct SearchOptions {
  size_t limit = 10;
  size_t offset = 0;
  bool facets = true;        // facet counts cost a pass over every hit's concepts
  bool public_only = false;  // only documents an admin published (anonymous readers of serve --public)
};

struct SearchResult {
  int64_t key = 0;
  DocumentSummary document;
  std::string provision_id, label, kind;
  double score = 0;
  Snippet snippet;
  std::vector<std::string> why;  // "word 儿童", "concept children (from 'children')", "filter kind:pledge"
};

struct FacetCount {
  std::string value;
  size_t count = 0;
};

struct SearchResults {
  size_t total = 0;
  std::vector<SearchResult> results;
  // "kind", "state", "body", "year", "concept:instrument", "concept:body", "concept:group",
  // "concept:theme", "concept:sdg": counts of matching provisions, largest first.
  std::map<std::string, std::vector<FacetCount>> facets;
};

class Searcher {
 public:
  explicit Searcher(Repository& repo) : repo_(repo) {}
  Result<SearchResults> search(std::string_view query, const SearchOptions& options = {});
  // The keys of every provision the query matches, in key order, unranked (for filters such as
  // `rightstrack commitments QUERY`).
  Result<std::vector<int64_t>> matching(std::string_view query);

 private:
  static constexpr size_t kCandidates = 200;

  struct Matched {
    QueryPlan plan;
    std::vector<int64_t> keys;  // from the index, before the exact date bounds
  };
  Result<Matched> match(std::string_view query);

  const DocumentSummary* document(int64_t id);
  // The facts of every stored provision, read in one pass when the store changed and laid out
  // flat — one array per field, documents in id order — so that a pass over the 600,000 hits of
  // a common word reads memory in order (per-document vectors cost ~250 ns of cache misses for
  // each document touched). Row first[d] + seq is provision seq of document d.
  struct Facts {
    std::vector<uint32_t> first, count;  // by document id
    std::vector<uint32_t> kind, length;
    std::vector<float> prior;     // kind boost over BM25's length part for one occurrence
    std::vector<uint32_t> begin;  // concepts of row r: concepts[begin[r] .. begin[r + 1])
    std::vector<uint32_t> concepts;
    bool loaded = false;
    bool has(size_t row, uint32_t concept_id) const;
  };
  Result<const Facts*> facts();
  Result<std::string> name_of(uint32_t term);
  // BM25's average length: tokens per provision over the whole store.
  Result<double> average_length();
  Result<size_t> rows_with(const std::string& words);
  // Drops every cache when the store changed since they were filled.
  Status refresh();
  double boost_of_kind(uint32_t kind);

  Repository& repo_;
  int64_t generation_ = -1;
  std::unordered_map<int64_t, DocumentSummary> documents_;
  size_t provision_total_ = 0;
  double average_length_ = 0;
  Facts facts_;
  // By document id, for the pass over every hit: lookups there must cost nothing.
  std::vector<const DocumentSummary*> document_at_;
  std::unordered_map<std::string, size_t> rows_with_;
  std::unordered_map<uint32_t, std::string> names_;
  std::vector<double> kind_boosts_;  // by kind id; 0 = not looked up yet
};

double kind_boost(const std::string& kind);

}  // namespace rightstrack::search
