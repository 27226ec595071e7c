#include "search/query_parser.h"

#include <gtest/gtest.h>

#include <random>

namespace rightstrack::search {
namespace {

std::string shape(std::string_view q) {
  auto r = parse_query(q);
  return r.ok() ? to_string(r.value()) : "error: " + r.status().message();
}

TEST(QueryParser, WordsPhrasesAndOperators) {
  EXPECT_EQ(shape("儿童"), "儿童");
  EXPECT_EQ(shape("儿童 权利"), "(儿童 AND 权利)");
  EXPECT_EQ(shape("a OR b c"), "(a OR (b AND c))");
  EXPECT_EQ(shape("(a OR b) c"), "((a OR b) AND c)");
  EXPECT_EQ(shape("\"human rights\" AND NOT child*"), "(\"human rights\" AND NOT child*)");
  EXPECT_EQ(shape("a -b"), "(a AND NOT b)");
  EXPECT_EQ(shape("“人权 理事会”"), "\"人权 理事会\"");
  EXPECT_EQ(shape("（儿童　OR　妇女）"), "(儿童 OR 妇女)");  // full-width parentheses and spaces
}

TEST(QueryParser, Filters) {
  EXPECT_EQ(shape("kind:pledge state:LUX"), "(kind:pledge AND state:LUX)");
  EXPECT_EQ(shape("Kind:pledge"), "kind:pledge");
  EXPECT_EQ(shape("doc:A/HRC/RES/21/21 date:2020..2022"), "(doc:A/HRC/RES/21/21 AND date:2020..2022)");
  EXPECT_EQ(shape("concept:\"human rights defenders\""), "concept:\"human rights defenders\"");
}

TEST(QueryParser, ErrorsSayWhatAndWhere) {
  EXPECT_EQ(shape(""), "error: the query is empty");
  EXPECT_EQ(shape("   　"), "error: the query is empty");
  EXPECT_EQ(shape("\"儿童"), "error: the quote opened at character 1 is not closed");
  EXPECT_EQ(shape("a (b"), "error: the '(' at character 3 is not closed");
  EXPECT_EQ(shape("a b)"), "error: ')' at character 4 has no matching '('");
  EXPECT_EQ(shape("()"), "error: the parentheses at character 1 are empty");
  EXPECT_EQ(shape("a OR"), "error: OR at character 3 needs something after it");
  EXPECT_EQ(shape("OR a"), "error: OR at character 1 needs something before it");
  EXPECT_EQ(shape("AND a"), "error: AND at character 1 needs something before it");
  EXPECT_EQ(shape("a NOT"), "error: NOT at character 3 needs something after it");
  EXPECT_EQ(shape("kind:"), "error: the filter kind: at character 1 needs a value, e.g. kind:pledge");
  EXPECT_NE(shape("colour:red").find("unknown filter 'colour:'"), std::string::npos);
  EXPECT_NE(shape(std::string(5000, 'a')).find("longer than"), std::string::npos);
  EXPECT_EQ(shape("\xff"), "error: the query is not valid UTF-8");
  EXPECT_NE(shape(std::string(100, '(') + "a" + std::string(100, ')')).find("too deeply"), std::string::npos);
}

// Random queries from the language's own pieces and from raw bytes: parsing never crashes, and
// whatever parses prints back to a query that parses to the same tree.
TEST(QueryParser, Fuzz) {
  std::mt19937 rng(20261122);
  const std::vector<std::string> pieces = {"儿童",        "人权", "a",     "OR",     "AND",
                                           "NOT",         "(",    ")",     "\"",     "“",
                                           " ",           "　",   "kind:", "pledge", "state:LUX",
                                           "date:2020..", "-",    "*",     ":",      "x*",
                                           "\xe4\xbd",    "\xff", "（",    "）",     "doc:\"A/RES/1\"",
                                           "\n"};
  size_t parsed = 0;
  for (int i = 0; i < 40000; ++i) {
    std::string q;
    size_t n = rng() % 12;
    for (size_t k = 0; k < n; ++k) {
      if (rng() % 10 == 0)
        q.push_back(static_cast<char>(rng() % 256));
      else
        q += pieces[rng() % pieces.size()];
    }
    auto r = parse_query(q);
    if (!r.ok()) {
      EXPECT_FALSE(r.status().message().empty()) << q;
      continue;
    }
    ++parsed;
    auto again = parse_query(to_string(r.value()));
    if (again.ok()) {
      EXPECT_EQ(to_string(again.value()), to_string(r.value())) << q;
    }
  }
  EXPECT_GT(parsed, 1000u);
}

}  // namespace
}  // namespace rightstrack::search
