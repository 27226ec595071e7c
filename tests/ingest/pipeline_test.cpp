// The ingest pipeline: files come out prepared in the order given whatever the other thread is
// doing, stored bytes are not parsed again, and storing what it prepared gives the same store as
// ingesting file by file.
#include "ingest/pipeline.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <thread>

#include "core/document_json.h"
#include "store/repository.h"
#include "support/temp_dir.h"

namespace rightstrack {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

std::vector<std::string> samples() {
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(fs::path(RIGHTSTRACK_SOURCE_DIR) / "data/samples"))
    files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

bool never(const std::string&) { return false; }

// The samples with a file the reader refuses and one that does not exist between them.
std::vector<std::string> batch(const TempDir& dir) {
  auto files = samples();
  files.insert(files.begin() + 2, dir.write("bad.txt", std::string("ok\xff\xfe", 4)));
  files.insert(files.begin() + 4, dir.file("missing.txt"));
  return files;
}

TEST(Pipeline, GivesEveryFilePreparedInTheOrderGiven) {
  TempDir dir;
  auto files = batch(dir);
  ingest::Pipeline pipeline(files, {}, {});
  for (const auto& file : files) {
    auto p = pipeline.next();
    ASSERT_TRUE(p.has_value()) << file;
    EXPECT_EQ(p->file, file);
    auto alone = ingest::prepare_file(file, {}, never);
    EXPECT_EQ(p->error, alone.error);
    EXPECT_EQ(p->sha256, alone.sha256);
    EXPECT_EQ(document_to_json(p->doc), document_to_json(alone.doc)) << file;
    EXPECT_EQ(p->content, alone.content);
    bool refused = file.ends_with("bad.txt") || file.ends_with("missing.txt");
    EXPECT_EQ(!p->error.empty(), refused) << file << ": " << p->error;
    if (!refused) {
      EXPECT_GT(p->doc.provisions.size(), 10u) << file;
    }
  }
  EXPECT_FALSE(pipeline.next().has_value());
  EXPECT_FALSE(pipeline.next().has_value());
}

TEST(Pipeline, StoredBytesAreReadButNotParsed) {
  auto files = samples();
  auto first = ingest::prepare_file(files[0], {}, never);
  ASSERT_TRUE(first.error.empty());
  ingest::Pipeline pipeline(files, {}, {first.sha256});
  auto p = pipeline.next();
  ASSERT_TRUE(p.has_value());
  EXPECT_TRUE(p->known);
  EXPECT_EQ(p->sha256, first.sha256);
  EXPECT_TRUE(p->doc.provisions.empty());
  auto q = pipeline.next();
  ASSERT_TRUE(q.has_value());
  EXPECT_FALSE(q->known);
  EXPECT_FALSE(q->doc.provisions.empty());
}

TEST(Pipeline, PreparesOnlyAsFarAheadAsAllowedAndStopsWhenLeft) {
  std::vector<std::string> files;
  for (int i = 0; i < 200; ++i) files.push_back(samples()[static_cast<size_t>(i) % 5]);
  ingest::Pipeline pipeline(files, {}, {}, 1);
  ASSERT_TRUE(pipeline.next().has_value());
  // Time enough to prepare every file if nothing held the thread back.
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  EXPECT_GE(pipeline.prepared(), 1u);
  EXPECT_LE(pipeline.prepared(), 2u);  // the one handed out and one waiting
  ASSERT_TRUE(pipeline.next().has_value());
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  EXPECT_LE(pipeline.prepared(), 3u);
}  // leaving with 197 files unprepared: the destructor returns at once

TEST(Pipeline, CommittedGivesTheSameStoreAsIngestingFileByFile) {
  TempDir dir;
  auto files = batch(dir);
  files.push_back(samples()[1]);  // the same bytes twice in one batch: the second is unchanged
  auto one = open_repository(dir.file("one.db"));
  auto two = open_repository(dir.file("two.db"));
  ASSERT_TRUE(one.ok() && two.ok());
  std::vector<ingest::Outcome::Kind> kinds_one, kinds_two;
  for (const auto& f : files) kinds_one.push_back(ingest::ingest_file(*one.value(), f).kind);
  ingest::Pipeline pipeline(files, {}, {});
  while (auto p = pipeline.next()) kinds_two.push_back(ingest::commit(*two.value(), std::move(*p)).kind);
  EXPECT_EQ(kinds_one, kinds_two);
  EXPECT_EQ(kinds_two.back(), ingest::Outcome::Kind::kUnchanged);
  EXPECT_EQ(std::count(kinds_two.begin(), kinds_two.end(), ingest::Outcome::Kind::kFailed), 2);

  auto a = one.value()->list_documents();
  auto b = two.value()->list_documents();
  ASSERT_TRUE(a.ok() && b.ok());
  ASSERT_EQ(a->size(), 5u);
  ASSERT_EQ(a->size(), b->size());
  for (size_t i = 0; i < a->size(); ++i) {
    EXPECT_EQ(a.value()[i].sha256, b.value()[i].sha256);
    auto da = one.value()->find_document(std::to_string(a.value()[i].id));
    auto db = two.value()->find_document(std::to_string(b.value()[i].id));
    ASSERT_TRUE(da.ok() && db.ok() && da.value() && db.value());
    EXPECT_EQ(document_to_json(da.value()->document), document_to_json(db.value()->document));
  }
  auto fa = one.value()->list_failures(10);
  auto fb = two.value()->list_failures(10);
  ASSERT_TRUE(fa.ok() && fb.ok());
  ASSERT_EQ(fa->size(), 2u);
  ASSERT_EQ(fb->size(), 2u);
  for (size_t i = 0; i < 2; ++i) EXPECT_EQ(fa.value()[i].reason, fb.value()[i].reason);
}

}  // namespace
}  // namespace rightstrack
