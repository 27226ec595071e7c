#include "parse/labels.h"

#include <gtest/gtest.h>

namespace rightstrack::parse {
namespace {

std::string style(std::string_view t) {
  auto l = detect_label(t);
  return l ? l->style + ":" + l->text : "none";
}

}  // namespace

TEST(Labels, NumbersAndSubNumbers) {
  EXPECT_EQ(style("1. 根据本国"), "num:1");
  EXPECT_EQ(style("17. 继续努力"), "num:17");
  EXPECT_EQ(style("2.  基于人权"), "num:2");
  EXPECT_EQ(style("121.1 Ratify the Optional Protocol"), "num-sub:121.1");
  EXPECT_EQ(style("1.05%用于公共发展援助"), "none");
  EXPECT_EQ(style("2019年"), "none");
  // Full-width digits number paragraphs too, and the label is the same "1".
  EXPECT_EQ(style("１．智利承诺"), "num:1");
  EXPECT_EQ(style("１２．继续"), "num:12");
  EXPECT_EQ(style("（３）支持"), "paren-num:(3)");
  EXPECT_EQ(detect_label("１．智利")->length, std::string("１．").size());
  EXPECT_EQ(style("２０１９年"), "none");
}

TEST(Labels, Parenthesised) {
  EXPECT_EQ(style("(a) 根据《欧洲委员会"), "paren-alpha:(a)");
  EXPECT_EQ(style("(1) 支持法治"), "paren-num:(1)");
  EXPECT_EQ(style("(iv) On the"), "paren-roman:(iv)");
  EXPECT_EQ(style("（一） 总则"), "paren-zh:(一)");
  EXPECT_EQ(style("a) first"), "paren-alpha:a)");
  EXPECT_EQ(style("(COVID-19) is"), "none");
}

TEST(Labels, HeadingsBulletsFootnotes) {
  EXPECT_EQ(style("一. 四个专题领域"), "zh-num:一");
  EXPECT_EQ(style("三、 在国家一级"), "zh-num:三");
  EXPECT_EQ(style("A. 加强问责制和法治"), "alpha-upper:A");
  EXPECT_EQ(style("IV. Conclusions"), "roman:IV");
  EXPECT_EQ(style("• 继续坚定地致力于"), "bullet:");
  EXPECT_EQ(style("\uF0A7 Continue"), "bullet:");
  EXPECT_EQ(style("- (1) 支持法治"), "paren-num:(1)");
  EXPECT_EQ(style("-based approach"), "none");
  // The Chinese dash is doubled: both marks are the bullet.
  EXPECT_EQ(style("——继续积极参与"), "bullet:");
  EXPECT_EQ(detect_label("——继续")->length, std::string("——").size());
  EXPECT_EQ(detect_label("— 继续")->length, std::string("— ").size());
  EXPECT_EQ(style("* A/76/50。"), "footnote:*");
  EXPECT_EQ(style("¹ 大会第70/1号决议。"), "footnote:¹");
}

TEST(Labels, LengthCoversLabelAndSpaces) {
  auto l = detect_label("- (1) 支持");
  ASSERT_TRUE(l);
  EXPECT_EQ(std::string("- (1) 支持").substr(l->length), "支持");
}

}  // namespace rightstrack::parse
