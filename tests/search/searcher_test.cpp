#include <sqlite3.h>

#include <random>

#include "core/utf8.h"
#include "search/search_fixture.h"

namespace rightstrack::testing {
namespace {

using Searching = SamplesDatabase;

TEST_F(Searching, ChineseWordsAreFoundAtWordLevel) {
  for (const char* q : {"儿童", "人权", "人权维护者", "普遍定期审议"}) EXPECT_GT(search(q).total, 0u) << q;
  // 人权维护者 is a phrase of bigrams: every result has the phrase or its concept, never 人权 … 维护 apart.
  for (const auto& r : search("人权维护者", 50).results) {
    ASSERT_FALSE(r.why.empty());
    bool phrase = r.why.front() == "word '人权维护者'";
    bool concept_only = r.why.front().rfind("concept human-rights-defenders", 0) == 0;
    EXPECT_TRUE(phrase || concept_only) << r.why.front();
    if (phrase) {
      EXPECT_NE(r.snippet.text.find("人权维护者"), std::string::npos);
    }
  }
}

// SQLite's own trigram tokenizer cannot find a two-character word at all: that is why the index
// has its own tokenizer.
TEST_F(Searching, TheBuiltInTrigramTokenizerMissesTwoCharacterWords) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(":memory:", &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "CREATE VIRTUAL TABLE t USING fts5(text, tokenize='trigram');", nullptr, nullptr, nullptr),
            SQLITE_OK);
  auto doc = repo_->find_document("1");
  ASSERT_TRUE(doc.ok() && doc.value());
  for (const auto& p : doc.value()->document.provisions) {
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO t(text) VALUES (?1)", -1, &st, nullptr);
    sqlite3_bind_text(st, 1, p.text.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_step(st);
    sqlite3_finalize(st);
  }
  auto count = [&](const char* match) {
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, "SELECT count(*) FROM t WHERE t MATCH ?1", -1, &st, nullptr);
    sqlite3_bind_text(st, 1, match, -1, SQLITE_TRANSIENT);
    int n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : -1;
    sqlite3_finalize(st);
    return n;
  };
  EXPECT_EQ(count("人权"), 0);           // two characters: no trigram, nothing found
  EXPECT_GT(count("人权理事会"), 0);     // five: found
  EXPECT_GT(search("人权").total, 20u);  // ours finds 人权 everywhere
  sqlite3_close(db);
}

TEST_F(Searching, ConceptsCrossLanguages) {
  auto en = search("children", 100), zh = search("儿童", 100);
  EXPECT_GE(en.total, 15u);  // Chinese provisions about 儿童, found by an English word
  ASSERT_FALSE(en.results.empty());
  EXPECT_NE(en.results.front().why.front().find("concept children"), std::string::npos);
  auto hrd = search("\"human rights defenders\"");
  EXPECT_EQ(hrd.total, search("人权维护者").total);
}

TEST_F(Searching, FiltersNarrow) {
  auto all = search("儿童", 100), pledges = search("儿童 kind:pledge", 100);
  EXPECT_LT(pledges.total, all.total);
  for (const auto& r : pledges.results) EXPECT_EQ(r.kind, "pledge");
  for (const auto& r : search("state:BEL 妇女", 100).results) EXPECT_EQ(r.document.author, "BEL");
  EXPECT_GT(search("sdg:5").total, 0u);
  EXPECT_GT(search("theme:education").total, 0u);
  EXPECT_GT(search("body:HRC 技术合作").total, 0u);
  EXPECT_EQ(search("body:GA 技术合作").total, 0u);
  EXPECT_GT(search("doc:A/HRC/RES/21/21").total, 20u);
  EXPECT_EQ(search("儿童 NOT kind:pledge", 100).total, all.total - pledges.total);
  EXPECT_EQ(search("date:1990..1999").total, 0u);
}

TEST_F(Searching, BadFiltersAreClearErrors) {
  for (const char* q :
       {"state:Atlantis", "sdg:99", "theme:children", "date:2020..2019", "date:soon", "，。", "NOT 儿童"}) {
    auto r = searcher_->search(q);
    ASSERT_FALSE(r.ok()) << q;
    EXPECT_EQ(r.status().code(), Status::Code::kInvalidInput) << q << ": " << r.status().message();
  }
}

TEST_F(Searching, FacetsCountTheWholeResultSet) {
  auto r = search("人权", 3);
  EXPECT_EQ(r.results.size(), 3u);
  size_t kinds = 0;
  for (const auto& f : r.facets["kind"]) kinds += f.count;
  EXPECT_EQ(kinds, r.total);
  EXPECT_FALSE(r.facets["state"].empty());
  EXPECT_FALSE(r.facets["year"].empty());
  EXPECT_FALSE(r.facets["concept:body"].empty());
}

TEST_F(Searching, SnippetsHighlightWithoutCuttingCharacters) {
  for (const char* q : {"人权", "children", "普遍定期审议", "可持续发展 OR 气候"}) {
    for (const auto& r : search(q, 20).results) {
      EXPECT_EQ(utf8::invalid_offset(r.snippet.text), utf8::kValid) << q;
      for (const auto& h : r.snippet.highlights) {
        ASSERT_LT(h.begin, h.end);
        ASSERT_LE(h.end, r.snippet.text.size());
        EXPECT_EQ(utf8::invalid_offset(r.snippet.text.substr(h.begin, h.end - h.begin)), utf8::kValid);
      }
      EXPECT_FALSE(r.snippet.highlights.empty()) << q << " " << name(r);
    }
  }
}

