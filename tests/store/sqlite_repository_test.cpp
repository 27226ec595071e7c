#include "store/sqlite/sqlite_repository.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "core/sha256.h"
#include "support/temp_dir.h"

namespace rightstrack {
namespace {

Provision prov(const std::string& id, const std::string& kind, const std::string& text,
               const std::string& parent = "") {
  Provision p;
  p.id = id;
  p.kind = kind;
  p.text = text;
  p.parent = parent;
  return p;
}

Document make_doc(const std::string& content, const std::string& symbol = "") {
  Document d;
  d.sha256 = sha256_hex(content);
  d.meta.language = "zh";
  d.meta.doc_type = "resolution";
  d.meta.symbol = symbol;
  d.meta.title = "标题";
  d.provisions = {prov("p1", "heading", "一"), prov("p2", "paragraph", content, "p1")};
  return d;
}

std::unique_ptr<Repository> open_at(const std::string& path) {
  auto r = open_repository(path);
  EXPECT_TRUE(r.ok()) << r.status().message();
  return r.ok() ? std::move(r).value() : nullptr;
}

}  // namespace

TEST(SqliteRepository, StoresAndFindsByEveryKey) {
  testing::TempDir dir;
  auto repo = open_at(dir.file("t.db"));
  auto put = repo->put_document("/docs/a.txt", make_doc("text a", "A/HRC/RES/1/1"), "text a");
  ASSERT_TRUE(put.ok()) << put.status().message();
  EXPECT_EQ(put->outcome, PutOutcome::kNew);
  EXPECT_EQ(put->version, 1);
  for (const std::string& key : {std::to_string(put->id), std::string("A/HRC/RES/1/1"), std::string("a.txt"),
                                 std::string("/docs/a.txt"), sha256_hex("text a").substr(0, 10)}) {
    auto found = repo->find_document(key);
    ASSERT_TRUE(found.ok());
    ASSERT_TRUE(found.value()) << key;
    EXPECT_EQ(found.value()->document.provisions.size(), 2u);
    EXPECT_EQ(found.value()->content, "text a");
  }
  EXPECT_FALSE(repo->find_document("nothing").value());
  auto problems = repo->check();
  ASSERT_TRUE(problems.ok());
  EXPECT_TRUE(problems->empty());
}

TEST(SqliteRepository, SameContentIsUnchangedAndChangedContentIsANewVersion) {
  testing::TempDir dir;
  auto repo = open_at(dir.file("t.db"));
  ASSERT_EQ(repo->put_document("/docs/a.txt", make_doc("v1"), "v1")->outcome, PutOutcome::kNew);
  EXPECT_EQ(repo->put_document("/docs/a.txt", make_doc("v1"), "v1")->outcome, PutOutcome::kUnchanged);
  EXPECT_EQ(repo->put_document("/other/copy.txt", make_doc("v1"), "v1")->outcome, PutOutcome::kUnchanged);
  auto v2 = repo->put_document("/docs/a.txt", make_doc("v2"), "v2");
  EXPECT_EQ(v2->outcome, PutOutcome::kNewVersion);
  EXPECT_EQ(v2->version, 2);
  auto list = repo->list_documents();
  ASSERT_EQ(list->size(), 2u);                                          // the old version stays
  EXPECT_EQ(repo->find_document("a.txt").value()->summary.version, 2);  // newest by name
  EXPECT_TRUE(repo->check()->empty());
}

TEST(SqliteRepository, InvalidDocumentsAreRefusedBeforeWriting) {
  testing::TempDir dir;
  auto repo = open_at(dir.file("t.db"));
  Document dup = make_doc("dup ids");
  dup.provisions[1].id = "p1";
  auto put = repo->put_document("/docs/dup.txt", dup, "dup ids");
  ASSERT_FALSE(put.ok());
  EXPECT_NE(put.status().message().find("repeated"), std::string::npos);
  Document orphan = make_doc("orphan");
  orphan.provisions[1].parent = "p9";
  EXPECT_FALSE(repo->put_document("/docs/orphan.txt", orphan, "orphan").ok());
  EXPECT_TRUE(repo->list_documents()->empty());
}

TEST(SqliteRepository, AFailureHalfWayStoresNothing) {
  testing::TempDir dir;
  std::string path = dir.file("t.db");
  auto repo = open_at(path);
  // A trigger makes the database refuse the second provision, after the document row and the
  // first provision were written in the same transaction.
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db,
                         "CREATE TRIGGER refuse BEFORE INSERT ON provisions WHEN NEW.seq = 1 "
                         "BEGIN SELECT RAISE(ABORT, 'disk says no'); END;",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  auto put = repo->put_document("/docs/bad.txt", make_doc("half"), "half");
  ASSERT_FALSE(put.ok());
  EXPECT_NE(put.status().message().find("disk says no"), std::string::npos) << put.status().message();
  EXPECT_TRUE(repo->list_documents()->empty());
  EXPECT_TRUE(repo->check()->empty());
}

TEST(SqliteRepository, CheckFindsTamperedRows) {
  testing::TempDir dir;
  std::string path = dir.file("t.db");
  {
    auto repo = open_at(path);
    ASSERT_TRUE(repo->put_document("/docs/a.txt", make_doc("abc"), "abc").ok());
  }
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "UPDATE documents SET content = 'edited'; DELETE FROM provisions WHERE seq = 0;", nullptr,
                         nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  auto repo = open_at(path);
  auto problems = repo->check();
  ASSERT_TRUE(problems.ok());
  std::string all;
  for (const auto& p : problems.value()) all += p + "\n";
  EXPECT_NE(all.find("content does not match its hash"), std::string::npos) << all;
  EXPECT_NE(all.find("1 provisions stored, 2 expected"), std::string::npos) << all;
  EXPECT_NE(all.find("missing parent p1"), std::string::npos) << all;
}

// The content is kept as a zstd frame; rows written before that keep their text and still read.
TEST(SqliteRepository, ContentIsStoredCompressedAndOlderTextRowsStillRead) {
  testing::TempDir dir;
  const std::string path = dir.file("t.db");
  std::string text;
  for (int i = 0; i < 400; ++i) text += "人权理事会，回顾其第21/21号决议。Recalling resolution 21/21.\n";
  int64_t id = 0;
  {
    auto repo = open_at(path);
    auto put = repo->put_document("/docs/a.txt", make_doc(text), text);
    ASSERT_TRUE(put.ok()) << put.status().message();
    id = put->id;
  }
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT typeof(content), length(content) FROM documents", -1, &st, nullptr),
            SQLITE_OK);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)), "blob");
  EXPECT_LT(sqlite3_column_int64(st, 1), static_cast<int64_t>(text.size()) / 4);
  sqlite3_finalize(st);
  {
    auto repo = open_at(path);
    auto found = repo->find_document(std::to_string(id));
    ASSERT_TRUE(found.ok() && found.value());
    EXPECT_EQ(found.value()->content, text);
  }
  // A row of an older database: the text itself.
  ASSERT_EQ(sqlite3_exec(db, ("UPDATE documents SET content = '" + text + "'").c_str(), nullptr, nullptr, nullptr),
            SQLITE_OK);
  {
    auto repo = open_at(path);
    EXPECT_EQ(repo->find_document(std::to_string(id)).value()->content, text);
    EXPECT_TRUE(repo->check()->empty());
  }
  // A damaged frame: an error naming the document, never a crash, and `check` reports it.
  ASSERT_EQ(sqlite3_exec(db, "UPDATE documents SET content = x'28b52ffd0000ffff'", nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  auto repo = open_at(path);
  auto found = repo->find_document(std::to_string(id));
  ASSERT_FALSE(found.ok());
  EXPECT_NE(found.status().message().find("document " + std::to_string(id)), std::string::npos);
  auto problems = repo->check();
  ASSERT_TRUE(problems.ok());
  ASSERT_FALSE(problems->empty());
  EXPECT_NE(problems->front().find("stored content"), std::string::npos) << problems->front();
}

// An author's newest documents, newest first, without the one being stored, at most `limit`.
TEST(SqliteRepository, LatestDocumentsOfAnAuthor) {
  testing::TempDir dir;
  auto repo = open_at(dir.file("t.db"));
  std::vector<int64_t> lux;
  for (int i = 0; i < 5; ++i) {
    for (const char* author : {"LUX", "BEL"}) {
      Document d = make_doc(std::string(author) + " text " + std::to_string(i));
      d.meta.author = author;
      auto put = repo->put_document("/docs/" + std::string(author) + std::to_string(i) + ".txt", d,
                                    std::string(author) + " text " + std::to_string(i));
      ASSERT_TRUE(put.ok()) << put.status().message();
      if (std::string(author) == "LUX") lux.push_back(put->id);
    }
  }
  auto latest = repo->latest_documents_of("LUX", 3, lux.back());
  ASSERT_TRUE(latest.ok()) << latest.status().message();
  ASSERT_EQ(latest->size(), 3u);
  EXPECT_EQ(latest.value()[0].id, lux[3]);
  EXPECT_EQ(latest.value()[1].id, lux[2]);
  EXPECT_EQ(latest.value()[2].id, lux[1]);
  for (const auto& d : latest.value()) EXPECT_EQ(d.author, "LUX");
  EXPECT_TRUE(repo->latest_documents_of("CHL", 3, 0)->empty());
}

TEST(SqliteRepository, NotADatabaseIsAClearError) {
  testing::TempDir dir;
  auto path = dir.write("junk.db", std::string(4096, 'j'));
  auto r = open_repository(path);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("junk.db"), std::string::npos) << r.status().message();
  EXPECT_FALSE(open_repository(dir.file("no/such/dir/x.db")).ok());
  EXPECT_FALSE(open_repository("postgres://localhost/x").ok());
}

}  // namespace rightstrack
