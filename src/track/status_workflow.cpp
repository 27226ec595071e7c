#include "track/status_workflow.h"

#include <algorithm>
#include <map>

namespace rightstrack::track {
namespace {

const std::map<std::string, std::vector<std::string>>& transitions() {
  static const std::map<std::string, std::vector<std::string>> kNext = {
      {"not_started", {"in_progress", "partially_implemented", "implemented", "not_implemented", "withdrawn"}},
      {"in_progress", {"partially_implemented", "implemented", "not_implemented", "withdrawn"}},
      {"partially_implemented", {"in_progress", "implemented", "not_implemented", "withdrawn"}},
      {"implemented", {"in_progress", "partially_implemented"}},
      {"not_implemented", {"in_progress", "partially_implemented", "implemented"}},
      {"withdrawn", {"not_started"}},
  };
  return kNext;
}

}  // namespace

const std::vector<std::string>& statuses() {
  static const std::vector<std::string> kAll = {"not_started", "in_progress",     "partially_implemented",
                                                "implemented", "not_implemented", "withdrawn"};
  return kAll;
}

bool is_status(const std::string& s) { return transitions().count(s) > 0; }

Status check_transition(const std::string& from, const std::string& to, bool has_evidence) {
  if (!is_status(to)) {
    std::string all;
    for (const auto& s : statuses()) all += (all.empty() ? "" : ", ") + s;
    return Status::invalid_input("'" + to + "' is not a status; the statuses are " + all);
  }
  if (!is_status(from)) return Status::corruption("stored status '" + from + "' is unknown");
  if (from == to) return Status::invalid_input("the commitment is already " + to);
  const auto& next = transitions().at(from);
  if (std::find(next.begin(), next.end(), to) == next.end()) {
    std::string allowed;
    for (const auto& s : next) allowed += (allowed.empty() ? "" : ", ") + s;
    return Status::invalid_input("a commitment that is " + from + " cannot become " + to + "; it can become " +
                                 allowed);
  }
  if ((to == "implemented" || to == "partially_implemented") && !has_evidence)
    return Status::invalid_input("marking a commitment " + to +
                                 " needs evidence: --evidence DOC#PROVISION, a URL, or a file");
  return Status::ok();
}

}  // namespace rightstrack::track
