// `rightstrack ingest`: read → parse → annotate → store → track (ingest/ingest.h), the next files parsed on a
// second thread while the current one is stored (ingest/pipeline.h), at most two waiting (so memory stays flat
// whatever the batch size), and one transaction per file, in order (so a crash never leaves half a document).
#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <unordered_set>

#include "cli/commands.h"
#include "ingest/ingest.h"
#include "ingest/pipeline.h"
#include "read/file_walker.h"
#include "store/repository.h"

namespace rightstrack::cli {
namespace {

void progress(size_t done, size_t total, const std::string& name) {
  constexpr int kWidth = 30;
  int filled = total ? static_cast<int>(done * kWidth / total) : kWidth;
  // The end of the path, cut on a character boundary (file names may be Chinese).
  size_t from = name.size() > 39 ? name.size() - 39 : 0;
  while (from < name.size() && (static_cast<unsigned char>(name[from]) & 0xC0) == 0x80) ++from;
  std::string shown = from > 0 ? "…" + name.substr(from) : name;
  std::cerr << "\r[" << std::string(static_cast<size_t>(filled), '#')
            << std::string(static_cast<size_t>(kWidth - filled), ' ') << "] " << done << "/" << total << " " << shown
            << "\033[K" << std::flush;
}

std::string absolute(const std::string& path) {
  std::error_code ec;
  auto p = std::filesystem::weakly_canonical(path, ec);
  return ec ? path : p.string();
}

}  // namespace

int run_ingest(const std::string& db, const IngestArgs& args) {
  auto repo = open_repository(db);
  if (!repo.ok()) {
    std::cerr << "rightstrack: " << repo.status().message() << "\n";
    return kExitBadInput;
  }
  FileList list = collect_files(args.paths);
  for (const auto& [path, reason] : list.errors) repo.value()->log_failure(absolute(path), path + ": " + reason);
  const bool tty = isatty(STDERR_FILENO) && !args.quiet;
  size_t added = 0, versions = 0, unchanged = 0;
  std::vector<std::pair<std::string, std::string>> failed = list.errors;
  ReadOptions options;
  options.max_bytes = args.max_bytes;
  // Files whose bytes are stored already are read (for their hash) but not parsed.
  auto stored = repo.value()->list_documents();
  if (!stored.ok()) {
    std::cerr << "rightstrack: " << stored.status().message() << "\n";
    return kExitInternal;
  }
  std::unordered_set<std::string> known;
  for (const auto& d : stored.value()) known.insert(d.sha256);
  ingest::Pipeline pipeline(list.files, options, std::move(known));
  for (size_t i = 0; i < list.files.size(); ++i) {
    const std::string& file = list.files[i];
    if (tty) progress(i, list.files.size(), file);
    auto prepared = pipeline.next();
    if (!prepared) break;
    auto o = ingest::commit(*repo.value(), std::move(*prepared));
    if (!o.error.empty()) failed.emplace_back(file, o.error);
    if (o.kind == ingest::Outcome::Kind::kFailed) continue;
    added += o.kind == ingest::Outcome::Kind::kNew;
    versions += o.kind == ingest::Outcome::Kind::kNewVersion;
    unchanged += o.kind == ingest::Outcome::Kind::kUnchanged;
    if (args.quiet || tty) continue;
    if (o.kind == ingest::Outcome::Kind::kUnchanged)
      std::cout << "unchanged " << file << " (document " << o.id << ")\n";
    else
      std::cout << (o.kind == ingest::Outcome::Kind::kNewVersion ? "version " + std::to_string(o.version) + " "
                                                                 : "stored ")
                << file << " → document " << o.id << ": " << o.doc_type << ", " << o.provisions << " provisions\n";
  }
  if (tty) {
    progress(list.files.size(), list.files.size(), "done");
    std::cerr << "\n";
  }
  std::cout << added << " new, " << versions << " new versions, " << unchanged << " unchanged, " << failed.size()
            << " failed\n";
  for (const auto& [path, reason] : failed)
    std::cout << "  failed: " << reason << (reason.find(path) == std::string::npos ? " (" + path + ")" : "") << "\n";
  return failed.empty() ? kExitOk : kExitBadInput;
}

}  // namespace rightstrack::cli
