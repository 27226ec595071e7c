// Candidature notes whose shapes the samples do not have (tests/data/{zh,en}/note_verbale_masthead.txt,
// written after A/73/95): the masthead's two columns on one line, an issue date a day after the
// note's, "voluntary pledges and undertakings" / "自愿保证和承诺", and levels named in headings
// that do not begin with them ("Commitments at the national level", "国际一级").
#include <gtest/gtest.h>

#include "parse/parser.h"
#include "support/parse_file.h"
#include "support/provisions.h"

namespace rightstrack::parse {
using rightstrack::testing::of_kind;

namespace {

const Provision* starting(const Document& d, const std::string& prefix) {
  for (const auto& p : d.provisions)
    if (p.text.rfind(prefix, 0) == 0) return &p;
  return nullptr;
}

}  // namespace

TEST(PledgeDocuments, MastheadOnOneLineAndLevelsInHeadings) {
  struct Case {
    std::string path, annex_title, national_pledge;
  };
  for (const Case& c :
       {Case{"zh/note_verbale_masthead.txt", "智利竞选2019-2021年期人权理事会成员的自愿保证和承诺", "智利将继续加强"},
        Case{"en/note_verbale_masthead.txt",
             "Candidature of Chile to the Human Rights Council, 2019-2021: voluntary pledges and undertakings",
             "Chile will continue to strengthen"}}) {
    Document d = testing::parse_file(testing::test_data(c.path));
    EXPECT_EQ(d.meta.doc_type, "pledges") << c.path;
    EXPECT_EQ(d.meta.symbol, "A/73/95") << c.path;   // "联合国 A/73/95" / "United Nations A/73/95"
    EXPECT_EQ(d.meta.date, "2018-06-06") << c.path;  // the note's date, not the masthead's issue date
    EXPECT_EQ(d.meta.original_language, "es") << c.path;
    EXPECT_EQ(d.meta.author, "CHL") << c.path;
    EXPECT_EQ(d.meta.term, std::make_pair(2019, 2021)) << c.path;
    for (const auto& p : d.provisions) {
      EXPECT_EQ(p.text.find("A/73/95"), std::string::npos) << c.path << ": masthead kept as " << p.text;
      EXPECT_EQ(p.text.find("Distr"), std::string::npos) << c.path << ": masthead kept as " << p.text;
    }
    // The line under the annex's repeated note title is the annex's title, however long.
    const Provision* title = starting(d, c.annex_title);
    ASSERT_NE(title, nullptr) << c.path;
    EXPECT_EQ(title->kind, "heading") << c.path;
    auto pledges = of_kind(d, "pledge");
    ASSERT_GE(pledges.size(), 4u) << c.path;
    for (size_t i = 0; i < 3; ++i) EXPECT_EQ(pledges[i]->section, "international") << c.path << " " << pledges[i]->text;
    const Provision* national = starting(d, c.national_pledge);
    ASSERT_NE(national, nullptr) << c.path;
    EXPECT_EQ(national->kind, "pledge") << c.path;
    EXPECT_EQ(national->section, "national") << c.path;
  }
}

// "（一）国际一级" titles a subsection; "１．" and "2．" are siblings under it.
TEST(PledgeDocuments, ChineseNumeralsInParenthesesHeadSubsections) {
  std::vector<std::string> lines = testing::paragraphs(
      {"2018年6月6日智利常驻联合国代表团给大会主席的普通照会", "智利谨随函附上其自愿保证和承诺(见附件)。",
       "（一）国际一级", "１．智利承诺支持人权理事会的工作。", "2．智利承诺与特别程序合作。", "（二）国家一级",
       "3．智利承诺制定国家行动计划。"});
  Document d = parse_document(lines);
  auto headings = of_kind(d, "heading");
  ASSERT_EQ(headings.size(), 2u);
  EXPECT_EQ(headings[0]->label, "(一)");
  EXPECT_EQ(headings[0]->section, "international");
  auto pledges = of_kind(d, "pledge");
  ASSERT_EQ(pledges.size(), 3u);
  EXPECT_EQ(pledges[0]->label, "1");
  EXPECT_EQ(pledges[0]->parent, headings[0]->id);
  EXPECT_EQ(pledges[1]->parent, headings[0]->id);
  EXPECT_EQ(pledges[2]->parent, headings[1]->id);
  EXPECT_EQ(pledges[2]->section, "national");
  std::vector<std::string> en =
      testing::paragraphs({"Letter dated 15 May 2019 from the Permanent Representative of Japan to the United "
                           "Nations addressed to the President of the General Assembly",
                           "Japan presents its candidature to the Human Rights Council for 2020-2022.",
                           "(Signed) Koro Bessho", "Permanent Representative"});
  Document letter = parse_document(en);
  const Provision* signed_by = starting(letter, "(Signed)");
  ASSERT_NE(signed_by, nullptr);
  EXPECT_EQ(signed_by->kind, "text");
}

// "中国承诺：" over pledges set off by doubled dashes: an intro paragraph, and pledges without the dash.
TEST(PledgeDocuments, DashedPledgesUnderAnIntro) {
  std::vector<std::string> lines = testing::paragraphs(
      {"2020年6月6日中国常驻联合国代表团给大会主席的普通照会", "中国谨随函附上其自愿承诺和保证。", "一、在国际层面",
       "中国承诺：", "——继续积极参与人权理事会工作；", "——支持人权高专办独立公正履职。"});
  Document d = parse_document(lines);
  const Provision* intro = nullptr;
  for (const auto& p : d.provisions)
    if (p.text == "中国承诺：") intro = &p;
  ASSERT_NE(intro, nullptr);
  EXPECT_EQ(intro->kind, "paragraph");
  auto pledges = of_kind(d, "pledge");
  ASSERT_EQ(pledges.size(), 2u);
  EXPECT_EQ(pledges[0]->text, "继续积极参与人权理事会工作；");
  EXPECT_EQ(pledges[0]->parent, intro->id);
  EXPECT_EQ(pledges[1]->section, "international");
}

// A candidature letter (…的信) with its signature and an annexed memorandum (备忘录) by level.
TEST(PledgeDocuments, ChineseLetterWithSignatureAndMemorandum) {
  Document d = testing::parse_file(testing::test_data("zh/letter_memorandum.txt"));
  EXPECT_EQ(d.meta.doc_type, "pledges");
  EXPECT_EQ(d.meta.author, "JPN");
  EXPECT_EQ(d.meta.date, "2019-05-15");
  EXPECT_EQ(d.meta.term, std::make_pair(2020, 2022));
  const Provision* signature = starting(d, "常驻代表");
  ASSERT_NE(signature, nullptr);
  EXPECT_EQ(signature->kind, "text");  // "常驻代表别所浩郎(签名)": not a heading
  auto pledges = of_kind(d, "pledge");
  ASSERT_EQ(pledges.size(), 3u);
  EXPECT_EQ(pledges[0]->section, "international");  // "二、日本在国际一级的贡献和承诺"
  EXPECT_EQ(pledges[2]->section, "national");
}

// The UN's Chinese names the pledges in several ways; each makes a candidature's document.
TEST(PledgeDocuments, ChineseNamesOfThePledges) {
  for (const std::string name :
       {"自愿保证和承诺", "自愿认捐和承诺", "自愿许诺和保证", "自愿承诺和保证", "自愿许诺和承诺"}) {
    std::vector<std::string> lines = {"第七十三届会议", "2018年6月6日智利常驻联合国代表团给大会主席的普通照会",
                                      "智利谨随函附上其" + name + "(见附件)。", "1. 智利承诺支持人权理事会的工作。"};
    EXPECT_EQ(parse_document(lines).meta.doc_type, "pledges") << name;
  }
  // A note that only says the State stands for election is a candidature too.
  std::vector<std::string> note = {"第七十三届会议", "2018年6月6日大韩民国常驻联合国代表团给大会主席的普通照会",
                                   "大韩民国将参加2019-2021年期人权理事会成员选举。",
                                   "1. 大韩民国承诺支持人权理事会的工作。"};
  Document d = parse_document(note);
  EXPECT_EQ(d.meta.doc_type, "pledges");
  EXPECT_EQ(d.meta.author, "KOR");
  EXPECT_EQ(of_kind(d, "pledge").size(), 1u);
  // Not every mention of commitments is a candidature: a report on them stays a report.
  std::vector<std::string> report = {"人权理事会", "第四十届会议", "联合国人权事务高级专员的报告",
                                     "1. 本报告概述各国履行其承诺的情况。"};
  EXPECT_NE(parse_document(report).meta.doc_type, "pledges");
}

}  // namespace rightstrack::parse
