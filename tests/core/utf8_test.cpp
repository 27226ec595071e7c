#include "core/utf8.h"

#include <gtest/gtest.h>

namespace rightstrack::utf8 {

TEST(Utf8, ValidatesAndReportsOffset) {
  EXPECT_EQ(invalid_offset("hello 人权"), kValid);
  EXPECT_EQ(invalid_offset("ab\xFF"
                           "cd"),
            2u);
  EXPECT_EQ(invalid_offset("ab\xE4\xBA"), 2u);        // truncated sequence
  EXPECT_EQ(invalid_offset("\xC0\x80"), 0u);          // overlong NUL
  EXPECT_EQ(invalid_offset("x\xED\xA0\x80"), 1u);     // UTF-16 surrogate
  EXPECT_EQ(invalid_offset("\xF4\x90\x80\x80"), 0u);  // beyond U+10FFFF
  EXPECT_EQ(invalid_offset("\xF0\x9F\x98\x80"), kValid);
}

TEST(Utf8, RoundTripsCodePoints) {
  std::string s = "A人\u00A0😀";
  EXPECT_EQ(from_u32(to_u32(s)), s);
  EXPECT_EQ(length(s), 4u);
  EXPECT_EQ(first_char(s), U'A');
  EXPECT_EQ(last_char(s), U'😀');
}

TEST(Utf8, TrimsUnicodeSpaces) {
  EXPECT_EQ(trim("\u3000 人权\u00A0 "), "人权");
  EXPECT_EQ(trim("   "), "");
  EXPECT_EQ(collapse_spaces("  a \t b\u3000c "), "a b c");
  EXPECT_EQ(remove_spaces("2022 年 6 月"), "2022年6月");
}

TEST(Utf8, SqueezesSpacesInsideChineseOnly) {
  EXPECT_EQ(squeeze_cjk_spaces("2007 年 6 月 18 日"), "2007年6月18日");
  EXPECT_EQ(squeeze_cjk_spaces("第 60/251 号"), "第60/251号");
  EXPECT_EQ(squeeze_cjk_spaces("Human Rights Council"), "Human Rights Council");
  EXPECT_EQ(squeeze_cjk_spaces("12 34"), "12 34");
}

TEST(Utf8, DisplayWidthCountsCjkTwice) {
  EXPECT_EQ(display_width("ab"), 2u);
  EXPECT_EQ(display_width("人权"), 4u);
  EXPECT_EQ(display_width("（1）"), 5u);
}

TEST(Utf8, ClassifiesScripts) {
  EXPECT_TRUE(is_han(U'权'));
  EXPECT_TRUE(is_cjk(U'。'));
  EXPECT_FALSE(is_cjk(U'a'));
  EXPECT_TRUE(is_latin_letter(U'é'));
  EXPECT_TRUE(is_space(U'\u3000'));
  EXPECT_FALSE(is_space(U'x'));
}

}  // namespace rightstrack::utf8

namespace rightstrack::utf8 {

// Regression: a space-like lead byte cut short at the end of a string was stepped over (found by
// tests/parse/robustness_test.cpp: remove_spaces read past the end).
TEST(Utf8, TruncatedSequencesAtTheEnd) {
  EXPECT_EQ(remove_spaces(std::string_view("ab\xE2\x80", 4)), std::string("ab\xE2\x80", 4));
  EXPECT_EQ(remove_spaces(std::string_view("a\xC2", 2)), std::string("a\xC2", 2));
  EXPECT_EQ(squeeze_cjk_spaces(std::string_view("人 \xE3\x80", 6)).size(), 6u);
}

TEST(Utf8, PrefixNeverCutsACharacter) {
  EXPECT_EQ(prefix("人权理事会", 7), "人权");
  EXPECT_EQ(prefix("人权", 6), "人权");
  EXPECT_EQ(prefix("abc", 10), "abc");
  EXPECT_EQ(prefix("人", 1), "");
}

}  // namespace rightstrack::utf8
