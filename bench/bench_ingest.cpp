// Ingest throughput and peak memory: writes a corpus replicated from the samples (default 200 MB,
// files of about 200 KB, each distinct), then reads, parses, annotates and stores it file by file
// into a fresh SQLite database, timing each stage on one core; then once more into another fresh
// database through the ingest pipeline (ingest/pipeline.h: read, parse and annotate on a second
// thread while this one stores), the way `rightstrack ingest` runs, less the tracking. Peak RSS
// is the process's maximum resident set over both.
// Run: build/bench/bench_ingest [MB] [workdir] [keep]  (keep: leave the database for inspection)
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "annotate/annotator.h"
#include "ingest/pipeline.h"
#include "parse/parser.h"
#include "read/file_walker.h"
#include "read/text_reader.h"
#include "store/repository.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

long peak_rss_kb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}

size_t make_corpus(const fs::path& dir, size_t target_bytes) {
  std::string all;
  for (const auto& e : fs::directory_iterator(fs::path(RIGHTSTRACK_SOURCE_DIR) / "data/samples")) {
    std::ifstream in(e.path(), std::ios::binary);
    all.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  fs::create_directories(dir);
  size_t written = 0;
  for (int i = 0; written < target_bytes; ++i) {
    std::string body;
    while (body.size() < 200 * 1024) body += all;
    body += "\n文件编号 " + std::to_string(i) + "。\n";
    std::ofstream(dir / ("doc" + std::to_string(i) + ".txt"), std::ios::binary) << body;
    written += body.size();
  }
  return written;
}

// The whole ingest through the pipeline, the store on this thread: an error message, or "".
std::string pipelined(const std::vector<std::string>& files, const fs::path& db, double mbytes) {
  auto repo = rightstrack::open_repository(db.string());
  if (!repo.ok()) return repo.status().message();
  auto start = Clock::now();
  Clock::duration waiting{};
  rightstrack::ingest::Pipeline pipeline(files, {}, {});
  for (;;) {
    auto t0 = Clock::now();
    auto p = pipeline.next();
    waiting += Clock::now() - t0;
    if (!p) break;
    if (!p->error.empty()) return p->error;
    auto put = repo.value()->put_document(p->path, p->doc, p->content);
    if (!put.ok()) return put.status().message();
  }
  double total = seconds(Clock::now() - start);
  std::printf("pipelined:     %7.1f MB/s (%.2f s; the store waited %.2f s for the parser)\n", mbytes / total, total,
              seconds(waiting));
  return "";
}

}  // namespace

int main(int argc, char** argv) {
  size_t mb = argc > 1 ? std::stoul(argv[1]) : 200;
  fs::path work = argc > 2 ? fs::path(argv[2]) : fs::temp_directory_path() / "rightstrack-bench";
  fs::remove_all(work);
  size_t bytes = make_corpus(work / "corpus", mb << 20);
  auto repo = rightstrack::open_repository((work / "bench.db").string());
  if (!repo.ok()) {
    std::fprintf(stderr, "%s\n", repo.status().message().c_str());
    return 1;
  }
  auto files = rightstrack::collect_files({(work / "corpus").string()}).files;
  Clock::duration t_read{}, t_parse{}, t_annotate{}, t_store{};
  size_t provisions = 0;
  auto start = Clock::now();
  for (const auto& f : files) {
    auto t0 = Clock::now();
    auto text = rightstrack::read_text_file(f);
    auto t1 = Clock::now();
    if (!text.ok()) return 1;
    auto doc = rightstrack::parse::parse_document(text->lines, {fs::path(f).filename().string(), text->sha256});
    auto t15 = Clock::now();
    rightstrack::annotate::annotate_document(doc);
    auto t2 = Clock::now();
    t_annotate += t2 - t15;
    std::string content;
    for (const auto& l : text->lines) content.append(l).push_back('\n');
    auto put = repo.value()->put_document(f, doc, content);
    auto t3 = Clock::now();
    if (!put.ok()) return 1;
    provisions += doc.provisions.size();
    t_read += t1 - t0;
    t_parse += t15 - t1;
    t_store += t3 - t2;
  }
  double total = seconds(Clock::now() - start), mbytes = static_cast<double>(bytes) / (1 << 20);
  std::printf("corpus: %zu files, %.1f MB, %zu provisions\n", files.size(), mbytes, provisions);
  std::printf("read:          %7.1f MB/s (%.2f s)\n", mbytes / seconds(t_read), seconds(t_read));
  std::printf("parse:         %7.1f MB/s (%.2f s)\n", mbytes / seconds(t_parse), seconds(t_parse));
  std::printf("annotate:      %7.1f MB/s (%.2f s)\n", mbytes / seconds(t_annotate), seconds(t_annotate));
  std::printf("store:         %7.1f MB/s (%.2f s)\n", mbytes / seconds(t_store), seconds(t_store));
  std::printf("read + store:  %7.1f MB/s\n", mbytes / (seconds(t_read) + seconds(t_store)));
  std::printf("whole ingest:  %7.1f MB/s (%.2f s)\n", mbytes / total, total);
  std::printf("database:      %7.1f MB\n", static_cast<double>(fs::file_size(work / "bench.db")) / (1 << 20));
  repo.value().reset();
  if (auto s = pipelined(files, work / "pipelined.db", mbytes); !s.empty()) {
    std::fprintf(stderr, "%s\n", s.c_str());
    return 1;
  }
  std::printf("peak RSS:      %7.1f MB\n", static_cast<double>(peak_rss_kb()) / 1024);
  if (argc > 3 && std::string(argv[3]) == "keep") {
    fs::remove_all(work / "corpus");
    std::printf("kept:          %s\n", (work / "bench.db").c_str());
  } else {
    fs::remove_all(work);
  }
  return 0;
}
