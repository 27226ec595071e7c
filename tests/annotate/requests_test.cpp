#include "annotate/requests.h"

#include <gtest/gtest.h>

#include "annotate/concept_matcher.h"

namespace rightstrack::annotate {
namespace {

Provision operative(const std::string& text, const std::string& verb_id) {
  Provision p;
  p.kind = "operative";
  p.text = text;
  p.verb_id = verb_id;
  p.annotations = ConceptMatcher::instance().match(text);
  return p;
}

}  // namespace

TEST(Requests, ReportDueAtASession) {
  auto r = find_request(operative("请联合国人权事务高级专员办事处编写一份报告，介绍办事处的活动情况，将报告提交人权理事"
                                  "会第二十二届会议，作为专题小组讨论的基础",
                                  "request"),
                        "zh");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->kind, "report");
  EXPECT_EQ(r->addressee, "OHCHR");
  EXPECT_EQ(r->due_session, 22);
  auto en = find_request(
      operative(
          "Requests the Secretary-General to submit a report to the Human Rights Council at its forty-sixth session;",
          "request"),
      "en");
  ASSERT_TRUE(en);
  EXPECT_EQ(en->kind, "report");
  EXPECT_EQ(en->addressee, "SG");
  EXPECT_EQ(en->due_session, 46);
}

TEST(Requests, MandateRenewalYears) {
  auto r = find_request(operative("决定将人权与国际团结独立专家的任务延长三年；", "decide"), "zh");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->kind, "mandate_renewal");
  EXPECT_EQ(r->addressee, "SPECIAL-PROCEDURES");
  EXPECT_EQ(r->years, 3);
  // "for a period of" after the mandate or before it.
  for (auto [text, years] :
       {std::pair<const char*, int>{
            "Decides to extend the mandate of the Independent Expert for a period of three years;", 3},
        {"Decides to extend, for a period of two years, the mandate of the Independent Expert;", 2}}) {
    auto en = find_request(operative(text, "decide"), "en");
    ASSERT_TRUE(en) << text;
    EXPECT_EQ(en->kind, "mandate_renewal") << text;
    EXPECT_EQ(en->years, years) << text;
  }
  // Other wordings of the years: 两 (two), "为期…年".
  for (auto [text, years] : {std::pair<const char*, int>{"决定将独立专家的任务延长两年；", 2},
                             {"决定将特别报告员的任务再延长一年；", 1},
                             {"决定延长特别报告员的任务，为期三年；", 3}}) {
    auto zh = find_request(operative(text, "decide"), "zh");
    ASSERT_TRUE(zh) << text;
    EXPECT_EQ(zh->kind, "mandate_renewal") << text;
    EXPECT_EQ(zh->years, years) << text;
  }
}

TEST(Requests, OnlyOperativeParagraphsAsk) {
  auto p = operative("决定在同一议程项目下继续审议此事。", "decide");
  EXPECT_FALSE(find_request(p, "zh"));
  p.kind = "preamble";
  p.text = "请联合国人权事务高级专员办事处编写一份报告";
  EXPECT_FALSE(find_request(p, "zh"));
}

}  // namespace rightstrack::annotate

#include "annotate/annotator.h"

namespace rightstrack::annotate {

TEST(PeoplesAnnotations, TagAndUntagSurviveAnnotatingAgain) {
  Document d;
  d.meta.language = "zh";
  Provision p;
  p.id = "p1";
  p.kind = "paragraph";
  p.text = "保护和促进儿童权利，支持人权维护者";
  d.provisions.push_back(p);
  annotate_document(d);
  auto has = [&](const std::string& id) {
    for (const auto& a : d.provisions[0].annotations)
      if (a.concept_id == id && a.source != kUserRemoved) return true;
    return false;
  };
  ASSERT_TRUE(has("children"));
  EXPECT_TRUE(untag(d.provisions[0], "children").is_ok());
  EXPECT_TRUE(tag(d.provisions[0], "youth").is_ok());
  EXPECT_FALSE(tag(d.provisions[0], "not-a-concept").is_ok());
  EXPECT_FALSE(untag(d.provisions[0], "torture").is_ok());
  annotate_document(d);
  EXPECT_FALSE(has("children"));  // removed by a person: the rules do not bring it back
  EXPECT_TRUE(has("youth"));      // added by a person: kept
  EXPECT_TRUE(has("human-rights-defenders"));
  EXPECT_TRUE(tag(d.provisions[0], "children").is_ok());  // a person can take a removal back
  EXPECT_TRUE(has("children"));
}

}  // namespace rightstrack::annotate
