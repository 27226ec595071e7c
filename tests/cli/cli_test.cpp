// End-to-end: the built `rightstrack` binary on the sample documents.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

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
  // What the reader hands the parser, to see why a PDF parses as it does.
  auto lines = run_rightstrack(
      "parse --format lines " + quote(std::string(RIGHTSTRACK_TEST_DATA) + "/office/un/en/hrc_resolution.pdf"), dir);
  EXPECT_EQ(lines.exit_code, 0);
  EXPECT_EQ(lines.out.rfind("# pdf, 1 page(s), ", 0), 0u) << lines.out;
  EXPECT_NE(lines.out.find("\n      1.    Reaffirms that States"), std::string::npos) << lines.out;
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
  auto failures = nlohmann::json::parse(run_rightstrack(db_arg(dir) + " list --failures --json", dir).out);
  ASSERT_EQ(failures.size(), 3u);
  std::string all = failures.dump();
  EXPECT_NE(all.find("file is empty"), std::string::npos);
  EXPECT_NE(all.find("invalid UTF-8 at byte offset 3"), std::string::npos);
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

TEST(Cli, ParseAnnotatesConceptsCitationsAndRequests) {
  TempDir dir;
  auto r = run_rightstrack("parse " + quote(kSamples + "/004_c70ae1ba36e06e75.txt"), dir);
  auto j = nlohmann::json::parse(r.out);
  std::vector<std::string> cites = j["cites"];
  EXPECT_NE(std::find(cites.begin(), cites.end(), "A/HRC/44/44/Add.1"), cites.end());
  bool renewal = false;
  for (const auto& p : j["provisions"])
    if (p["label"] == "10" && p["kind"] == "operative") {
      renewal = p["request"]["kind"] == "mandate_renewal" && p["request"]["years"] == 3;
      std::vector<std::string> concepts = p["concepts"];
      EXPECT_NE(std::find(concepts.begin(), concepts.end(), "SPECIAL-PROCEDURES"), concepts.end());
    }
  EXPECT_TRUE(renewal);
}

TEST(Cli, CitesExplainAndReannotate) {
  TempDir dir;
  ASSERT_EQ(run_rightstrack(db_arg(dir) + " ingest -q " + quote(kSamples), dir).exit_code, 0);
  auto cites = run_rightstrack(db_arg(dir) + " cites --json A/HRC/RES/21/21", dir);
  ASSERT_EQ(cites.exit_code, 0) << cites.err;
  auto j = nlohmann::json::parse(cites.out);
  EXPECT_FALSE(j["stored"].is_null());
  std::vector<std::string> symbols;
  for (const auto& c : j["cites"]) symbols.push_back(c["symbol"]);
  EXPECT_NE(std::find(symbols.begin(), symbols.end(), "A/HRC/RES/18/18"), symbols.end());
  EXPECT_TRUE(j["cites"][0]["document"].is_null());  // not stored: an external node
  auto by = nlohmann::json::parse(run_rightstrack(db_arg(dir) + " cites --json A/RES/60/251", dir).out);
  EXPECT_TRUE(by["stored"].is_null());
  EXPECT_EQ(by["cited_by"].size(), 2u);  // both notes verbales

  auto explain = run_rightstrack(db_arg(dir) + " explain 000_f4626f13f5795eeb.txt p1", dir);
  EXPECT_EQ(explain.exit_code, 0) << explain.err;
  auto op = run_rightstrack(db_arg(dir) + " explain A/HRC/RES/21/21 4", dir);
  EXPECT_NE(op.out.find("matched \"联合国人权事务高级专员办事处\""), std::string::npos) << op.out;
  EXPECT_NE(op.out.find("request: report of OHCHR, due at session 22"), std::string::npos) << op.out;
  EXPECT_EQ(run_rightstrack(db_arg(dir) + " explain A/HRC/RES/21/21 p999", dir).exit_code, 1);

  // People's decisions survive annotating again.
  EXPECT_EQ(run_rightstrack(db_arg(dir) + " tag A/HRC/RES/21/21 4 children", dir).exit_code, 0);
  EXPECT_EQ(run_rightstrack(db_arg(dir) + " untag A/HRC/RES/21/21 4 UNODC", dir).exit_code, 0);
  EXPECT_EQ(run_rightstrack(db_arg(dir) + " tag A/HRC/RES/21/21 4 no-such-concept", dir).exit_code, 1);
  EXPECT_EQ(run_rightstrack(db_arg(dir) + " untag A/HRC/RES/21/21 4 torture", dir).exit_code, 1);

  auto re = run_rightstrack(db_arg(dir) + " reannotate", dir);
  EXPECT_EQ(re.exit_code, 0);
  EXPECT_NE(re.out.find("5 documents annotated again, 0 failed"), std::string::npos);
  auto shown = nlohmann::json::parse(run_rightstrack(db_arg(dir) + " show --json A/HRC/RES/21/21", dir).out);
  for (const auto& p : shown["provisions"])
    if (p["label"] == "4" && p["kind"] == "operative") {
      std::vector<std::string> concepts = p["concepts"];
      EXPECT_NE(std::find(concepts.begin(), concepts.end(), "children"), concepts.end());
      EXPECT_EQ(std::find(concepts.begin(), concepts.end(), "UNODC"), concepts.end());
      EXPECT_NE(std::find(concepts.begin(), concepts.end(), "OHCHR"), concepts.end());
    }
  auto after = nlohmann::json::parse(run_rightstrack(db_arg(dir) + " cites --json A/RES/60/251", dir).out);
  EXPECT_EQ(after["cited_by"].size(), 2u);
  EXPECT_EQ(run_rightstrack(db_arg(dir) + " check", dir).exit_code, 0);
}

