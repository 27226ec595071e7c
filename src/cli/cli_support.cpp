#include "cli/cli_support.h"

#include <iostream>

#include "cli/commands.h"

namespace rightstrack::cli {

std::unique_ptr<Repository> open_or_report(const std::string& db) {
  auto repo = open_repository(db);
  if (!repo.ok()) {
    std::cerr << "rightstrack: " << repo.status().message() << "\n";
    return nullptr;
  }
  return std::move(repo).value();
}

std::optional<StoredDocument> find_or_report(Repository& repo, const std::string& key, int& exit_code) {
  auto found = repo.find_document(key);
  if (!found.ok()) {
    std::cerr << "rightstrack: " << found.status().message() << "\n";
    exit_code = kExitInternal;
    return std::nullopt;
  }
  if (!found.value()) {
    std::cerr << "rightstrack: no stored document matches '" << key << "' (try `rightstrack list`)\n";
    exit_code = kExitBadInput;
    return std::nullopt;
  }
  exit_code = kExitOk;
  return std::move(found).value();
}

int report_status(const Status& s) {
  std::cerr << "rightstrack: " << s.message() << "\n";
  switch (s.code()) {
    case Status::Code::kInvalidInput:
    case Status::Code::kNotFound:
    case Status::Code::kConflict:
      return kExitBadInput;
    default:
      return kExitInternal;
  }
}

}  // namespace rightstrack::cli
