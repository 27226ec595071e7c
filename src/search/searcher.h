// Searcher: runs a query of the query language against a Repository and returns ranked, paged
// results with snippets, the reasons each matched, and facet counts over the whole result set.
// Ranking: the index's BM25 (words weigh 1, tags 0.5), then boosts —
//   × 1.25 when the provision carries a concept the query names (a word that is a concept label,
//          or a concept/theme/sdg/state filter),
//   × kind: pledge 1.3, operative 1.2, recommendation 1.2, paragraph 1.0, preambular 1.0,
//          heading 0.8, caption 0.7, footnote 0.7, anything else 1.0;
// ties by document order.
#pragma once

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/result.h"
#include "search/snippet.h"
#include "store/repository.h"

namespace rightstrack::search {

struct SearchOptions {
  size_t limit = 10;
  size_t offset = 0;
  bool facets = true;  // facet counts cost a pass over every hit's concepts
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

 private:
  const DocumentSummary* document(int64_t id);

  Repository& repo_;
  std::unordered_map<int64_t, DocumentSummary> documents_;
};

double kind_boost(const std::string& kind);

}  // namespace rightstrack::search
