// Small helpers the subcommands share.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "store/repository.h"

namespace rightstrack::cli {

// Opens the database, or prints why it cannot be opened and returns null.
std::unique_ptr<Repository> open_or_report(const std::string& db);
// The stored document `key` names (id, symbol, file name …), or nothing after printing why;
// then `exit_code` says what the command returns.
std::optional<StoredDocument> find_or_report(Repository& repo, const std::string& key, int& exit_code);

// Prints `s` and returns the exit status it means: 1 for bad input, unknown ids and conflicts, 2
// for anything else.
int report_status(const Status& s);

}  // namespace rightstrack::cli
