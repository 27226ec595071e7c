#include <gtest/gtest.h>

#include <map>
#include <set>

#include "support/parse_file.h"
#include "track/action_level.h"
#include "track/commitments.h"
#include "track/status_workflow.h"

namespace rightstrack::track {
namespace {

using rightstrack::testing::parse_file;

// The workflow as specified in status_workflow.h, written out again: every pair is checked.
TEST(StatusWorkflow, EveryAllowedAndRefusedTransition) {
  const std::map<std::string, std::set<std::string>> allowed = {
      {"not_started", {"in_progress", "partially_implemented", "implemented", "not_implemented", "withdrawn"}},
      {"in_progress", {"partially_implemented", "implemented", "not_implemented", "withdrawn"}},
      {"partially_implemented", {"in_progress", "implemented", "not_implemented", "withdrawn"}},
      {"implemented", {"in_progress", "partially_implemented"}},
      {"not_implemented", {"in_progress", "partially_implemented", "implemented"}},
      {"withdrawn", {"not_started"}}};
  ASSERT_EQ(statuses().size(), allowed.size());
  for (const auto& from : statuses())
    for (const auto& to : statuses()) {
      auto s = check_transition(from, to, /*has_evidence=*/true);
      EXPECT_EQ(s.is_ok(), allowed.at(from).count(to) > 0) << from << " → " << to << ": " << s.message();
      if (!s.is_ok()) {
        EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
      }
    }
  EXPECT_FALSE(check_transition("not_started", "implemented", false).is_ok());  // evidence needed
  EXPECT_FALSE(check_transition("in_progress", "partially_implemented", false).is_ok());
  EXPECT_TRUE(check_transition("not_started", "in_progress", false).is_ok());
  EXPECT_NE(check_transition("not_started", "done", true).message().find("is not a status"), std::string::npos);
  EXPECT_NE(check_transition("withdrawn", "implemented", true).message().find("it can become not_started"),
            std::string::npos);
}

// Action levels judged by hand (McMahon's scale) for provisions of the samples and typical UPR
// recommendations.
TEST(ActionLevel, JudgedExamples) {
  const std::vector<std::pair<const char*, int>> judged = {
      {"完成对《保护所有人免遭强迫失踪国际公约》的批准；", 5},
      {"建立一个面向人权维护者的支助平台；", 5},
      {"起草一项法律，保护母亲匿名分娩的儿童", 5},
      {"继续努力开展人权教育和专业培训；", 2},
      {"继续向国际刑事法院和其他国际刑事司法机构提供政治和财政支持；", 2},
      {"卢森堡承诺支持民间社会和人权维护者积极切实地参与人权理事会的工作。", 1},
      {"卢森堡承诺在所有国际论坛中促进人权。", 4},
      {"与所有国家合作，促进和保护所有人的人权；", 4},
      {"将人权与国际团结独立专家的任务延长三年；", 5},
      {"独立专家继续参加有关国际论坛和重大活动", 2},
      {"Continue to engage constructively with the universal periodic review", 2},
      {"Ratify the Optional Protocol to the Convention against Torture", 5},
      {"Consider ratifying the International Convention for the Protection of All Persons from Enforced "
       "Disappearance",
       3},
      {"Take measures to combat discrimination against persons with disabilities", 4},
      {"Share its best practices with other States", 1},
      {"Ensures that human rights defenders can work freely", 4}};
  for (const auto& [text, level] : judged) EXPECT_EQ(action_level(text), level) << text;
  EXPECT_EQ(action_level("人权理事会"), 0);
}

std::vector<Commitment> of_sample(const std::string& name) {
  Document d = parse_file(std::string(RIGHTSTRACK_SOURCE_DIR) + "/data/samples/" + name, true);
  return extract_commitments(d, 1, name);
}

TEST(Commitments, PledgesOfTheSamples) {
  auto count = [](const std::vector<Commitment>& v, const std::string& kind, const std::string& actor) {
    return std::count_if(v.begin(), v.end(), [&](const Commitment& c) { return c.kind == kind && c.actor == actor; });
  };
  EXPECT_EQ(count(of_sample("000_f4626f13f5795eeb.txt"), "pledge", "LUX"), 32);
  EXPECT_EQ(count(of_sample("001_3cb7da14d703b69e.txt"), "pledge", "LUX"), 8);
  EXPECT_GE(count(of_sample("002_954a802aa9703412.txt"), "pledge", "BEL"), 19);
}

TEST(Commitments, RequestsAndDecisionsOfResolutions) {
  auto res = of_sample("003_694d42ce343c5208.txt");
  auto report = std::find_if(res.begin(), res.end(), [](const Commitment& c) { return c.actor == "OHCHR"; });
  ASSERT_NE(report, res.end());
  EXPECT_EQ(report->kind, "request");
  EXPECT_EQ(report->due_session, 22);
  EXPECT_EQ(report->label, "4");
  auto draft = of_sample("004_c70ae1ba36e06e75.txt");
  auto renewal = std::find_if(draft.begin(), draft.end(), [](const Commitment& c) { return c.years.has_value(); });
  ASSERT_NE(renewal, draft.end());
  EXPECT_EQ(renewal->kind, "decision");
  EXPECT_EQ(renewal->years, 3);
  EXPECT_EQ(renewal->actor, "SPECIAL-PROCEDURES");
  EXPECT_EQ(renewal->action_level, 5);
}

TEST(Commitments, IdsAreStableAndDistinct) {
  auto a = of_sample("000_f4626f13f5795eeb.txt"), b = of_sample("000_f4626f13f5795eeb.txt");
  std::set<std::string> ids;
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].id, b[i].id);
    EXPECT_EQ(a[i].id.rfind("C-", 0), 0u);
    ids.insert(a[i].id);
  }
  EXPECT_EQ(ids.size(), a.size());
}

