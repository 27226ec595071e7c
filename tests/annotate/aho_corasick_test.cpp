#include "annotate/aho_corasick.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>

namespace rightstrack::annotate {

TEST(AhoCorasick, FindsAllOverlappingOccurrences) {
  AhoCorasick ac;
  ac.add("he", 0);
  ac.add("she", 1);
  ac.add("his", 2);
  ac.add("hers", 3);
  ac.build();
  auto m = ac.scan("ushers");
  std::vector<std::tuple<size_t, size_t, uint32_t>> got;
  for (const auto& x : m) got.emplace_back(x.begin, x.end, x.pattern);
  std::sort(got.begin(), got.end());
  EXPECT_EQ(got, (std::vector<std::tuple<size_t, size_t, uint32_t>>{{1, 4, 1}, {2, 4, 0}, {2, 6, 3}}));
}

TEST(AhoCorasick, AgreesWithNaiveSearchOnRandomText) {
  std::mt19937 rng(7);
  std::vector<std::string> patterns;
  AhoCorasick ac;
  for (uint32_t i = 0; i < 200; ++i) {
    std::string p;
    for (int k = 0, n = 1 + static_cast<int>(rng() % 4); k < n; ++k) p.push_back(static_cast<char>('a' + rng() % 3));
    patterns.push_back(p);
    ac.add(p, i);
  }
  ac.build();
  std::string text;
  for (int k = 0; k < 2000; ++k) text.push_back(static_cast<char>('a' + rng() % 3));
  size_t expected = 0;
  for (const auto& p : patterns)
    for (size_t at = text.find(p); at != std::string::npos; at = text.find(p, at + 1)) ++expected;
  auto got = ac.scan(text);
  EXPECT_EQ(got.size(), expected);
  for (const auto& m : got) EXPECT_EQ(text.substr(m.begin, m.end - m.begin), patterns[m.pattern]);
}

TEST(AhoCorasick, ChineseBytes) {
  AhoCorasick ac;
  ac.add("儿童", 0);
  ac.add("儿童权利公约", 1);
  ac.build();
  EXPECT_EQ(ac.scan("根据《儿童权利公约》").size(), 2u);
  EXPECT_TRUE(ac.scan("").empty());
}

}  // namespace rightstrack::annotate