TEST(Cli, DatabaseFromEnvironment) {
  TempDir dir;
  std::string env = "RIGHTSTRACK_DB=" + quote(dir.file("env.db")) + " ";
  std::string cmd =
      env + quote(RIGHTSTRACK_BINARY) + " ingest -q " + quote(kSamples + "/003_694d42ce343c5208.txt") + " >/dev/null";
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  EXPECT_TRUE(std::filesystem::exists(dir.file("env.db")));
}

}  // namespace rightstrack::testing

namespace rightstrack::testing {

TEST(Cli, SearchAndReindex) {
  TempDir dir;
  ASSERT_EQ(run_rightstrack(db_arg(dir) + " ingest -q " + quote(kSamples), dir).exit_code, 0);
  auto text = run_rightstrack(db_arg(dir) + " search 儿童 --limit 3", dir);
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("provisions found; 1–3 shown"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("«儿童»"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("facets:"), std::string::npos);
  auto json = run_rightstrack(db_arg(dir) + " search " + quote("human rights defenders kind:pledge") + " --json", dir);
  ASSERT_EQ(json.exit_code, 0) << json.err;
  auto j = nlohmann::json::parse(json.out);
  EXPECT_GE(j["total"].get<int>(), 3);
  EXPECT_EQ(j["results"][0]["kind"], "pledge");
  EXPECT_FALSE(j["results"][0]["why"].empty());
  EXPECT_FALSE(j["facets"]["kind"].empty());
  auto bad = run_rightstrack(db_arg(dir) + " search " + quote("\"儿童"), dir);
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.err.find("not closed"), std::string::npos) << bad.err;
  EXPECT_EQ(run_rightstrack(db_arg(dir) + " search " + quote("colour:red"), dir).exit_code, 1);
  auto re = run_rightstrack(db_arg(dir) + " reindex", dir);
  EXPECT_EQ(re.exit_code, 0);
  EXPECT_NE(re.out.find("search index rebuilt: 230 provisions"), std::string::npos) << re.out;
  EXPECT_EQ(run_rightstrack(db_arg(dir) + " check", dir).exit_code, 0);
}

}  // namespace rightstrack::testing

namespace rightstrack::testing {

TEST(Cli, CommitmentsStatusHistoryAndAudit) {
  TempDir dir;
  ASSERT_EQ(run_rightstrack(db_arg(dir) + " ingest -q " + quote(kSamples), dir).exit_code, 0);
  auto list = run_rightstrack(db_arg(dir) + " commitments --json --kind pledge --actor LUX", dir);
  ASSERT_EQ(list.exit_code, 0) << list.err;
  auto j = nlohmann::json::parse(list.out);
  EXPECT_EQ(j.size(), 40u);  // 32 in the note verbale, 8 in the brochure
  std::string id = j[0]["id"];
  auto no_evidence = run_rightstrack(db_arg(dir) + " status set " + id + " implemented --as ana", dir);
  EXPECT_EQ(no_evidence.exit_code, 1);
  EXPECT_NE(no_evidence.err.find("needs evidence"), std::string::npos) << no_evidence.err;
  auto set =
      run_rightstrack(db_arg(dir) + " status set " + id + " implemented --as ana --note " + quote("ratified in 2022") +
                          " --evidence A/HRC/RES/21/21#4 --evidence https://treaties.un.org/ --expect-version 1",
                      dir);
  ASSERT_EQ(set.exit_code, 0) << set.err;
  EXPECT_NE(set.out.find("is now implemented (version 2)"), std::string::npos) << set.out;
  auto stale = run_rightstrack(db_arg(dir) + " status set " + id + " in_progress --as bo --expect-version 1", dir);
  EXPECT_EQ(stale.exit_code, 1);
  EXPECT_NE(stale.err.find("changed meanwhile"), std::string::npos) << stale.err;
  auto history = run_rightstrack(db_arg(dir) + " history " + id, dir);
  EXPECT_NE(history.out.find("ana: not_started → implemented  \"ratified in 2022\""), std::string::npos) << history.out;
  EXPECT_NE(history.out.find("evidence url https://treaties.un.org/"), std::string::npos);
  auto audit = run_rightstrack(db_arg(dir) + " audit verify", dir);
  EXPECT_EQ(audit.exit_code, 0) << audit.out;
  EXPECT_NE(audit.out.find("audit log intact: 69 entries"), std::string::npos) << audit.out;
  EXPECT_EQ(run_rightstrack(db_arg(dir) + " history C-000000000000", dir).exit_code, 1);
  auto html = run_rightstrack(db_arg(dir) + " report --state LUX --format html", dir);
  ASSERT_EQ(html.exit_code, 0) << html.err;
  EXPECT_NE(html.out.find("<svg"), std::string::npos);
  EXPECT_NE(html.out.find("ratified in 2022"), std::string::npos);
  EXPECT_EQ(run_rightstrack(db_arg(dir) + " report --format pdf", dir).exit_code, 1);
  auto due = run_rightstrack(db_arg(dir) + " due --before 2014-01-01 --today 2014-01-01", dir);
  ASSERT_EQ(due.exit_code, 0) << due.err;
  EXPECT_NE(due.out.find("2013-02-25  OVERDUE"), std::string::npos) << due.out;
  EXPECT_NE(due.out.find("2 open commitments with a due date on or before 2014-01-01, 2 overdue"), std::string::npos)
      << due.out;
}

}  // namespace rightstrack::testing

