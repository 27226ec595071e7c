// Inputs that once crashed or could crash a reader (tests/data/fuzz: scripts/fuzz finds them, a
// person adds them here): each is read and parsed to an answer — a document, or an error naming
// the file — never a crash or a hang.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "parse/parser.h"
#include "read/document_reader.h"
#include "read/text_reader.h"

namespace rightstrack {
namespace {

TEST(FuzzRegressions, EveryInputGetsAnAnswer) {
  size_t seen = 0;
  for (const auto& e : std::filesystem::directory_iterator(std::string(RIGHTSTRACK_TEST_DATA) + "/fuzz")) {
    ++seen;
    std::string name = e.path().filename().string();
    auto text = read_document(e.path().string());
    if (!text.ok()) {
      EXPECT_NE(text.status().message().find(name), std::string::npos) << text.status().message();
      continue;
    }
    auto doc = parse::parse_document(text->lines);
    EXPECT_FALSE(doc.meta.language.empty()) << name;
  }
  // The same bytes forced through the text reader, as scripts/fuzz's fuzz_text target does.
  for (const auto& e : std::filesystem::directory_iterator(std::string(RIGHTSTRACK_TEST_DATA) + "/fuzz")) {
    std::ifstream in(e.path(), std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto text = decode_text(bytes, e.path().filename().string());
    if (text.ok()) {
      EXPECT_FALSE(parse::parse_document(text->lines).meta.language.empty()) << e.path();
    }
  }
  EXPECT_GE(seen, 6u);
}

}  // namespace
}  // namespace rightstrack
