// The query language: words, "phrases", prefix* words, AND / OR / NOT (or -word), parentheses,
// and filters name:value (kind, state, concept, sdg, theme, body, doc, date, lang, type).
// Words next to each other are ANDed; AND binds tighter than OR. Errors name the place.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace rightstrack::search {

struct QueryNode {
  enum class Type { kTerm, kPhrase, kPrefix, kFilter, kAnd, kOr, kNot };
  Type type = Type::kTerm;
  std::string field;  // kFilter: "kind", "state", …
  std::string value;  // kTerm, kPhrase, kPrefix, kFilter
  std::vector<QueryNode> children;
};

// The filter names the language knows.
const std::vector<std::string>& filter_names();

Result<QueryNode> parse_query(std::string_view query);

// The query written back (for messages and tests): AND(a, OR(b, c)) → "(a AND (b OR c))".
std::string to_string(const QueryNode& node);

}  // namespace rightstrack::search
