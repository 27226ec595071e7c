// Requests: what an operative paragraph asks of whom and by when — its addressee (a body or
// mechanism concept), kind (report, panel, mandate_renewal, resources), the session it is due at
// (提交人权理事会第二十二届会议 → 22, "at its twenty-second session" → 22) and a mandate's length
// in years (将…任务延长三年 → 3).
#pragma once

#include <optional>

#include "core/provision.h"

namespace rightstrack::annotate {

// Needs the provision's annotations (the addressee is one of them) and its verb id.
std::optional<Request> find_request(const Provision& p, const std::string& language);

}  // namespace rightstrack::annotate
