// PDF, Word and HTML documents read into the same lines the parser takes: the PDF and .docx
// versions of the samples (made by scripts/data/make_office_samples.sh with LibreOffice) parse to
// the provisions of the text versions; bad input is refused with a message that says what is wrong.
#include "read/document_reader.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iostream>
#include <sstream>

#include "parse/parser.h"
#include "read/pdf_reader.h"

namespace rightstrack {
namespace {

std::string data(const std::string& rel) { return std::string(RIGHTSTRACK_TEST_DATA) + "/" + rel; }
std::string sample(const std::string& name) { return std::string(RIGHTSTRACK_SOURCE_DIR) + "/data/samples/" + name; }

std::string bytes_of(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream b;
  b << in.rdbuf();
  return b.str();
}

// Provision texts without spaces (line breaks and layout change spacing, not words).
std::vector<std::string> provisions(const std::string& path) {
  auto text = read_document(path);
  EXPECT_TRUE(text.ok()) << text.status().message();
  if (!text.ok()) return {};
  std::vector<std::string> out;
  for (const auto& p : parse::parse_document(text->lines).provisions) {
    std::string t;
    for (char c : p.text)
      if (c != ' ' && c != '\t') t.push_back(c);
    out.push_back(p.kind + ":" + t);
  }
  return out;
}

double shared(const std::vector<std::string>& want, const std::vector<std::string>& got) {
  size_t found = 0;
  for (const auto& w : want) found += std::find(got.begin(), got.end(), w) != got.end();
  return want.empty() ? 0 : static_cast<double>(found) / static_cast<double>(want.size());
}

const char* kSamples[] = {"000_f4626f13f5795eeb", "001_3cb7da14d703b69e", "002_954a802aa9703412",
                          "003_694d42ce343c5208", "004_c70ae1ba36e06e75"};

TEST(DocumentReader, WordVersionsParseLikeTheText) {
  for (const char* s : kSamples) {
    auto text = provisions(sample(std::string(s) + ".txt"));
    auto word = provisions(data("office/" + std::string(s) + ".docx"));
    EXPECT_GE(shared(text, word), 0.95) << s;
    EXPECT_EQ(read_document(data("office/" + std::string(s) + ".docx"))->format, "docx");
  }
}

TEST(DocumentReader, PdfVersionsParseLikeTheText) {
  double sum = 0;
  for (const char* s : kSamples) {
    auto text = provisions(sample(std::string(s) + ".txt"));
    auto pdf = provisions(data("office/" + std::string(s) + ".pdf"));
    double r = shared(text, pdf);
    std::cout << s << ".pdf: " << static_cast<int>(r * 1000) / 10.0 << "% of the text version's provisions\n";
    sum += r;
    EXPECT_GE(r, 0.95) << s;  // 96.9–100 % on 2026-11-23 (the rest: wording split differently)
    auto read = read_document(data("office/" + std::string(s) + ".pdf"));
    EXPECT_EQ(read->format, "pdf");
    EXPECT_GE(read->pages, 2u);
  }
  EXPECT_GE(sum / 5, 0.98);
}

TEST(DocumentReader, EnglishTestDocumentsToo) {
  double sum = 0;
  for (const char* s : {"draft_resolution", "ga_resolution_vote", "hrc_resolution", "note_verbale_plain",
                        "note_verbale_pledges", "resolution_plain", "upr_report"}) {
    auto text = provisions(data("en/" + std::string(s) + ".txt"));
    for (const char* ext : {".pdf", ".docx"}) {
      double r = shared(text, provisions(data("office/en/" + std::string(s) + ext)));
      std::cout << s << ext << ": " << static_cast<int>(r * 1000) / 10.0 << "%\n";
      // Measured 2026-11-23: .docx 81.8–100 %, PDF 71.4–100 % (LibreOffice's PDF of a text file
      // whose paragraphs are unindented lines gives no sign where a full last line ends a
      // paragraph); a guard against getting worse, not the goal.
      EXPECT_GE(r, 0.70) << s << ext;
      sum += r;
    }
  }
  EXPECT_GE(sum / 14, 0.88);
}

TEST(DocumentReader, TwoColumnsReadColumnAfterColumn) {
  auto pdf = read_document(data("office/two_columns.pdf"));
  ASSERT_TRUE(pdf.ok()) << pdf.status().message();
  auto doc = parse::parse_document(pdf->lines);
  std::vector<std::string> labels;
  for (const auto& p : doc.provisions) {
    labels.push_back(p.label);
    EXPECT_NE(p.text.find("will report on its progress each year."), std::string::npos) << p.text;
  }
  std::vector<std::string> want;
  for (int i = 1; i <= 14; ++i) want.push_back(std::to_string(i));
  EXPECT_EQ(labels, want);  // 1–14 in order, none cut across the columns
}

TEST(DocumentReader, FootnotesInSmallerTypeAtThePageFoot) {
  auto pdf = read_document(data("office/footnotes.pdf"));
  ASSERT_TRUE(pdf.ok()) << pdf.status().message();
  std::vector<std::string> notes;
  size_t operative = 0;
  for (const auto& p : parse::parse_document(pdf->lines).provisions) {
    if (p.kind == "footnote") notes.push_back(p.label + " " + p.text);
    operative += p.kind != "footnote";
  }
  EXPECT_EQ(notes, (std::vector<std::string>{"1 See A/HRC/22/2.", "2 See A/HRC/24/4.", "3 See A/HRC/26/6."}));
  EXPECT_EQ(operative, 6u);
}

TEST(DocumentReader, TheKindComesFromTheContent) {
  std::string pdf = bytes_of(data("office/003_694d42ce343c5208.pdf"));
  auto as_txt = decode_document(pdf, "misnamed.txt");
  ASSERT_TRUE(as_txt.ok()) << as_txt.status().message();
  EXPECT_EQ(as_txt->format, "pdf");
  EXPECT_EQ(decode_document("第一行\n", "a.pdf")->format, "text");
}

TEST(DocumentReader, BadDocumentsAreRefusedWithTheReason) {
  auto why = [](const std::string& rel, size_t max = 64u << 20) {
    ReadOptions o;
    o.max_bytes = max;
    auto r = read_document(data(rel), o);
    EXPECT_FALSE(r.ok()) << rel;
    return r.ok() ? std::string() : r.status().message();
  };
  EXPECT_NE(why("office/bad_encrypted.pdf").find("encrypted"), std::string::npos);
  EXPECT_NE(why("office/bad_image_only.pdf").find("no text layer"), std::string::npos);
  EXPECT_NE(why("office/bad_truncated.pdf").find("damaged or truncated"), std::string::npos);
  EXPECT_NE(why("office/bad_not_word.docx").find("not a Word document"), std::string::npos);
  EXPECT_NE(why("office/bad_bomb.docx", 1u << 20).find("zip bomb"), std::string::npos);
  std::string word = bytes_of(data("office/003_694d42ce343c5208.docx"));
  auto cut = decode_document(std::string_view(word).substr(0, word.size() / 2), "cut.docx");
  ASSERT_FALSE(cut.ok());
  EXPECT_NE(cut.status().message().find("cut.docx"), std::string::npos);
  EXPECT_FALSE(decode_document("<html><body><script>x()</script></body></html>", "empty.html").ok());
}

TEST(DocumentReader, HtmlPagesKeepTheTextAndDropTheRest) {
  auto page = read_document(data("html/resolution.html"));
  ASSERT_TRUE(page.ok()) << page.status().message();
  EXPECT_EQ(page->format, "html");
  std::string all;
  for (const auto& l : page->lines) all += l + "\n";
  EXPECT_EQ(all.find("tracker"), std::string::npos);     // script
  EXPECT_EQ(all.find("color: red"), std::string::npos);  // style
  EXPECT_EQ(all.find("Home"), std::string::npos);        // navigation
  EXPECT_NE(all.find("1. Requests the Office of the High Commissioner"), std::string::npos) << all;
  EXPECT_NE(all.find("Distr.: General\n11 October 2012"), std::string::npos);  // <br> is a line break
  EXPECT_NE(all.find("Luxembourg\tYes"), std::string::npos);                   // a table row, cells by tabs
  auto doc = parse::parse_document(page->lines);
  EXPECT_EQ(doc.meta.symbol, "A/HRC/RES/21/21");
  EXPECT_EQ(doc.meta.date, "2012-10-11");
}

TEST(PdfReader, RunningHeadersPageNumbersAndHyphensGo) {
  std::vector<std::vector<std::string>> pages = {
      {"A/HRC/55/1", "", "1. The Council recog-", "nizes the work.", "GE.24-01234", "2"},
      {"A/HRC/55/1", "2. It decides to con-", "tinue.", "GE.24-01234", "3"},
      {"A/HRC/55/1", "3. And ends here.", "GE.24-01234", "4"}};
  auto lines = join_pages(pages);
  std::string all;
  for (const auto& l : lines) all += l + "|";
  EXPECT_EQ(all.find("A/HRC/55/1"), std::string::npos) << all;  // on every page's top: a running header
  EXPECT_EQ(all.find("GE.24"), std::string::npos) << all;
  EXPECT_EQ(all.find("|2|"), std::string::npos) << all;
  EXPECT_NE(all.find("1. The Council recognizes the work."), std::string::npos) << all;
  EXPECT_NE(all.find("2. It decides to continue."), std::string::npos) << all;
  // A single page keeps its first line (nothing repeats to call it furniture).
  EXPECT_EQ(join_pages({{"A/HRC/55/1", "Text."}}).front(), "A/HRC/55/1");
}

}  // namespace
}  // namespace rightstrack

