// QueryPlan: a parsed query turned into what the store runs (a MatchExpr over words and tags)
// plus what ranking and explanations need. Cross-language: a word or phrase that is a label of a
// concept in any language (儿童, children, human rights defenders, 人权维护者) also matches
// provisions annotated with that concept, whatever their language.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "search/query_parser.h"
#include "store/repository.h"

namespace rightstrack::search {

struct PlannedTerm {
  std::string text;                 // as the user wrote it
  std::vector<std::string> tokens;  // its index tokens
  std::string concept_id;           // the concept it names, if any
};

struct QueryPlan {
  MatchExpr match;
  std::string date_from, date_to;  // inclusive bounds on the document date ("2020", "2020-03-01"); empty = open
  std::vector<PlannedTerm> terms;  // the positive words and phrases, for ranking and highlights
  std::vector<std::string> filter_concepts;  // concepts named by filters (concept:, theme:, sdg:, state:…)
};

Result<QueryPlan> plan_query(const QueryNode& query);

}  // namespace rightstrack::search
