#include "report/scorecard.h"

#include <gtest/gtest.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <functional>
#include <map>
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
    auto card = build_scorecard(*repo_, {"LUX", "", "", "2030-01-01"});
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

// The HTML as a browser's parser sees it (libxml2's HTML parser): elements by name, and the text.
struct ParsedHtml {
  int errors = 0;
  std::string error;  // the last one
  std::map<std::string, size_t> elements;
  std::string text;
  std::vector<std::string> attributes;  // name=value of every attribute
};

// libxml2 parses HTML 4: inline SVG's elements are unknown to it ("Tag svg invalid") and are kept
// as elements; every other complaint (a stray end tag, bad nesting, bad encoding) is an error.
void collect_error(void* errors, xmlErrorPtr e) {
  std::string m = e->message ? e->message : "";
  for (const char* svg : {"Tag svg invalid", "Tag rect invalid", "Tag text invalid"})
    if (m.rfind(svg, 0) == 0) return;
  static_cast<std::vector<std::string>*>(errors)->push_back(m);
}

ParsedHtml parse_html(const std::string& html) {
  ParsedHtml out;
  std::vector<std::string> errors;
  xmlSetStructuredErrorFunc(&errors, collect_error);
  htmlDocPtr doc = htmlReadMemory(html.data(), static_cast<int>(html.size()), "report.html", "utf-8", HTML_PARSE_NONET);
  xmlSetStructuredErrorFunc(nullptr, nullptr);
  out.errors = static_cast<int>(errors.size());
  for (const auto& e : errors) out.error += e;
  std::function<void(xmlNodePtr)> walk = [&](xmlNodePtr n) {
    for (; n; n = n->next) {
      if (n->type == XML_ELEMENT_NODE) {
        ++out.elements[reinterpret_cast<const char*>(n->name)];
        for (xmlAttrPtr a = n->properties; a; a = a->next) {
          xmlChar* v = xmlNodeListGetString(n->doc, a->children, 1);
          out.attributes.push_back(std::string(reinterpret_cast<const char*>(a->name)) + "=" +
                                   (v ? reinterpret_cast<const char*>(v) : ""));
          xmlFree(v);
        }
      } else if (n->type == XML_TEXT_NODE && n->content) {
        out.text += reinterpret_cast<const char*>(n->content);
      }
      walk(n->children);
    }
  };
  if (doc) walk(xmlDocGetRootElement(doc));
  xmlFreeDoc(doc);
  return out;
}

TEST(HtmlCheck, CatchesBrokenMarkup) {  // the check below can fail
  EXPECT_GT(parse_html("<!DOCTYPE html><html><body><table><tr><td>x</p></b></td></tr></table></body></html>").errors,
            0);
  EXPECT_EQ(parse_html("<!DOCTYPE html><html><body><p>x</p><svg><rect/></svg></body></html>").errors, 0);
}

TEST_F(Scorecards, HtmlParsesAsSelfContainedEscapedPage) {
  std::string html = to_html(card_);
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  ParsedHtml page = parse_html(html);
  EXPECT_EQ(page.errors, 0) << page.error;
  EXPECT_EQ(page.elements["script"], 0u);  // the note is text, not markup
  EXPECT_NE(page.text.find("<script>alert(1)</script>, \"ok\" | x"), std::string::npos);
  EXPECT_EQ(page.elements["svg"], 2u);  // by status, by concept
  EXPECT_EQ(page.elements["rect"], 6u + std::min<size_t>(10, card_.by_concept.size()));
  EXPECT_EQ(page.elements["tr"], 33u);  // header + 32 commitments
  EXPECT_EQ(page.elements["link"] + page.elements["img"] + page.elements["iframe"], 0u);
  for (const auto& a : page.attributes) {  // nothing loaded from elsewhere
    EXPECT_NE(a.rfind("src=", 0), 0u) << a;
    EXPECT_EQ(a.find("url("), std::string::npos) << a;
  }
  EXPECT_NE(page.text.find("Commitments of LUX"), std::string::npos);
}

TEST_F(Scorecards, ScopesByConceptDocumentAndOverdue) {
  EXPECT_GT(card_.by_concept["CPED"], 0u);
  EXPECT_EQ(card_.by_concept.count("LUX"), 0u);  // the actor is not a concept of its own commitments
  // The term 2022–2024 ended before 2030: every open pledge is overdue; the implemented one is not.
  EXPECT_EQ(card_.overdue, 31u);
  auto on_cped = build_scorecard(*repo_, {"", "CPED", "", "2020-01-01"});
  ASSERT_TRUE(on_cped.ok());
  EXPECT_EQ(on_cped->items.size(), card_.by_concept["CPED"]);
  EXPECT_EQ(on_cped->title, "Commitments on CPED");
  EXPECT_EQ(on_cped->overdue, 0u);
  auto of_doc = build_scorecard(*repo_, {"", "", "000_f4626f13f5795eeb.txt", ""});
  ASSERT_TRUE(of_doc.ok());
  EXPECT_EQ(of_doc->items.size(), 32u);
  EXPECT_EQ(of_doc->title, "Commitments in 000_f4626f13f5795eeb.txt");
  EXPECT_FALSE(build_scorecard(*repo_, {"", "", "no-such-document", ""}).ok());
  // A goal covers its targets.
  for (const auto& [concept_id, n] : card_.by_concept)
    if (concept_id.rfind("SDG-", 0) == 0 && concept_id.find('.') != std::string::npos) {
      std::string goal = concept_id.substr(0, concept_id.find('.'));
      auto by_goal = build_scorecard(*repo_, {"LUX", goal, "", ""});
      ASSERT_TRUE(by_goal.ok());
      EXPECT_GE(by_goal->items.size(), n) << goal;
    }
}

TEST_F(Scorecards, CsvMarkdownAndJson) {
  std::string csv = to_csv(card_);
  // Every record has the header's 16 fields, quotes respected.
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
  for (size_t f : fields) EXPECT_EQ(f, 16u);
  EXPECT_NE(csv.find("ana"), std::string::npos);
  std::string md = to_markdown(card_);
  EXPECT_NE(md.find("# Commitments of LUX"), std::string::npos);
  EXPECT_NE(md.find("\\| x"), std::string::npos);  // a pipe in a cell is escaped
  auto j = nlohmann::json::parse(to_json(card_));
  EXPECT_EQ(j["total"], 32);
  EXPECT_EQ(j["overdue"], 31);
  EXPECT_EQ(j["title"], "Commitments of LUX");
  EXPECT_EQ(j["by_status"]["implemented"], 1);
  EXPECT_FALSE(render(card_, "pdf").ok());
}

}  // namespace
}  // namespace rightstrack::report
