#include "annotate/concept_matcher.h"

#include <gtest/gtest.h>

#include <set>

namespace rightstrack::annotate {
namespace {

std::set<std::string> concepts(std::string_view text) {
  std::set<std::string> out;
  for (const auto& a : ConceptMatcher::instance().match(text)) out.insert(a.concept_id);
  return out;
}

const Annotation* find(const std::vector<Annotation>& v, const std::string& id) {
  for (const auto& a : v)
    if (a.concept_id == id) return &a;
  return nullptr;
}

}  // namespace

TEST(ConceptMatcher, LongestMatchWinsAndImplicationAddsTheGroup) {
  std::string text = "根据《儿童权利公约》第 40 条";
  auto anns = ConceptMatcher::instance().match(text);
  const Annotation* crc = find(anns, "CRC");
  const Annotation* children = find(anns, "children");
  ASSERT_NE(crc, nullptr);
  ASSERT_NE(children, nullptr);
  EXPECT_EQ(text.substr(crc->begin, crc->end - crc->begin), "儿童权利公约");
  EXPECT_EQ(children->source, "implied:CRC");  // not a second, overlapping match of 儿童
  EXPECT_EQ(children->begin, crc->begin);
  EXPECT_EQ(crc->source.rfind("instruments.tsv:", 0), 0u);
}

TEST(ConceptMatcher, CommitteeIsNotTheConvention) {
  auto c = concepts("支持儿童权利委员会的工作");
  EXPECT_TRUE(c.count("CRC-COMMITTEE"));
  EXPECT_TRUE(c.count("TREATY-BODIES"));
  EXPECT_TRUE(c.count("children"));
  EXPECT_FALSE(c.count("CRC"));
}

TEST(ConceptMatcher, ImplicationsFollowChains) {
  auto c = concepts("尽快批准《禁止酷刑和其他残忍、不人道或有辱人格的待遇或处罚公约任择议定书》");
  EXPECT_TRUE(c.count("OP-CAT"));
  EXPECT_TRUE(c.count("CAT"));
  EXPECT_TRUE(c.count("torture"));
  auto sdg = concepts("to promote the rule of law");
  EXPECT_TRUE(sdg.count("SDG-16.3"));
  EXPECT_TRUE(sdg.count("SDG-16"));  // a target implies its goal
}

TEST(ConceptMatcher, StopPhrasesBlockShorterMatches) {
  EXPECT_FALSE(concepts("通过部际人权委员会及其工作组进行磋商").count("CHR"));
  EXPECT_TRUE(concepts("人权委员会第1993/87号决议").count("CHR"));
  EXPECT_FALSE(concepts("发展中国家").count("CHN"));
}

TEST(ConceptMatcher, EnglishMatchesWholeWordsAnyCase) {
  auto c = concepts("Requests the Office of the United Nations High Commissioner for Human Rights and UNICEF");
  EXPECT_TRUE(c.count("OHCHR"));
  EXPECT_TRUE(c.count("UNICEF"));
  EXPECT_TRUE(concepts("The rights of WOMEN and girls").count("women"));
  EXPECT_FALSE(concepts("a woman's right").count("OMN"));  // no "Oman" inside "woman"
  EXPECT_FALSE(concepts("childhood-friendly policies").count("CHL"));
  EXPECT_TRUE(
      concepts("Ratify the Convention on the Rights of Persons with Disabilities").count("persons-with-disabilities"));
}

TEST(ConceptMatcher, CrossLanguageIds) {
  EXPECT_EQ(concepts("人权维护者"), concepts("human rights defenders"));
  EXPECT_TRUE(concepts("普遍定期审议").count("UPR"));
  EXPECT_TRUE(concepts("universal periodic review").count("UPR"));
  EXPECT_TRUE(concepts("卢森堡").count("LUX"));
  EXPECT_TRUE(concepts("Luxembourg").count("LUX"));
}

TEST(ConceptMatcher, SpansPointIntoTheOriginalText) {
  std::string text = "支持 人权 维护者 的工作";
  auto anns = ConceptMatcher::instance().match(text);
  const Annotation* hrd = find(anns, "human-rights-defenders");
  ASSERT_NE(hrd, nullptr);
  EXPECT_EQ(text.substr(hrd->begin, hrd->end - hrd->begin), "人权 维护者");
}

TEST(ConceptMatcher, TaxonomyIsComplete) {
  const auto& t = Taxonomy::instance();
  size_t states = 0, sdg_goals = 0, sdg_targets = 0;
  for (const auto& c : t.concepts()) {
    states += c.kind == "state";
    if (c.kind == "sdg") (c.id.find('.') == std::string::npos ? sdg_goals : sdg_targets)++;
  }
  EXPECT_EQ(states, 195u);
  EXPECT_EQ(sdg_goals, 17u);
  EXPECT_EQ(sdg_targets, 169u);
  for (const char* id : {"ICERD",
                         "ICCPR",
                         "ICESCR",
                         "CEDAW",
                         "CAT",
                         "OP-CAT",
                         "CRC",
                         "ICMW",
                         "CPED",
                         "CRPD",
                         "UN-CHARTER",
                         "UDHR",
                         "ROME-STATUTE",
                         "AGENDA-2030",
                         "PARIS-AGREEMENT",
                         "UNDROP",
                         "ISTANBUL-CONVENTION",
                         "GA",
                         "HRC",
                         "SC",
                         "OHCHR",
                         "UPR",
                         "TREATY-BODIES",
                         "SPECIAL-PROCEDURES",
                         "NHRI",
                         "CIVIL-SOCIETY",
                         "children",
                         "lgbti",
                         "human-rights-defenders",
                         "death-penalty",
                         "torture"})
    EXPECT_NE(t.find(id), nullptr) << id;
  // Every implication names concepts that exist.
  for (const auto& c : t.concepts())
    for (const auto& to : t.implied(c.id)) EXPECT_NE(t.find(to), nullptr) << c.id << " => " << to;
}

}  // namespace rightstrack::annotate

