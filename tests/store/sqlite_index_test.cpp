// The SQLite store's own search index: segments pending, merged in batches, taken apart again
// when a merged document changes, rebuilt by reindex — the answers the same at every stage.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "core/sha256.h"
#include "store/repository.h"
#include "store/sqlite/sqlite_repository.h"
#include "support/sql_scalar.h"
#include "support/temp_dir.h"

namespace rightstrack {
namespace {

Document numbered_doc(int n) {
  Document d;
  d.sha256 = sha256_hex("doc " + std::to_string(n));
  d.meta.language = "zh";
  d.meta.body = n % 2 ? "HRC" : "GA";
  d.meta.author = n % 3 ? "LUX" : "BEL";
  for (int i = 0; i < 3; ++i) {
    Provision p;
    p.id = "p" + std::to_string(i);
    p.kind = i == 0 ? "heading" : "operative";
    // Every document: 人权 in provision 1; 人权维护者 in provision 2 of every fifth document.
    p.text = i == 1 ? "促进人权" : i == 2 ? (n % 5 ? "维护 人权 者" : "保护人权维护者") : "标题 " + std::to_string(n);
    d.provisions.push_back(p);
  }
  return d;
}

MatchExpr phrase(const std::string& text) { return {MatchExpr::Op::kPhrase, text, {}}; }
MatchExpr tag(const std::string& t) { return {MatchExpr::Op::kTag, t, {}}; }

class SqliteIndex : public ::testing::Test {
 protected:
  void SetUp() override {
    auto r = open_repository(dir_.file("t.db"));
    ASSERT_TRUE(r.ok()) << r.status().message();
    repo_ = std::move(r).value();
  }
  void store(int from, int to) {
    for (int n = from; n < to; ++n) {
      auto put = repo_->put_document("/d/" + std::to_string(n), numbered_doc(n), "doc " + std::to_string(n));
      ASSERT_TRUE(put.ok()) << put.status().message();
      ids_.push_back(put->id);
    }
  }
  size_t count(const MatchExpr& e) {
    auto k = repo_->match_keys(e);
    EXPECT_TRUE(k.ok()) << k.status().message();
    if (!k.ok()) return 0;
    EXPECT_TRUE(std::is_sorted(k->begin(), k->end()));
    return k->size();
  }
  int64_t rows(const std::string& sql) { return testing::sql_scalar(dir_.file("t.db"), sql); }
  void expect_answers(int documents) {
    EXPECT_EQ(count(phrase("人权")), static_cast<size_t>(2 * documents));
    EXPECT_EQ(count(phrase("人权维护者")), static_cast<size_t>((documents + 4) / 5));
    EXPECT_EQ(count(tag("k_heading")), static_cast<size_t>(documents));
    EXPECT_EQ(count(tag("b_hrc")), static_cast<size_t>(3 * (documents / 2)));
    EXPECT_EQ(repo_->rows_with("人权").value(), static_cast<size_t>(2 * documents));
    auto problems = repo_->check();
    ASSERT_TRUE(problems.ok());
    EXPECT_TRUE(problems->empty()) << problems->front();
  }
  testing::TempDir dir_;
  std::unique_ptr<Repository> repo_;
  std::vector<int64_t> ids_;
};

constexpr int kBatch = static_cast<int>(sqlite::SqliteRepository::kBatchDocuments);

TEST_F(SqliteIndex, AnswersAreTheSamePendingAndMerged) {
  store(0, 40);
  EXPECT_EQ(rows("SELECT count(*) FROM index_pending"), 40);
  expect_answers(40);
  store(40, 2 * kBatch + 22);  // two batches, and 22 pending
  EXPECT_EQ(rows("SELECT count(DISTINCT batch) FROM index_batched"), 2);
  EXPECT_EQ(rows("SELECT count(*) FROM index_pending"), 22);
  expect_answers(2 * kBatch + 22);
}

TEST_F(SqliteIndex, AChangedDocumentInABatchIsFoundByItsNewTags) {
  store(0, kBatch + 36);
  ASSERT_EQ(count(tag("c_torture")), 0u);
  Document d = numbered_doc(3);
  d.provisions[1].annotations.push_back({"torture", 0, 0, "user"});
  ASSERT_TRUE(repo_->update_annotations(ids_[3], d).is_ok());
  EXPECT_EQ(count(tag("c_torture")), 1u);
  EXPECT_EQ(repo_->match_keys(tag("c_torture")).value().front(), provision_key(ids_[3], 1));
  expect_answers(kBatch + 36);
  // Changing a pending document does not take a batch apart.
  Document e = numbered_doc(kBatch + 35);
  e.provisions[0].annotations.push_back({"torture", 0, 0, "user"});
  ASSERT_TRUE(repo_->update_annotations(ids_[kBatch + 35], e).is_ok());
  EXPECT_EQ(count(tag("c_torture")), 2u);
  auto n = repo_->reindex();
  ASSERT_TRUE(n.ok());
  EXPECT_EQ(n.value(), static_cast<size_t>(3 * (kBatch + 36)));
  EXPECT_EQ(count(tag("c_torture")), 2u);
  expect_answers(kBatch + 36);
}

// A document written again leaves stale entries in its batch; once a quarter of the batch is
// stale, the batch is rewritten without them.
TEST_F(SqliteIndex, StaleEntriesAreSkippedThenCompactedAway) {
  store(0, kBatch + 10);
  for (int n = 0; n < kBatch / 4; ++n) {
    Document d = numbered_doc(n);
    d.provisions[0].annotations.push_back({"torture", 0, 0, "user"});
    ASSERT_TRUE(repo_->update_annotations(ids_[n], d).is_ok());
    if (n == kBatch / 8) {
      EXPECT_EQ(rows("SELECT count(*) FROM index_stale"), n + 1);
      EXPECT_EQ(count(tag("c_torture")), static_cast<size_t>(n + 1));
      expect_answers(kBatch + 10);
    }
  }
  EXPECT_EQ(rows("SELECT count(*) FROM index_stale"), 0);
  EXPECT_EQ(rows("SELECT documents FROM index_batches WHERE level = 0"), kBatch - kBatch / 4);
  EXPECT_EQ(count(tag("c_torture")), static_cast<size_t>(kBatch / 4));
  expect_answers(kBatch + 10);
}

TEST_F(SqliteIndex, CheckFindsADamagedIndex) {
  store(0, kBatch + 6);
  {
    sqlite3* db = nullptr;
    sqlite3_open(dir_.file("t.db").c_str(), &db);
    sqlite3_exec(db, "UPDATE postings SET data = x'05017f' WHERE term = '人权'", nullptr, nullptr, nullptr);
    std::string gone = "DELETE FROM index_pending WHERE document_id = " + std::to_string(kBatch + 6);
    sqlite3_exec(db, gone.c_str(), nullptr, nullptr, nullptr);
    sqlite3_close(db);
  }
  auto problems = repo_->check();
  ASSERT_TRUE(problems.ok());
  ASSERT_EQ(problems->size(), 2u);
  EXPECT_NE(problems->at(0).find("document " + std::to_string(kBatch + 6) + " is not in the search index"),
            std::string::npos)
      << problems->at(0);
  EXPECT_NE(problems->at(1).find("term '人权'"), std::string::npos) << problems->at(1);
  EXPECT_FALSE(repo_->match_keys(phrase("人权")).ok());  // damaged data is an error, not a wrong answer
  ASSERT_TRUE(repo_->reindex().ok());
  EXPECT_TRUE(repo_->check().value().empty());
}

}  // namespace
}  // namespace rightstrack
