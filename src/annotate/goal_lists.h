// Goal lists: the Sustainable Development Goals and targets a text names in a list — "Goals 5
// and 16", "SDGs 3, 4 and 5", "targets 16.3 and 16.10", "可持续发展目标5和16", "目标3、4和5" —
// where the taxonomy's patterns see only the first number ("Goal 5", "目标5").
#pragma once

#include <string_view>
#include <vector>

#include "core/provision.h"

namespace rightstrack::annotate {

// Each goal or target of each list, spanning its number, with source "rule:goal_lists"; ids
// are "SDG-5" / "SDG-16.3" (the caller keeps those its taxonomy knows).
std::vector<Annotation> goal_lists(std::string_view text);

}  // namespace rightstrack::annotate
