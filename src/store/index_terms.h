// What the search index holds for one provision besides its words: tag tokens for the filters of
// the query language (k_pledge, c_children, s_lux, b_hrc, y_2020, d_a_hrc_res_21_21, …), made the
// same way by every backend. Bump kIndexFormat when they change: stores rebuild their index.
#pragma once

#include <string>
#include <string_view>

#include "core/document.h"

namespace rightstrack {

inline constexpr int kIndexFormat = 2;

// "c" + "SDG-16.3" → "c_sdg_16_3": lowercase ASCII letters and digits, anything else '_'.
std::string tag_token(std::string_view prefix, std::string_view value);

// Space-separated tag tokens of provision `p` of `doc`.
std::string index_tags(const DocumentMeta& meta, const Provision& p);

}  // namespace rightstrack
