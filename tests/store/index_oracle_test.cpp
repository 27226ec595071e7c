// The search index against a naive oracle: random documents (pending, merged, merged again a
// level up, and re-annotated after merging), random queries of phrases, prefixes, tags, AND / OR /
// NOT; every answer must equal what scanning each provision's tokens and tags finds.
#include <gtest/gtest.h>

#include <functional>
#include <random>
#include <set>

#include "core/sha256.h"
#include "search/tokenizer.h"
#include "store/index_terms.h"
#include "store/repository.h"
#include "store/sqlite/sqlite_repository.h"
#include "support/sql_scalar.h"
#include "support/temp_dir.h"

namespace rightstrack {
namespace {

using Op = MatchExpr::Op;

const std::vector<std::string> kPieces = {"人",        "权",    "儿",       "童",      "维",      "护",
                                          "者",        "，",    " rights ", " right ", " child ", " children ",
                                          " protect ", " and ", "。",       " of "};
const std::vector<std::string> kKinds = {"operative", "preamble", "pledge", "heading"};
const std::vector<std::string> kBodies = {"HRC", "GA"};

struct Stored {
  int64_t id;
  Document doc;
};

// What the oracle knows of a provision: its tokens in order, and its tags.
struct Truth {
  int64_t key;
  std::vector<std::string> tokens, plain;
  std::set<std::string> tags;
};

bool has_phrase(const Truth& t, const std::vector<std::string>& phrase, bool prefix) {
  if (phrase.empty() || t.tokens.size() < phrase.size()) return false;
  for (size_t i = 0; i + phrase.size() <= t.tokens.size(); ++i) {
    size_t k = 0;
    for (; k < phrase.size(); ++k) {
      bool last = k + 1 == phrase.size();
      bool ok = prefix && last ? t.plain[i + k].rfind(phrase[k], 0) == 0 : t.tokens[i + k] == phrase[k];
      if (!ok) break;
    }
    if (k == phrase.size()) return true;
  }
  return false;
}

bool oracle(const MatchExpr& e, const Truth& t) {
  switch (e.op) {
    case Op::kPhrase:
    case Op::kPrefix: {
      std::vector<std::string> phrase;
      for (auto& tok : search::tokenize(e.text)) phrase.push_back(tok.text);
      if (e.op == Op::kPrefix && !phrase.empty()) phrase.back() = search::tokenize(e.text, {.stem = false}).back().text;
      return has_phrase(t, phrase, e.op == Op::kPrefix);
    }
    case Op::kTag:
      return t.tags.count(e.text) > 0;
    case Op::kAnd: {
      for (const auto& c : e.children)
        if (c.op == Op::kNot ? oracle(c.children[0], t) : !oracle(c, t)) return false;
      return true;
    }
    case Op::kOr:
      for (const auto& c : e.children)
        if (oracle(c, t)) return true;
      return false;
    case Op::kNot:
      return false;
  }
  return false;
}

class IndexOracle : public ::testing::Test {
 protected:
  std::mt19937 rng_{11};

  std::string text() {
    std::string s;
    for (int n = 3 + static_cast<int>(rng_() % 12); n > 0; --n) s += kPieces[rng_() % kPieces.size()];
    return s;
  }

  Document random_doc(int n) {
    Document d;
    d.sha256 = sha256_hex("oracle " + std::to_string(n));
    d.meta.language = "zh";
    d.meta.body = kBodies[rng_() % kBodies.size()];
    if (rng_() % 2) d.meta.author = rng_() % 2 ? "LUX" : "BEL";
    for (int i = 0, count = 1 + static_cast<int>(rng_() % 4); i < count; ++i) {
      Provision p;
      p.id = "p" + std::to_string(i);
      p.kind = kKinds[rng_() % kKinds.size()];
      p.text = text();
      if (rng_() % 3 == 0) p.annotations.push_back({"children", 0, 0, "taxonomy"});
      d.provisions.push_back(p);
    }
    return d;
  }

