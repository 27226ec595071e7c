// kill -9 in the middle of a large ingest: every file stored before the kill is intact, nothing
// is half-stored, and `check` passes; ingesting again completes the batch.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "core/sha256.h"
#include "support/run_command.h"

namespace rightstrack::testing {
namespace {

int stored_count(const std::string& db_path) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    sqlite3_close(db);
    return 0;
  }
  sqlite3_busy_timeout(db, 2000);
  sqlite3_stmt* st = nullptr;
  int n = 0;
  if (sqlite3_prepare_v2(db, "SELECT COUNT(*) FROM documents", -1, &st, nullptr) == SQLITE_OK &&
      sqlite3_step(st) == SQLITE_ROW)
    n = sqlite3_column_int(st, 0);
  sqlite3_finalize(st);
  sqlite3_close(db);
  return n;
}

}  // namespace

TEST(Crash, KillDuringIngestLosesNothingStored) {
  TempDir dir;
  std::string base = read_file(std::string(RIGHTSTRACK_SOURCE_DIR) + "/data/samples/002_954a802aa9703412.txt");
  constexpr int kFiles = 400;
  for (int i = 0; i < kFiles; ++i) {
    std::string body;
    for (int k = 0; k < 8; ++k) body += base;
    dir.write("batch/doc" + std::to_string(1000 + i) + ".txt", body + "\n文件编号 " + std::to_string(i) + "。\n");
  }
  std::string db = dir.file("crash.db");
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    int devnull = open("/dev/null", O_WRONLY);
    dup2(devnull, 1);
    dup2(devnull, 2);
    execl(RIGHTSTRACK_BINARY, "rightstrack", "--db", db.c_str(), "ingest", dir.file("batch").c_str(),
          static_cast<char*>(nullptr));
    _exit(127);
  }
  // Wait until part of the batch is in, then kill without warning.
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (stored_count(db) < 20 && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status)) << "the ingest finished before it could be killed; make the batch larger";

  int stored = stored_count(db);
  EXPECT_GE(stored, 20);
  EXPECT_LT(stored, kFiles);
  auto check = run_rightstrack("--db " + quote(db) + " check", dir);
  EXPECT_EQ(check.exit_code, 0) << check.out << check.err;

  // Every stored document is whole: its content hash matches the file it came from.
  sqlite3* handle = nullptr;
  ASSERT_EQ(sqlite3_open(db.c_str(), &handle), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(handle, "SELECT path, sha256 FROM documents", -1, &st, nullptr);
  int verified = 0;
  while (sqlite3_step(st) == SQLITE_ROW) {
    std::string path = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
    std::string sha = reinterpret_cast<const char*>(sqlite3_column_text(st, 1));
    EXPECT_EQ(sha256_hex(read_file(path)), sha) << path;
    ++verified;
  }
  sqlite3_finalize(st);
  sqlite3_close(handle);
  EXPECT_EQ(verified, stored);

  auto resume = run_rightstrack("--db " + quote(db) + " ingest -q " + quote(dir.file("batch")), dir);
  EXPECT_EQ(resume.exit_code, 0) << resume.out;
  EXPECT_NE(resume.out.find(std::to_string(stored) + " unchanged"), std::string::npos) << resume.out;
  EXPECT_EQ(stored_count(db), kFiles);
}

}  // namespace rightstrack::testing
