// The five sample documents end to end through read + parse, checked against what a reader of
// them sees (the same facts as shared/gold, kept here so the build does not depend on shared/).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "core/document_json.h"
#include "parse/parser.h"
#include "support/parse_file.h"
#include "support/temp_dir.h"

namespace rightstrack::parse {
namespace {

std::string sample(const std::string& name) { return std::string(RIGHTSTRACK_SOURCE_DIR) + "/data/samples/" + name; }

using testing::parse_file;

size_t count(const Document& d, const std::string& kind) {
  return static_cast<size_t>(
      std::count_if(d.provisions.begin(), d.provisions.end(), [&](const Provision& p) { return p.kind == kind; }));
}

const Provision* find(const Document& d, const std::string& kind, const std::string& label,
                      const std::string& section = "") {
  for (const auto& p : d.provisions)
    if (p.kind == kind && p.label == label && (section.empty() || p.section == section)) return &p;
  return nullptr;
}

}  // namespace

TEST(Samples, LuxembourgNoteVerbale) {
  Document d = parse_file(sample("000_f4626f13f5795eeb.txt"));
  EXPECT_EQ(d.meta.doc_type, "pledges");
  EXPECT_EQ(d.meta.body, "GA");
  EXPECT_EQ(d.meta.session, 76);
  EXPECT_EQ(d.meta.agenda_item, "118(d)");
  EXPECT_EQ(d.meta.date, "2021-05-26");
  EXPECT_EQ(d.meta.author, "LUX");
  EXPECT_EQ(d.meta.original_language, "fr");
  EXPECT_EQ(count(d, "pledge"), 32u);
  const Provision* last = find(d, "pledge", "17", "international");
  ASSERT_NE(last, nullptr);
  EXPECT_EQ(last->text, "继续努力在气候行动中积极促进人权，包括通过制定基于人权的气候融资路线图。");
  ASSERT_NE(find(d, "pledge", "5", "national"), nullptr);
  EXPECT_NE(find(d, "list_item", "(4)"), nullptr);
}

TEST(Samples, LuxembourgBrochure) {
  Document d = parse_file(sample("001_3cb7da14d703b69e.txt"));
  EXPECT_EQ(d.meta.doc_type, "pledges");
  EXPECT_EQ(d.meta.author, "LUX");
  EXPECT_EQ(count(d, "pledge"), 8u);
  EXPECT_EQ(count(d, "caption"), 7u);
  EXPECT_EQ(count(d, "contribution"), 4u);
  bool joined = false;
  for (const auto& p : d.provisions)
    joined = joined || p.text == "卢森堡承诺支持联合国人权条约机构和特殊程序任务负责人的壮大和独立。";
  EXPECT_TRUE(joined);
  for (const auto& p : d.provisions) {
    if (p.kind == "caption") {
      EXPECT_EQ(p.credit.rfind("©", 0), 0u) << p.text;
    }
  }
}

TEST(Samples, BelgiumNoteVerbale) {
  Document d = parse_file(sample("002_954a802aa9703412.txt"));
  EXPECT_EQ(d.meta.author, "BEL");
  EXPECT_EQ(*d.meta.term, std::make_pair(2023, 2025));
  EXPECT_EQ(d.meta.agenda_item, "117(c)");
  const Provision* p20 = find(d, "paragraph", "20");
  ASSERT_NE(p20, nullptr);
  size_t bullets = 0;
  for (const auto& p : d.provisions) bullets += p.parent == p20->id && p.kind == "pledge";
  EXPECT_EQ(bullets, 18u);
  EXPECT_NE(find(d, "pledge", "26"), nullptr);
  const Provision* p2 = find(d, "paragraph", "2");
  ASSERT_NE(p2, nullptr);
  EXPECT_EQ(p2->text,
            "比利时坚定地致力于多边主义和《联合国宪章》的所有三大支柱。在国际合作、基于法治的国际秩序以及促进和鼓励不加"
            "区别地尊重所有人的人权和基本自由方面，比利时是积极倡导者。");
  EXPECT_EQ(count(d, "list_item"), 6u);
  for (const auto& p : d.provisions) EXPECT_EQ(p.text.find("undocs.org"), std::string::npos);
}

TEST(Samples, AdoptedResolution) {
  Document d = parse_file(sample("003_694d42ce343c5208.txt"));
  EXPECT_EQ(d.meta.symbol, "A/HRC/RES/21/21");
  EXPECT_EQ(count(d, "preamble"), 10u);
  EXPECT_EQ(count(d, "operative"), 16u);
  EXPECT_EQ(count(d, "footnote"), 1u);
  EXPECT_EQ(find(d, "operative", "4")->verb, "请");
  EXPECT_EQ(find(d, "operative", "14")->verb, "又欢迎");
  EXPECT_EQ(find(d, "operative", "14")->verb_id, "welcome");
}

TEST(Samples, DraftResolution) {
  Document d = parse_file(sample("004_c70ae1ba36e06e75.txt"));
  EXPECT_EQ(d.meta.doc_type, "draft_resolution");
  EXPECT_EQ(d.meta.sponsors.size(), 9u);
  EXPECT_EQ(count(d, "preamble"), 13u);
  EXPECT_EQ(count(d, "operative"), 17u);
  EXPECT_EQ(count(d, "footnote"), 3u);
  EXPECT_EQ(find(d, "operative", "3")->verb, "再次表示决心");
  // The footnote marker ¹ is taken out of the preamble's text and kept as a reference.
  bool ref = false;
  for (const auto& p : d.provisions)
    ref = ref || (p.kind == "preamble" && p.footnote_refs == std::vector<std::string>{"¹"});
  EXPECT_TRUE(ref);
}

TEST(Samples, OutputDoesNotDependOnTheFileName) {
  testing::TempDir dir;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(RIGHTSTRACK_SOURCE_DIR) + "/data/samples")) {
    Document original = parse_file(entry.path().string());
    auto renamed_path = dir.file("renamed_" + std::to_string(std::hash<std::string>{}(entry.path().string())) + ".dat");
    std::filesystem::copy_file(entry.path(), renamed_path);
    Document renamed = parse_file(renamed_path);
    renamed.source_name = original.source_name;
    EXPECT_EQ(document_to_json(renamed), document_to_json(original)) << entry.path();
  }
}

}  // namespace rightstrack::parse
