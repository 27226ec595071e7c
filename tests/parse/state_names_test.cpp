#include "parse/state_names.h"

#include <gtest/gtest.h>

namespace rightstrack::parse {

TEST(StateNames, AllMemberAndObserverStates) { EXPECT_EQ(StateNames::instance().size(), 195u); }

TEST(StateNames, ShortAndOfficialForms) {
  const auto& s = StateNames::instance();
  EXPECT_EQ(s.lookup("阿拉伯叙利亚共和国"), "SYR");
  EXPECT_EQ(s.lookup("委内瑞拉玻利瓦尔共和国"), "VEN");
  EXPECT_EQ(s.lookup("巴勒斯坦国"), "PSE");
  EXPECT_EQ(s.lookup("卢森堡大公国"), "LUX");
  EXPECT_EQ(s.lookup("Venezuela (Bolivarian Republic of)"), "VEN");
  EXPECT_EQ(s.lookup("Bolivarian Republic of Venezuela"), "VEN");
  EXPECT_EQ(s.lookup("United Kingdom of Great Britain and Northern Ireland"), "GBR");
  EXPECT_EQ(s.lookup("holy see"), "VAT");
  EXPECT_EQ(s.lookup("Türkiye"), "TUR");
  EXPECT_FALSE(s.lookup("Atlantis"));
}

TEST(StateNames, FindsLongestWholeMentions) {
  const auto& s = StateNames::instance();
  auto m = s.find_all("Democratic People's Republic of Korea and Republic of Korea, Niger and Nigeria, not Somalian");
  std::vector<std::string> ids;
  for (const auto& x : m) ids.push_back(x.alpha3);
  EXPECT_EQ(ids, (std::vector<std::string>{"PRK", "KOR", "NER", "NGA"}));
  auto zh = s.find_all("发展中国家与南苏丹、赤道几内亚和中国");
  ids.clear();
  for (const auto& x : zh) ids.push_back(x.alpha3);
  EXPECT_EQ(ids, (std::vector<std::string>{"SSD", "GNQ", "CHN"}));
}

TEST(StateNames, NamesByLanguage) {
  EXPECT_EQ(StateNames::instance().name("LUX", "zh"), "卢森堡");
  EXPECT_EQ(StateNames::instance().name("LUX", "en"), "Luxembourg");
}

}  // namespace rightstrack::parse
