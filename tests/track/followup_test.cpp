// Follow-up around commitments: institutions and assignments, indicators, due dates set by people,
// evidence suggested by later documents, and export → fresh database → import → the same export.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "core/base64.h"
#include "support/parse_file.h"
#include "support/temp_dir.h"
#include "track/evidence.h"
#include "track/exchange.h"
#include "track/tracker.h"

namespace rightstrack::track {
namespace {

std::string sample(const std::string& name) { return std::string(RIGHTSTRACK_SOURCE_DIR) + "/data/samples/" + name; }

// Stores and tracks files as `rightstrack ingest` does; returns the document id of the last.
int64_t ingest(Repository& repo, const std::vector<std::string>& files) {
  int64_t id = 0;
  for (const auto& f : files) {
    Document d = rightstrack::testing::parse_file(f, true);
    auto put = repo.put_document(f, d, "content of " + f);
    EXPECT_TRUE(put.ok()) << put.status().message();
    if (!put.ok()) return 0;
    auto n = track_document(repo, put->id, d, f, put->version);
    EXPECT_TRUE(n.ok()) << n.status().message();
    id = put->id;
  }
  return id;
}

class Followup : public ::testing::Test {
 protected:
  void SetUp() override {
    repo_ = open(dir_.file("a.db"));
    ingest(*repo_, {sample("000_f4626f13f5795eeb.txt")});
    auto all = repo_->list_commitments({"LUX", "", "", 0});
    ASSERT_TRUE(all.ok());
    for (const auto& c : all.value())
      if (c.text.find("强迫失踪") != std::string::npos) cped_ = c.id;
    ASSERT_FALSE(cped_.empty());
  }

  static std::unique_ptr<Repository> open(const std::string& path) {
    auto repo = open_repository(path);
    EXPECT_TRUE(repo.ok()) << repo.status().message();
    return std::move(repo).value();
  }

  Commitment current(const std::string& id) { return *repo_->find_commitment(id).value(); }

  size_t audit_entries(const std::string& action) {
    size_t n = 0;
    auto log = repo_->audit_log();
    EXPECT_TRUE(log.ok());
    for (const auto& e : log.value()) n += e.action == action;
    return n;
  }

