// Clause verbs: the opening verb phrase of a resolution paragraph as printed ("又重申",
// "Also reaffirms", "表示关切" of "表示关切的是") and its canonical id shared across languages.
#pragma once

#include <string>
#include <string_view>

#include "parse/rule_pack.h"

namespace rightstrack::parse {

struct ClauseVerb {
  std::string printed;  // as in the text, without trailing particles
  std::string id;       // "reaffirm"
};

// The verb phrase that opens `text`, or an empty ClauseVerb.
ClauseVerb opening_verb(std::string_view text, const RulePack& pack);

}  // namespace rightstrack::parse
