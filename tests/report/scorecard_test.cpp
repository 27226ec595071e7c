#include "report/scorecard.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "support/parse_file.h"
#include "support/temp_dir.h"
#include "track/tracker.h"

namespace rightstrack::report {
namespace {

class Scorecards : public ::testing::Test {
 protected:
  void SetUp() override {
    auto repo = open_repository(dir_.file("r.db"));
    ASSERT_TRUE(repo.ok());
    repo_ = std::move(repo).value();
    std::string file = std::string(RIGHTSTRACK_SOURCE_DIR) + "/data/samples/000_f4626f13f5795eeb.txt";
    Document d = rightstrack::testing::parse_file(file, true);
    auto put = repo_->put_document(file, d, "x");
    ASSERT_TRUE(put.ok());
    ASSERT_TRUE(track::track_document(*repo_, put->id, d, file, 1).ok());
    auto first = repo_->list_commitments({}).value().front();
    // A note written to break a careless report: markup, a comma, a quote, a pipe.
    auto done = track::set_status(*repo_, {first.id,
                                           1,
                                           "implemented",
                                           "ana",
                                           "<script>alert(1)</script>, \"ok\" | x",
                                           {{"url", "https://example.org/a?b=<c>", ""}}});
    ASSERT_TRUE(done.ok()) << done.status().message();
    auto card = build_scorecard(*repo_, "LUX");
    ASSERT_TRUE(card.ok());
    card_ = std::move(card).value();
  }
  rightstrack::testing::TempDir dir_;
  std::unique_ptr<Repository> repo_;
  Scorecard card_;
};

TEST_F(Scorecards, CountsAndLatestChange) {
  EXPECT_EQ(card_.items.size(), 32u);
  EXPECT_EQ(card_.by_status["implemented"], 1u);
  EXPECT_EQ(card_.by_status["not_started"], 31u);
  EXPECT_EQ(card_.by_kind["pledge"], 32u);
  ASSERT_TRUE(card_.items.front().latest.has_value());
  EXPECT_EQ(card_.items.front().latest->who, "ana");
}

TEST_F(Scorecards, HtmlIsSelfContainedAndEscaped) {
  std::string html = to_html(card_);
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html.find("<svg"), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);  // the note is text, not markup
  EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  for (const char* fetch : {"src=", "<link", "url(", "@import"})  // nothing loaded from elsewhere
    EXPECT_EQ(html.find(fetch), std::string::npos) << fetch;
  // Balanced table rows: one per commitment.
  size_t rows = 0;
  for (size_t at = html.find("<tr>"); at != std::string::npos; at = html.find("<tr>", at + 1)) ++rows;
  EXPECT_EQ(rows, 33u);  // header + 32
}

TEST_F(Scorecards, CsvMarkdownAndJson) {
  std::string csv = to_csv(card_);
  // Every record has the header's 12 fields, quotes respected.
  std::vector<size_t> fields;
  bool quoted = false;
  size_t n = 1;
  for (size_t i = 0; i < csv.size(); ++i) {
    char c = csv[i];
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == ',') ++n;
    if (c == '\r' && i + 1 < csv.size() && csv[i + 1] == '\n') {
      fields.push_back(n);
      n = 1;
      ++i;
    }
  }
  EXPECT_FALSE(quoted);
  ASSERT_EQ(fields.size(), 33u);
  for (size_t f : fields) EXPECT_EQ(f, 12u);
  EXPECT_NE(csv.find("ana"), std::string::npos);
  std::string md = to_markdown(card_);
  EXPECT_NE(md.find("# Commitments of LUX"), std::string::npos);
  EXPECT_NE(md.find("\\| x"), std::string::npos);  // a pipe in a cell is escaped
  auto j = nlohmann::json::parse(to_json(card_));
  EXPECT_EQ(j["total"], 32);
  EXPECT_EQ(j["by_status"]["implemented"], 1);
  EXPECT_FALSE(render(card_, "pdf").ok());
}

}  // namespace
}  // namespace rightstrack::report
