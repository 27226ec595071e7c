#include "parse/dates.h"

#include <gtest/gtest.h>

namespace rightstrack::parse {

TEST(Dates, Chinese) {
  EXPECT_EQ(find_date("2021年5月26日卢森堡常驻联合国代表团", "zh")->first, "2021-05-26");
  EXPECT_EQ(find_date("理事会 2007 年 6 月 18 日第 5/1 号", "zh")->first, "2007-06-18");
  auto range = find_date("2020年6月30日至7月17日", "zh");
  ASSERT_TRUE(range);
  EXPECT_EQ(range->first, "2020-06-30");
  EXPECT_EQ(range->last, "2020-07-17");
  EXPECT_EQ(find_date("2019年12月30日至2020年1月3日", "zh")->last, "2020-01-03");
  EXPECT_FALSE(find_date("2021年秋季", "zh"));
  EXPECT_FALSE(find_date("2021年13月40日", "zh"));
}

TEST(Dates, English) {
  EXPECT_EQ(find_date("Note verbale dated 26 May 2021 from", "en")->first, "2021-05-26");
  EXPECT_EQ(find_date("adopted on September 27, 2012", "en")->first, "2012-09-27");
  auto range = find_date("30 June–17 July 2020", "en");
  ASSERT_TRUE(range);
  EXPECT_EQ(range->first, "2020-06-30");
  EXPECT_EQ(range->last, "2020-07-17");
  auto same_month = find_date("1-3 May 2019", "en");
  ASSERT_TRUE(same_month);
  EXPECT_EQ(same_month->first, "2019-05-01");
  EXPECT_EQ(same_month->last, "2019-05-03");
  EXPECT_FALSE(find_date("in May", "en"));
}

}  // namespace rightstrack::parse
