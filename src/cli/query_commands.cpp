// `rightstrack list`, `show` and `check`: read what the store holds.
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "cli/text_view.h"
#include "core/document_json.h"
#include "store/repository.h"

namespace rightstrack::cli {
namespace {

nlohmann::ordered_json summary_json(const DocumentSummary& s) {
  return {{"id", s.id},
          {"version", s.version},
          {"file_name", s.file_name},
          {"path", s.path},
          {"sha256", s.sha256},
          {"language", s.language},
          {"doc_type", s.doc_type},
          {"body", s.body},
          {"symbol", s.symbol},
          {"title", s.title},
          {"date", s.date},
          {"author", s.author},
          {"provisions", s.provision_count},
          {"ingested_at", s.ingested_at}};
}

}  // namespace

int run_list(const std::string& db, bool json, bool failures) {
  auto repo = open_or_report(db);
  if (!repo) return kExitBadInput;
  if (failures) {
    auto list = repo->list_failures(1000);
    if (!list.ok()) {
      std::cerr << "rightstrack: " << list.status().message() << "\n";
      return kExitInternal;
    }
    if (json) {
      auto arr = nlohmann::ordered_json::array();
      for (const auto& f : list.value()) arr.push_back({{"at", f.at}, {"path", f.path}, {"reason", f.reason}});
      std::cout << arr.dump(1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
    } else {
      for (const auto& f : list.value()) std::cout << f.at << "  " << f.reason << "\n";
      std::cout << list->size() << " refused files\n";
    }
    return kExitOk;
  }
  auto docs = repo->list_documents();
  if (!docs.ok()) {
    std::cerr << "rightstrack: " << docs.status().message() << "\n";
    return kExitInternal;
  }
  if (json) {
    auto arr = nlohmann::ordered_json::array();
    for (const auto& d : docs.value()) arr.push_back(summary_json(d));
    std::cout << arr.dump(1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
    return kExitOk;
  }
  print_summary_table(std::cout, docs.value());
  return kExitOk;
}

int run_show(const std::string& db, const std::string& key, bool json) {
  auto repo = open_or_report(db);
  if (!repo) return kExitBadInput;
  int exit_code = kExitOk;
  auto found = find_or_report(*repo, key, exit_code);
  if (!found) return exit_code;
  const auto& stored = *found;
  if (json) {
    auto j = nlohmann::ordered_json::parse(document_to_json(stored.document, -1));
    j["stored"] = summary_json(stored.summary);
    std::cout << j.dump(1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
    return kExitOk;
  }
  std::cout << "document " << stored.summary.id << " (version " << stored.summary.version << ") " << stored.summary.path
            << "\n";
  print_document(std::cout, stored.document);
  return kExitOk;
}

int run_check(const std::string& db) {
  auto repo = open_or_report(db);
  if (!repo) return kExitBadInput;
  auto problems = repo->check();
  if (!problems.ok()) {
    std::cerr << "rightstrack: check failed: " << problems.status().message() << "\n";
    return kExitInternal;
  }
  auto docs = repo->list_documents();
  size_t n = docs.ok() ? docs->size() : 0;
  if (problems->empty()) {
    std::cout << "ok: " << n << " documents, schema version " << repo->schema_version() << ", no problems found\n";
    return kExitOk;
  }
  for (const auto& p : problems.value()) std::cout << "problem: " << p << "\n";
  std::cout << problems->size() << " problems found\n";
  return kExitInternal;
}

}  // namespace rightstrack::cli
