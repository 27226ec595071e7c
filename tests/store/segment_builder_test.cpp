// build_segment against a reference written the plain way (std::map, a vector per term): the
// fast builder (hashed head words, one log) must give the same bytes for every sample and test
// document, and for random texts that share long prefixes, mix scripts and repeat words.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <random>

#include "annotate/annotator.h"
#include "parse/parser.h"
#include "read/document_reader.h"
#include "search/tokenizer.h"
#include "store/index_terms.h"
#include "store/postings.h"
#include "store/varint.h"

namespace rightstrack {
namespace {

namespace fs = std::filesystem;

std::string reference_segment(const DocumentMeta& meta, const std::vector<Provision>& provisions,
                              std::vector<uint32_t>& lengths) {
  struct Term {
    uint32_t run = 0;
    std::vector<std::pair<uint32_t, std::vector<uint32_t>>> entries;  // seq, token ordinals
  };
  std::map<std::string, Term> terms;
  auto whole = document_tags(meta);
  lengths.clear();
  for (uint32_t seq = 0; seq < provisions.size(); ++seq) {
    auto tokens = search::tokenize(provisions[seq].text);
    lengths.push_back(static_cast<uint32_t>(tokens.size()));
    for (uint32_t k = 0; k < tokens.size(); ++k) {
      auto& e = terms[tokens[k].text].entries;
      if (e.empty() || e.back().first != seq) e.push_back({seq, {}});
      e.back().second.push_back(k);
    }
    for (const auto& tag : provision_tags(provisions[seq]))
      if (!whole.count(tag)) terms[tag_term(tag)].entries.push_back({seq, {}});
  }
  if (!provisions.empty())
    for (const auto& tag : whole) terms[tag_term(tag)].run = static_cast<uint32_t>(provisions.size());
  std::string out;
  for (const auto& [name, t] : terms) {
    std::string data;
    if (t.run) {
      append_varint(data, t.run);
      append_varint(data, 1);
      append_varint(data, t.run);
    } else {
      append_varint(data, t.entries.size());
      int64_t last = -1;
      for (const auto& [seq, ordinals] : t.entries) {
        std::string positions;
        uint32_t previous = 0;
        for (uint32_t o : ordinals) {
          append_varint(positions, o - previous);
          previous = o;
        }
        append_varint(data, static_cast<uint64_t>(seq - last - 1) << 1);
        append_varint(data, positions.size());
        data += positions;
        last = seq;
      }
    }
    append_varint(out, name.size());
    out += name;
    append_varint(out, data.size());
    out += data;
  }
  return out;
}

void expect_same(const DocumentMeta& meta, const std::vector<Provision>& provisions, const std::string& what) {
  std::vector<uint32_t> fast_lengths, plain_lengths;
  std::string fast = build_segment(meta, provisions, &fast_lengths);
  std::string plain = reference_segment(meta, provisions, plain_lengths);
  EXPECT_EQ(fast.size(), plain.size()) << what;
  EXPECT_TRUE(fast == plain) << what << ": the segments differ";
  EXPECT_EQ(fast_lengths, plain_lengths) << what;
}

TEST(SegmentBuilder, SameBytesAsThePlainBuilderOnEveryDocument) {
  size_t documents = 0;
  for (const char* dir : {"data/samples", "tests/data"})
    for (const auto& e : fs::recursive_directory_iterator(fs::path(RIGHTSTRACK_SOURCE_DIR) / dir)) {
      if (!e.is_regular_file() || e.path().extension() != ".txt") continue;
      auto text = read_document(e.path().string());
      if (!text.ok()) continue;  // the refused inputs of the reader's tests
      Document doc = parse::parse_document(text->lines, {e.path().filename().string(), text->sha256});
      annotate::annotate_document(doc);
      expect_same(doc.meta, doc.provisions, e.path().string());
      ++documents;
    }
  EXPECT_GE(documents, 30u);
}

TEST(SegmentBuilder, SameBytesOnRandomTextsWithSharedPrefixes) {
  // Words that share their first eight bytes (with the same length too) or are exactly eight long, one- to three-byte
  // tokens, Chinese runs, accents and full-width digits.
  const std::vector<std::string> words = {"international",
                                          "internationally",
                                          "internationalisation",
                                          "internat",
                                          "internati",
                                          "a",
                                          "ab",
                                          "abc",
                                          "abcd",
                                          "人权",
                                          "人权维护者",
                                          "儿童",
                                          "权",
                                          "é",
                                          "école",
                                          "２０２０",
                                          "rights",
                                          "right",
                                          "human",
                                          "humanitarian",
                                          "zzzzzzzz",
                                          "zzzzzzzzz",
                                          "zzzzzzzzab",
                                          "zzzzzzzzba",
                                          "abcdefghij",
                                          "abcdefghik",
                                          "ÿÿ",
                                          "—",
                                          ",",
                                          " "};
  std::mt19937 rng(20261207);
  for (int round = 0; round < 200; ++round) {
    std::vector<Provision> provisions(1 + rng() % 30);
    for (size_t i = 0; i < provisions.size(); ++i) {
      Provision& p = provisions[i];
      p.id = "p" + std::to_string(i);
      p.kind = i % 3 ? "operative" : "preamble";
      for (int w = static_cast<int>(rng() % 40); w > 0; --w)
        p.text += words[rng() % words.size()] + (rng() % 2 ? " " : "");
      if (rng() % 4 == 0) p.annotations.push_back({rng() % 2 ? "children" : "SDG-5", 0, 0, "taxonomy"});
    }
    DocumentMeta meta;
    meta.body = "HRC";
    meta.language = round % 2 ? "zh" : "en";
    expect_same(meta, provisions, "round " + std::to_string(round));
  }
  expect_same(DocumentMeta{}, {}, "no provisions");
}

}  // namespace
}  // namespace rightstrack
