// The parser and the annotator take any text without crashing: random lines built from the
// characters and markers UN documents use, shuffled lines of the samples, and edge cases.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <random>
#include <set>

#include "annotate/annotator.h"
#include "core/document_json.h"
#include "parse/parser.h"
#include "read/text_reader.h"

namespace rightstrack::parse {
namespace {

void parse_all(const std::vector<std::string>& lines) {
  Document d = parse_document(lines);
  annotate::annotate_document(d);
  std::set<std::string> ids;
  for (const auto& p : d.provisions) {
    ASSERT_TRUE(ids.insert(p.id).second) << "repeated id " << p.id;
    if (!p.parent.empty()) {
      ASSERT_TRUE(ids.count(p.parent)) << p.id << " has a parent that does not come before it";
    }
    for (const auto& a : p.annotations) {
      ASSERT_LE(a.begin, a.end);
      ASSERT_LE(a.end, p.text.size());
    }
  }
  ASSERT_TRUE(document_from_json(document_to_json(d)).ok());
}

}  // namespace

TEST(Robustness, RandomLinesOfUnMaterial) {
  const std::vector<std::string> pieces = {"1. ",
                                           "121.1 ",
                                           "(a) ",
                                           "(iv) ",
                                           "一. ",
                                           "A. ",
                                           "IV. ",
                                           "• ",
                                           "- ",
                                           "* ",
                                           "¹ ",
                                           "说明 : ",
                                           "© ",
                                           "承诺:",
                                           "贡献: ",
                                           "人权理事会",
                                           "第七十六届会议",
                                           "议程项目 10",
                                           "2021年5月26日",
                                           "26 May 2021",
                                           "第 5/1 号和第",
                                           "号决议",
                                           "(法国)",
                                           "(France)",
                                           "：决议草案",
                                           ": draft resolution",
                                           "卢森堡承诺",
                                           "Belgium commits to:",
                                           "请",
                                           "Requests",
                                           "The Human Rights Council,",
                                           "人权理事会，",
                                           "[未经表决获得通过。]",
                                           "第 37 次会议",
                                           "A/HRC/44/44 和 Add.1",
                                           "https://undocs.org/ch/A/RES/60/251",
                                           "GE.20-08765",
                                           "3/12",
                                           "——",
                                           "\u3000",
                                           "\t",
                                           "《儿童权利公约》",
                                           "延长三年",
                                           "。",
                                           "，",
                                           "；",
                                           ":",
                                           "",
                                           " ",
                                           "\xEF\xBB\xBF",
                                           "x"};
  std::mt19937 rng(20261122);
  for (int round = 0; round < 2000; ++round) {
    std::vector<std::string> lines;
    int n = static_cast<int>(rng() % 40);
    for (int i = 0; i < n; ++i) {
      std::string line;
      for (int k = 0, m = static_cast<int>(rng() % 6); k < m; ++k) line += pieces[rng() % pieces.size()];
      lines.push_back(line);
    }
    parse_all(lines);
  }
}

TEST(Robustness, ShuffledSampleLines) {
  std::mt19937 rng(7);
  for (const auto& e : std::filesystem::directory_iterator(std::string(RIGHTSTRACK_SOURCE_DIR) + "/data/samples")) {
    auto text = read_text_file(e.path().string());
    ASSERT_TRUE(text.ok());
    auto lines = text->lines;
    for (int round = 0; round < 5; ++round) {
      std::shuffle(lines.begin(), lines.end(), rng);
      parse_all(lines);
    }
  }
}

TEST(Robustness, EdgeCases) {
  parse_all({});
  parse_all({""});
  parse_all({"   ", "\t"});
  parse_all({std::string(100000, 'a')});
  parse_all({std::string(30000, '-')});
  parse_all(std::vector<std::string>(5000, "1. 重申"));
  parse_all({"(", "((((", "1.", "121.", "¹", "*", "说明", "说明 :", "承诺:", "•"});
}

}  // namespace rightstrack::parse
