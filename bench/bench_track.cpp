// Status updates per second with the hash-chained audit log: the samples' commitments stored,
// then status changes (each in its own transaction with its audit entry) cycled through the
// workflow; then `audit verify` over the whole log. Run: build/bench/bench_track [changes]
#include <chrono>
#include <cstdio>
#include <filesystem>

#include "annotate/annotator.h"
#include "parse/parser.h"
#include "read/text_reader.h"
#include "store/repository.h"
#include "track/tracker.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

int main(int argc, char** argv) {
  size_t changes = argc > 1 ? std::stoul(argv[1]) : 20000;
  fs::path work = fs::temp_directory_path() / "rightstrack-bench-track";
  fs::remove_all(work);
  fs::create_directories(work);
  auto repo = rightstrack::open_repository((work / "track.db").string());
  if (!repo.ok()) return 1;
  for (const auto& e : fs::directory_iterator(fs::path(RIGHTSTRACK_SOURCE_DIR) / "data/samples")) {
    auto text = rightstrack::read_text_file(e.path().string());
    if (!text.ok()) return 1;
    auto doc = rightstrack::parse::parse_document(text->lines, {e.path().filename().string(), text->sha256});
    rightstrack::annotate::annotate_document(doc);
    auto put = repo.value()->put_document(e.path().string(), doc, "x");
    if (!put.ok() || !rightstrack::track::track_document(*repo.value(), put->id, doc, e.path().string(), 1).ok())
      return 1;
  }
  auto all = repo.value()->list_commitments({});
  if (!all.ok() || all->empty()) return 1;
  // not_started → in_progress → partially_implemented → in_progress → … (evidence on each)
  rightstrack::Evidence url{"url", "https://www.ohchr.org/", ""};
  auto t0 = Clock::now();
  for (size_t i = 0; i < changes; ++i) {
    const auto& c = all.value()[i % all->size()];
    size_t round = i / all->size();
    std::string to = round == 0 ? "in_progress" : round % 2 ? "partially_implemented" : "in_progress";
    auto r = rightstrack::track::set_status(*repo.value(), {c.id, 0, to, "bench", "", {url}});
    if (!r.ok()) {
      std::fprintf(stderr, "%s\n", r.status().message().c_str());
      return 1;
    }
  }
  double s = std::chrono::duration<double>(Clock::now() - t0).count();
  std::printf("%zu status changes in %.2f s: %.0f per second (each its own transaction with its audit entry)\n",
              changes, s, static_cast<double>(changes) / s);
  auto t1 = Clock::now();
  auto log = repo.value()->audit_log();
  auto head = repo.value()->audit_head();
  auto problems = rightstrack::verify_chain(log.value(), head.value());
  std::printf("audit verify: %zu entries in %.2f s, %zu problems\n", log->size(),
              std::chrono::duration<double>(Clock::now() - t1).count(), problems.size());
  fs::remove_all(work);
  return problems.empty() ? 0 : 1;
}
