#include "store/postings.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <random>

#include "store/match_eval.h"
#include "store/repository.h"

namespace rightstrack {
namespace {

Provision prov(const std::string& kind, const std::string& text, std::vector<std::string> concepts = {}) {
  Provision p;
  p.id = "p" + text.substr(0, 3);
  p.kind = kind;
  p.text = text;
  for (auto& c : concepts) p.annotations.push_back({c, 0, 0, "taxonomy"});
  return p;
}

DocumentMeta meta(const std::string& body) {
  DocumentMeta m;
  m.body = body;
  m.author = "LUX";
  m.language = "zh";
  return m;
}

// Postings kept in memory: what a backend would read from its rows.
class MemorySource : public PostingSource {
 public:
  void add(int64_t doc, const std::string& segment) {
    auto s = Segment::open(segment);
    ASSERT_TRUE(s.ok()) << s.status().message();
    segments_.emplace_back(doc, std::move(s).value());
  }
  Status postings(std::string_view term, PostingList& out) override {
    for (auto& [doc, seg] : segments_) {
      size_t i = seg.lower_bound(term);
      if (i < seg.size() && seg.term(i) == term)
        if (auto s = append_term_data(doc, seg.data(i), out); !s.is_ok()) return s;
    }
    return Status::ok();
  }
  Status prefix_postings(std::string_view prefix, PostingList& out) override {
    for (auto& [doc, seg] : segments_)
      for (size_t i = seg.lower_bound(prefix); i < seg.size() && seg.term(i).starts_with(prefix); ++i)
        if (auto s = append_term_data(doc, seg.data(i), out); !s.is_ok()) return s;
    return Status::ok();
  }
  Result<uint64_t> count(std::string_view term) override {
    PostingList l;
    if (auto s = postings(term, l); !s.is_ok()) return s;
    return l.size();
  }

 private:
  std::vector<std::pair<int64_t, Segment>> segments_;
};

MatchExpr phrase(const std::string& text) { return {MatchExpr::Op::kPhrase, text, {}}; }
MatchExpr tag(const std::string& t) { return {MatchExpr::Op::kTag, t, {}}; }
MatchExpr op(MatchExpr::Op o, std::vector<MatchExpr> children) { return {o, "", std::move(children)}; }

std::vector<int64_t> keys(std::initializer_list<std::pair<int64_t, int64_t>> doc_seq) {
  std::vector<int64_t> out;
  for (auto [d, s] : doc_seq) out.push_back(provision_key(d, s));
  return out;
}

class Postings : public ::testing::Test {
 protected:
  void SetUp() override {
    source_.add(1,
                build_segment(meta("HRC"), {prov("preamble", "人权维护者的工作"), prov("operative", "人权与维护和平"),
                                            prov("pledge", "Children's rights and child protection", {"children"})}));
    source_.add(
        2, build_segment(meta("GA"), {prov("heading", "保护人权维护者"), prov("operative", "protecting children")}));
  }
  std::vector<int64_t> run(const MatchExpr& e) {
    auto r = evaluate_match(e, source_);
    EXPECT_TRUE(r.ok()) << r.status().message();
    return r.ok() ? r.value() : std::vector<int64_t>{};
  }
  MemorySource source_;
};

TEST_F(Postings, PhrasesNeedTheirTokensInARow) {
  EXPECT_EQ(run(phrase("人权")), keys({{1, 0}, {1, 1}, {2, 0}}));
  // 人权 and 维护 are both in 1:1, but apart: not the phrase 人权维护者.
  EXPECT_EQ(run(phrase("人权维护者")), keys({{1, 0}, {2, 0}}));
  EXPECT_EQ(run(phrase("rights and child")), keys({{1, 2}}));  // stems: right, and, child
  EXPECT_EQ(run(phrase("and rights")), keys({}));
  EXPECT_EQ(run(phrase("，。")), keys({}));  // no tokens at all
}

TEST_F(Postings, PrefixesTagsAndBooleans) {
  EXPECT_EQ(run({MatchExpr::Op::kPrefix, "protect", {}}), keys({{1, 2}, {2, 1}}));
  EXPECT_EQ(run({MatchExpr::Op::kPrefix, "child", {}}), keys({{1, 2}, {2, 1}}));
  EXPECT_EQ(run(tag("b_hrc")), keys({{1, 0}, {1, 1}, {1, 2}}));  // a document tag covers every provision
  EXPECT_EQ(run(tag("s_lux")), keys({{1, 0}, {1, 1}, {1, 2}, {2, 0}, {2, 1}}));
  EXPECT_EQ(run(tag("c_children")), keys({{1, 2}}));
  EXPECT_EQ(run(tag("k_operative")), keys({{1, 1}, {2, 1}}));
  // A tag is a whole term: the word "hrc" in a text is not the filter body:HRC.
  EXPECT_EQ(run(phrase("b_hrc")), keys({}));
  using Op = MatchExpr::Op;
  EXPECT_EQ(run(op(Op::kAnd, {phrase("人权"), tag("b_hrc")})), keys({{1, 0}, {1, 1}}));
  EXPECT_EQ(run(op(Op::kOr, {phrase("维护者"), phrase("children")})), keys({{1, 0}, {1, 2}, {2, 0}, {2, 1}}));
  EXPECT_EQ(run(op(Op::kAnd, {phrase("人权"), op(Op::kNot, {tag("k_heading")})})), keys({{1, 0}, {1, 1}}));
}

TEST_F(Postings, MalformedExpressionsAreInvalidInput) {
  using Op = MatchExpr::Op;
  for (const auto& e : {op(Op::kNot, {phrase("a")}), op(Op::kOr, {phrase("a"), op(Op::kNot, {phrase("b")})}),
                        op(Op::kAnd, {op(Op::kNot, {phrase("b")})}), op(Op::kAnd, {})}) {
    auto r = evaluate_match(e, source_);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), Status::Code::kInvalidInput) << r.status().message();
  }
}

