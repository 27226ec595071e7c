// Tracking kept by the store: status changes with their audit entries, stale updates refused,
// and the audit chain catching an edited, deleted, inserted or reordered entry written straight
// into the database file.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "support/parse_file.h"
#include "support/temp_dir.h"
#include "track/tracker.h"

namespace rightstrack::track {
namespace {

class Tracking : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = dir_.file("track.db");
    auto repo = open_repository(path_);
    ASSERT_TRUE(repo.ok()) << repo.status().message();
    repo_ = std::move(repo).value();
    std::string file = std::string(RIGHTSTRACK_SOURCE_DIR) + "/data/samples/000_f4626f13f5795eeb.txt";
    Document d = rightstrack::testing::parse_file(file, true);
    auto put = repo_->put_document(file, d, "content");
    ASSERT_TRUE(put.ok());
    auto n = track_document(*repo_, put->id, d, file, 1);
    ASSERT_TRUE(n.ok()) << n.status().message();
    ASSERT_EQ(n.value(), 32u);
    auto again = track_document(*repo_, put->id, d, file, 1);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value(), 0u);  // nothing new the second time
    auto all = repo_->list_commitments({});
    ASSERT_TRUE(all.ok());
    first_ = all->front().id;
  }

  Result<Commitment> set(const std::string& to, int64_t version, std::vector<Evidence> evidence = {}) {
    return set_status(*repo_, {first_, version, to, "tester", "because", std::move(evidence)});
  }

  void sql(const std::string& statement) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, statement.c_str(), nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    sqlite3_close(db);
  }

  std::vector<ChainProblem> verify() {
    auto log = repo_->audit_log();
    auto head = repo_->audit_head();
    EXPECT_TRUE(log.ok() && head.ok());
    return verify_chain(log.value(), head.value());
  }

  rightstrack::testing::TempDir dir_;
  std::string path_, first_;
  std::unique_ptr<Repository> repo_;
};

TEST_F(Tracking, StatusChangesAreRecordedWithEvidenceAndAudited) {
  auto started = set("in_progress", 1);
  ASSERT_TRUE(started.ok()) << started.status().message();
  EXPECT_EQ(started->version, 2);
  auto url = resolve_evidence(*repo_, "https://www.ohchr.org/en/hr-bodies/upr/lu-index");
  ASSERT_TRUE(url.ok());
  auto done = set("implemented", 2, {url.value()});
  ASSERT_TRUE(done.ok()) << done.status().message();
  auto history = repo_->status_history(first_);
  ASSERT_TRUE(history.ok());
  ASSERT_EQ(history->size(), 2u);
  EXPECT_EQ(history.value()[1].from, "in_progress");
  EXPECT_EQ(history.value()[1].to, "implemented");
  EXPECT_EQ(history.value()[1].evidence.at(0).kind, "url");
  EXPECT_TRUE(verify().empty());
  EXPECT_EQ(repo_->audit_log()->size(), 34u);  // 32 created + 2 changes
}

TEST_F(Tracking, AStaleOrRefusedChangeWritesNothing) {
  ASSERT_TRUE(set("in_progress", 1).ok());
  auto stale = set("not_implemented", 1);  // made against version 1, the commitment is at 2
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.status().code(), Status::Code::kConflict);
  EXPECT_NE(stale.status().message().find("changed meanwhile"), std::string::npos);
  auto refused = set("not_started", 2);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(repo_->status_history(first_)->size(), 1u);
  EXPECT_EQ(repo_->find_commitment(first_).value()->status, "in_progress");
  EXPECT_EQ(repo_->audit_log()->size(), 33u);
  EXPECT_FALSE(resolve_evidence(*repo_, "no-such-doc#p1").ok());
  EXPECT_FALSE(resolve_evidence(*repo_, "gibberish").ok());
  EXPECT_TRUE(resolve_evidence(*repo_, "1#p19").ok());
}

TEST_F(Tracking, APersonSetsTheActionLevel) {
  auto c = repo_->set_action_level(first_, 3, "ana", 1);
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_EQ(c->action_level, 3);
  EXPECT_TRUE(repo_->find_commitment(first_).value()->action_level_by_person);
  EXPECT_EQ(repo_->set_action_level(first_, 4, "bo", 1).status().code(), Status::Code::kConflict);
  EXPECT_FALSE(repo_->set_action_level(first_, 6, "bo", 0).ok());
  EXPECT_TRUE(verify().empty());
  // Annotating again does not bring the rule's level back.
  std::string file = std::string(RIGHTSTRACK_SOURCE_DIR) + "/data/samples/000_f4626f13f5795eeb.txt";
  Document d = rightstrack::testing::parse_file(file, true);
  ASSERT_TRUE(track_document(*repo_, 1, d, file, 1).ok());
  EXPECT_EQ(repo_->find_commitment(first_).value()->action_level, 3);
}