namespace rightstrack::testing {
namespace {

// The follow-up commands end to end: institution, assign, indicator, due-date, suggestions,
// commitments filtered by a search, report scopes, due per institution, export → import.
TEST(Cli, FollowupExportAndImport) {
  TempDir dir;
  std::string later = std::string(RIGHTSTRACK_TEST_DATA) + "/track/lux_cped_ratified.txt";
  ASSERT_EQ(run_rightstrack(db_arg(dir) + " ingest -q " + quote(kSamples) + " " + quote(later), dir).exit_code, 0);
  auto found = run_rightstrack(db_arg(dir) + " commitments --json " + quote("concept:CPED state:LUX"), dir);
  ASSERT_EQ(found.exit_code, 0) << found.err;
  auto cs = nlohmann::json::parse(found.out);
  ASSERT_GE(cs.size(), 1u);
  for (const auto& c : cs) EXPECT_EQ(c["actor"], "LUX");
  std::string id = cs[0]["id"];
  EXPECT_EQ(run_rightstrack(db_arg(dir) + " commitments " + quote("kind:"), dir).exit_code, 1);  // bad query

  auto sug = run_rightstrack(db_arg(dir) + " suggestions --json --commitment " + id, dir);
  ASSERT_EQ(sug.exit_code, 0) << sug.err;
  auto gs = nlohmann::json::parse(sug.out);
  ASSERT_GE(gs.size(), 1u);
  EXPECT_EQ(gs[0]["relation"], "fulfils");
  std::string number = std::to_string(gs[0]["number"].get<int64_t>());

  for (const std::string& cmd : std::vector<std::string>{
           " institution add lux-mfa " + quote("Ministry of Foreign and European Affairs") +
               " --kind government --state LUX --as ana",
           " assign " + id + " lux-mfa --lead --as ana --expect-version 1",
           " indicator add " + id + " " + quote("instruments ratified") +
               " --unit instruments --baseline 0 --target 1 --as ana",
           " indicator set 1 2022-04-01 1 --note deposit --as ana", " due-date " + id + " 2023-06-30 --as ana",
           " suggestions accept " + number + " --as ana --status implemented --note deposited"}) {
    auto r = run_rightstrack(db_arg(dir) + cmd, dir);
    EXPECT_EQ(r.exit_code, 0) << cmd << "\n" << r.err;
  }
  EXPECT_EQ(run_rightstrack(db_arg(dir) + " due-date " + id + " 30/06/2023 --as ana", dir).exit_code, 1);
  EXPECT_EQ(run_rightstrack(db_arg(dir) + " assign " + id + " nobody --as ana", dir).exit_code, 1);
  auto twice = run_rightstrack(db_arg(dir) + " suggestions reject " + number + " --as bob", dir);
  EXPECT_EQ(twice.exit_code, 1);
  EXPECT_NE(twice.err.find("already accepted by ana"), std::string::npos) << twice.err;

  auto history = run_rightstrack(db_arg(dir) + " history " + id, dir);
  EXPECT_NE(history.out.find("lead: lux-mfa"), std::string::npos) << history.out;
  EXPECT_NE(history.out.find("due 2023-06-30 (set by a person)"), std::string::npos) << history.out;
  EXPECT_NE(history.out.find("2022-04-01: 1"), std::string::npos) << history.out;
  EXPECT_NE(history.out.find("(accepted)"), std::string::npos) << history.out;

  auto by_sdg = run_rightstrack(db_arg(dir) + " report --concept CPED --format json --today 2030-01-01", dir);
  ASSERT_EQ(by_sdg.exit_code, 0) << by_sdg.err;
  auto card = nlohmann::json::parse(by_sdg.out);
  EXPECT_EQ(card["title"], "Commitments on CPED");
  EXPECT_EQ(card["by_status"]["implemented"], 1);
  EXPECT_EQ(run_rightstrack(db_arg(dir) + " report --sdg 5 --theme children", dir).exit_code, 1);

  // Export, a fresh database with the same files, import: the same export.
  auto exported = run_rightstrack(db_arg(dir) + " export --output " + quote(dir.file("a.jsonl")), dir);
  ASSERT_EQ(exported.exit_code, 0) << exported.err;
  std::string fresh = " --db " + quote(dir.file("b.db"));
  ASSERT_EQ(run_rightstrack(fresh + " ingest -q " + quote(kSamples) + " " + quote(later), dir).exit_code, 0);
  auto imported = run_rightstrack(fresh + " import " + quote(dir.file("a.jsonl")) + " --as bob", dir);
  ASSERT_EQ(imported.exit_code, 0) << imported.err;
  auto again = run_rightstrack(fresh + " export", dir);
  std::ifstream a(dir.file("a.jsonl"));
  std::string first((std::istreambuf_iterator<char>(a)), std::istreambuf_iterator<char>());
  EXPECT_FALSE(first.empty());
  EXPECT_EQ(again.out, first);
  EXPECT_NE(first.find("\"ref\":\"sha256:"), std::string::npos);                     // evidence named by content
  auto bad = run_rightstrack(fresh + " import " + quote(later) + " --as bob", dir);  // not an export
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.err.find("line 1"), std::string::npos) << bad.err;
  auto due = run_rightstrack(fresh + " due --today 2030-01-01", dir);
  EXPECT_EQ(due.out.find(id), std::string::npos);  // implemented: not due any more
  EXPECT_EQ(run_rightstrack(fresh + " audit verify", dir).exit_code, 0);
}

}  // namespace
}  // namespace rightstrack::testing

