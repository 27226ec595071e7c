// Reads and parses one test document, as `rightstrack parse` does (annotated on request).
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "annotate/annotator.h"
#include "parse/parser.h"
#include "read/document_reader.h"

namespace rightstrack::testing {

inline Document parse_file(const std::string& path, bool annotated = false) {
  auto text = read_document(path);
  EXPECT_TRUE(text.ok()) << text.status().message();
  if (!text.ok()) return {};
  Document d = parse::parse_document(text->lines, {std::filesystem::path(path).filename().string(), text->sha256});
  if (annotated) annotate::annotate_document(d);
  return d;
}

// The lines of a text whose paragraphs are set apart by blank lines, as the UN's text versions are.
inline std::vector<std::string> paragraphs(std::initializer_list<std::string> texts) {
  std::vector<std::string> lines;
  for (const auto& t : texts) {
    if (!lines.empty()) lines.emplace_back();
    lines.push_back(t);
  }
  return lines;
}

inline std::string test_data(const std::string& relative) {
  return std::string(RIGHTSTRACK_TEST_DATA) + "/" + relative;
}

}  // namespace rightstrack::testing
