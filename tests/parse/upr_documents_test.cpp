// UPR working-group reports in the shapes the first tests did not have: full-width parentheses
// around the recommending States, several States in one pair, "得到…的注意" for noted ones
// (tests/data/zh/upr_report_fullwidth.txt, written after A/HRC/40/10).
#include <gtest/gtest.h>

#include "parse/parser.h"
#include "support/parse_file.h"
#include "support/provisions.h"

namespace rightstrack::parse {
using rightstrack::testing::of_kind;
using V = std::vector<std::string>;

TEST(UprDocuments, FullWidthParenthesesAndSeveralStatesInOne) {
  Document d = testing::parse_file(testing::test_data("zh/upr_report_fullwidth.txt"));
  EXPECT_EQ(d.meta.doc_type, "upr_recommendations");
  EXPECT_EQ(d.meta.author, "CHL");
  EXPECT_EQ(d.meta.symbol, "A/HRC/40/10");
  auto recs = of_kind(d, "recommendation");
  ASSERT_EQ(recs.size(), 5u);
  EXPECT_EQ(recs[0]->recommending, (V{"ALB", "BFA"}));  // （阿尔巴尼亚）（布基纳法索）
  EXPECT_EQ(recs[1]->recommending, (V{"BOL", "IRN"}));  // （多民族玻利维亚国、伊朗伊斯兰共和国）
  EXPECT_EQ(recs[2]->recommending, V{"GBR"});
  EXPECT_EQ(recs[4]->recommending, (V{"VEN", "PRK"}));
  for (size_t i = 0; i < 3; ++i) EXPECT_EQ(recs[i]->position, "supported") << i;
  for (size_t i = 3; i < 5; ++i) EXPECT_EQ(recs[i]->position, "noted") << i;  // 下列建议得到智利的注意
}

// States whose names hold "和" / "and" stay one State; a list's last two may be joined by it.
TEST(UprDocuments, StatesJoinedByAndInOneParenthesis) {
  std::vector<std::string> lines = testing::paragraphs(
      {"Report of the Working Group on the Universal Periodic Review", "Chile",
       "II. Conclusions and/or recommendations", "125. The following recommendations will be examined by Chile:",
       "125.1 Ratify the Convention (Trinidad and Tobago);",
       "125.2 Abolish the death penalty (Peru, Uruguay and Bosnia and Herzegovina);",
       "125.3 Protect defenders (the Ministry and partners);"});
  Document en = parse_document(lines);
  auto recs = of_kind(en, "recommendation");
  ASSERT_EQ(recs.size(), 3u);
  EXPECT_EQ(recs[0]->recommending, V{"TTO"});
  EXPECT_EQ(recs[1]->recommending, (V{"PER", "URY", "BIH"}));
  EXPECT_EQ(recs[2]->recommending, V{});
  std::vector<std::string> zh = testing::paragraphs({"普遍定期审议工作组报告", "智利", "二. 结论和/或建议",
                                                     "125. 智利审议了下列建议，这些建议得到智利的支持：",
                                                     "125.1 批准公约（安提瓜和巴布达、秘鲁和乌拉圭）；"});
  Document zh_doc = parse_document(zh);
  auto zh_recs = of_kind(zh_doc, "recommendation");
  ASSERT_EQ(zh_recs.size(), 1u);
  EXPECT_EQ(zh_recs[0]->recommending, (V{"ATG", "PER", "URY"}));
}

}  // namespace rightstrack::parse
