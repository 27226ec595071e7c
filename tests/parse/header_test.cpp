#include "parse/header.h"

#include <gtest/gtest.h>

#include "parse/parser.h"

namespace rightstrack::parse {
namespace {

std::string kind(const std::string& lang, std::string_view line) { return Header(rule_pack(lang)).classify(line); }

DocumentMeta meta_of(const std::vector<std::string>& lines) { return parse_document(lines).meta; }

}  // namespace

TEST(HeaderLines, Chinese) {
  EXPECT_EQ(kind("zh", "第七十六届会议"), "session");
  EXPECT_EQ(kind("zh", "暂定项目表* 项目 118(d)"), "agenda");
  EXPECT_EQ(kind("zh", "议程项目 10"), "agenda");
  EXPECT_EQ(kind("zh", "人权理事会"), "body");
  EXPECT_EQ(kind("zh", "[原件：法文]"), "original");
  EXPECT_EQ(kind("zh", "第 37 次会议"), "meeting");
  EXPECT_EQ(kind("zh", "[未经表决获得通过。]"), "vote_without");
  EXPECT_EQ(kind("zh", "2012 年 9 月 27 日"), "date");
  EXPECT_EQ(kind("zh", "人权理事会，"), "opening");
  EXPECT_EQ(kind("zh", "21/21"), "res_number");
  EXPECT_EQ(kind("zh", "2021年5月26日卢森堡常驻联合国代表团给大会主席的普通照会"), "note_title");
  EXPECT_EQ(kind("zh", "白俄罗斯*、中国*和古巴*：决议草案"), "sponsors");
  EXPECT_EQ(kind("zh", "卢森堡常驻代表团谨请大会主席将本普通照会作为议程项目118(d)下的文件分发为荷。"), "");
}

TEST(HeaderLines, English) {
  EXPECT_EQ(kind("en", "Seventy-sixth session"), "session");
  EXPECT_EQ(kind("en", "Agenda item 3"), "agenda");
  EXPECT_EQ(kind("en", "Item 118 (d) of the provisional agenda*"), "agenda");
  EXPECT_EQ(kind("en", "Human Rights Council"), "body");
  EXPECT_EQ(kind("en", "[Original: French]"), "original");
  EXPECT_EQ(kind("en", "37th meeting"), "meeting");
  EXPECT_EQ(kind("en", "[Adopted without a vote.]"), "vote_without");
  EXPECT_EQ(kind("en", "[Adopted by a recorded vote of 31 to 14, with 2 abstentions.]"), "vote_recorded");
  EXPECT_EQ(kind("en", "[Adopted by a vote of 122 to 2, with 41 abstentions.]"), "vote_recorded");  // the GA's wording
  EXPECT_EQ(kind("en", "The Human Rights Council,"), "opening");
  EXPECT_EQ(kind("en", "A/HRC/44/L.11"), "symbol");
}

TEST(HeaderMeta, ChineseResolutionBlock) {
  auto m = meta_of({"人权理事会",
                    "第二十一届会议",
                    "议程项目 10",
                    "技术援助和能力建设",
                    "",
                    "人权理事会通过的决议*",
                    "",
                    "21/21",
                    "",
                    "加强人权领域的技术合作",
                    "",
                    "人权理事会，",
                    "",
                    "重申各国的义务，",
                    "",
                    "1. 重申各国负有责任；",
                    "",
                    "2012 年 9 月 27 日",
                    "第 37 次会议",
                    "",
                    "[未经表决获得通过。]"});
  EXPECT_EQ(m.doc_type, "resolution");
  EXPECT_EQ(m.body, "HRC");
  EXPECT_EQ(m.session, 21);
  EXPECT_EQ(m.agenda_item, "10");
  EXPECT_EQ(m.agenda_title, "技术援助和能力建设");
  EXPECT_EQ(m.symbol, "A/HRC/RES/21/21");
  EXPECT_EQ(m.title, "加强人权领域的技术合作");
  ASSERT_TRUE(m.adoption);
  EXPECT_EQ(m.adoption->date, "2012-09-27");
  EXPECT_EQ(m.adoption->meeting, 37);
  EXPECT_EQ(m.adoption->vote, "without_vote");
}

TEST(HeaderMeta, RecordedVoteCounts) {
  auto m = meta_of({"Human Rights Council",
                    "Fortieth session",
                    "",
                    "Resolution adopted by the Human Rights Council on 22 March 2019",
                    "",
                    "40/8. Some title",
                    "",
                    "The Human Rights Council,",
                    "",
                    "Recalling its resolutions,",
                    "",
                    "1. Decides to act;",
                    "",
                    "56th meeting",
                    "22 March 2019",
                    "",
                    "[Adopted by a recorded vote of 28 to 14, with 5 abstentions. The voting was as follows:",
                    "",
                    "In favour:",
                    "Angola, Argentina, Bahamas, Bolivarian Republic of Venezuela",
                    "",
                    "Against:",
                    "Australia, Austria, United Kingdom of Great Britain and Northern Ireland",
                    "",
                    "Abstaining:",
                    "Mexico, Peru]"});
  EXPECT_EQ(m.doc_type, "resolution");
  EXPECT_EQ(m.symbol, "A/HRC/RES/40/8");
  EXPECT_EQ(m.title, "Some title");
  ASSERT_TRUE(m.adoption);
  EXPECT_EQ(m.adoption->vote, "recorded_vote");
  EXPECT_EQ(m.adoption->yes, 28);
  EXPECT_EQ(m.adoption->no, 14);
  EXPECT_EQ(m.adoption->abstain, 5);
  EXPECT_EQ(m.adoption->in_favour, (std::vector<std::string>{"AGO", "ARG", "BHS", "VEN"}));
  EXPECT_EQ(m.adoption->against, (std::vector<std::string>{"AUS", "AUT", "GBR"}));
  EXPECT_EQ(m.adoption->abstaining, (std::vector<std::string>{"MEX", "PER"}));
  EXPECT_EQ(m.adoption->meeting, 56);
  EXPECT_EQ(m.date, "2019-03-22");
}

TEST(HeaderMeta, SponsorsAndMembership) {
  auto m = meta_of({"人权理事会", "第四十四届会议", "2020年6月30日至7月17日", "议程项目3", "",
                    "白俄罗斯*、中国*、卡塔尔、阿拉伯叙利亚共和国*、委内瑞拉玻利瓦尔共和国和巴勒斯坦国*：决议草案", "",
                    "44/... 人权与国际团结", "", "人权理事会，", "", "重申以往的决议，", "", "1. 重申团结；"});
  EXPECT_EQ(m.doc_type, "draft_resolution");
  EXPECT_EQ(m.session_dates, (std::vector<std::string>{"2020-06-30", "2020-07-17"}));
  ASSERT_EQ(m.sponsors.size(), 6u);
  EXPECT_EQ(m.sponsors[0].state, "BLR");
  EXPECT_FALSE(m.sponsors[0].hrc_member);
  EXPECT_EQ(m.sponsors[2].state, "QAT");
  EXPECT_TRUE(m.sponsors[2].hrc_member);
  EXPECT_EQ(m.sponsors[4].state, "VEN");
  EXPECT_TRUE(m.sponsors[4].hrc_member);
  EXPECT_EQ(m.sponsors[5].state, "PSE");
  EXPECT_FALSE(m.sponsors[5].hrc_member);
  EXPECT_TRUE(m.symbol.empty());  // a draft's number is not its symbol
}

TEST(HeaderMeta, NoteVerbaleAuthorTermAndOriginal) {
  auto m = meta_of({"第七十七届会议", "", "暂定项目表* 项目 117(c)", "",
                    "2022 年 6 月 21 日比利时常驻联合国代表团给大会主席的普通照会", "",
                    "比利时常驻联合国代表团谨提及比利时将作为候选国参加人权理事会 2023-2025 年任期的选举。", "",
                    "[原件：英文]", "", "根据大会第 60/251 号决议作出的自愿许诺和承诺", "", "1. 比利时承诺促进人权。"});
  EXPECT_EQ(m.doc_type, "pledges");
  EXPECT_EQ(m.body, "GA");
  EXPECT_EQ(m.session, 77);
  EXPECT_EQ(m.agenda_item, "117(c)");
  EXPECT_EQ(m.date, "2022-06-21");
  EXPECT_EQ(m.author, "BEL");
  ASSERT_TRUE(m.term);
  EXPECT_EQ(*m.term, std::make_pair(2023, 2025));
  EXPECT_EQ(m.original_language, "en");
}

// A report under two agenda items gives both, as printed: "议程项目2和10", "Agenda items 2 and 10".
TEST(Header, SeveralAgendaItems) {
  EXPECT_EQ(meta_of({"人权理事会", "第五十四届会议", "议程项目2和10", "", "1. 本报告概述。"}).agenda_item, "2和10");
  EXPECT_EQ(meta_of({"人权理事会", "第五十四届会议", "议程项目 3", "", "1. 本报告概述。"}).agenda_item, "3");
  EXPECT_EQ(meta_of({"Human Rights Council", "Fifty-fourth session", "Agenda items 2 and 10", "", "1. The report."})
                .agenda_item,
            "2and10");
  EXPECT_EQ(
      meta_of({"Seventy-third session", "Items 115 (c) and 117 of the preliminary list*", "", "1. Text."}).agenda_item,
      "115(c)and117");
}

// The ways the UN's Chinese records a vote, each with its counts.
TEST(Header, ChineseVoteWordings) {
  for (const char* line : {"[以33票对2票、12票弃权获得通过。]", "以33票赞成、2票反对、12票弃权通过。",
                           "[经记录表决，以33票对2票、12票弃权获得通过。表决情况如下：]"}) {
    std::vector<std::string> lines = {"人权理事会",
                                      "第四十九届会议",
                                      "议程项目4",
                                      "人权理事会通过的决议",
                                      "49/1. 某国的人权状况",
                                      "人权理事会，",
                                      "回顾其第5/1号决议，",
                                      "1. 决定继续处理这一问题。",
                                      "2022年4月1日",
                                      "第56次会议",
                                      line};
    DocumentMeta m = meta_of(lines);
    ASSERT_TRUE(m.adoption) << line;
    EXPECT_EQ(m.adoption->vote, "recorded_vote") << line;
    EXPECT_EQ(m.adoption->yes, 33) << line;
    EXPECT_EQ(m.adoption->no, 2) << line;
    EXPECT_EQ(m.adoption->abstain, 12) << line;
  }
}

}  // namespace rightstrack::parse
