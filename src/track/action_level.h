// Action levels (1 minimal … 5 specific action) after McMahon's scale for UPR recommendations,
// from the verbs of a commitment's text (data/track/action_levels.tsv).
#pragma once

#include <string_view>

namespace rightstrack::track {

// 0 when no verb of the scale is found.
int action_level(std::string_view text);

}  // namespace rightstrack::track
