#include "core/numerals.h"

#include <gtest/gtest.h>

namespace rightstrack {

TEST(ChineseNumber, AnySize) {
  EXPECT_EQ(chinese_number("七十六"), 76);
  EXPECT_EQ(chinese_number("二十一"), 21);
  EXPECT_EQ(chinese_number("十九"), 19);
  EXPECT_EQ(chinese_number("十"), 10);
  EXPECT_EQ(chinese_number("四十四"), 44);
  EXPECT_EQ(chinese_number("一百零五"), 105);
  EXPECT_EQ(chinese_number("两千零二十一"), 2021);
  EXPECT_EQ(chinese_number("三万四千五百"), 34500);
  EXPECT_EQ(chinese_number("二〇二一"), 2021);
  EXPECT_EQ(chinese_number("７６"), 76);
  EXPECT_EQ(chinese_number("21"), 21);
  EXPECT_FALSE(chinese_number("七十六届").has_value());
  EXPECT_FALSE(chinese_number("").has_value());
}

TEST(EnglishNumber, OrdinalsAndCardinals) {
  EXPECT_EQ(english_number("Seventy-sixth"), 76);
  EXPECT_EQ(english_number("forty-fourth"), 44);
  EXPECT_EQ(english_number("Twenty-first"), 21);
  EXPECT_EQ(english_number("twelfth"), 12);
  EXPECT_EQ(english_number("three"), 3);
  EXPECT_EQ(english_number("one hundred and first"), 101);
  EXPECT_EQ(english_number("76th"), 76);
  EXPECT_EQ(english_number("21st"), 21);
  EXPECT_FALSE(english_number("regular").has_value());
  EXPECT_FALSE(english_number("12abc").has_value());
}

}  // namespace rightstrack