namespace rightstrack::annotate {

TEST(ConceptMatcher, StateNamesInOtherUnLanguages) {
  EXPECT_TRUE(concepts("Le Grand-duché du Luxembourg s'engage").count("LUX"));
  EXPECT_TRUE(concepts("Люксембург обязуется").count("LUX"));
  EXPECT_TRUE(concepts("تتعهد لوكسمبورغ").count("LUX"));  // written without short vowels
  EXPECT_TRUE(concepts("la República Bolivariana de Venezuela").count("VEN"));
  EXPECT_FALSE(concepts("Люксембургский").count("LUX"));  // whole words in Cyrillic too
}

}  // namespace rightstrack::annotate

namespace rightstrack::annotate {

// Lists of Goals and targets: every number, not only the one after "Goal" / "目标".
TEST(ConceptMatcher, EveryGoalOfAList) {
  auto has = [](std::string_view text, std::initializer_list<const char*> ids) {
    auto got = concepts(text);
    for (const char* id : ids) EXPECT_TRUE(got.count(id)) << text << " lacks " << id;
  };
  has("to achieve Sustainable Development Goals 5 and 16", {"SDG-5", "SDG-16"});
  has("SDGs 3, 4 and 5 guide the plan", {"SDG-3", "SDG-4", "SDG-5"});
  has("in line with targets 16.3 and 16.10", {"SDG-16.3", "SDG-16.10", "SDG-16"});
  has("促进可持续发展目标5和16的实现", {"SDG-5", "SDG-16"});
  has("落实目标3、4和5", {"SDG-3", "SDG-4", "SDG-5"});
  // Spans point at the numbers.
  std::string text = "Goals 5 and 16";
  for (const auto& a : ConceptMatcher::instance().match(text))
    if (a.concept_id == "SDG-16") {
      EXPECT_EQ(text.substr(a.begin, a.end - a.begin), "16");
    }
  // Not Goals: a plan's "target 2", a year after 目标, numbers past 17, "subgoals 3 and 4".
  for (std::string_view other :
       {"the plan's target 2 and target 3", "目标2030年", "Goals 18 and 19", "subgoals 3 and 4"})
    for (const auto& id : concepts(other)) EXPECT_EQ(id.rfind("SDG-", 0), std::string::npos) << other << ": " << id;
}

// A group named inside a theme's words is still named; inside a stop phrase or a name, it is not.
TEST(ConceptMatcher, GroupInsideAThemeIsKept) {
  auto got = concepts("eliminate violence against women");
  EXPECT_TRUE(got.count("sexual-and-gender-based-violence"));
  EXPECT_TRUE(got.count("women"));
  auto anns = ConceptMatcher::instance().match("eliminate violence against women");
  const Annotation* women = find(anns, "women");
  ASSERT_NE(women, nullptr);
  EXPECT_EQ(std::string("eliminate violence against women").substr(women->begin, women->end - women->begin), "women");
  // CRC's children come from its implication, on its span, not as a separate word.
  // A national preventive mechanism is the torture-prevention body of OP-CAT.
  EXPECT_TRUE(concepts("to establish a national preventive mechanism").count("torture"));
  EXPECT_TRUE(concepts("设立国家防范机制").count("torture"));
  auto crc = ConceptMatcher::instance().match("《儿童权利公约》");
  const Annotation* children = find(crc, "children");
  ASSERT_NE(children, nullptr);
  EXPECT_EQ(children->source, "implied:CRC");
}

// Chinese wordings the taxonomy first lacked, and themes named by the UHRI labels that it lacked.
TEST(ConceptMatcher, MoreChineseWordingsAndThemes) {
  for (auto [text, id] : {std::pair<const char*, const char*>{"保障粮食权", "right-to-food"},
                          {"消除奴役", "trafficking"},
                          {"减少无国籍现象", "stateless-persons"},
                          {"加强发展合作", "international-solidarity"},
                          {"新冠肺炎疫情", "SDG-3"},
                          {"尊重各国人民的自决权", "self-determination"},
                          {"反对单方面强制性措施", "unilateral-coercive-measures"},
                          {"the right to self-determination", "self-determination"},
                          {"unilateral coercive measures", "unilateral-coercive-measures"},
                          {"保护文化权利", "cultural-rights"},
                          {"cultural rights", "cultural-rights"},
                          {"transitional justice", "administration-of-justice"},
                          {"reduce maternal mortality", "sexual-reproductive-health"},
                          {"降低孕产妇死亡率", "sexual-reproductive-health"},
                          {"the rights of people of African descent", "people-of-african-descent"},
                          {"非洲人后裔的权利", "people-of-african-descent"}})
    EXPECT_TRUE(concepts(text).count(id)) << text << " lacks " << id;
}

}  // namespace rightstrack::annotate