namespace rightstrack {
namespace {

// The six UN languages, told by script and frequent words (stored on the document as meta.language).
TEST(Language, SixUnLanguages) {
  EXPECT_EQ(parse::detect_language({"人权理事会，", "重申各国根据《联合国宪章》有义务增进对人权的尊重"}), "zh");
  EXPECT_EQ(parse::detect_language({"The Human Rights Council,", "Reaffirming the obligation of States"}), "en");
  EXPECT_EQ(parse::detect_language({"Le Conseil des droits de l'homme,", "Réaffirmant les obligations des États et"}),
            "fr");
  EXPECT_EQ(
      parse::detect_language({"El Consejo de Derechos Humanos,", "Reafirmando las obligaciones de los Estados y"}),
      "es");
  EXPECT_EQ(parse::detect_language({"Совет по правам человека,", "вновь подтверждая обязательства государств"}), "ru");
  EXPECT_EQ(parse::detect_language({"إن مجلس حقوق الإنسان،", "إذ يؤكد من جديد التزامات الدول"}), "ar");
  auto pdf = read_document(data("office/003_694d42ce343c5208.pdf"));
  ASSERT_TRUE(pdf.ok());
  EXPECT_EQ(parse::parse_document(pdf->lines).meta.language, "zh");
}

}  // namespace
}  // namespace rightstrack