// A new version of a document whose pledge was reworded keeps the pledge's id; a new pledge
// gets a new one.
TEST(Commitments, NewVersionsKeepTheIdsOfWhatTheyContinue) {
  auto previous = of_sample("000_f4626f13f5795eeb.txt");
  auto current = previous;
  current[2].text = "完成对《保护所有人免遭强迫失踪国际公约》的批准。";  // punctuation changed
  current[2].id = "C-new";
  current[5].text = "在2025年底以前建立一个国家预防机制，并为其提供充足的资源和人员。";
  current[5].id = "C-other";
  carry_ids(previous, current);
  EXPECT_EQ(current[2].id, previous[2].id);
  EXPECT_EQ(current[5].id, "C-other");
  EXPECT_GT(text_similarity("继续支持人权理事会的工作", "继续支持人权理事会的各项工作"), 0.8);
  EXPECT_LT(text_similarity("继续支持人权理事会的工作", "批准禁止酷刑公约任择议定书"), 0.3);
}

}  // namespace
}  // namespace rightstrack::track

#include "track/deadlines.h"

namespace rightstrack::track {
namespace {

TEST(Deadlines, SessionsTermsAndMandates) {
  EXPECT_EQ(hrc_session_start(22), "2013-02-25");  // the table: HRC 22 opened on 25 February 2013
  EXPECT_EQ(hrc_session_end(22), "2013-03-22");
  EXPECT_EQ(hrc_session_start(44), "2020-06-30");  // HRC 44: 30 June – 17 July 2020
  EXPECT_EQ(hrc_session_start(3), "2006-11-29");
  EXPECT_EQ(estimated_session_start(22), "2013-03-01");  // the estimate is close where the table stops
  EXPECT_EQ(estimated_session_start(46), "2021-03-01");  // HRC 46 opened on 22 February 2021
  EXPECT_EQ(estimated_session_start(3), "");
  EXPECT_EQ(hrc_session_start(61), "2026-03-01");  // beyond the table: estimated
  EXPECT_EQ(hrc_session_end(61), "");
  // Sessions in the table follow one another.
  for (int s = 2; s <= 60; ++s) EXPECT_LT(hrc_session_end(s - 1), hrc_session_start(s)) << s;
  auto res = of_sample("003_694d42ce343c5208.txt");
  auto report = std::find_if(res.begin(), res.end(), [](const Commitment& c) { return c.actor == "OHCHR"; });
  ASSERT_NE(report, res.end());
  EXPECT_EQ(report->due_date, "2013-02-25");
  auto draft = of_sample("004_c70ae1ba36e06e75.txt");
  auto renewal = std::find_if(draft.begin(), draft.end(), [](const Commitment& c) { return c.years.has_value(); });
  ASSERT_NE(renewal, draft.end());
  EXPECT_EQ(renewal->due_date, "2023-07-17");  // three years after the session that renewed it ended
  for (const auto& c : of_sample("002_954a802aa9703412.txt")) {
    if (c.kind == "pledge") {
      EXPECT_EQ(c.due_date, "2025-12-31");  // Belgium's term 2023–2025
    }
  }
  Commitment open = *report;
  EXPECT_TRUE(overdue(open, "2014-01-01"));
  EXPECT_FALSE(overdue(open, "2012-12-31"));
  open.status = "implemented";
  EXPECT_FALSE(overdue(open, "2014-01-01"));
}

}  // namespace
}  // namespace rightstrack::track