namespace rightstrack::testing {
namespace {

TEST(Cli, UsersAndTokens) {
  TempDir dir;
  // No terminal and no $RIGHTSTRACK_PASSWORD: refused, nothing stored.
  unsetenv("RIGHTSTRACK_PASSWORD");
  auto no_password = run_rightstrack(db_arg(dir) + " user add ana --role editor", dir);
  EXPECT_EQ(no_password.exit_code, 1);
  EXPECT_NE(no_password.err.find("RIGHTSTRACK_PASSWORD"), std::string::npos) << no_password.err;
  setenv("RIGHTSTRACK_PASSWORD", "short", 1);
  EXPECT_EQ(run_rightstrack(db_arg(dir) + " user add ana --role editor", dir).exit_code, 1);  // too short
  setenv("RIGHTSTRACK_PASSWORD", "a long enough password", 1);
  auto added = run_rightstrack(db_arg(dir) + " user add ana --role editor", dir);
  EXPECT_EQ(added.exit_code, 0) << added.err;
  EXPECT_EQ(run_rightstrack(db_arg(dir) + " user add ana", dir).exit_code, 1);  // exists
  EXPECT_EQ(run_rightstrack(db_arg(dir) + " user add bo --role owner", dir).exit_code, 1);
  EXPECT_EQ(run_rightstrack(db_arg(dir) + " user passwd nobody", dir).exit_code, 1);
  auto demoted = run_rightstrack(db_arg(dir) + " user passwd ana --role viewer", dir);
  EXPECT_EQ(demoted.exit_code, 0) << demoted.err;
  unsetenv("RIGHTSTRACK_PASSWORD");
  auto list = run_rightstrack(db_arg(dir) + " user list", dir);
  EXPECT_NE(list.out.find("ana  viewer"), std::string::npos) << list.out;
  auto token = run_rightstrack(db_arg(dir) + " user token ana --label scripts", dir);
  ASSERT_EQ(token.exit_code, 0) << token.err;
  EXPECT_EQ(token.out.size(), 65u);  // 64 hex digits and a newline
  EXPECT_EQ(run_rightstrack(db_arg(dir) + " user token nobody", dir).exit_code, 1);
  EXPECT_EQ(run_rightstrack(db_arg(dir) + " audit verify", dir).exit_code, 0);
}

}  // namespace
}  // namespace rightstrack::testing
