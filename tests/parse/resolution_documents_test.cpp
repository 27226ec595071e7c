// An adopted Council resolution as the UN prints it with its masthead, in Chinese and English
// (tests/data/{zh,en}/hrc_resolution_masthead.txt, written after A/HRC/RES/46/7): the masthead's
// columns on one line, "46/7. 人权与环境" as number and title, a list of dated resolutions, and in
// plain English text a footnote with no rule above it.
#include <gtest/gtest.h>

#include <algorithm>

#include "parse/parser.h"
#include "support/parse_file.h"
#include "support/provisions.h"

namespace rightstrack::parse {
using rightstrack::testing::of_kind;

namespace {

// A test document, parsed and annotated, that is Council resolution 46/7 adopted on 23 March 2021
// (not dated by its issue, 29 March) under the title `title`.
Document resolution_46_7(const std::string& path, const std::string& title) {
  Document d = testing::parse_file(testing::test_data(path), /*annotated=*/true);
  EXPECT_EQ(d.meta.doc_type, "resolution") << path;
  EXPECT_EQ(d.meta.body, "HRC") << path;
  EXPECT_EQ(d.meta.symbol, "A/HRC/RES/46/7") << path;
  EXPECT_EQ(d.meta.title, title) << path;
  EXPECT_EQ(d.meta.date, "2021-03-23") << path;
  return d;
}

}  // namespace

TEST(ResolutionDocuments, ChineseCouncilResolutionWithMasthead) {
  Document d = resolution_46_7("zh/hrc_resolution_masthead.txt", "人权与环境");
  EXPECT_EQ(d.meta.original_language, "en");
  ASSERT_TRUE(d.meta.adoption);
  EXPECT_EQ(d.meta.adoption->meeting, 41);
  EXPECT_EQ(d.meta.adoption->vote, "without_vote");
  EXPECT_EQ(of_kind(d, "preamble").size(), 4u);
  auto operative = of_kind(d, "operative");
  ASSERT_EQ(operative.size(), 6u);
  EXPECT_EQ(operative[0]->footnote_refs, std::vector<std::string>{"¹"});
  EXPECT_EQ(operative[2]->request->kind, "mandate_renewal");
  EXPECT_EQ(operative[2]->request->years, 3);
  EXPECT_EQ(operative[4]->request->addressee, "OHCHR");
  EXPECT_EQ(operative[4]->request->due_session, 49);
  // "2019年3月22日第40/11号和2020年10月6日第45/17号决议": both, though only the last says 决议.
  const auto& cites = of_kind(d, "preamble")[1]->cites;
  for (const char* s : {"A/HRC/RES/40/11", "A/HRC/RES/45/17", "A/RES/70/1"})
    EXPECT_NE(std::find(cites.begin(), cites.end(), s), cites.end()) << s;
}

TEST(ResolutionDocuments, EnglishCouncilResolutionWithMasthead) {
  Document d = resolution_46_7("en/hrc_resolution_masthead.txt", "Human rights and the environment");
  auto operative = of_kind(d, "operative");
  ASSERT_EQ(operative.size(), 5u);
  // "…at its forty-sixth session;1" and, at the end, "1 A/HRC/46/28." — the note, not a paragraph.
  EXPECT_EQ(operative[0]->footnote_refs, std::vector<std::string>{"1"});
  EXPECT_EQ(operative.back()->text, "Decides to remain seized of the matter.");
  auto notes = of_kind(d, "footnote");
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0]->label, "1");
  EXPECT_EQ(notes[0]->text, "A/HRC/46/28.");
  EXPECT_EQ(operative[2]->request->kind, "mandate_renewal");
  EXPECT_EQ(operative[3]->request->due_session, 49);
}

// A paragraph that opens with a number is a footnote only when a reference awaits it.
TEST(ResolutionDocuments, NumberOpeningAParagraphIsNotANoteUnlessAwaited) {
  std::vector<std::string> lines = {
      "The Human Rights Council,",     "", "Recalling its resolution 5/1,", "", "1. Decides to act;", "",
      "2 000 persons were consulted.", "", "2. Requests a report;3",        "", "3 See A/HRC/46/28."};
  Document d = parse_document(lines);
  auto notes = of_kind(d, "footnote");
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0]->label, "3");
  for (const auto& p : d.provisions)
    if (p.text.rfind("2 000", 0) == 0) {
      EXPECT_NE(p.kind, "footnote");
    }
}

}  // namespace rightstrack::parse
