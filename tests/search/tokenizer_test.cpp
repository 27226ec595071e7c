#include "search/tokenizer.h"

#include <gtest/gtest.h>

namespace rightstrack::search {
namespace {

std::vector<std::string> texts(std::string_view s, TokenizeOptions o = {}) {
  std::vector<std::string> out;
  for (auto& t : tokenize(s, o)) out.push_back(t.text);
  return out;
}

TEST(Tokenizer, ChineseRunsBecomeBigrams) {
  EXPECT_EQ(texts("儿童权利"), (std::vector<std::string>{"儿童", "童权", "权利"}));
  // A word of two characters is exactly one token, so it is found on its own.
  EXPECT_EQ(texts("人权"), (std::vector<std::string>{"人权"}));
  // Punctuation and Latin text end a run; a lone character stays a unigram.
  EXPECT_EQ(texts("，国，UN人权"), (std::vector<std::string>{"国", "un", "人权"}));
}

TEST(Tokenizer, OffsetsAreCharacterBoundariesOfTheOriginal) {
  std::string s = "承诺：保护 Human-Rights 儿童";
  for (const auto& t : tokenize(s)) {
    ASSERT_LE(t.end, s.size());
    ASSERT_LT(t.begin, t.end);
    EXPECT_NE(static_cast<unsigned char>(s[t.begin]) & 0xC0, 0x80) << t.text;
    EXPECT_TRUE(t.end == s.size() || (static_cast<unsigned char>(s[t.end]) & 0xC0) != 0x80) << t.text;
  }
  auto toks = tokenize(s);
  ASSERT_EQ(toks.size(), 5u);
  EXPECT_EQ(s.substr(toks[2].begin, toks[2].end - toks[2].begin), "Human");
}

TEST(Tokenizer, LatinIsCaseFoldedAndFullWidthNarrowed) {
  EXPECT_EQ(texts("UNITED Nations ＵＮ ２０２０"), (std::vector<std::string>{"unit", "nation", "un", "2020"}));
  EXPECT_EQ(texts("ПРАВА человека"), (std::vector<std::string>{"права", "человека"}));
  EXPECT_EQ(texts("ÉCOLE Égalité"), (std::vector<std::string>{"école", "égalité"}));
}

TEST(Tokenizer, EnglishFormsMeet) {
  for (auto [a, b] : std::vector<std::pair<const char*, const char*>>{{"rights", "right"},
                                                                      {"countries", "country"},
                                                                      {"ratified", "ratify"},
                                                                      {"ratifying", "ratify"},
                                                                      {"decided", "decide"},
                                                                      {"deciding", "decides"},
                                                                      {"submitting", "submit"},
                                                                      {"defenders", "defender"},
                                                                      {"processes", "process"},
                                                                      {"reported", "reports"}})
    EXPECT_EQ(stem_english(a), stem_english(b)) << a << " / " << b;
  EXPECT_EQ(stem_english("children"), "children");
  EXPECT_EQ(stem_english("analysis"), "analysis");
  EXPECT_EQ(stem_english("its"), "its");
  EXPECT_EQ(stem_english("need"), "need");
  EXPECT_NE(stem_english("renewal"), stem_english("renew"));
}

TEST(Tokenizer, PrefixQueriesAreNotStemmed) {
  EXPECT_EQ(texts("childs", {.stem = false}), std::vector<std::string>{"childs"});
  EXPECT_EQ(texts("childs"), std::vector<std::string>{"child"});
}

TEST(Tokenizer, TagTokensStayWhole) {
  EXPECT_EQ(texts("c_sdg_16_3 k_pledge"), (std::vector<std::string>{"c_sdg_16_3", "k_pledge"}));
}

TEST(Tokenizer, BadBytesNeverCrash) {
  std::string s = "\xff\xfe人\xe4\xbd权 abc\xc3";
  auto toks = tokenize(s);
  for (const auto& t : toks) EXPECT_LE(t.end, s.size());
}

}  // namespace
}  // namespace rightstrack::search