TEST_F(Searching, PagesDoNotOverlapAndPledgesRankFirst) {
  auto first = searcher_->search("儿童", {5, 0}), second = searcher_->search("儿童", {5, 5});
  ASSERT_TRUE(first.ok() && second.ok());
  for (const auto& a : first->results)
    for (const auto& b : second->results) EXPECT_NE(a.key, b.key);
  EXPECT_EQ(first->results.front().kind, "pledge");
}

// Facets cost a pass over every hit's concepts; asking for them must not change what ranks first.
TEST_F(Searching, RankingDoesNotDependOnFacets) {
  for (const char* q : {"人权", "儿童 kind:pledge", "\"civil society\"", "hr*", "(儿童 OR 妇女) NOT kind:heading"}) {
    auto with = searcher_->search(q, {20, 0, true});
    auto without = searcher_->search(q, {20, 0, false});
    ASSERT_TRUE(with.ok() && without.ok()) << q;
    EXPECT_GT(with->total, 0u) << q;
    EXPECT_EQ(with->total, without->total) << q;
    ASSERT_EQ(with->results.size(), without->results.size()) << q;
    for (size_t i = 0; i < with->results.size(); ++i) EXPECT_EQ(with->results[i].key, without->results[i].key) << q;
    EXPECT_FALSE(with->facets.empty());
    EXPECT_TRUE(without->facets.empty());
  }
  // A prefix meets every word it begins: hr* finds all that hrc (A/HRC/…) finds, and more.
  EXPECT_GT(search("hrc").total, 0u);
  EXPECT_GE(search("hr*").total, search("hrc").total);
  EXPECT_EQ(search("hrc*").total, search("hrc").total);
}

TEST_F(Searching, TheIndexFollowsTagsAndReindex) {
  EXPECT_EQ(search("concept:torture doc:A/HRC/RES/21/21").total, 0u);
  auto stored = repo_->find_document("A/HRC/RES/21/21");
  ASSERT_TRUE(stored.ok() && stored.value());
  Document doc = stored.value()->document;
  doc.provisions[3].annotations.push_back({"torture", 0, 0, "user"});
  ASSERT_TRUE(repo_->update_annotations(stored.value()->summary.id, doc).is_ok());
  EXPECT_EQ(search("concept:torture doc:A/HRC/RES/21/21").total, 1u);
  size_t before = search("人权").total;
  auto n = repo_->reindex();
  ASSERT_TRUE(n.ok());
  EXPECT_EQ(n.value(), 230u);
  EXPECT_EQ(search("人权").total, before);
  EXPECT_EQ(search("concept:torture doc:A/HRC/RES/21/21").total, 1u);
  auto problems = repo_->check();
  ASSERT_TRUE(problems.ok());
  EXPECT_TRUE(problems->empty()) << problems->front();
}

}  // namespace
}  // namespace rightstrack::testing

namespace rightstrack::testing {
namespace {

// A searcher kept open (as a server keeps one) sees documents stored after it was made.
TEST_F(Searching, ALongLivedSearcherSeesNewDocuments) {
  size_t before = search("儿童").total;
  auto g = repo_->generation();
  ASSERT_TRUE(g.ok());
  Document d = parse_file(std::string(RIGHTSTRACK_SOURCE_DIR) + "/data/samples/002_954a802aa9703412.txt", true);
  d.sha256 = std::string(64, 'a');
  auto put = repo_->put_document("/copy/002.txt", d, "copy");
  ASSERT_TRUE(put.ok()) << put.status().message();
  EXPECT_NE(repo_->generation().value(), g.value());
  EXPECT_GT(search("儿童").total, before);
}

}  // namespace
}  // namespace rightstrack::testing

namespace rightstrack::testing {
namespace {

// Random queries all the way through to the index: each one answers or is refused as bad input,
// never an internal error (an FTS5 syntax error would be one).
TEST_F(Searching, FuzzedQueriesAnswerOrAreRefused) {
  std::mt19937 rng(5);
  const std::vector<std::string> pieces = {"儿童",
                                           "人权",
                                           "children",
                                           "OR",
                                           "AND",
                                           "NOT",
                                           "(",
                                           ")",
                                           "\"",
                                           " ",
                                           "kind:pledge",
                                           "state:LUX",
                                           "state:",
                                           "sdg:5",
                                           "date:2021..",
                                           "-",
                                           "*",
                                           "x*",
                                           "doc:A/HRC/RES/21/21",
                                           "，",
                                           "'",
                                           "NEAR",
                                           "^",
                                           "+",
                                           "{",
                                           "}",
                                           "theme:education",
                                           "concept:children",
                                           ":",
                                           "body:HRC",
                                           "：",
                                           "“"};
  size_t answered = 0;
  for (int i = 0; i < 1500; ++i) {
    std::string q;
    for (size_t k = 0, n = 1 + rng() % 6; k < n; ++k) q += pieces[rng() % pieces.size()] + (rng() % 2 ? " " : "");
    auto r = searcher_->search(q, {5, 0});
    if (r.ok()) {
      ++answered;
      EXPECT_LE(r->results.size(), 5u);
    } else {
      EXPECT_EQ(r.status().code(), Status::Code::kInvalidInput) << q << ": " << r.status().message();
    }
  }
  EXPECT_GT(answered, 150u);
}

}  // namespace
}  // namespace rightstrack::testing
