#include "annotate/citations.h"

#include <gtest/gtest.h>

namespace rightstrack::annotate {
namespace {

using V = std::vector<std::string>;

}  // namespace

TEST(Citations, ChineseResolutionForms) {
  EXPECT_EQ(find_citations("根据大会第60/251号决议，卢森堡", "zh", "GA"), V{"A/RES/60/251"});
  EXPECT_EQ(find_citations("根据大会第 60/251 号决议作出的自愿许诺", "zh", "GA"), V{"A/RES/60/251"});
  EXPECT_EQ(find_citations("旨在执行安全理事会第 1325(2000)号决议的国家行动计划", "zh", "GA"), V{"S/RES/1325(2000)"});
  EXPECT_EQ(find_citations("为落实安理会1325号决议，卢森堡", "zh", ""), V{"S/RES/1325(2000)"});
  EXPECT_EQ(
      find_citations("并回顾理事会 2007 年 6 月 18 日第 5/1 号和第 5/2 号决议及 2011 年 3 月 25 日第 16/21 号决议",
                     "zh", "HRC"),
      (V{"A/HRC/RES/5/1", "A/HRC/RES/5/2", "A/HRC/RES/16/21"}));
  EXPECT_EQ(find_citations(
                "人权委员会各项决议，尤其是 1993 年 3 月 10 日第 1993/87 号决议和 2004 年 4 月 21 日第 2004/81 号决议",
                "zh", "HRC"),
            (V{"E/CN.4/RES/1993/87", "E/CN.4/RES/2004/81"}));
  EXPECT_EQ(find_citations("大会第70/1号决议。", "zh", "HRC"), V{"A/RES/70/1"});
  EXPECT_EQ(find_citations("关于儿童与武力争端2143号决议就证明了这一点", "zh", "SC"), V{"S/RES/2143(2014)"});
  // A list with 号 only at its end.
  EXPECT_EQ(find_citations("全面执行第1325(2000)、1820(2008)和2242(2015)号决议以及主席声明", "zh", "SC"),
            (V{"S/RES/1325(2000)", "S/RES/1820(2008)", "S/RES/2242(2015)"}));
  // Numbers in a list that does not end in 决议 are not resolutions.
  EXPECT_EQ(find_citations("第1325(2000)、2019年的报告", "zh", "SC"), V{});
  // Each resolution of a list dated before its number.
  EXPECT_EQ(find_citations("包括2019年3月22日第40/11号和2020年10月6日第45/17号决议", "zh", "HRC"),
            (V{"A/HRC/RES/40/11", "A/HRC/RES/45/17"}));
  // A date after a separator is not a number of the list: "和2020年…的报告" ends it.
  EXPECT_EQ(find_citations("第40/11号和2020年10月6日的报告", "zh", "HRC"), V{});
}

TEST(Citations, PrintedSymbolsAndLinks) {
  EXPECT_EQ(find_citations("² A/HRC/44/44 和 Add.1。", "zh", "HRC"), (V{"A/HRC/44/44", "A/HRC/44/44/Add.1"}));
  EXPECT_EQ(find_citations("理事会第二十一届会议报告(A/HRC/21/2)，第一章。", "zh", "HRC"), V{"A/HRC/21/2"});
  EXPECT_EQ(find_citations("* A/76/50。", "zh", "GA"), V{"A/76/50"});
  EXPECT_EQ(find_citations("see https://undocs.org/ch/A/RES/60/251 and E/CN.4/2005/L.10/Add.1.", "en", "GA"),
            (V{"A/RES/60/251", "E/CN.4/2005/L.10/Add.1"}));
  EXPECT_EQ(find_citations("the concluding observations (CRC/C/LUX/CO/5-6)", "en", "HRC"), V{"CRC/C/LUX/CO/5-6"});
  EXPECT_TRUE(find_citations("1.05% of GNI in 2019/2020", "en", "GA").empty());
}

TEST(Citations, EnglishResolutionForms) {
  EXPECT_EQ(find_citations("pursuant to General Assembly resolution 60/251 of 15 March 2006", "en", "GA"),
            V{"A/RES/60/251"});
  EXPECT_EQ(find_citations("Recalling Human Rights Council resolutions 5/1 and 5/2 of 18 June 2007,", "en", "HRC"),
            (V{"A/HRC/RES/5/1", "A/HRC/RES/5/2"}));
  EXPECT_EQ(find_citations("Security Council resolution 1325 (2000) on women, peace and security", "en", "GA"),
            V{"S/RES/1325(2000)"});
  EXPECT_EQ(find_citations("Commission on Human Rights resolution 2004/81", "en", "HRC"), V{"E/CN.4/RES/2004/81"});
  EXPECT_EQ(find_citations("Recalling its resolution 18/18 of 29 September 2011,", "en", "HRC"), V{"A/HRC/RES/18/18"});
  // "its" after a body just named is that body's; otherwise it is the speaker's own.
  EXPECT_EQ(find_citations("by the General Assembly in its resolution 60/251 of 15 March 2006", "en", "HRC"),
            V{"A/RES/60/251"});
  EXPECT_EQ(find_citations("Recalling its resolution 5/1 of 18 June 2007", "en", "HRC"), V{"A/HRC/RES/5/1"});
  EXPECT_EQ(find_citations("the Council in its resolution 5/1", "en", "HRC"), V{"A/HRC/RES/5/1"});
}

TEST(Citations, SecurityCouncilYearTable) {
  EXPECT_EQ(security_council_symbol(1325), "S/RES/1325(2000)");
  EXPECT_EQ(security_council_symbol(2143), "S/RES/2143(2014)");
  EXPECT_EQ(security_council_symbol(1325, 2000), "S/RES/1325(2000)");
  EXPECT_EQ(security_council_symbol(99999), "S/RES/99999");
}

// Decisions, and the Assembly's early resolutions numbered with their session in Roman figures.
TEST(Citations, DecisionsAndRomanSessions) {
  EXPECT_EQ(find_citations("人权理事会第18/118号决定", "zh", "HRC"), V{"A/HRC/DEC/18/118"});
  EXPECT_EQ(find_citations("Human Rights Council decision 18/118", "en", "HRC"), V{"A/HRC/DEC/18/118"});
  EXPECT_EQ(find_citations("General Assembly decision 73/546", "en", "HRC"), V{"A/DEC/73/546"});
  EXPECT_EQ(find_citations("大会第217 A (III)号决议", "zh", "HRC"), V{"A/RES/217(III)"});
  EXPECT_EQ(find_citations("General Assembly resolution 2200 A (XXI) of 16 December 1966", "en", "HRC"),
            V{"A/RES/2200(XXI)"});
  EXPECT_EQ(find_citations("resolution 1514 (XV)", "en", "GA"), V{"A/RES/1514(XV)"});
  // "决定" alone is the verb, and a decision of another body is not the Council's.
  EXPECT_EQ(find_citations("决定第5/1号文件", "zh", "HRC"), V{});
  EXPECT_EQ(find_citations("decision 1/CP.21 of the Conference of the Parties", "en", "HRC"), V{});
}

}  // namespace rightstrack::annotate
