#include "parse/layout.h"

#include <gtest/gtest.h>

#include "support/parse_file.h"

namespace rightstrack::parse {
namespace {

Layout lay(const std::vector<std::string>& lines, const std::string& lang) {
  return build_layout(lines, rule_pack(lang), [](std::string_view, size_t) { return Hardness::kNone; });
}

std::vector<std::string> texts(const Layout& l) {
  std::vector<std::string> out;
  for (const auto& b : l.blocks) out.push_back(b.text);
  return out;
}

}  // namespace

TEST(Layout, JoinsChineseWithoutSpaceAcrossBlankLines) {
  // Wrapped text: lines of nearly the same width; a blank line inside a paragraph does not split it.
  std::vector<std::string> lines = {"2. 比利时坚定地致力于多边主义和《联合国宪章》的所有三大支柱。在国际合",
                                    "",
                                    "作、基于法治的国际秩序以及促进和鼓励不加区别地尊重所有人的人权和基本自",
                                    "",
                                    "由方面，比利时是积极倡导者。",
                                    "",
                                    "3. 比利时的外交政策旨在加强和平与安全、发展和人权之间的积极联系，这三",
                                    "",
                                    "者相互关联、相辅相成。"};
  auto t = texts(lay(lines, "zh"));
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0],
            "2. "
            "比利时坚定地致力于多边主义和《联合国宪章》的所有三大支柱。在国际合作、基于法治的国际秩序以及促进和鼓励不加"
            "区别地尊重所有人的人权和基本自由方面，比利时是积极倡导者。");
  EXPECT_EQ(t[1].substr(0, 2), "3.");
}

TEST(Layout, JoinsEnglishWithSpaceAndRejoinsHyphens) {
  std::vector<std::string> lines = {"    1.     Requests the Office to prepare a compre-",
                                    "hensive report on the implementation of non-", "discrimination policies;"};
  auto t = texts(lay(lines, "en"));
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0],
            "1.     Requests the Office to prepare a comprehensive report on the implementation of non-discrimination "
            "policies;");
}

TEST(Layout, IndentedLineAfterAClauseStartsAParagraph) {
  std::vector<std::string> lines = {
      "    Guided by the purposes and principles of the Charter of the United Nations,",
      "    Reaffirming the obligation of States under the Charter to promote universal respect for",
      "and observance of human rights,"};
  auto t = texts(lay(lines, "en"));
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[1],
            "Reaffirming the obligation of States under the Charter to promote universal respect for and observance of "
            "human rights,");
}

TEST(Layout, ClausesWithoutBlankLinesStillSplit) {
  std::vector<std::string> lines = {
      "遵循《联合国宪章》的宗旨和原则，尤其是在促成国际合作，不分种族、肤色、性别、语言、宗",
      "教、政治或其他见解，增进并鼓励尊重所有人的人权和基本自由方面，",
      "重申各国根据《联合国宪章》有义务增进对人权和基本自由的普遍尊重和遵守，", "1.",
      "重申各国负有增进和保护所有人权的主要责任；"};
  auto t = texts(lay(lines, "zh"));
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[1], "重申各国根据《联合国宪章》有义务增进对人权和基本自由的普遍尊重和遵守，");
  EXPECT_EQ(t[2], "1.重申各国负有增进和保护所有人权的主要责任；");
}

TEST(Layout, FootnoteInterruptingAParagraph) {
  // The page ends mid-sentence; the footnote printed at its bottom comes before the rest.
  std::vector<std::string> zh = {
      "比利时常驻联合国代表团谨提及比利时将作为候选国参加将在大会第七十七届会议期间举行的人",
      "",
      "* A/77/50。",
      "",
      "GE.22-09876 (C)",
      "",
      "权理事会 2023-2025 年任期的选举。",
      "",
      "比利时常驻联合国代表团谨根据大会第 60/251 号决议随函转递自愿许诺和承诺，重申其立场。"};
  auto t = texts(lay(zh, "zh"));
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0],
            "比利时常驻联合国代表团谨提及比利时将作为候选国参加将在大会第七十七届会议期间举行的人权理事会 2023-2025 "
            "年任期的选举。");
  EXPECT_EQ(t[1], "* A/77/50。");
  std::vector<std::string> en = {
      "    4.     Requests the Office of the High Commissioner to prepare a comprehensive report on",
      "the implementation of the present resolution, to be presented to the Human Rights Council",
      "¹ See A/HRC/44/44, para. 12.", "at its forty-seventh session;",
      "    5.     Decides to continue its consideration of the matter."};
  auto e = texts(lay(en, "en"));
  ASSERT_EQ(e.size(), 3u);
  EXPECT_EQ(
      e[0],
      "4.     Requests the Office of the High Commissioner to prepare a comprehensive report on the implementation of "
      "the present resolution, to be presented to the Human Rights Council at its forty-seventh session;");
  EXPECT_EQ(e[1], "¹ See A/HRC/44/44, para. 12.");
}

