// The status workflow of a commitment. Allowed transitions (anything else is refused):
//   not_started           → in_progress, partially_implemented, implemented, not_implemented, withdrawn
//   in_progress           → partially_implemented, implemented, not_implemented, withdrawn
//   partially_implemented → in_progress, implemented, not_implemented, withdrawn
//   implemented           → in_progress, partially_implemented   (reopened: the evidence fell short)
//   not_implemented       → in_progress, partially_implemented, implemented
//   withdrawn             → not_started                           (reinstated)
// Marking a commitment implemented or partially implemented needs evidence.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"

namespace rightstrack::track {

const std::vector<std::string>& statuses();
bool is_status(const std::string& s);
// Ok, or why `from` → `to` is refused (with the statuses `from` may go to).
Status check_transition(const std::string& from, const std::string& to, bool has_evidence);

}  // namespace rightstrack::track
