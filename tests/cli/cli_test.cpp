// End-to-end: the built `rightstrack` binary on the sample documents.
#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <filesystem>

#include "support/run_command.h"

namespace rightstrack::testing {
namespace {

const std::string kSamples = std::string(RIGHTSTRACK_SOURCE_DIR) + "/data/samples";

std::string db_arg(const TempDir& dir) { return "--db " + quote(dir.file("rt.db")); }

}  // namespace

TEST(Cli, VersionAndHelp) {
  TempDir dir;
  auto v = run_rightstrack("--version", dir);
  EXPECT_EQ(v.exit_code, 0);
  EXPECT_NE(v.out.find("rightstrack "), std::string::npos);
  for (const char* sub : {"ingest", "list", "show", "parse", "check"}) {
    auto h = run_rightstrack(std::string(sub) + " --help", dir);
    EXPECT_EQ(h.exit_code, 0) << sub;
    EXPECT_NE(h.out.find("Usage"), std::string::npos) << sub;
  }
  EXPECT_EQ(run_rightstrack("frobnicate", dir).exit_code, 1);
  EXPECT_EQ(run_rightstrack("", dir).exit_code, 1);
}

TEST(Cli, ParsePrintsValidJsonForEverySample) {
  TempDir dir;
  for (const auto& e : std::filesystem::directory_iterator(kSamples)) {
    auto r = run_rightstrack("parse --format json " + quote(e.path().string()), dir);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    auto j = nlohmann::json::parse(r.out, nullptr, false);
    ASSERT_FALSE(j.is_discarded()) << e.path();
    EXPECT_EQ(j["document"]["language"], "zh");
    EXPECT_GT(j["provisions"].size(), 10u);
  }
  auto text = run_rightstrack("parse --format text " + quote(kSamples + "/003_694d42ce343c5208.txt"), dir);
  EXPECT_NE(text.out.find("[operative 16 verb=确认]"), std::string::npos);
}

TEST(Cli, ParseOfBadInputNamesTheFile) {
  TempDir dir;
  auto bad = dir.write("bad.txt", "ok\n\xFF\xFE\xFD broken");
  auto r = run_rightstrack("parse " + quote(bad), dir);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("bad.txt"), std::string::npos);
  EXPECT_NE(r.err.find("byte offset 3"), std::string::npos) << r.err;
  EXPECT_EQ(run_rightstrack("parse " + quote(dir.file("missing.txt")), dir).exit_code, 1);
  EXPECT_EQ(run_rightstrack("parse --format xml " + quote(bad), dir).exit_code, 1);
}

TEST(Cli, IngestListShowCheck) {
  TempDir dir;
  auto first = run_rightstrack(db_arg(dir) + " ingest " + quote(kSamples), dir);
  ASSERT_EQ(first.exit_code, 0) << first.out << first.err;
  EXPECT_NE(first.out.find("5 new, 0 new versions, 0 unchanged, 0 failed"), std::string::npos) << first.out;
  auto again = run_rightstrack(db_arg(dir) + " ingest " + quote(kSamples), dir);
  EXPECT_NE(again.out.find("0 new, 0 new versions, 5 unchanged, 0 failed"), std::string::npos) << again.out;

  auto list = run_rightstrack(db_arg(dir) + " list --json", dir);
  auto docs = nlohmann::json::parse(list.out);
  ASSERT_EQ(docs.size(), 5u);
  auto table = run_rightstrack(db_arg(dir) + " list", dir);
  EXPECT_NE(table.out.find("A/HRC/RES/21/21"), std::string::npos);
  EXPECT_NE(table.out.find("5 documents"), std::string::npos);

  auto by_symbol = run_rightstrack(db_arg(dir) + " show --json A/HRC/RES/21/21", dir);
  ASSERT_EQ(by_symbol.exit_code, 0) << by_symbol.err;
  auto j = nlohmann::json::parse(by_symbol.out);
  EXPECT_EQ(j["document"]["session"], 21);
  EXPECT_EQ(j["stored"]["version"], 1);
  auto by_name = run_rightstrack(db_arg(dir) + " show 000_f4626f13f5795eeb.txt", dir);
  EXPECT_EQ(by_name.exit_code, 0);
  EXPECT_NE(by_name.out.find("author LUX"), std::string::npos);
  EXPECT_EQ(run_rightstrack(db_arg(dir) + " show 9999", dir).exit_code, 1);

  auto check = run_rightstrack(db_arg(dir) + " check", dir);
  EXPECT_EQ(check.exit_code, 0) << check.out;
  EXPECT_NE(check.out.find("ok: 5 documents"), std::string::npos);
}

TEST(Cli, IngestReportsBadFilesAndStoresTheRest) {
  TempDir dir;
  dir.write("in/good.txt", "人权理事会\n第二十一届会议\n\n1. 重申各国负有增进和保护所有人权的主要责任；\n");
  dir.write("in/empty.txt", "");
  dir.write("in/binary.txt", std::string("\x00\x01\x02\x03", 4));
  dir.write("in/bad.txt", "abc\xC3");
  auto r = run_rightstrack(db_arg(dir) + " ingest " + quote(dir.file("in")), dir);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("1 new, 0 new versions, 0 unchanged, 3 failed"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("empty.txt: file is empty"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("binary.txt: not a text file"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("bad.txt: invalid UTF-8 at byte offset 3"), std::string::npos) << r.out;
  EXPECT_EQ(run_rightstrack(db_arg(dir) + " check", dir).exit_code, 0);
}

TEST(Cli, ChangedFileBecomesANewVersion) {
  TempDir dir;
  auto f = dir.write("doc.txt", "第一版。\n");
  run_rightstrack(db_arg(dir) + " ingest " + quote(f), dir);
  dir.write("doc.txt", "第二版。\n");
  auto r = run_rightstrack(db_arg(dir) + " ingest " + quote(f), dir);
  EXPECT_NE(r.out.find("0 new, 1 new versions"), std::string::npos) << r.out;
  auto docs = nlohmann::json::parse(run_rightstrack(db_arg(dir) + " list --json", dir).out);
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[1]["version"], 2);
}

TEST(Cli, DatabaseFromEnvironment) {
  TempDir dir;
  std::string env = "RIGHTSTRACK_DB=" + quote(dir.file("env.db")) + " ";
  std::string cmd = env + quote(RIGHTSTRACK_BINARY) + " ingest -q " + quote(kSamples + "/003_694d42ce343c5208.txt") + " >/dev/null";
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  EXPECT_TRUE(std::filesystem::exists(dir.file("env.db")));
}

}  // namespace rightstrack::testing
