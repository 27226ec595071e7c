// What the search index holds for one provision besides its words: tag tokens for the filters of
// the query language (k_pledge, c_children, s_lux, b_hrc, y_2020, d_a_hrc_res_21_21, …), made the
// same way by every backend. Bump kIndexFormat when they change: stores rebuild their index.
#pragma once

#include <set>
#include <string>
#include <string_view>

#include "core/document.h"

namespace rightstrack {

inline constexpr int kIndexFormat = 3;

// "c" + "SDG-16.3" → "c_sdg_16_3": lowercase ASCII letters and digits, anything else '_'.
std::string tag_token(std::string_view prefix, std::string_view value);

// Tags every provision of the document carries: its author and sponsors (the states it is "of"),
// body, year, symbol, type and language.
std::set<std::string> document_tags(const DocumentMeta& meta);

// Tags of one provision: its kind, its concepts, a UPR recommendation's recommending states.
std::set<std::string> provision_tags(const Provision& p);

}  // namespace rightstrack