TEST(Layout, PageFurnitureIsKeptOutOfTheText) {
  std::vector<std::string> lines = {"比利时将推动民间社会和人权维护者积极切实地参与理事会的工作，并在各",
                                    "https://undocs.org/ch/A/RES/60/251",
                                    "GE.22-09876 (C)",
                                    "3/12",
                                    "- 4 -",
                                    "种场合继续这样做。"};
  auto l = lay(lines, "zh");
  ASSERT_EQ(l.blocks.size(), 1u);
  EXPECT_EQ(l.blocks[0].text, "比利时将推动民间社会和人权维护者积极切实地参与理事会的工作，并在各种场合继续这样做。");
  EXPECT_EQ(l.furniture.size(), 4u);
}

TEST(Layout, RepeatedRunningHeaderIsFurniture) {
  std::vector<std::string> lines = {"A/HRC/44/L.11", "1. First paragraph.", "A/HRC/44/L.11", "2. Second paragraph.",
                                    "A/HRC/44/L.11"};
  auto t = texts(lay(lines, "en"));
  EXPECT_EQ(t, (std::vector<std::string>{"1. First paragraph.", "2. Second paragraph."}));
}

TEST(Layout, ItemsAndCaptionsAlwaysStartBlocks) {
  std::vector<std::string> lines = {
      "在国家一级，卢森堡承诺：", "1. 根据本国", "2. 在所有", "说明 : 照片", "© 外交部", "- (1) 支持法治"};
  EXPECT_EQ(lay(lines, "zh").blocks.size(), 6u);
}

TEST(Layout, StrictHeaderLinesStandAlone) {
  std::vector<std::string> lines = {"人权理事会", "第二十一届会议", "议程项目 10"};
  auto l = build_layout(lines, rule_pack("zh"), [](std::string_view, size_t) { return Hardness::kStrict; });
  EXPECT_EQ(l.blocks.size(), 3u);
  auto joined = lay(lines, "zh");
  EXPECT_EQ(joined.blocks.size(), 1u);
}

TEST(Layout, MastheadCellsAreSplit) {
  std::vector<std::string> lines = {"United Nations                          A/HRC/44/L.11"};
  auto l = build_layout(lines, rule_pack("en"), [](std::string_view t, size_t) {
    return t == "A/HRC/44/L.11" || t == "United Nations" ? Hardness::kStrict : Hardness::kNone;
  });
  EXPECT_EQ(texts(l), (std::vector<std::string>{"United Nations", "A/HRC/44/L.11"}));
}

}  // namespace rightstrack::parse

namespace rightstrack::parse {

// A page break inside a paragraph: the footer, bar code, running symbol and page number between
// its halves are dropped and the halves joined, even mid-word ("巴黎会 | 议上").
TEST(Layout, ParagraphCutByAPageBreakIsJoined) {
  std::vector<std::string> lines =
      testing::paragraphs({"又回顾《联合国气候变化框架公约》缔约方会议第二十一届会议在2015年12月12日巴黎会",
                           "GE.21-04270 (C) 300321 310321", "*2104270*", "A/HRC/RES/46/7", "2/4",
                           "议上通过的《巴黎协定》，", "深为关切环境退化对享有人权的不利影响，"});
  auto t = texts(lay(lines, "zh"));
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0],
            "又回顾《联合国气候变化框架公约》缔约方会议第二十一届会议在2015年12月12日巴黎会议上通过的《巴黎协定》，");
  // A heading at a page's foot is short: what follows the break is not joined to it.
  std::vector<std::string> heading =
      testing::paragraphs({"二. 技术合作活动", "GE.21-04270", "3/4", "人权高专办继续提供技术援助。"});
  EXPECT_EQ(texts(lay(heading, "zh")).size(), 2u);
  // A paragraph that ended its clause before the break is not joined either.
  std::vector<std::string> ended =
      testing::paragraphs({"回顾人权理事会关于人权与环境的所有以往决议，包括第40/11号和第45/17号决议，",
                           "A/HRC/RES/46/7", "又回顾《巴黎协定》，"});
  EXPECT_EQ(texts(lay(ended, "zh")).size(), 2u);
}

}  // namespace rightstrack::parse
