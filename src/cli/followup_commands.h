// The follow-up subcommands of `rightstrack`: institutions and assignments, indicators, evidence
// suggestions, due dates set by people, and export / import of all tracking data.
#pragma once

#include <CLI/CLI.hpp>
#include <optional>
#include <string>

#include "core/tracking.h"

namespace rightstrack::cli {

struct FollowupCommands {
  std::string who, id, other;
  int64_t expected_version = 0;
  Institution institution;
  bool lead = false, remove = false, json = false;
  Indicator indicator;
  double baseline = 0, target = 0, value = 0;
  std::string date, note, state = "suggested", status, file;
  CLI::App *institution_add = nullptr, *institution_list = nullptr, *assign = nullptr, *indicator_add = nullptr,
           *indicator_set = nullptr, *indicator_list = nullptr, *suggestions = nullptr, *accept = nullptr,
           *reject = nullptr, *due_date = nullptr, *export_cmd = nullptr, *import_cmd = nullptr;
};

void add_followup_commands(CLI::App& app, FollowupCommands& f);
// The exit status of the follow-up subcommand given, or nothing when another was.
std::optional<int> run_followup(const std::string& db, const FollowupCommands& f);

}  // namespace rightstrack::cli