  rightstrack::testing::TempDir dir_;
  std::unique_ptr<Repository> repo_;
  std::string cped_;
};

TEST_F(Followup, InstitutionsAreAssignedLeadOrContributing) {
  EXPECT_FALSE(repo_->put_institution({"Bad Id", "x", "government", ""}, "ana").is_ok());
  EXPECT_FALSE(repo_->put_institution({"lux-mfa", "", "government", ""}, "ana").is_ok());
  EXPECT_FALSE(repo_->put_institution({"lux-mfa", "MFA", "ministry", ""}, "ana").is_ok());  // not a kind
  ASSERT_TRUE(repo_->put_institution({"lux-mfa", "Ministry of Foreign Affairs", "government", "LUX"}, "ana").is_ok());
  ASSERT_TRUE(
      repo_->put_institution({"ccdh", "Commission consultative des droits de l'homme", "nhri", "LUX"}, "ana").is_ok());
  EXPECT_EQ(repo_->list_institutions().value().size(), 2u);

  auto lead = repo_->assign({cped_, "lux-mfa", "lead", "ana", ""}, 1);
  ASSERT_TRUE(lead.ok()) << lead.status().message();
  EXPECT_EQ(lead->version, 2);
  auto stale = repo_->assign({cped_, "ccdh", "contributing", "bob", ""}, 1);  // made against version 1
  EXPECT_EQ(stale.status().code(), Status::Code::kConflict);
  ASSERT_TRUE(repo_->assign({cped_, "ccdh", "contributing", "bob", ""}, 2).ok());
  EXPECT_EQ(repo_->assign({cped_, "nobody", "lead", "ana", ""}, 0).status().code(), Status::Code::kNotFound);
  EXPECT_FALSE(repo_->assign({cped_, "ccdh", "owner", "ana", ""}, 0).ok());
  EXPECT_FALSE(repo_->assign({cped_, "ccdh", "lead", "", ""}, 0).ok());  // who?

  auto data = repo_->tracking_data({cped_});
  ASSERT_TRUE(data.ok());
  ASSERT_EQ(data->assignments.size(), 2u);
  EXPECT_EQ(data->assignments[0].institution_id, "ccdh");
  EXPECT_EQ(data->assignments[0].role, "contributing");
  EXPECT_EQ(data->assignments[1].role, "lead");
  // Timestamps are real ones (a const temporary was once bound by reference and read freed).
  EXPECT_EQ(data->assignments[1].at.size(), 20u);
  EXPECT_EQ(data->assignments[1].at.substr(0, 2), "20");

  ASSERT_TRUE(repo_->assign({cped_, "ccdh", "", "ana", ""}, 0).ok());   // removed
  EXPECT_FALSE(repo_->assign({cped_, "ccdh", "", "ana", ""}, 0).ok());  // not assigned any more
  EXPECT_EQ(repo_->tracking_data({cped_}).value().assignments.size(), 1u);
  EXPECT_EQ(audit_entries("commitment.assign"), 2u);
  EXPECT_EQ(audit_entries("commitment.unassign"), 1u);
  EXPECT_EQ(audit_entries("institution.put"), 2u);
}

TEST_F(Followup, IndicatorsCarryDatedValues) {
  Indicator in;
  in.commitment_id = cped_;
  in.name = "instruments ratified";
  in.unit = "instruments";
  in.baseline = 0;
  in.target = 1;
  in.target_date = "2024-12-31";
  in.by = "ana";
  auto id = repo_->add_indicator(in, 1);
  ASSERT_TRUE(id.ok()) << id.status().message();
  EXPECT_FALSE(repo_->add_indicator(in, 0).ok());  // same name twice
  Indicator bad = in;
  bad.name = "other";
  bad.target_date = "2024-13-01";
  EXPECT_FALSE(repo_->add_indicator(bad, 0).ok());
  ASSERT_TRUE(repo_->record_indicator_value(id.value(), {"2023-01-01", 0, "", "ana", ""}).is_ok());
  ASSERT_TRUE(repo_->record_indicator_value(id.value(), {"2022-04-01", 1, "deposit", "ana", ""}).is_ok());
  ASSERT_TRUE(repo_->record_indicator_value(id.value(), {"2023-01-01", 1, "corrected", "bob", ""}).is_ok());
  EXPECT_FALSE(repo_->record_indicator_value(id.value(), {"yesterday", 1, "", "ana", ""}).is_ok());
  EXPECT_EQ(repo_->record_indicator_value(999, {"2023-01-01", 1, "", "ana", ""}).code(), Status::Code::kNotFound);
  auto data = repo_->tracking_data({cped_});
  ASSERT_EQ(data->indicators.size(), 1u);
  const Indicator& got = data->indicators[0];
  EXPECT_EQ(got.baseline, 0.0);
  EXPECT_EQ(got.target, 1.0);
  EXPECT_FALSE(got.baseline_date.size());
  ASSERT_EQ(got.values.size(), 2u);  // by date, the same date replaced
  EXPECT_EQ(got.values[0].date, "2022-04-01");
  EXPECT_EQ(got.values[1].note, "corrected");
  EXPECT_EQ(current(cped_).version, 5);  // added, then three values
}

TEST_F(Followup, ADueDateSetByAPersonSurvivesANewVersion) {
  std::string original = current(cped_).due_date;
  EXPECT_EQ(original, "2024-12-31");  // the end of the 2022–2024 term
  EXPECT_EQ(repo_->set_due_date(cped_, "30/06/2023", "ana", 1).status().code(), Status::Code::kInvalidInput);
  auto set = repo_->set_due_date(cped_, "2023-06-30", "ana", 1);
  ASSERT_TRUE(set.ok()) << set.status().message();
  EXPECT_TRUE(set->due_date_by_person);
  // The same document stored again as a new version: commitments move, the date stays.
  std::string file = sample("000_f4626f13f5795eeb.txt");
  Document d = rightstrack::testing::parse_file(file, true);
  d.sha256 = std::string(64, 'b');  // other bytes at the same path
  auto put = repo_->put_document(file, d, "a changed copy");
  ASSERT_TRUE(put.ok());
  ASSERT_EQ(put->version, 2);
  ASSERT_TRUE(track_document(*repo_, put->id, d, file, 2).ok());
  Commitment after = current(cped_);
  EXPECT_EQ(after.document_id, put->id);
  EXPECT_EQ(after.due_date, "2023-06-30");
  EXPECT_EQ(audit_entries("commitment.due_date"), 1u);
}

TEST_F(Followup, ALaterDocumentIsSuggestedAsEvidence) {
  EXPECT_EQ(find_cue("Luxembourg ratified the Convention").relation, "fulfils");
  EXPECT_EQ(find_cue("Luxembourg has not yet ratified the Convention").relation, "contradicts");
  EXPECT_EQ(find_cue("卢森堡已批准该公约").relation, "fulfils");
  EXPECT_EQ(find_cue("卢森堡尚未批准该公约").relation, "contradicts");
  EXPECT_EQ(find_cue("The Council held a debate").relation, "");

  int64_t later = ingest(*repo_, {rightstrack::testing::test_data("track/lux_cped_ratified.txt")});
  auto open = repo_->list_suggestions({"suggested", ""});
  ASSERT_TRUE(open.ok());
  const Suggestion* found = nullptr;
  for (const auto& g : open.value())
    if (g.commitment_id == cped_) found = &g;
  ASSERT_NE(found, nullptr);
  EXPECT_EQ(found->document_id, later);
  EXPECT_EQ(found->provision_id, "p2");  // "Luxembourg ratified the … Enforced Disappearance …"
  EXPECT_EQ(found->relation, "fulfils");
  EXPECT_GE(found->score, kMinEvidence);
  EXPECT_NE(std::find(found->spans.begin(), found->spans.end(), "ratified"), found->spans.end());
  EXPECT_NE(found->excerpt.find("Luxembourg ratified"), std::string::npos);
  // "The Council held its general debate" is about nothing Luxembourg pledged.
  for (const auto& g : open.value()) EXPECT_NE(g.provision_id, "p4");

  int64_t number = found->id;
  auto accepted = repo_->decide_suggestion(number, true, "ana");
  ASSERT_TRUE(accepted.ok()) << accepted.status().message();
  EXPECT_EQ(accepted->state, "accepted");
  EXPECT_EQ(repo_->decide_suggestion(number, false, "bob").status().code(), Status::Code::kConflict);
  EXPECT_EQ(audit_entries("suggestion.accept"), 1u);
  // Ingesting the document again (re-annotation, a new version) keeps the decision.
  Document d = rightstrack::testing::parse_file(rightstrack::testing::test_data("track/lux_cped_ratified.txt"), true);
  ASSERT_TRUE(refresh_evidence(*repo_, later, d).ok());
  auto decided = repo_->list_suggestions({"accepted", cped_});
  ASSERT_EQ(decided->size(), 1u);

  ingest(*repo_, {rightstrack::testing::test_data("track/lux_cped_not_ratified.txt")});
  bool contradicted = false;
  auto now_open = repo_->list_suggestions({"suggested", cped_});
  ASSERT_TRUE(now_open.ok());
  for (const auto& g : now_open.value()) contradicted |= g.relation == "contradicts";
  EXPECT_TRUE(contradicted);
}

TEST_F(Followup, ExportImportIntoAFreshDatabaseGivesTheSameExport) {
  ASSERT_TRUE(repo_->put_institution({"lux-mfa", "Ministry of Foreign Affairs", "government", "LUX"}, "ana").is_ok());
  ASSERT_TRUE(repo_->assign({cped_, "lux-mfa", "lead", "ana", ""}, 0).ok());
  Indicator in{0, cped_, "instruments ratified", "instruments", 0.0, 1.0, "2021-01-01", "", "ana", "", {}};
  auto ind = repo_->add_indicator(in, 0);
  ASSERT_TRUE(ind.ok());
  ASSERT_TRUE(repo_->record_indicator_value(ind.value(), {"2022-04-01", 1, "deposit", "ana", ""}).is_ok());
  ASSERT_TRUE(repo_->set_due_date(cped_, "2023-06-30", "ana", 0).ok());
  ASSERT_TRUE(repo_->set_action_level(cped_, 4, "ana", 0).ok());
  std::string evidence_file = dir_.file("proof.bin");
  {
    std::ofstream out(evidence_file, std::ios::binary);
    out << std::string("\0\x01\xff binary proof", 16);
  }
  auto file = resolve_evidence(*repo_, "file:" + evidence_file);
  ASSERT_TRUE(file.ok());
  ingest(*repo_, {rightstrack::testing::test_data("track/lux_cped_ratified.txt")});
  auto provision = resolve_evidence(*repo_, "lux_cped_ratified.txt#p2");
  ASSERT_TRUE(provision.ok()) << provision.status().message();
  EXPECT_EQ(provision->ref, "2#p2");
  ASSERT_TRUE(
      set_status(*repo_, {cped_, 0, "in_progress", "ana", "bill tabled", {file.value(), provision.value()}}).ok());
  auto suggested = repo_->list_suggestions({"suggested", cped_}).value();
  ASSERT_FALSE(suggested.empty());
  ASSERT_TRUE(repo_->decide_suggestion(suggested.front().id, true, "ana").ok());

  auto exported = export_tracking(*repo_);
  ASSERT_TRUE(exported.ok()) << exported.status().message();
  EXPECT_NE(exported->find("\"type\":\"file\""), std::string::npos);
  EXPECT_NE(exported->find("\"type\":\"indicator\""), std::string::npos);

  auto fresh = open(dir_.file("b.db"));
  // Without the documents there is nothing to attach the data to: refused, nothing written.
  auto refused = import_tracking(*fresh, exported.value(), "bob");
  EXPECT_EQ(refused.status().code(), Status::Code::kNotFound);
  EXPECT_TRUE(fresh->list_institutions().value().empty());
  // Stored in the other order: document ids differ, the export names documents by content.
  ingest(*fresh, {rightstrack::testing::test_data("track/lux_cped_ratified.txt"), sample("000_f4626f13f5795eeb.txt")});
  auto imported = import_tracking(*fresh, exported.value(), "bob");
  ASSERT_TRUE(imported.ok()) << imported.status().message();
  EXPECT_EQ(imported.value(), 1u);
  auto again = export_tracking(*fresh);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again.value(), exported.value());
  // Importing twice would write history twice: refused.
  EXPECT_EQ(import_tracking(*fresh, exported.value(), "bob").status().code(), Status::Code::kConflict);
  Commitment c = *fresh->find_commitment(cped_).value();
  EXPECT_EQ(c.status, "in_progress");
  EXPECT_EQ(c.action_level, 4);
  EXPECT_EQ(c.due_date, "2023-06-30");
  auto history = fresh->status_history(cped_).value();
  ASSERT_EQ(history.size(), 1u);
  ASSERT_EQ(history[0].evidence.size(), 2u);
  EXPECT_EQ(history[0].evidence[1].ref, "1#p2");  // the same provision, under this database's id
  auto log = fresh->audit_log().value();
  EXPECT_TRUE(verify_chain(log, fresh->audit_head().value()).empty());
}

TEST_F(Followup, ImportFindsCommitmentsStoredFromAnotherFolder) {
  ASSERT_TRUE(set_status(*repo_, {cped_, 1, "in_progress", "ana", "", {}}).ok());
  auto exported = export_tracking(*repo_);
  ASSERT_TRUE(exported.ok());
  // The same file under another path: commitment ids (made from the path) differ.
  std::filesystem::create_directories(dir_.file("elsewhere"));
  std::string copy = dir_.file("elsewhere/000_f4626f13f5795eeb.txt");
  std::filesystem::copy_file(sample("000_f4626f13f5795eeb.txt"), copy);
  auto fresh = open(dir_.file("c.db"));
  ingest(*fresh, {copy});
  ASSERT_FALSE(fresh->find_commitment(cped_).value().has_value());
  auto imported = import_tracking(*fresh, exported.value(), "bob");
  ASSERT_TRUE(imported.ok()) << imported.status().message();
  size_t in_progress = 0;
  for (const auto& c : fresh->list_commitments({}).value())
    if (c.status == "in_progress") {
      ++in_progress;
      EXPECT_NE(c.text.find("强迫失踪"), std::string::npos);
    }
  EXPECT_EQ(in_progress, 1u);
}

TEST(Exchange, ErrorsNameTheLine) {
  EXPECT_NE(from_jsonl("").status().message().find("empty"), std::string::npos);
  EXPECT_NE(from_jsonl("{\"format\":\"other\"}\n").status().message().find("line 1"), std::string::npos);
  std::string head = "{\"format\":\"rightstrack-tracking\",\"version\":1}\n";
  EXPECT_NE(from_jsonl("{\"format\":\"rightstrack-tracking\",\"version\":9}\n").status().message().find("version"),
            std::string::npos);
  auto bad_json = from_jsonl(head + "\n{\"type\":\"institution\",\"id\":\"a\"\n");
  EXPECT_NE(bad_json.status().message().find("line 3: not a JSON object"), std::string::npos);
  auto missing = from_jsonl(head + "{\"type\":\"institution\",\"id\":\"a\",\"kind\":\"ngo\"}\n");
  EXPECT_NE(missing.status().message().find("line 2: no \"name\""), std::string::npos) << missing.status().message();
  auto status =
      from_jsonl(head + "{\"type\":\"commitment\",\"id\":\"C-1\",\"document_sha256\":\"" + std::string(64, 'a') +
                 "\",\"provision\":\"p1\",\"kind\":\"pledge\",\"actor\":\"LUX\",\"status\":\"done\","
                 "\"version\":2,\"history\":[]}\n");
  EXPECT_NE(status.status().message().find("\"done\" is not a status"), std::string::npos);
  EXPECT_NE(from_jsonl(head + "{\"type\":\"spaceship\"}\n").status().message().find("unknown record type"),
            std::string::npos);
  auto file = from_jsonl(head + "{\"type\":\"file\",\"sha256\":\"" + std::string(64, '0') +
                         "\",\"name\":\"x\",\"base64\":\"eHl6\"}\n");
  EXPECT_NE(file.status().message().find("SHA-256"), std::string::npos);
}

TEST(Base64, RoundTripsEveryLength) {
  std::string bytes;
  for (int i = 0; i < 300; ++i) {
    auto decoded = base64_decode(base64_encode(bytes));
    ASSERT_TRUE(decoded.has_value());
    EXPECT_EQ(decoded.value(), bytes);
    bytes.push_back(static_cast<char>(i * 37));
  }
  EXPECT_EQ(base64_encode("foobar"), "Zm9vYmFy");
  EXPECT_EQ(base64_encode("fo"), "Zm8=");
  EXPECT_FALSE(base64_decode("Zm9").has_value());
  EXPECT_FALSE(base64_decode("Zm9*").has_value());
}

}  // namespace
}  // namespace rightstrack::track
