#include "store/sqlite/annotation_codec.h"

#include <gtest/gtest.h>

#include "store/sqlite/migrations.h"
#include "store/sqlite/statement.h"

namespace rightstrack::sqlite {
namespace {

class AnnotationCodec : public testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(sqlite3_open(":memory:", &db_), SQLITE_OK);
    ASSERT_TRUE(migrate(db_, 5).ok());  // the terms table; the index (6) needs the tokenizer
  }
  void TearDown() override { sqlite3_close(db_); }
  sqlite3* db_ = nullptr;
};

TEST_F(AnnotationCodec, RoundTripsThroughTheTermsTable) {
  std::vector<Annotation> anns = {
      {"LUX", 0, 9, "states.tsv:102"}, {"SDG-16", 163, 169, "implied:SDG-16.7"}, {"children", 100000, 100006, "user"}};
  TermDictionary writer(db_);
  auto blob = encode_annotations(anns, writer);
  ASSERT_TRUE(blob.ok());
  EXPECT_LT(blob->size(), 30u);
  TermDictionary reader(db_);  // a fresh cache reads the table
  auto back = decode_annotations(blob.value(), reader);
  ASSERT_TRUE(back.ok()) << back.status().message();
  ASSERT_EQ(back->size(), 3u);
  EXPECT_EQ(back.value()[1].concept_id, "SDG-16");
  EXPECT_EQ(back.value()[1].begin, 163u);
  EXPECT_EQ(back.value()[1].end, 169u);
  EXPECT_EQ(back.value()[1].source, "implied:SDG-16.7");
  EXPECT_EQ(back.value()[2].begin, 100000u);
}

TEST_F(AnnotationCodec, DamagedBlobsAreCorruptionNotCrashes) {
  TermDictionary terms(db_);
  auto blob = encode_annotations({{"LUX", 0, 300, "states.tsv:1"}}, terms);
  ASSERT_TRUE(blob.ok());
  auto truncated = decode_annotations(blob->substr(0, blob->size() - 1), terms);
  EXPECT_FALSE(truncated.ok());
  auto unknown = decode_annotations(std::string("\x7f\x00\x01\x7e", 4), terms);
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.status().message().find("unknown term"), std::string::npos);
  EXPECT_FALSE(decode_annotations(std::string(12, '\xff'), terms).ok());
}

TEST_F(AnnotationCodec, TermsOfARolledBackTransactionAreForgotten) {
  TermDictionary terms(db_);
  ASSERT_TRUE(exec(db_, "BEGIN").is_ok());
  auto id = terms.id("rolled-back");
  ASSERT_TRUE(id.ok());
  ASSERT_TRUE(exec(db_, "ROLLBACK").is_ok());
  terms.forget();
  EXPECT_FALSE(terms.term(id.value()).ok());
  auto again = terms.id("rolled-back");
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(terms.term(again.value()).value(), "rolled-back");
}

TEST_F(AnnotationCodec, ReadsTheTextFormOfOlderRows) {
  auto anns = decode_annotations_text(
      "LUX\x1f"
      "0\x1f"
      "9\x1fstates.tsv:102\x1eHRC\x1f"
      "6\x1f"
      "21\x1f"
      "bodies.tsv:3");
  ASSERT_TRUE(anns.ok());
  ASSERT_EQ(anns->size(), 2u);
  EXPECT_EQ(anns.value()[1].concept_id, "HRC");
  EXPECT_EQ(anns.value()[1].end, 21u);
  EXPECT_FALSE(decode_annotations_text("LUX\x1f"
                                       "0")
                   .ok());
}

}  // namespace
}  // namespace rightstrack::sqlite
