// `rightstrack ingest`: read → parse → store, one file at a time (so memory stays flat whatever
// the batch size) and one transaction per file (so a crash never leaves half a document).
#include <unistd.h>

#include <filesystem>
#include <iostream>

#include "annotate/annotator.h"
#include "cli/commands.h"
#include "parse/parser.h"
#include "read/file_walker.h"
#include "read/text_reader.h"
#include "store/repository.h"
#include "track/tracker.h"

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
  for (size_t i = 0; i < list.files.size(); ++i) {
    const std::string& file = list.files[i];
    if (tty) progress(i, list.files.size(), file);
    auto text = read_text_file(file, options);
    if (!text.ok()) {
      failed.emplace_back(file, text.status().message());
      repo.value()->log_failure(absolute(file), text.status().message());
      continue;
    }
    auto known = repo.value()->find_by_sha256(text->sha256);
    if (known.ok() && known.value()) {
      ++unchanged;
      if (!args.quiet && !tty) std::cout << "unchanged " << file << " (document " << known.value()->id << ")\n";
      continue;
    }
    parse::ParseOptions po{std::filesystem::path(file).filename().string(), text->sha256};
    Document doc = parse::parse_document(text->lines, po);
    annotate::annotate_document(doc);
    std::string content;
    for (const auto& l : text->lines) content.append(l).push_back('\n');
    auto put = repo.value()->put_document(absolute(file), doc, content);
    if (!put.ok()) {
      failed.emplace_back(file, put.status().message());
      repo.value()->log_failure(absolute(file), put.status().message());
      continue;
    }
    if (put->outcome != PutOutcome::kUnchanged) {
      auto tracked = track::track_document(*repo.value(), put->id, doc, absolute(file), put->version);
      if (!tracked.ok()) {
        failed.emplace_back(file, "stored, but its commitments were not: " + tracked.status().message());
        repo.value()->log_failure(absolute(file), tracked.status().message());
      }
    }
    switch (put->outcome) {
      case PutOutcome::kNew:
        ++added;
        break;
      case PutOutcome::kNewVersion:
        ++versions;
        break;
      case PutOutcome::kUnchanged:
        ++unchanged;
        break;
    }
    if (!args.quiet && !tty)
      std::cout << (put->outcome == PutOutcome::kNewVersion ? "version " + std::to_string(put->version) + " "
                                                            : "stored ")
                << file << " → document " << put->id << ": " << doc.meta.doc_type << ", " << doc.provisions.size()
                << " provisions\n";
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
