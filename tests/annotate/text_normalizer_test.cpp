#include "annotate/text_normalizer.h"

#include <gtest/gtest.h>

namespace rightstrack::annotate {

TEST(TextNormalizer, FoldsCaseWidthAndChineseSpaces) {
  EXPECT_EQ(normalize("Human  Rights\tCouncil").text, "human rights council");
  EXPECT_EQ(normalize("《２０３０ 年议程》").text, "《2030年议程》");
  EXPECT_EQ(normalize("人权 理事会").text, "人权理事会");
  EXPECT_EQ(normalize("ＵＮＩＣＥＦ").text, "unicef");
  EXPECT_EQ(normalize("  leading and trailing  ").text, "leading and trailing");
}

TEST(TextNormalizer, KeepsOffsetsIntoTheOriginal) {
  std::string original = "A  人权 理事会";
  auto n = normalize(original);
  ASSERT_EQ(n.origin.size(), n.text.size() + 1);
  size_t at = n.text.find("理事会");
  ASSERT_NE(at, std::string::npos);
  EXPECT_EQ(original.substr(n.origin[at], 9), "理事会");
  EXPECT_EQ(n.origin.back(), original.size());
}

}  // namespace rightstrack::annotate
