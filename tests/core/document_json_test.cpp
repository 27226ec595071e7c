#include "core/document_json.h"

#include <gtest/gtest.h>

namespace rightstrack {

TEST(DocumentJson, RoundTripsEveryField) {
  Document doc;
  doc.meta.language = "zh";
  doc.meta.doc_type = "draft_resolution";
  doc.meta.body = "HRC";
  doc.meta.session = 44;
  doc.meta.agenda_item = "3";
  doc.meta.sponsors = {{"BLR", false, "白俄罗斯"}, {"QAT", true, "卡塔尔"}};
  doc.meta.term = std::make_pair(2022, 2024);
  doc.meta.session_dates = {"2020-06-30", "2020-07-17"};
  Adoption adoption;
  adoption.date = "2012-09-27";
  adoption.meeting = 37;
  adoption.vote = "recorded_vote";
  adoption.yes = 31;
  adoption.no = 14;
  adoption.abstain = 2;
  adoption.abstaining = {"BHS", "ISL"};
  doc.meta.adoption = adoption;
  Provision p;
  p.id = "p1";
  p.label = "10";
  p.kind = "operative";
  p.text = "决定将人权与国际团结独立专家的任务延长三年；";
  p.verb = "决定";
  p.verb_id = "decide";
  p.annotations = {{"SPECIAL-PROCEDURES", 9, 27, "rule:x"}};
  p.request = Request{"SPECIAL-PROCEDURES", std::nullopt, "mandate_renewal", 3};
  p.recommending = {"FRA"};
  doc.provisions.push_back(p);
  doc.cites = {"A/HRC/RES/5/1"};

  auto back = document_from_json(document_to_json(doc));
  ASSERT_TRUE(back.ok()) << back.status().message();
  const Document& d = back.value();
  EXPECT_EQ(d.meta.session, 44);
  ASSERT_EQ(d.meta.sponsors.size(), 2u);
  EXPECT_FALSE(d.meta.sponsors[0].hrc_member);
  EXPECT_TRUE(d.meta.sponsors[1].hrc_member);
  EXPECT_EQ(d.meta.term->second, 2024);
  EXPECT_EQ(d.meta.adoption->abstain, 2);
  EXPECT_EQ(d.meta.adoption->abstaining, (std::vector<std::string>{"BHS", "ISL"}));
  ASSERT_EQ(d.provisions.size(), 1u);
  EXPECT_EQ(d.provisions[0].verb_id, "decide");
  EXPECT_EQ(d.provisions[0].request->years, 3);
  EXPECT_EQ(d.provisions[0].annotations[0].concept_id, "SPECIAL-PROCEDURES");
  EXPECT_EQ(d.cites, doc.cites);
}

TEST(DocumentJson, RejectsGarbage) {
  EXPECT_FALSE(document_from_json("not json").ok());
  EXPECT_FALSE(document_from_json("[1,2]").ok());
  // A field of the wrong type is read as absent, never a crash.
  auto odd = document_from_json(R"({"document": {"session": "x"}, "provisions": [{"line": "y", "text": 5}]})");
  ASSERT_TRUE(odd.ok());
  EXPECT_FALSE(odd->meta.session.has_value());
  ASSERT_EQ(odd->provisions.size(), 1u);
  EXPECT_EQ(odd->provisions[0].line, 0);
  EXPECT_EQ(odd->provisions[0].text, "");
}

}  // namespace rightstrack