// A phrase's count is its rarest token's (an upper bound; the store reads it from row headers,
// tests/store/sqlite_index_test.cpp checks that path).
TEST_F(Postings, CountsAreTheRarestTokens) {
  EXPECT_EQ(count_with_all("人权维护者", source_).value(), 2u);  // the rarest of its bigrams
  EXPECT_EQ(count_with_all("人权", source_).value(), 3u);
  EXPECT_EQ(count_with_all("", source_).value(), 0u);
}

TEST(PostingsFormat, BatchRowsJoinDocumentsInOrder) {
  std::string a = build_segment(meta("HRC"), {prov("operative", "人权 人权"), prov("operative", "人权")});
  std::string b = build_segment(meta("HRC"), {prov("operative", "没有"), prov("operative", "人权")});
  auto sa = Segment::open(a), sb = Segment::open(b);
  ASSERT_TRUE(sa.ok() && sb.ok());
  size_t ia = sa->lower_bound("人权"), ib = sb->lower_bound("人权");
  BatchRowWriter w;
  ASSERT_TRUE(w.add(7, sa->data(ia)).is_ok());
  ASSERT_TRUE(w.add(9, sb->data(ib)).is_ok());
  EXPECT_FALSE(w.add(8, sb->data(ib)).is_ok());  // out of order
  std::string row = w.finish();
  EXPECT_EQ(posting_count(row).value(), 3u);
  PostingList l(true);
  ASSERT_TRUE(append_batch_row(row, l).is_ok());
  EXPECT_EQ(l.keys, keys({{7, 0}, {7, 1}, {9, 1}}));
  EXPECT_EQ(l.positions, (std::vector<uint32_t>{0, 1, 0, 0}));  // "人权 人权": tokens 0 and 1
  EXPECT_EQ(l.offsets, (std::vector<uint32_t>{0, 2, 3, 4}));
}

TEST(PostingsFormat, NormalizeSortsAndJoinsPositions) {
  PostingList l(true);
  l.keys = {5, 3, 5};
  l.positions = {4, 1, 2, 4};
  l.offsets = {0, 1, 2, 4};
  l.normalize();
  EXPECT_EQ(l.keys, (std::vector<int64_t>{3, 5}));
  EXPECT_EQ(l.positions, (std::vector<uint32_t>{1, 2, 4}));
  EXPECT_EQ(l.offsets, (std::vector<uint32_t>{0, 1, 3}));
}

// Cut, flipped and random bytes: an error or a result, never a crash or a read past the end.
TEST(PostingsFormat, DamagedBytesAreErrors) {
  std::string seg = build_segment(meta("HRC"), {prov("operative", "人权维护者 rights"), prov("pledge", "儿童")});
  std::mt19937 rng(3);
  size_t errors = 0;
  for (int round = 0; round < 2000; ++round) {
    std::string bad = seg;
    if (round % 3 == 0)
      bad.resize(rng() % bad.size());
    else
      for (int k = 0; k < 3; ++k) bad[rng() % bad.size()] = static_cast<char>(rng());
    auto s = Segment::open(bad);
    if (!s.ok()) {
      ++errors;
      continue;
    }
    for (size_t i = 0; i < s->size(); ++i) {
      PostingList l(true);
      if (!append_term_data(1, s->data(i), l).is_ok()) ++errors;
      for (int64_t k : l.keys) EXPECT_LT(provision_seq(k), size_t{1} << 24);
    }
  }
  EXPECT_GT(errors, 500u);
  PostingList l;
  EXPECT_FALSE(append_batch_row("\x05\x01\x7f", l).is_ok());
  EXPECT_FALSE(posting_count("").ok());
}

// Found by fuzzing (scripts/fuzz, fuzz_postings): a run whose length, a varint near 2^64, turned
// negative when added to the provision number, so the run never ended. Every file kept in
// tests/data/postings must decode or be refused, at once, in each reading.
TEST(PostingsFormat, FuzzedInputsEndQuickly) {
  for (const auto& e : std::filesystem::directory_iterator(std::string(RIGHTSTRACK_TEST_DATA) + "/postings")) {
    std::ifstream f(e.path(), std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
    ASSERT_FALSE(bytes.empty()) << e.path();
    PostingList as_data(true), as_row(true);
    as_row.max_row_count = 1000;
    (void)append_term_data(1, bytes, as_data);
    (void)append_batch_row(bytes, as_row);
    EXPECT_LE(as_data.size(), size_t{1} << 24) << e.path();
    EXPECT_LE(as_row.size(), 1000u) << e.path();
    if (auto seg = Segment::open(bytes); seg.ok())
      for (size_t i = 0; i < seg->size(); ++i) {
        PostingList l;
        (void)append_term_data(2, seg->data(i), l);
      }
  }
  PostingList l;
  EXPECT_FALSE(append_term_data(1, std::string("\x05\x01\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01", 12), l).is_ok());
  EXPECT_TRUE(l.keys.empty());
}

}  // namespace
}  // namespace rightstrack
