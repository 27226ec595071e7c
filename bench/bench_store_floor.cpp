// What SQLite itself allows on this machine for the ingest target (issue 2: read + store ≥ 50 MB/s
// on one core): the ingest corpus parsed once, then only the bytes the store cannot avoid written
// the way it writes them (WAL, synchronous=NORMAL, 16 KiB pages, one transaction per file), with
// none of rightstrack's own work. Each step adds one cost to the one before, so the lines say
// what each costs; the last is a lower bound for any store that keeps a row per provision and a
// positional index in the file's transaction.
// Run: build/bench/bench_store_floor [MB]
#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "parse/parser.h"
#include "read/text_reader.h"
#include "search/tokenizer.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

struct File {
  std::string content;
  std::vector<std::string> provisions;
};

std::vector<File> load_corpus(size_t target_bytes, size_t& bytes) {
  std::string all;
  for (const auto& e : fs::directory_iterator(fs::path(RIGHTSTRACK_SOURCE_DIR) / "data/samples")) {
    std::ifstream in(e.path(), std::ios::binary);
    all.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  // The same files as bench_ingest's corpus, parsed once: only their provisions' text is kept.
  fs::path tmp = fs::temp_directory_path() / "rightstrack-floor.txt";
  std::vector<File> files;
  bytes = 0;
  for (int i = 0; bytes < target_bytes; ++i) {
    std::string body;
    while (body.size() < 200 * 1024) body += all;
    body += "\n文件编号 " + std::to_string(i) + "。\n";
    std::ofstream(tmp, std::ios::binary) << body;
    auto text = rightstrack::read_text_file(tmp.string());
    if (!text.ok()) return {};
    auto doc = rightstrack::parse::parse_document(text->lines, {"f.txt", text->sha256});
    File f{body, {}};
    for (auto& p : doc.provisions) f.provisions.push_back(std::move(p.text));
    bytes += body.size();
    files.push_back(std::move(f));
  }
  fs::remove(tmp);
  return files;
}

void check(int rc, sqlite3* db) {
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
    std::fprintf(stderr, "sqlite: %s\n", sqlite3_errmsg(db));
    std::exit(1);
  }
}

// Stores every file in its own transaction; `index_factor` × the provisions' text is written as
// one blob per file (a perfect index, built for free and written once); `tokenize` runs the
// tokenizer over each provision as the index builder must.
double store(const std::vector<File>& files, double index_factor, bool tokenize, bool rows) {
  fs::path path = fs::temp_directory_path() / "rightstrack-floor.db";
  fs::remove(path);
  fs::remove(path.string() + "-wal");
  sqlite3* db = nullptr;
  check(sqlite3_open(path.c_str(), &db), db);
  check(sqlite3_exec(db,
                     "PRAGMA page_size=16384; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                     "PRAGMA cache_size=-32768; CREATE TABLE d(id INTEGER PRIMARY KEY, content BLOB, idx BLOB); "
                     "CREATE TABLE p(id INTEGER PRIMARY KEY, kind TEXT, text TEXT, ann BLOB);",
                     nullptr, nullptr, nullptr),
        db);
  sqlite3_stmt *doc = nullptr, *prov = nullptr;
  check(sqlite3_prepare_v2(db, "INSERT INTO d(id, content, idx) VALUES (?1, ?2, ?3)", -1, &doc, nullptr), db);
  check(sqlite3_prepare_v2(db, "INSERT INTO p(id, kind, text, ann) VALUES (?1, 'paragraph', ?2, x'0102')", -1, &prov,
                           nullptr),
        db);
  std::string index;
  size_t tokens = 0;
  auto start = Clock::now();
  int64_t id = 0;
  for (const auto& f : files) {
    check(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), db);
    size_t text_bytes = 0;
    for (size_t seq = 0; seq < f.provisions.size(); ++seq) {
      const auto& t = f.provisions[seq];
      text_bytes += t.size();
      if (tokenize)
        rightstrack::search::tokenize(t, &tokens, [](void* c, std::string_view, size_t, size_t) {
          ++*static_cast<size_t*>(c);
          return true;
        });
      if (!rows) continue;
      sqlite3_bind_int64(prov, 1, (id << 24) + static_cast<int64_t>(seq));
      sqlite3_bind_text(prov, 2, t.data(), static_cast<int>(t.size()), SQLITE_STATIC);
      check(sqlite3_step(prov), db);
      sqlite3_reset(prov);
    }
    // Distinct bytes, so that nothing below SQLite could share pages.
    index.assign(static_cast<size_t>(index_factor * static_cast<double>(text_bytes)), static_cast<char>(id));
    if (!rows)  // the provisions packed into the document's row instead
      for (const auto& t : f.provisions) index += t;
    sqlite3_bind_int64(doc, 1, id);
    sqlite3_bind_blob(doc, 2, f.content.data(), static_cast<int>(f.content.size() / 2), SQLITE_STATIC);
    sqlite3_bind_blob(doc, 3, index.data(), static_cast<int>(index.size()), SQLITE_STATIC);
    check(sqlite3_step(doc), db);
    sqlite3_reset(doc);
    check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db);
    ++id;
  }
  double s = std::chrono::duration<double>(Clock::now() - start).count();
  sqlite3_finalize(doc);
  sqlite3_finalize(prov);
  sqlite3_close(db);
  fs::remove(path);
  fs::remove(path.string() + "-wal");
  fs::remove(path.string() + "-shm");
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  size_t mb = argc > 1 ? std::stoul(argv[1]) : 200, bytes = 0;
  auto files = load_corpus(mb << 20, bytes);
  if (files.empty()) return 1;
  size_t provisions = 0;
  for (const auto& f : files) provisions += f.provisions.size();
  double m = static_cast<double>(bytes) / (1 << 20);
  std::printf(
      "corpus: %zu files, %.1f MB, %zu provisions; at 50 MB/s read + store may take %.2f s in all, of which "
      "reading takes 0.7-0.9 s here (bench_ingest)\n",
      files.size(), m, provisions, m / 50);
  struct Step {
    const char* what;
    double index_factor;
    bool tokenize, rows;
  } steps[] = {
      {"the text as read (half, as compressed) only, one transaction per file", 0, false, false},
      {"+ a row per provision with its text", 0, false, true},
      {"+ an index of 1 x the text written once", 1, false, true},
      {"+ an index of 1.5 x the text written once (ours in bench_search)", 1.5, false, true},
      {"+ the tokenizer over every provision (no index built)", 1.5, true, true},
      {"the same with the provisions packed into their document's row", 1.5, true, false},
  };
  for (const auto& s : steps) {
    double t = store(files, s.index_factor, s.tokenize, s.rows);
    std::printf("%-72s %6.2f s  %6.1f MB/s\n", s.what, t, m / t);
  }
  return 0;
}
