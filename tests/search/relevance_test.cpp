// The judged relevance set (tests/data/search/judgements.tsv, ≥ 30 queries in Chinese and
// English over the samples): recall@10 and MRR, printed for docs/BENCHMARKS.md and held to a floor.
#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>

#include "search/search_fixture.h"

namespace rightstrack::testing {
namespace {

using Relevance = SamplesDatabase;

TEST_F(Relevance, RecallAt10AndMrrOverTheJudgedQueries) {
  std::ifstream in(test_data("search/judgements.tsv"));
  ASSERT_TRUE(in) << "judgements.tsv missing";
  std::string line;
  double recall_sum = 0, rr_sum = 0;
  int queries = 0, zh = 0, en = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    auto tab = line.find('\t');
    ASSERT_NE(tab, std::string::npos) << line;
    std::string query = line.substr(0, tab);
    std::set<std::string> relevant;
    std::istringstream ids(line.substr(tab + 1));
    for (std::string id; ids >> id;) relevant.insert(id);
    auto results = search(query, 10);
    size_t found = 0;
    double rr = 0;
    for (size_t i = 0; i < results.results.size(); ++i) {
      if (!relevant.count(name(results.results[i]))) continue;
      ++found;
      if (rr == 0) rr = 1.0 / static_cast<double>(i + 1);
    }
    double recall = static_cast<double>(found) / static_cast<double>(std::min<size_t>(10, relevant.size()));
    EXPECT_GT(found, 0u) << "'" << query << "' returns none of its " << relevant.size() << " relevant provisions";
    std::printf("  %-28s relevant %2zu  found@10 %2zu  recall@10 %.2f  RR %.2f  total %zu\n", query.c_str(),
                relevant.size(), found, recall, rr, results.total);
    recall_sum += recall;
    rr_sum += rr;
    ++queries;
    (static_cast<unsigned char>(query[0]) >= 0x80 ? zh : en)++;
  }
  ASSERT_GE(queries, 30);
  EXPECT_GE(zh, 10);
  EXPECT_GE(en, 10);
  double recall = recall_sum / queries, mrr = rr_sum / queries;
  std::printf("relevance: %d queries, mean recall@10 %.3f, MRR %.3f\n", queries, recall, mrr);
  EXPECT_GE(recall, 0.9);
  EXPECT_GE(mrr, 0.9);
}

}  // namespace
}  // namespace rightstrack::testing
