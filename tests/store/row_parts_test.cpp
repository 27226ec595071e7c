// The search index's rows in parts (store/sqlite/row_parts.h): split and joined back whatever
// the size, parts that do not add up are corruption, and a store's rows really are split — a
// database of schema 13 (rows in one piece) is rebuilt in parts at open and answers the same.
#include "store/sqlite/row_parts.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "core/sha256.h"
#include "store/sqlite/sqlite_repository.h"
#include "support/sql_scalar.h"
#include "support/temp_dir.h"

namespace rightstrack::sqlite {
namespace {

std::string bytes(size_t n) {
  std::string s(n, '\0');
  for (size_t i = 0; i < n; ++i) s[i] = static_cast<char>(i * 131 + i / 7);
  return s;
}

TEST(RowParts, SplitAndJoinedBackAtEverySize) {
  for (size_t n :
       {size_t{0}, size_t{1}, size_t{4000}, size_t{4072}, size_t{4073}, size_t{8144}, size_t{8145}, size_t{100000}})
    for (const std::string& term : {std::string("人权"), std::string(3000, 'x'), std::string(5000, 'y')}) {
      std::string data = bytes(n);
      auto parts = split_row(term, data);
      ASSERT_FALSE(parts.empty());
      RowAssembler row;
      for (size_t i = 0; i < parts.size(); ++i) {
        bool last = i + 1 == parts.size();
        EXPECT_EQ(parts[i].first, static_cast<int64_t>(2 * i + (last ? 1 : 0)));
        // Each part keeps its cell inside a 16 KB page (4,088 bytes), unless the term alone is long.
        if (term.size() < 3000) {
          EXPECT_LE(parts[i].second.size() + term.size() + 16, 4088u) << n;
        }
        EXPECT_EQ(row.add(parts[i].first, parts[i].second), last ? RowAssembler::Add::kDone : RowAssembler::Add::kMore);
      }
      EXPECT_TRUE(row.data() == data) << n << " bytes, term of " << term.size();
      EXPECT_FALSE(row.partial());
    }
}

TEST(RowParts, PartsThatDoNotAddUpAreCorruption) {
  RowAssembler a;
  EXPECT_EQ(a.add(2, "x"), RowAssembler::Add::kCorrupt);  // no first part
  RowAssembler b;
  EXPECT_EQ(b.add(0, "x"), RowAssembler::Add::kMore);
  EXPECT_EQ(b.add(4, "y"), RowAssembler::Add::kCorrupt);  // part 2 missing
  RowAssembler c;
  EXPECT_EQ(c.add(0, "x"), RowAssembler::Add::kMore);
  EXPECT_EQ(c.add(1, "y"), RowAssembler::Add::kCorrupt);  // a second "only" part
  EXPECT_EQ(c.add(3, "y"), RowAssembler::Add::kDone);
  EXPECT_EQ(c.data(), "xy");
}

// Documents whose common words make batch rows of several pages.
Document wordy_doc(int n) {
  Document d;
  d.sha256 = sha256_hex("wordy " + std::to_string(n));
  d.meta.language = "zh";
  d.meta.body = "HRC";
  for (int i = 0; i < 40; ++i) {
    Provision p;
    p.id = "p" + std::to_string(i);
    p.kind = i % 2 ? "operative" : "preamble";
    p.text = "促进和保护人权 第" + std::to_string(i) + "段 " + (n % 3 ? "儿童权利" : "妇女权利");
    d.provisions.push_back(p);
  }
  return d;
}

size_t hits(Repository& repo, const std::string& words) {
  auto k = repo.match_keys({MatchExpr::Op::kPhrase, words, {}});
  EXPECT_TRUE(k.ok()) << k.status().message();
  return k.ok() ? k->size() : 0;
}

TEST(RowParts, AStoreOfSchema13IsRebuiltInPartsAndAnswersTheSame) {
  testing::TempDir dir;
  std::string path = dir.file("v13.db");
  const int documents = static_cast<int>(SqliteRepository::kBatchDocuments) + 20;
  {
    auto old = SqliteRepository::open(path, 13);
    ASSERT_TRUE(old.ok()) << old.status().message();
    for (int n = 0; n < 3; ++n)  // pending: schema 13 wrote no postings row for them yet
      ASSERT_TRUE(
          old.value()->put_document("/w/" + std::to_string(n), wordy_doc(n), "wordy " + std::to_string(n)).ok());
  }
  {  // a row in one piece, as schema 13 wrote them
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(
        sqlite3_exec(db, "INSERT INTO postings(batch, term, data) VALUES (99, 'x', x'00')", nullptr, nullptr, nullptr),
        SQLITE_OK);
    sqlite3_close(db);
  }
  EXPECT_EQ(testing::sql_scalar(path, "SELECT count(*) FROM pragma_table_info('postings') WHERE name = 'part'"), 0);
  auto repo = SqliteRepository::open(path);
  ASSERT_TRUE(repo.ok()) << repo.status().message();
  EXPECT_EQ(testing::sql_scalar(path, "SELECT count(*) FROM pragma_table_info('postings') WHERE name = 'part'"), 1);
  EXPECT_EQ(testing::sql_scalar(path, "SELECT count(*) FROM postings WHERE batch = 99"), 0);
  EXPECT_EQ(hits(*repo.value(), "人权"), size_t{40 * 3});  // rebuilt at open
  for (int n = 3; n < documents; ++n) {
    auto put = repo.value()->put_document("/w/" + std::to_string(n), wordy_doc(n), "wordy " + std::to_string(n));
    ASSERT_TRUE(put.ok()) << put.status().message();
  }
  // The first batch is merged: its rows for the common words span several parts.
  EXPECT_GE(testing::sql_scalar(path, "SELECT count(*) FROM index_batches"), 1);
  EXPECT_GT(testing::sql_scalar(path, "SELECT max(part) FROM postings"), 2);
  EXPECT_EQ(testing::sql_scalar(path, "SELECT count(*) FROM postings WHERE length(data) + length(term) > 4072"), 0);
  EXPECT_EQ(hits(*repo.value(), "人权"), static_cast<size_t>(40 * documents));
  EXPECT_EQ(hits(*repo.value(), "儿童权利"), static_cast<size_t>(40 * (documents - (documents + 2) / 3)));
  EXPECT_EQ(repo.value()->rows_with("人权").value(), static_cast<size_t>(40 * documents));
  auto problems = repo.value()->check();
  ASSERT_TRUE(problems.ok());
  EXPECT_TRUE(problems->empty()) << problems->front();

  // The last part of the longest row lost: `check` names it, and a query is an error, not a crash.
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  std::string lost;
  {
    sqlite3_stmt* st = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT term FROM postings ORDER BY part DESC LIMIT 1", -1, &st, nullptr),
              SQLITE_OK);
    ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
    lost = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
  }
  ASSERT_EQ(
      sqlite3_exec(db, "DELETE FROM postings WHERE part = (SELECT max(part) FROM postings)", nullptr, nullptr, nullptr),
      SQLITE_OK);
  sqlite3_close(db);
  problems = repo.value()->check();
  ASSERT_TRUE(problems.ok());
  ASSERT_FALSE(problems->empty());
  EXPECT_NE(problems->front().find("last part"), std::string::npos) << problems->front();
  // A tag term ("#b_hrc") is asked for as a tag, a word as a phrase.
  MatchExpr query =
      lost[0] == '#' ? MatchExpr{MatchExpr::Op::kTag, lost.substr(1), {}} : MatchExpr{MatchExpr::Op::kPhrase, lost, {}};
  auto keys = repo.value()->match_keys(query);
  ASSERT_FALSE(keys.ok()) << "'" << lost << "' still answered";
  EXPECT_NE(keys.status().message().find("last part"), std::string::npos) << keys.status().message();
}

}  // namespace
}  // namespace rightstrack::sqlite
