// More kinds of UN documents, written for these tests after the UN's layout (tests/data/zh and
// tests/data/en): a Chinese UPR working-group report, a Chinese GA resolution with its masthead,
// an English GA resolution adopted by a recorded vote.
#include <gtest/gtest.h>

#include <algorithm>

#include "support/parse_file.h"
#include "support/provisions.h"

namespace rightstrack::parse {
using rightstrack::testing::of_kind;

namespace {

Document parse_data(const std::string& path) {
  return testing::parse_file(testing::test_data(path), /*annotated=*/true);
}

// An adopted resolution's metadata (the date is the adoption's).
void expect_resolution(const Document& d, const std::string& path, const std::string& body, const std::string& symbol,
                       const std::string& date, int meeting) {
  EXPECT_EQ(d.meta.doc_type, "resolution") << path;
  EXPECT_EQ(d.meta.body, body) << path;
  EXPECT_EQ(d.meta.symbol, symbol) << path;
  EXPECT_EQ(d.meta.date, date) << path;
  ASSERT_TRUE(d.meta.adoption) << path;
  EXPECT_EQ(d.meta.adoption->meeting, meeting) << path;
}

}  // namespace

TEST(MoreDocuments, ChineseUprReport) {
  Document d = parse_data("zh/upr_report.txt");
  EXPECT_EQ(d.meta.doc_type, "upr_recommendations");
  EXPECT_EQ(d.meta.symbol, "A/HRC/38/13");    // from the masthead
  EXPECT_EQ(d.meta.date, "2018-04-03");       // printed in English in a Chinese masthead
  EXPECT_EQ(d.meta.original_language, "en");  // "Original: English"
  EXPECT_EQ(d.meta.title, "普遍定期审议工作组报告");
  EXPECT_EQ(d.meta.author, "LUX");  // the State under review
  EXPECT_EQ(d.meta.session, 38);
  auto recs = of_kind(d, "recommendation");
  ASSERT_EQ(recs.size(), 5u);
  EXPECT_EQ(recs[0]->recommending, (std::vector<std::string>{"FRA", "LTU"}));
  EXPECT_EQ(recs[0]->position, "supported");
  EXPECT_EQ(recs[2]->recommending, (std::vector<std::string>{"GBR", "VEN"}));
  EXPECT_EQ(recs[3]->position, "noted");
  EXPECT_EQ(recs[4]->recommending, std::vector<std::string>{"VAT"});
}

TEST(MoreDocuments, ChineseGeneralAssemblyResolution) {
  Document d = parse_data("zh/ga_resolution.txt");
  EXPECT_EQ(d.meta.doc_type, "resolution");
  EXPECT_EQ(d.meta.body, "GA");
  EXPECT_EQ(d.meta.symbol, "A/RES/70/1");
  EXPECT_EQ(d.meta.title, "变革我们的世界：2030年可持续发展议程");
  EXPECT_EQ(d.meta.agenda_item, "15和116");  // "议程项目15和116", as printed
  ASSERT_TRUE(d.meta.adoption);
  EXPECT_EQ(d.meta.adoption->meeting, 4);
  auto pre = of_kind(d, "preamble");
  ASSERT_EQ(pre.size(), 2u);
  EXPECT_EQ(pre[0]->verb, "通过");
  EXPECT_EQ(d.cites, std::vector<std::string>{"A/RES/69/244"});  // not its own symbol, not A/70/L.1 of the header
  auto ops = of_kind(d, "operative");
  ASSERT_EQ(ops.size(), 2u);
  ASSERT_TRUE(ops[1]->request);
  EXPECT_EQ(ops[1]->request->addressee, "SG");
  EXPECT_EQ(ops[1]->request->due_session, 71);
}

TEST(MoreDocuments, EnglishResolutionAdoptedByRecordedVote) {
  Document d = parse_data("en/ga_resolution_vote.txt");
  EXPECT_EQ(d.meta.symbol, "A/RES/75/183");
  EXPECT_EQ(d.meta.agenda_item, "72(b)");
  ASSERT_TRUE(d.meta.adoption);
  EXPECT_EQ(d.meta.adoption->vote, "recorded_vote");
  EXPECT_EQ(d.meta.adoption->yes, 123);
  EXPECT_EQ(d.meta.adoption->no, 38);
  EXPECT_EQ(d.meta.adoption->abstain, 24);
  EXPECT_EQ(d.cites, (std::vector<std::string>{"A/RES/62/149", "A/RES/73/175"}));
  for (const auto& p : d.provisions) EXPECT_NE(p.kind, "heading") << p.text;  // "[on the report of …]" is header
  auto ops = of_kind(d, "operative");
  ASSERT_EQ(ops.size(), 3u);
  EXPECT_EQ(ops[1]->verb_id, "call_upon");
  ASSERT_TRUE(ops[2]->request);
  EXPECT_EQ(ops[2]->request->due_session, 77);
}

TEST(MoreDocuments, ChineseResolutionWithTheVotingRecord) {
  Document d = parse_data("zh/resolution_vote.txt");
  EXPECT_EQ(d.meta.symbol, "A/HRC/RES/40/8");
  ASSERT_TRUE(d.meta.adoption);
  EXPECT_EQ(d.meta.adoption->yes, 31);
  EXPECT_EQ(d.meta.adoption->in_favour.size(), 31u);
  EXPECT_EQ(d.meta.adoption->against.size(), 14u);
  EXPECT_EQ(d.meta.adoption->abstaining, (std::vector<std::string>{"BHS", "ISL"}));
  // The voting record is the adoption's, not provisions of the resolution.
  EXPECT_EQ(of_kind(d, "preamble").size(), 1u);
  EXPECT_EQ(of_kind(d, "operative").size(), 1u);
  EXPECT_TRUE(of_kind(d, "heading").empty());
}

TEST(MoreDocuments, PlainTextWithoutLayout) {
  // pdftotext without -layout: no indentation, labels alone on their line, paragraphs of the
  // preamble with no blank line between them, running headers and page numbers between pages.
  Document d = parse_data("en/resolution_plain.txt");
  EXPECT_EQ(d.meta.symbol, "A/HRC/RES/21/21");
  EXPECT_EQ(d.meta.title, "Enhancement of technical cooperation and capacity-building in the field of human rights");
  auto pre = of_kind(d, "preamble");
  ASSERT_EQ(pre.size(), 3u);
  EXPECT_EQ(pre[1]->text,
            "Reaffirming the obligation of States under the Charter to promote universal respect for and observance of "
            "human rights and fundamental freedoms,");
  auto ops = of_kind(d, "operative");
  ASSERT_EQ(ops.size(), 3u);
  EXPECT_EQ(ops[0]->label, "1");
  EXPECT_EQ(ops[0]->text,
            "Reaffirms that States have the primary responsibility to promote and protect all human rights;");
  ASSERT_TRUE(ops[1]->request);
  EXPECT_EQ(ops[1]->request->due_session, 22);
  EXPECT_EQ(d.cites, (std::vector<std::string>{"A/HRC/RES/5/1", "A/HRC/RES/5/2", "A/HRC/21/2"}));
}

TEST(MoreDocuments, PlainNoteVerbaleWithPledgesByLevel) {
  Document d = parse_data("en/note_verbale_plain.txt");
  EXPECT_EQ(d.meta.doc_type, "pledges");
  EXPECT_EQ(d.meta.symbol, "A/76/72");
  EXPECT_EQ(d.meta.author, "LUX");
  EXPECT_EQ(*d.meta.term, std::make_pair(2022, 2024));
  // The wrapped title ends with "General Assembly", which alone would be a masthead line.
  EXPECT_EQ(d.meta.title,
            "Note verbale dated 26 May 2021 from the Permanent Mission of Luxembourg to the United Nations "
            "addressed to the President of the General Assembly");
  EXPECT_EQ(d.meta.original_language, "fr");  // the annex's [Original: French], not the masthead's English
  auto pledges = of_kind(d, "pledge");
  ASSERT_EQ(pledges.size(), 4u);
  EXPECT_EQ(pledges[0]->section, "national");
  EXPECT_EQ(pledges[3]->section, "international");
  EXPECT_EQ(pledges[3]->text,
            "Support the strengthening and independence of the treaty bodies and special procedures mandate holders.");
  std::vector<std::string> cites = d.cites;  // the subtitle cites resolution 60/251
  std::sort(cites.begin(), cites.end());
  EXPECT_EQ(cites, (std::vector<std::string>{"A/76/50", "A/RES/60/251"}));
}

// Pledges listed under a level's heading with no "commits to:" above them: Chinese numbering
// "一、在国内层面" / "（一）继续…", and English bullets under "I. At the national level".
TEST(MoreDocuments, PledgesListedUnderLevelHeadings) {
  for (const char* file : {"zh/pledges_by_level.txt", "en/pledges_bullets.txt"}) {
    Document d = parse_data(file);
    EXPECT_EQ(d.meta.doc_type, "pledges") << file;
    auto pledges = of_kind(d, "pledge");
    ASSERT_GE(pledges.size(), 5u) << file;
    EXPECT_EQ(pledges.front()->section, "national") << file;
    EXPECT_EQ(pledges.back()->section, "international") << file;
    EXPECT_TRUE(of_kind(d, "list_item").empty()) << file;
  }
  Document zh = parse_data("zh/pledges_by_level.txt");
  EXPECT_EQ(zh.meta.author, "CHN");
  EXPECT_EQ(*zh.meta.term, std::make_pair(2024, 2026));
  EXPECT_EQ(of_kind(zh, "pledge").size(), 6u);
  EXPECT_EQ(of_kind(zh, "pledge")[0]->label, "(一)");  // full-width parentheses made ASCII
  EXPECT_EQ(of_kind(zh, "pledge")[0]->parent, "p5");   // under "一、在国内层面"
}

// An HRC resolution that renews a special rapporteur's mandate: the renewal, a report due at a
// named session, and resources asked for the rapporteur (特别报告员 holds 报告 but asks for no
// report); "深为关切" is a preambular verb.
TEST(MoreDocuments, ChineseMandateRenewal) {
  Document d = parse_data("zh/hrc_mandate_renewal.txt");
  EXPECT_EQ(d.meta.symbol, "A/HRC/RES/50/17");
  EXPECT_EQ(d.meta.session, 50);
  ASSERT_TRUE(d.meta.adoption.has_value());
  EXPECT_EQ(d.meta.adoption->vote, "without_vote");
  auto pre = of_kind(d, "preamble");
  ASSERT_EQ(pre.size(), 6u);
  EXPECT_EQ(pre[4]->verb, "深为关切");
  auto ops = of_kind(d, "operative");
  ASSERT_EQ(ops.size(), 5u);
  ASSERT_TRUE(ops[0]->request.has_value());
  EXPECT_EQ(ops[0]->request->kind, "mandate_renewal");
  EXPECT_EQ(ops[0]->request->years, 3);
  ASSERT_TRUE(ops[1]->request.has_value());
  EXPECT_EQ(ops[1]->request->kind, "report");
  EXPECT_EQ(ops[1]->request->due_session, 53);
  ASSERT_TRUE(ops[3]->request.has_value());
  EXPECT_EQ(ops[3]->request->kind, "resources");
  EXPECT_EQ(ops[3]->request->addressee, "OHCHR");
  std::vector<std::string> cites = d.cites;
  std::sort(cites.begin(), cites.end());
  EXPECT_EQ(cites, (std::vector<std::string>{"A/HRC/RES/15/21", "A/RES/60/251", "S/RES/1325(2000)"}));
}

// A revised draft ("…：订正决议草案"): the sponsors line is still the sponsors, "*" marks the
// States that are not members of the Council.
TEST(MoreDocuments, ChineseRevisedDraftResolution) {
  Document d = parse_data("zh/draft_resolution_revised.txt");
  EXPECT_EQ(d.meta.doc_type, "draft_resolution");
  EXPECT_EQ(d.meta.symbol, "A/HRC/52/L.10/Rev.1");
  ASSERT_EQ(d.meta.sponsors.size(), 25u);
  size_t members = 0;
  for (const auto& s : d.meta.sponsors) members += s.hrc_member;
  EXPECT_EQ(members, 13u);
  EXPECT_EQ(d.meta.sponsors.front().state, "ALB");
  EXPECT_FALSE(d.meta.sponsors.front().hrc_member);
  EXPECT_EQ(d.meta.title, "儿童权利：实现儿童权利和可持续发展目标");
  EXPECT_TRUE(of_kind(d, "paragraph").empty());  // the sponsors line is not a paragraph
}

// A report whose title names its subject and the line under it its author ("…办事处的报告").
TEST(MoreDocuments, ChineseReportOfTheOffice) {
  Document d = parse_data("zh/ohchr_report.txt");
  EXPECT_EQ(d.meta.doc_type, "report");
  EXPECT_EQ(d.meta.symbol, "A/HRC/54/25");
  EXPECT_EQ(d.meta.title, "人权领域的技术合作和能力建设");
  auto headings = of_kind(d, "heading");
  ASSERT_GE(headings.size(), 2u);
  // "概要" (Summary) stands on its line: a heading, not the first word of the paragraph under it.
  EXPECT_TRUE(std::any_of(headings.begin(), headings.end(), [](const Provision* h) { return h->text == "概要"; }));
  auto paragraphs = of_kind(d, "paragraph");
  ASSERT_EQ(paragraphs.size(), 5u);  // the summary and paragraphs 1–4
  EXPECT_EQ(paragraphs[0]->text.rfind("本报告依照", 0), 0u);
  ASSERT_EQ(of_kind(d, "footnote").size(), 1u);
  EXPECT_EQ(of_kind(d, "footnote")[0]->text, "见A/HRC/51/2，第一章。");
}

// A UPR report's three answers: supported (得到…的支持), not supported (未得到…的支持: noted, though
// it holds 的支持), and pending (将由…审查: no position yet).
TEST(MoreDocuments, ChineseUprPositions) {
  Document d = parse_data("zh/upr_positions.txt");
  EXPECT_EQ(d.meta.doc_type, "upr_recommendations");
  EXPECT_EQ(d.meta.author, "JPN");
  auto recs = of_kind(d, "recommendation");
  ASSERT_EQ(recs.size(), 4u);
  EXPECT_EQ(recs[0]->position, "supported");
  EXPECT_EQ(recs[1]->recommending, (std::vector<std::string>{"AUS", "IND"}));
  EXPECT_EQ(recs[2]->position, "noted");
  EXPECT_EQ(recs[3]->position, "");
  EXPECT_EQ(recs[3]->recommending, std::vector<std::string>{"CIV"});
}

// Brochures name their photo captions in more ways than "说明：" (照片：, 图片说明：), and box a
// pledge as "许诺：" as well as "承诺：".
TEST(MoreDocuments, BrochureCaptionsAndBoxes) {
  Document d = parse_data("zh/brochure_captions.txt");
  auto captions = of_kind(d, "caption");
  ASSERT_EQ(captions.size(), 2u);
  EXPECT_EQ(captions[0]->text, "卢森堡代表团在日内瓦，2018年1月");  // the credit under it is not text
  EXPECT_EQ(captions[1]->text, "儿童在学校，2019年");
  auto pledges = of_kind(d, "pledge");
  ASSERT_EQ(pledges.size(), 1u);
  EXPECT_EQ(pledges[0]->text, "卢森堡承诺继续支持人权理事会的工作。");
}

// Security Council resolutions print "Resolution 2467 (2019)" and "Adopted by the Security
// Council at its 8514th meeting, on …" instead of a GA/HRC resolution header, and their symbol
// sets the year apart: "S/RES/2467 (2019)".
TEST(MoreDocuments, SecurityCouncilResolutionsInBothLanguages) {
  for (const char* path : {"en/sc_resolution.txt", "zh/sc_resolution.txt"}) {
    Document d = parse_data(path);
    expect_resolution(d, path, "SC", "S/RES/2467(2019)", "2019-04-23", 8514);
    EXPECT_EQ(of_kind(d, "preamble").size(), 3u) << path;
    auto ops = of_kind(d, "operative");
    ASSERT_EQ(ops.size(), 4u) << path;
    EXPECT_EQ(ops[0]->label, "1");
    EXPECT_FALSE(ops[1]->verb.empty()) << path;  // Requests / 请
    // Its eight predecessors are cited, not itself.
    const auto& first = of_kind(d, "preamble")[0]->cites;
    EXPECT_EQ(first.size(), 8u) << path;
    EXPECT_EQ(first.front(), "S/RES/1325(2000)") << path;
    for (const auto& p : d.provisions)
      EXPECT_EQ(std::count(p.cites.begin(), p.cites.end(), "S/RES/2467(2019)"), 0) << path;
  }
}

// A special rapporteur's report: a long "Report of the Special Rapporteur …, Name*" line under the
// title makes it a report (the asterisk is a note on the title), and its recommendations are the
// lettered items of the paragraph that introduces them.
TEST(MoreDocuments, SpecialRapporteurReportsInBothLanguages) {
  for (const char* path : {"en/special_rapporteur_report.txt", "zh/special_rapporteur_report.txt"}) {
    Document d = parse_data(path);
    EXPECT_EQ(d.meta.doc_type, "report") << path;
    EXPECT_EQ(d.meta.symbol, "A/HRC/55/45") << path;
    EXPECT_EQ(d.meta.session, 55) << path;
    EXPECT_EQ(d.meta.agenda_item, "3") << path;
    EXPECT_EQ(d.meta.original_language, "en") << path;
    auto items = of_kind(d, "list_item");
    ASSERT_EQ(items.size(), 3u) << path;
    EXPECT_EQ(items[0]->label, "(a)") << path;
    const Provision* intro = nullptr;
    for (const auto& p : d.provisions)
      if (p.id == items[0]->parent) intro = &p;
    ASSERT_NE(intro, nullptr) << path;
    EXPECT_EQ(intro->label, "4") << path;
    EXPECT_EQ(of_kind(d, "footnote").size(), 2u) << path;
    EXPECT_EQ(of_kind(d, "heading").size(), 5u) << path;  // title, report line, summary, I, II
  }
}

// A treaty body's concluding observations: the treaty and the committee in the masthead are not
// the title, the committee is no organ of the contract's list (body stays empty), and the
// committee's own adoption line — even with a meeting number — does not make it a resolution.
TEST(MoreDocuments, ConcludingObservationsInBothLanguages) {
  for (const char* path : {"en/concluding_observations.txt", "zh/concluding_observations.txt"}) {
    Document d = parse_data(path);
    EXPECT_EQ(d.meta.doc_type, "other") << path;
    EXPECT_TRUE(d.meta.body.empty()) << path;
    EXPECT_EQ(d.meta.symbol, "CRC/C/LUX/CO/5-6") << path;
    EXPECT_TRUE(d.meta.title.rfind("Concluding observations", 0) == 0 || d.meta.title.rfind("关于卢森堡", 0) == 0)
        << d.meta.title;
    ASSERT_FALSE(d.provisions.empty());
    EXPECT_EQ(d.provisions.front().kind, "heading") << path;  // the title, not the treaty
    EXPECT_EQ(of_kind(d, "list_item").size(), 2u) << path;
    EXPECT_EQ(of_kind(d, "footnote").size(), 1u) << path;  // the adoption note stays a note
    for (const auto& p : d.provisions) {
      EXPECT_EQ(p.text.find("Convention on the Rights"), std::string::npos) << path;
      EXPECT_EQ(p.text.find("儿童权利公约"), std::string::npos) << path;
    }
  }
}

// A Council decision is built as a resolution, and its one operative paragraph goes unnumbered:
// it ends with a full stop where the preambular paragraphs end with a comma.
TEST(MoreDocuments, CouncilDecisionsInBothLanguages) {
  for (const char* path : {"en/hrc_decision.txt", "zh/hrc_decision.txt"}) {
    Document d = parse_data(path);
    expect_resolution(d, path, "HRC", "A/HRC/DEC/52/101", "2023-03-30", 46);  // adopted, not distributed
    ASSERT_TRUE(d.meta.adoption);
    EXPECT_EQ(d.meta.adoption->vote, "without_vote") << path;
    auto pre = of_kind(d, "preamble");
    auto ops = of_kind(d, "operative");
    ASSERT_EQ(pre.size(), 3u) << path;
    ASSERT_EQ(ops.size(), 1u) << path;
    EXPECT_EQ(ops[0]->verb_id, "decide") << path;
    EXPECT_TRUE(ops[0]->label.empty()) << path;
    // "the General Assembly in its resolution 60/251" is the Assembly's, not the Council's.
    EXPECT_EQ(pre[0]->cites, (std::vector<std::string>{"A/RES/60/251", "A/HRC/RES/5/1", "A/HRC/RES/5/2"})) << path;
  }
}

// A resolution's annex (here a declaration) is neither preamble nor operative paragraphs, even
// when its unnumbered sentences end with full stops.
TEST(MoreDocuments, AnAnnexIsNotTheResolutionsOwnParagraphs) {
  Document d = parse_data("en/ga_resolution_annex.txt");
  EXPECT_EQ(d.meta.doc_type, "resolution");
  EXPECT_EQ(d.meta.symbol, "A/RES/53/144");
  EXPECT_EQ(of_kind(d, "preamble").size(), 1u);
  auto ops = of_kind(d, "operative");
  ASSERT_EQ(ops.size(), 2u);
  EXPECT_EQ(ops[1]->verb_id, "invite");
  bool annex_text = false;
  for (const auto& p : d.provisions)
    if (p.text.rfind("Everyone has the right", 0) == 0 || p.text.rfind("Each State has", 0) == 0) {
      annex_text = true;
      EXPECT_NE(p.kind, "operative") << p.text;
      EXPECT_NE(p.kind, "preamble") << p.text;
    }
  EXPECT_TRUE(annex_text);
  // The declaration's name under "Annex" is its title, however long.
  auto headings = of_kind(d, "heading");
  ASSERT_FALSE(headings.empty());
  EXPECT_EQ(headings.back()->text.rfind("Declaration on the Right and Responsibility", 0), 0u);
}

// A candidature letter with its annexed pledges: "Belgium will continue to …" / "比利时将继续…" is
// a pledge as "Belgium commits to …" is ("will continue" is a pledge verb of its own, not "will"
// before "continue").
TEST(MoreDocuments, PledgesThatWillContinueInBothLanguages) {
  for (const char* path : {"en/letter_pledges.txt", "zh/letter_pledges.txt"}) {
    Document d = parse_data(path);
    EXPECT_EQ(d.meta.doc_type, "pledges") << path;
    EXPECT_EQ(d.meta.author, "BEL") << path;
    ASSERT_TRUE(d.meta.term) << path;
    EXPECT_EQ(d.meta.term->first, 2023) << path;
    auto pledges = of_kind(d, "pledge");
    ASSERT_EQ(pledges.size(), 3u) << path;
    EXPECT_EQ(pledges[0]->section, "national") << path;
    EXPECT_EQ(pledges[2]->section, "international") << path;
  }
}

}  // namespace rightstrack::parse
