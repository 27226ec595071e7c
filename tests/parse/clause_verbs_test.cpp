#include "parse/clause_verbs.h"

#include <gtest/gtest.h>

namespace rightstrack::parse {
namespace {

std::string verb(const std::string& lang, std::string_view text) {
  auto v = opening_verb(text, rule_pack(lang));
  return v.printed + "|" + v.id;
}

}  // namespace

TEST(ClauseVerbs, Chinese) {
  EXPECT_EQ(verb("zh", "重申各国根据《联合国宪章》"), "重申|reaffirm");
  EXPECT_EQ(verb("zh", "又重申人权理事会"), "又重申|reaffirm");
  EXPECT_EQ(verb("zh", "表示关切的是，在应对"), "表示关切|express_concern");
  EXPECT_EQ(verb("zh", "再次表示决心加强国际合作"), "再次表示决心|express_determination");
  EXPECT_EQ(verb("zh", "决心在国际社会"), "决心|determined");
  EXPECT_EQ(verb("zh", "请联合国人权事务高级专员办事处"), "请|request");
  EXPECT_EQ(verb("zh", "注意到人权与国际团结"), "注意到|take_note");
  EXPECT_EQ(verb("zh", "再次请独立专家"), "再次请|request");
  EXPECT_EQ(verb("zh", "这是一个段落"), "|");
}

TEST(ClauseVerbs, EnglishInflections) {
  EXPECT_EQ(verb("en", "Reaffirms that States"), "Reaffirms|reaffirm");
  EXPECT_EQ(verb("en", "Reaffirming the obligation"), "Reaffirming|reaffirm");
  EXPECT_EQ(verb("en", "Also reaffirms its commitment"), "Also reaffirms|reaffirm");
  EXPECT_EQ(verb("en", "Decides to extend"), "Decides|decide");
  EXPECT_EQ(verb("en", "Requests the Office"), "Requests|request");
  EXPECT_EQ(verb("en", "Calls upon all States"), "Calls upon|call_upon");
  EXPECT_EQ(verb("en", "Takes note of the report"), "Takes note|take_note");
  EXPECT_EQ(verb("en", "Expressing deep concern at"), "Expressing deep concern|express_deep_concern");
  EXPECT_EQ(verb("en", "Bearing in mind that"), "Bearing in mind|bear_in_mind");
  EXPECT_EQ(verb("en", "Guided by the purposes"), "Guided by|guided_by");
  EXPECT_EQ(verb("en", "Decidedly not a verb"), "|");
}

}  // namespace rightstrack::parse
