// English UN documents written for these tests after the UN's published layout (tests/data/en):
// a masthead, wrapped lines, indented paragraphs, plain-digit footnotes, UPR recommendations.
#include <gtest/gtest.h>

#include "parse/parser.h"
#include "support/parse_file.h"
#include "support/provisions.h"

namespace rightstrack::parse {
using rightstrack::testing::of_kind;

namespace {

Document parse_en(const std::string& name) { return testing::parse_file(testing::test_data("en/" + name)); }

}  // namespace

TEST(English, AdoptedResolution) {
  Document d = parse_en("hrc_resolution.txt");
  EXPECT_EQ(d.meta.language, "en");
  EXPECT_EQ(d.meta.doc_type, "resolution");
  EXPECT_EQ(d.meta.body, "HRC");
  EXPECT_EQ(d.meta.session, 21);
  EXPECT_EQ(d.meta.agenda_item, "10");
  EXPECT_EQ(d.meta.symbol, "A/HRC/RES/21/21");
  EXPECT_EQ(d.meta.title, "Enhancement of technical cooperation and capacity-building in the field of human rights");
  EXPECT_EQ(d.meta.original_language, "en");
  EXPECT_EQ(d.meta.date, "2012-09-27");
  ASSERT_TRUE(d.meta.adoption);
  EXPECT_EQ(d.meta.adoption->meeting, 37);
  EXPECT_EQ(d.meta.adoption->vote, "without_vote");
  auto pre = of_kind(d, "preamble");
  ASSERT_EQ(pre.size(), 4u);
  EXPECT_EQ(pre[0]->verb, "Guided by");
  EXPECT_EQ(pre[1]->text,
            "Reaffirming the obligation of States under the Charter to promote universal respect for and observance of "
            "human rights and fundamental freedoms,");
  EXPECT_EQ(pre[2]->verb, "Recalling also");
  EXPECT_EQ(pre[3]->verb_id, "express_concern");
  auto ops = of_kind(d, "operative");
  ASSERT_EQ(ops.size(), 4u);
  EXPECT_EQ(ops[3]->verb, "Also encourages");
  EXPECT_EQ(ops[3]->text.find("well-established"), ops[3]->text.find("well-"));
  auto items = of_kind(d, "list_item");
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0]->parent, ops[2]->id);
  EXPECT_EQ(of_kind(d, "footnote").size(), 1u);
  for (const auto& p : d.provisions) EXPECT_EQ(p.text.find("GE.12"), std::string::npos);
}

TEST(English, DraftResolutionWithWrappedSponsors) {
  Document d = parse_en("draft_resolution.txt");
  EXPECT_EQ(d.meta.doc_type, "draft_resolution");
  EXPECT_EQ(d.meta.session, 44);
  EXPECT_EQ(d.meta.session_dates, (std::vector<std::string>{"2020-06-30", "2020-07-17"}));
  EXPECT_EQ(d.meta.agenda_title,
            "Promotion and protection of all human rights, civil, political, economic, social and cultural rights, "
            "including the right to development");
  EXPECT_EQ(d.meta.title, "Mandate of the Independent Expert on human rights and international solidarity");
  std::vector<std::pair<std::string, bool>> sponsors;
  for (const auto& s : d.meta.sponsors) sponsors.emplace_back(s.state, s.hrc_member);
  EXPECT_EQ(sponsors, (std::vector<std::pair<std::string, bool>>{{"BLR", false},
                                                                 {"CHN", false},
                                                                 {"CUB", false},
                                                                 {"QAT", true},
                                                                 {"SYR", false},
                                                                 {"VEN", true},
                                                                 {"PSE", false}}));
  auto pre = of_kind(d, "preamble");
  ASSERT_EQ(pre.size(), 2u);
  EXPECT_EQ(pre[1]->verb, "Deeply concerned");
  EXPECT_EQ(pre[1]->footnote_refs, std::vector<std::string>{"1"});
  EXPECT_EQ(of_kind(d, "operative").size(), 4u);
  auto notes = of_kind(d, "footnote");
  ASSERT_EQ(notes.size(), 2u);
  EXPECT_EQ(notes[1]->label, "1");
  EXPECT_EQ(notes[1]->text, "See A/HRC/44/44.");
}

TEST(English, NoteVerbaleWithPledges) {
  Document d = parse_en("note_verbale_pledges.txt");
  EXPECT_EQ(d.meta.doc_type, "pledges");
  EXPECT_EQ(d.meta.body, "GA");
  EXPECT_EQ(d.meta.session, 77);
  EXPECT_EQ(d.meta.agenda_item, "117(c)");
  EXPECT_EQ(d.meta.author, "BEL");
  EXPECT_EQ(d.meta.date, "2022-06-21");
  EXPECT_EQ(*d.meta.term, std::make_pair(2023, 2025));
  EXPECT_EQ(d.meta.title,
            "Note verbale dated 21 June 2022 from the Permanent Mission of Belgium to the United Nations addressed to "
            "the President of the General Assembly");
  auto pledges = of_kind(d, "pledge");
  ASSERT_EQ(pledges.size(), 4u);
  EXPECT_EQ(pledges[0]->label, "2");
  EXPECT_EQ(pledges[1]->section, "national");
  EXPECT_EQ(pledges[1]->text, "Ratify as soon as possible the Optional Protocol to the Convention against Torture;");
  EXPECT_EQ(of_kind(d, "list_item").size(), 2u);
}

TEST(English, PledgesIntroducedByWill) {
  Document d = parse_document({"Voluntary pledges and commitments of Belgium", "", "If elected, Belgium will:", "",
                               "(a) Promote the rights of the child;", "", "(b) Support the special procedures.", "",
                               "Belgium has been a member of the Council."});
  ASSERT_EQ(d.meta.doc_type, "pledges");
  auto pledges = of_kind(d, "pledge");
  ASSERT_EQ(pledges.size(), 2u);
  EXPECT_EQ(pledges[1]->text, "Support the special procedures.");
  Document zh = parse_document(
      {"比利时的自愿许诺和承诺", "", "如果当选，比利时将：", "", "(a) 促进儿童权利；", "", "(b) 支持特别程序。"});
  EXPECT_EQ(of_kind(zh, "pledge").size(), 2u);
}

TEST(English, UprRecommendationsWithStatesAndPositions) {
  Document d = parse_en("upr_report.txt");
  EXPECT_EQ(d.meta.doc_type, "upr_recommendations");
  auto recs = of_kind(d, "recommendation");
  ASSERT_EQ(recs.size(), 5u);
  EXPECT_EQ(recs[0]->label, "120.1");
  EXPECT_EQ(recs[0]->recommending, (std::vector<std::string>{"FRA", "LTU"}));
  EXPECT_EQ(recs[0]->position, "supported");
  EXPECT_EQ(recs[2]->recommending, (std::vector<std::string>{"GBR", "VEN"}));
  EXPECT_EQ(recs[3]->position, "noted");
  EXPECT_EQ(recs[4]->recommending, std::vector<std::string>{"VAT"});
}

}  // namespace rightstrack::parse
