// `rightstrack search` and `reindex`: the search index from the command line.
#include <unistd.h>

#include <iostream>

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "search/results_json.h"
#include "search/searcher.h"

namespace rightstrack::cli {
namespace {

// Highlights as bold on a terminal, «…» elsewhere (so they survive a pipe).
std::string marked(const search::Snippet& s, bool tty) {
  std::string out;
  size_t at = 0;
  for (const auto& h : s.highlights) {
    out.append(s.text, at, h.begin - at);
    out += tty ? "\033[1m" : "«";
    out.append(s.text, h.begin, h.end - h.begin);
    out += tty ? "\033[0m" : "»";
    at = h.end;
  }
  out.append(s.text, at, std::string::npos);
  return out;
}

void print_text(const search::SearchResults& r, const search::SearchOptions& o) {
  bool tty = isatty(STDOUT_FILENO);
  std::cout << r.total << (r.total == 1 ? " provision" : " provisions") << " found";
  if (r.total > 0) std::cout << "; " << (o.offset + 1) << "–" << (o.offset + r.results.size()) << " shown";
  std::cout << "\n";
  for (const auto& h : r.results) {
    std::string where = h.document.symbol.empty() ? h.document.file_name : h.document.symbol;
    std::cout << "\n"
              << where << " " << h.provision_id << (h.label.empty() ? "" : " (" + h.label + ")") << " [" << h.kind
              << "] score " << static_cast<int>(h.score * 100) / 100.0 << "\n  " << marked(h.snippet, tty)
              << "\n  matched: ";
    for (size_t i = 0; i < h.why.size(); ++i) std::cout << (i ? "; " : "") << h.why[i];
    std::cout << "\n";
  }
  if (r.total == 0) return;
  std::cout << "\nfacets:\n";
  for (const auto& [name, counts] : r.facets) {
    std::cout << "  " << name << ":";
    for (size_t i = 0; i < counts.size() && i < 8; ++i) std::cout << " " << counts[i].value << " " << counts[i].count;
    if (counts.size() > 8) std::cout << " …";
    std::cout << "\n";
  }
}

}  // namespace

int run_search(const std::string& db, const std::string& query, const search::SearchOptions& options, bool json) {
  auto repo = open_or_report(db);
  if (!repo) return kExitBadInput;
  search::Searcher searcher(*repo);
  auto results = searcher.search(query, options);
  if (!results.ok()) {
    std::cerr << "rightstrack: " << results.status().message() << "\n";
    return results.status().code() == Status::Code::kInvalidInput ? kExitBadInput : kExitInternal;
  }
  if (json)
    std::cout << search::results_to_json(results.value(), query, options) << "\n";
  else
    print_text(results.value(), options);
  return kExitOk;
}

int run_reindex(const std::string& db) {
  auto repo = open_or_report(db);
  if (!repo) return kExitBadInput;
  auto n = repo->reindex();
  if (!n.ok()) {
    std::cerr << "rightstrack: " << n.status().message() << "\n";
    return kExitInternal;
  }
  std::cout << "search index rebuilt: " << n.value() << " provisions\n";
  return kExitOk;
}

}  // namespace rightstrack::cli