TEST_F(Tracking, TheLogIsAppendOnlyThroughSql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  EXPECT_NE(sqlite3_exec(db, "UPDATE audit_log SET actor = 'x' WHERE seq = 1", nullptr, nullptr, nullptr), SQLITE_OK);
  EXPECT_NE(sqlite3_exec(db, "DELETE FROM audit_log WHERE seq = 1", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
  EXPECT_TRUE(verify().empty());
}

// Someone with the file drops the guards and changes the log: each way is caught.
TEST_F(Tracking, AnEditedEntryIsDetected) {
  ASSERT_TRUE(set("in_progress", 1).ok());
  const std::string unguard = "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;";
  sql(unguard + "UPDATE audit_log SET payload = replace(payload, 'in_progress', 'implemented') WHERE seq = 33");
  auto edited = verify();
  ASSERT_FALSE(edited.empty());
  EXPECT_NE(edited.front().what.find("changed after it was written"), std::string::npos);
}

TEST_F(Tracking, ADeletedEntryIsDetected) {
  sql("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = 10");
  auto p = verify();
  ASSERT_FALSE(p.empty());
  EXPECT_EQ(p.front().seq, 11);
  sql("DELETE FROM audit_log WHERE seq >= 10");  // the tail cut off: only the head shows it
  EXPECT_FALSE(verify().empty());
}

TEST_F(Tracking, AnInsertedEntryIsDetected) {
  auto log = repo_->audit_log().value();
  // A forger who knows the algorithm appends a well-formed entry; the stored head gives it away.
  AuditEntry forged{
      static_cast<int64_t>(log.size()) + 1, "2026-11-22T00:00:00Z", "mallory", "commitment.status", first_,
      "{\"to\":\"implemented\"}",           log.back().hash,        ""};
  forged.hash = chain_hash(forged.prev_hash, forged);
  sql("INSERT INTO audit_log VALUES (" + std::to_string(forged.seq) + ", '" + forged.at + "', 'mallory', '" +
      forged.action + "', '" + first_ + "', '" + forged.payload + "', '" + forged.prev_hash + "', '" + forged.hash +
      "')");
  auto p = verify();
  ASSERT_EQ(p.size(), 1u);
  EXPECT_NE(p.front().what.find("does not end where it ended"), std::string::npos);
}

TEST_F(Tracking, ReorderedEntriesAreDetected) {
  sql("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET seq = -5 WHERE seq = 5; "
      "UPDATE audit_log SET seq = 5 WHERE seq = 6; UPDATE audit_log SET seq = 6 WHERE seq = -5;");
  auto p = verify();
  ASSERT_FALSE(p.empty());
  EXPECT_EQ(p.front().seq, 5);
}

}  // namespace
}  // namespace rightstrack::track

#include <fstream>
#include <nlohmann/json.hpp>

#include "track/clusters.h"

namespace rightstrack::track {
namespace {

// ../shared/gold/001's same_as: the brochure's pledges and the note-verbale pledges they restate.
TEST(Clusters, TheBrochureRestatesTheNoteVerbale) {
  rightstrack::testing::TempDir dir;
  auto repo = open_repository(dir.file("c.db"));
  ASSERT_TRUE(repo.ok());
  std::map<std::string, int64_t> ids;
  std::map<std::string, Document> docs;
  for (const char* name : {"000_f4626f13f5795eeb.txt", "001_3cb7da14d703b69e.txt", "002_954a802aa9703412.txt"}) {
    std::string file = std::string(RIGHTSTRACK_SOURCE_DIR) + "/data/samples/" + name;
    Document d = rightstrack::testing::parse_file(file, true);
    auto put = repo.value()->put_document(file, d, name);
    ASSERT_TRUE(put.ok());
    ASSERT_TRUE(track_document(*repo.value(), put->id, d, file, 1).ok());
    ids[name] = put->id;
    docs[name] = d;
  }
  // Gold pairs as (brochure commitment, note-verbale commitment).
  auto commitments = repo.value()->list_commitments({"LUX", "pledge", "", 0}).value();
  std::vector<std::string> brochure;
  std::map<std::string, std::string> by_provision;  // note verbale provision id → commitment
  for (const auto& c : commitments) {
    if (c.document_id == ids["001_3cb7da14d703b69e.txt"]) brochure.push_back(c.id);
    if (c.document_id == ids["000_f4626f13f5795eeb.txt"]) by_provision[c.provision_id] = c.id;
  }
  ASSERT_EQ(brochure.size(), 8u);
  std::ifstream in(rightstrack::testing::test_data("track/same_as_001.json"));
  ASSERT_TRUE(in);
  std::set<std::pair<std::string, std::string>> gold;
  {
    auto j = nlohmann::json::parse(in);
    for (const auto& pair : j["same_as"]) {
      std::string section = pair[2], label = pair[3], pid;
      for (const auto& p : docs["000_f4626f13f5795eeb.txt"].provisions)
        if (p.kind == "pledge" && p.section == section && p.label == label) pid = p.id;
      ASSERT_FALSE(pid.empty()) << section << " " << label;
      std::string a = brochure.at(pair[0].get<size_t>()), b = by_provision.at(pid);
      gold.insert({std::min(a, b), std::max(a, b)});
    }
  }
  ASSERT_EQ(gold.size(), 8u);
  auto links = repo.value()->list_links().value();
  size_t found = 0;
  std::map<std::string, int64_t> doc_of;
  for (const auto& c : commitments) doc_of[c.id] = c.document_id;
  for (const auto& l : links) {
    found += gold.count({l.a, l.b});
    EXPECT_NE(doc_of[l.a], doc_of[l.b]) << "two pledges of one document merged";
  }
  EXPECT_GE(found, 7u);
  // No cluster holds two pledges of the note verbale.
  for (const auto& cluster : clusters_of(links)) {
    std::set<int64_t> seen;
    for (const auto& id : cluster) EXPECT_TRUE(seen.insert(doc_of[id]).second) << id;
  }
  // A person splits one; refreshing does not bring it back.
  ASSERT_TRUE(repo.value()->set_links_state(links.front().a, "split", "ana").ok());
  ASSERT_TRUE(refresh_clusters(*repo.value(), "LUX", ids["001_3cb7da14d703b69e.txt"]).ok());
  auto after = repo.value()->list_links();
  ASSERT_TRUE(after.ok());
  for (const auto& l : after.value())
    if (l.a == links.front().a || l.b == links.front().a) {
      EXPECT_EQ(l.state, "split");
    }
}

}  // namespace
}  // namespace rightstrack::track
