// Search at scale: the samples stored again and again until the index holds ≥ 1,000,000
// provisions; then index build speed (reindex), index size against the raw text, SQLite's
// built-in trigram tokenizer on the same text, and p50/p99 latency of 20 queries without and
// with facets. Run: build/bench/bench_search [provisions] [workdir] [keep]
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "annotate/annotator.h"
#include "core/sha256.h"
#include "parse/parser.h"
#include "read/text_reader.h"
#include "search/query_parser.h"
#include "search/query_plan.h"
#include "search/searcher.h"
#include "store/repository.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

double table_bytes(const std::string& db, const std::string& like) {
  sqlite3* h = nullptr;
  sqlite3_open(db.c_str(), &h);
  sqlite3_stmt* st = nullptr;
  double bytes = -1;
  if (sqlite3_prepare_v2(h, "SELECT sum(pgsize) FROM dbstat WHERE name LIKE ?1", -1, &st, nullptr) == SQLITE_OK) {
    sqlite3_bind_text(st, 1, like.c_str(), -1, SQLITE_TRANSIENT);
    if (sqlite3_step(st) == SQLITE_ROW) bytes = sqlite3_column_double(st, 0);
  }
  sqlite3_finalize(st);
  sqlite3_close(h);
  return bytes;
}

void percentile_line(const char* what, std::vector<double> v) {
  std::sort(v.begin(), v.end());
  auto at = [&](double q) { return v[std::min(v.size() - 1, static_cast<size_t>(q * static_cast<double>(v.size())))]; };
  std::printf("%-34s p50 %7.2f ms   p99 %7.2f ms   max %7.2f ms  (%zu runs)\n", what, at(0.5), at(0.99), v.back(),
              v.size());
}

}  // namespace