  MatchExpr random_leaf() {
    switch (rng_() % 5) {
      case 0:
        return {Op::kTag,
                rng_() % 2   ? "k_" + kKinds[rng_() % kKinds.size()]
                : rng_() % 2 ? "c_children"
                             : "c_torture",
                {}};
      case 1:
        return {Op::kTag, rng_() % 2 ? "b_hrc" : "s_lux", {}};
      case 2:
        return {Op::kPrefix, rng_() % 2 ? "chil" : "prot", {}};
      default: {
        std::string s;
        for (int n = 1 + static_cast<int>(rng_() % 3); n > 0; --n) s += kPieces[rng_() % 7];  // CJK only
        if (rng_() % 4 == 0) s = rng_() % 2 ? "rights of" : "child";
        return {Op::kPhrase, s, {}};
      }
    }
  }

  MatchExpr random_query(int depth) {
    if (depth == 0 || rng_() % 3 == 0) return random_leaf();
    MatchExpr e{rng_() % 2 ? Op::kAnd : Op::kOr, "", {}};
    for (int n = 2 + static_cast<int>(rng_() % 2); n > 0; --n) e.children.push_back(random_query(depth - 1));
    if (e.op == Op::kAnd && rng_() % 2) e.children.push_back({Op::kNot, "", {random_query(depth - 1)}});
    return e;
  }
};

TEST_F(IndexOracle, EveryAnswerIsWhatAScanFinds) {
  testing::TempDir dir;
  auto repo = open_repository(dir.file("o.db"));
  ASSERT_TRUE(repo.ok());
  std::vector<Stored> stored;
  // Eight batches make one of the next level; 100 more stay pending.
  const int documents = 8 * static_cast<int>(sqlite::SqliteRepository::kBatchDocuments) + 100;
  for (int n = 0; n < documents; ++n) {
    Document d = random_doc(n);
    auto put = repo.value()->put_document("/o/" + std::to_string(n), d, "oracle " + std::to_string(n));
    ASSERT_TRUE(put.ok()) << put.status().message();
    stored.push_back({put->id, std::move(d)});
  }
  auto check_queries = [&](int count) {
    std::vector<Truth> truths;
    for (const auto& [id, d] : stored) {
      auto whole = document_tags(d.meta);
      for (size_t seq = 0; seq < d.provisions.size(); ++seq) {
        Truth t{provision_key(id, seq), {}, {}, whole};
        for (auto& tok : search::tokenize(d.provisions[seq].text)) t.tokens.push_back(tok.text);
        for (auto& tok : search::tokenize(d.provisions[seq].text, {.stem = false})) t.plain.push_back(tok.text);
        auto own = provision_tags(d.provisions[seq]);
        t.tags.insert(own.begin(), own.end());
        truths.push_back(std::move(t));
      }
    }
    size_t nonempty = 0;
    for (int q = 0; q < count; ++q) {
      MatchExpr e = random_query(2);
      std::vector<int64_t> want;
      for (const auto& t : truths)
        if (oracle(e, t)) want.push_back(t.key);
      auto got = repo.value()->match_keys(e);
      ASSERT_TRUE(got.ok()) << got.status().message();
      ASSERT_EQ(got.value(), want) << "query " << q;
      nonempty += !want.empty();
    }
    EXPECT_GT(nonempty, static_cast<size_t>(count) / 3);  // the queries do find things
  };
  check_queries(200);
  EXPECT_EQ(testing::sql_scalar(dir.file("o.db"), "SELECT max(level) FROM index_batches"), 1);
  EXPECT_EQ(testing::sql_scalar(dir.file("o.db"), "SELECT count(*) FROM index_batches"), 1);
  // Re-annotate documents that are merged (their old entries go stale) and some twice.
  for (int k = 0; k < 300; ++k) {
    auto& [id, d] = stored[rng_() % (stored.size() - 100)];
    auto& p = d.provisions[rng_() % d.provisions.size()];
    if (rng_() % 2)
      p.annotations.push_back({"torture", 0, 0, "user"});
    else
      p.annotations.clear();
    ASSERT_TRUE(repo.value()->update_annotations(id, d).is_ok());
  }
  EXPECT_GT(testing::sql_scalar(dir.file("o.db"), "SELECT count(*) FROM index_stale"), 200);
  check_queries(200);
  auto problems = repo.value()->check();
  ASSERT_TRUE(problems.ok());
  EXPECT_TRUE(problems->empty()) << problems->front();
}

}  // namespace
}  // namespace rightstrack
