#include "store/sqlite/migrations.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "core/sha256.h"
#include "store/sqlite/fts.h"
#include "store/sqlite/sqlite_repository.h"
#include "support/temp_dir.h"

namespace rightstrack::sqlite {
namespace {

int table_count(const std::string& path, const std::string& name) {
  sqlite3* db = nullptr;
  sqlite3_open(path.c_str(), &db);
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db, "SELECT COUNT(*) FROM sqlite_master WHERE name = ?1", -1, &st, nullptr);
  sqlite3_bind_text(st, 1, name.c_str(), -1, SQLITE_TRANSIENT);
  sqlite3_step(st);
  int n = sqlite3_column_int(st, 0);
  sqlite3_finalize(st);
  sqlite3_close(db);
  return n;
}

}  // namespace

TEST(Migrations, FromEmptyToLatest) {
  testing::TempDir dir;
  auto repo = SqliteRepository::open(dir.file("new.db"));
  ASSERT_TRUE(repo.ok()) << repo.status().message();
  EXPECT_EQ(repo.value()->schema_version(), latest_schema_version());
  EXPECT_EQ(table_count(dir.file("new.db"), "ingest_failures"), 1);
}

// An older database as an older rightstrack wrote it: rows inserted by SQL into the old schema.
void write_old_rows(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
  sqlite3_close(db);
}

std::string old_document_row(int id, const std::string& content, int provisions) {
  return "INSERT INTO documents(id, sha256, path, file_name, version, provision_count, content, content_sha256, "
         "meta_json, ingested_at) VALUES (" +
         std::to_string(id) + ", '" + sha256_hex(content) + "', '/" + content + ".txt', '" + content + ".txt', 1, " +
         std::to_string(provisions) + ", '" + content + "', '" + sha256_hex(content) +
         "', '{\"document\":{}}', 'now');";
}

TEST(Migrations, FromAnOlderSchemaKeepsTheData) {
  testing::TempDir dir;
  std::string path = dir.file("old.db");
  {
    auto v1 = SqliteRepository::open(path, 1);
    ASSERT_TRUE(v1.ok());
    EXPECT_EQ(v1.value()->schema_version(), 1);
  }
  write_old_rows(path, old_document_row(1, "x", 2) + old_document_row(2, "z", 1) +
                           "INSERT INTO provisions(document_id, seq, pid, kind, text) VALUES (1, 0, 'p1', "
                           "'paragraph', 'x'), (2, 0, 'p1', 'paragraph', 'z');"
                           "INSERT INTO provisions(document_id, seq, pid, kind, text, parent) VALUES (1, 1, 'p1.a', "
                           "'paragraph', 'xa', 'p1');");
  EXPECT_EQ(table_count(path, "ingest_failures"), 0);
  auto latest = SqliteRepository::open(path);
  ASSERT_TRUE(latest.ok()) << latest.status().message();
  EXPECT_EQ(latest.value()->schema_version(), latest_schema_version());
  EXPECT_EQ(table_count(path, "ingest_failures"), 1);
  EXPECT_EQ(latest.value()->list_documents()->size(), 2u);
  auto doc = latest.value()->find_document("1");
  ASSERT_TRUE(doc.ok() && doc.value());
  ASSERT_EQ(doc.value()->document.provisions.size(), 2u);
  EXPECT_EQ(doc.value()->document.provisions[1].parent, "p1");
  EXPECT_TRUE(latest.value()->log_failure("/b.txt", "file is empty").is_ok());
  auto problems = latest.value()->check();
  ASSERT_TRUE(problems.ok());
  EXPECT_TRUE(problems->empty()) << problems->front();
}

TEST(Migrations, CitationsOfOlderDatabasesAreFilledIn) {
  testing::TempDir dir;
  std::string path = dir.file("v2.db");
  { ASSERT_TRUE(SqliteRepository::open(path, 2).ok()); }
  // A version-2 database as an older rightstrack wrote it: cites only inside the provisions' extras.
  write_old_rows(path, old_document_row(1, "y", 1) +
                           "INSERT INTO provisions(document_id, seq, pid, kind, text, extras) VALUES (1, 0, 'p1', "
                           "'paragraph', '大会第60/251号决议', '{\"cites\":[\"A/RES/60/251\"]}');");
  auto latest = SqliteRepository::open(path);
  ASSERT_TRUE(latest.ok()) << latest.status().message();
  auto citing = latest.value()->citing("A/RES/60/251");
  ASSERT_TRUE(citing.ok());
  ASSERT_EQ(citing->size(), 1u);
  EXPECT_EQ(citing->front().second, std::vector<std::string>{"p1"});
}

// Schema 11 kept the search index in FTS5: the upgrade drops it and builds ours from the stored
// provisions, so the old documents are found as before.
TEST(Migrations, AnFts5IndexIsReplacedByOurs) {
  testing::TempDir dir;
  std::string path = dir.file("v11.db");
  { ASSERT_TRUE(SqliteRepository::open(path, 11).ok()); }
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    ASSERT_TRUE(register_tokenizer(db).is_ok());  // the old index's tokenizer, as rightstrack registered it
    std::string sql =
        old_document_row(1, "w", 2) +
        "INSERT INTO provisions(id, document_id, seq, pid, kind, text) VALUES "
        "(16777216, 1, 0, 'p1', 'operative', '促进和保护人权'), "
        "(16777217, 1, 1, 'p2', 'pledge', 'protect the rights of children');"
        "INSERT INTO provision_index(rowid, text, tags) VALUES (16777216, '促进和保护人权', 'k_operative');";
    ASSERT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    sqlite3_close(db);
  }
  EXPECT_EQ(table_count(path, "provision_index"), 1);
  auto latest = SqliteRepository::open(path);
  ASSERT_TRUE(latest.ok()) << latest.status().message();
  EXPECT_EQ(table_count(path, "provision_index"), 0);  // the FTS5 table is gone
  auto keys = latest.value()->match_keys({MatchExpr::Op::kPhrase, "人权", {}});
  ASSERT_TRUE(keys.ok()) << keys.status().message();
  EXPECT_EQ(keys.value(), std::vector<int64_t>{provision_key(1, 0)});
  keys = latest.value()->match_keys(
      {MatchExpr::Op::kAnd, "", {{MatchExpr::Op::kPhrase, "children", {}}, {MatchExpr::Op::kTag, "k_pledge", {}}}});
  ASSERT_TRUE(keys.ok());
  EXPECT_EQ(keys.value(), std::vector<int64_t>{provision_key(1, 1)});
  auto problems = latest.value()->check();
  ASSERT_TRUE(problems.ok());
  EXPECT_TRUE(problems->empty()) << problems->front();
}

TEST(Migrations, RefusesANewerDatabase) {
  testing::TempDir dir;
  std::string path = dir.file("future.db");
  { ASSERT_TRUE(SqliteRepository::open(path).ok()); }
  sqlite3* db = nullptr;
  sqlite3_open(path.c_str(), &db);
  sqlite3_exec(db, "UPDATE schema_version SET version = 999", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  auto r = SqliteRepository::open(path);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("newer than this rightstrack"), std::string::npos) << r.status().message();
}

TEST(Migrations, AreNumberedInOrder) {
  int last = 0;
  for (const auto& m : migrations()) {
    EXPECT_EQ(m.version, last + 1);
    last = m.version;
  }
}

}  // namespace rightstrack::sqlite