int main(int argc, char** argv) {
  size_t target = argc > 1 ? std::stoul(argv[1]) : 1000000;
  fs::path work = argc > 2 ? fs::path(argv[2]) : fs::temp_directory_path() / "rightstrack-bench-search";
  // "keep": build the database and leave it; "reuse": only the queries, on a kept database.
  std::string mode = argc > 3 ? argv[3] : "";
  std::string db = (work / "search.db").string();
  if (mode != "reuse") {
    fs::remove_all(work);
    fs::create_directories(work);
  }

  std::vector<std::pair<rightstrack::Document, std::string>> samples;
  for (const auto& e : fs::directory_iterator(fs::path(RIGHTSTRACK_SOURCE_DIR) / "data/samples")) {
    auto text = rightstrack::read_text_file(e.path().string());
    if (!text.ok()) return 1;
    auto doc = rightstrack::parse::parse_document(text->lines, {e.path().filename().string(), text->sha256});
    rightstrack::annotate::annotate_document(doc);
    std::string content;
    for (const auto& l : text->lines) content.append(l).push_back('\n');
    samples.emplace_back(std::move(doc), std::move(content));
  }
  auto repo = rightstrack::open_repository(db);
  if (!repo.ok()) return 1;
  size_t provisions = 0, text_bytes = 0;
  if (mode == "reuse") target = 0;
  auto t0 = Clock::now();
  for (int copy = 0; provisions < target; ++copy) {
    for (auto& [doc, content] : samples) {
      rightstrack::Document d = doc;
      d.sha256 = rightstrack::sha256_hex(content + std::to_string(copy));
      auto put = repo.value()->put_document("/bench/" + std::to_string(copy) + "/" + d.source_name, d, content);
      if (!put.ok()) {
        std::fprintf(stderr, "%s\n", put.status().message().c_str());
        return 1;
      }
      provisions += d.provisions.size();
      for (const auto& p : d.provisions) text_bytes += p.text.size();
    }
  }
  double mb = static_cast<double>(text_bytes) / (1 << 20);
  std::printf("stored %zu provisions (%.1f MB of provision text) with the index in %.1f s\n", provisions, mb,
              ms(Clock::now() - t0) / 1000);
  if (mode == "keep") return 0;
  if (mode != "reuse") {
    auto t1 = Clock::now();
    auto n = repo.value()->reindex();
    double build_s = ms(Clock::now() - t1) / 1000;
    if (!n.ok()) return 1;
    std::printf("index build (reindex): %.1f s, %.1f MB/s of provision text\n", build_s, mb / build_s);
    // Our index: the merged postings, the pending segments and the batch lists.
    double ours = table_bytes(db, "postings") + table_bytes(db, "index_%");
    std::printf("index size: %.1f MB = %.2f x the provision text\n", ours / (1 << 20),
                ours / static_cast<double>(text_bytes));

    // The built-in trigram tokenizer over the same text, in its own database.
    {
      std::string tri = (work / "trigram.db").string();
      sqlite3* h = nullptr;
      sqlite3_open(tri.c_str(), &h);
      std::string setup = "PRAGMA page_size=16384; PRAGMA journal_mode=WAL; ATTACH '" + db + "' AS src;";
      sqlite3_exec(h, setup.c_str(), nullptr, nullptr, nullptr);
      sqlite3_exec(h, "CREATE VIRTUAL TABLE tri USING fts5(text, content='', tokenize='trigram')", nullptr, nullptr,
                   nullptr);
      auto t2 = Clock::now();
      sqlite3_exec(h, "INSERT INTO tri(rowid, text) SELECT id, text FROM src.provisions", nullptr, nullptr, nullptr);
      double tri_s = ms(Clock::now() - t2) / 1000;
      sqlite3_stmt* st = nullptr;
      sqlite3_prepare_v2(h, "SELECT count(*) FROM tri WHERE tri MATCH ?1", -1, &st, nullptr);
      auto count = [&](const char* q) {
        sqlite3_reset(st);
        sqlite3_bind_text(st, 1, q, -1, SQLITE_TRANSIENT);
        return sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
      };
      long long ren = count("人权"), child = count("儿童"), hrd = count("人权维护者");
      sqlite3_finalize(st);
      sqlite3_close(h);
      double tri_bytes = table_bytes(tri, "tri%");
      std::printf(
          "trigram tokenizer: build %.1f s (%.1f MB/s), size %.1f MB = %.2f x the text; finds 人权 %lld, 儿童 %lld, "
          "人权维护者 %lld provisions\n",
          tri_s, mb / tri_s, tri_bytes / (1 << 20), tri_bytes / static_cast<double>(text_bytes), ren, child, hrd);
    }
  }

  std::vector<std::string> queries = {"儿童",
                                      "人权",
                                      "人权维护者",
                                      "普遍定期审议",
                                      "妇女",
                                      "酷刑",
                                      "强迫失踪",
                                      "气候变化",
                                      "民间社会",
                                      "特别程序",
                                      "children",
                                      "human rights defenders",
                                      "torture",
                                      "\"civil society\"",
                                      "儿童 kind:pledge",
                                      "state:BEL 妇女",
                                      "sdg:5",
                                      "(儿童 OR 妇女) NOT kind:heading",
                                      "技术合作 body:HRC",
                                      "儿童 date:2021..2022"};
  // A query of its own (to profile it): the 20 become that one.
  if (argc > 4) queries.assign(20, argv[4]);
  rightstrack::search::Searcher searcher(*repo.value());
  // Per query, the fastest of the rounds: keys only (the index), top 10, top 10 with facets.
  std::vector<std::array<double, 3>> best(queries.size(), {1e9, 1e9, 1e9});
  std::vector<size_t> hits(queries.size());
  // The floor: only the index's list of matching keys, no ranking, no facets.
  {
    std::vector<double> all;
    for (int round = 0; round < 6; ++round)
      for (size_t i = 0; i < queries.size(); ++i) {
        auto parsed = rightstrack::search::parse_query(queries[i]);
        auto plan = rightstrack::search::plan_query(parsed.value());
        auto t = Clock::now();
        auto keys = repo.value()->match_keys(plan->match);
        double took = ms(Clock::now() - t);
        if (!keys.ok()) return 1;
        if (round > 0) all.push_back(took);
        best[i][0] = std::min(best[i][0], took);
      }
    percentile_line("20 queries, matching keys only:", all);
  }
  for (bool facets : {false, true}) {
    std::vector<double> all;
    for (int round = 0; round < 6; ++round)
      for (size_t i = 0; i < queries.size(); ++i) {
        auto t = Clock::now();
        auto r = searcher.search(queries[i], {10, 0, facets});
        double took = ms(Clock::now() - t);
        if (!r.ok()) {
          std::fprintf(stderr, "%s: %s\n", queries[i].c_str(), r.status().message().c_str());
          return 1;
        }
        hits[i] = r->total;
        if (round > 0) all.push_back(took);  // round 0 warms the caches
        best[i][facets ? 2 : 1] = std::min(best[i][facets ? 2 : 1], took);
      }
    percentile_line(facets ? "20 queries, with facets:" : "20 queries, top 10 only:", all);
  }
  std::printf("per query, fastest round:          hits    keys   top 10  facets (ms)\n");
  for (size_t i = 0; i < queries.size(); ++i)
    std::printf("  %-34s %8zu %7.2f %7.2f %7.2f\n", queries[i].c_str(), hits[i], best[i][0], best[i][1], best[i][2]);
  if (mode.empty()) fs::remove_all(work);
  return 0;
}
