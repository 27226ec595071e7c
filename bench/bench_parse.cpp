// Parse throughput (MB/s of input text) on the sample documents, per document kind, one core.
// Run: build/bench/bench_parse   (numbers go to docs/BENCHMARKS.md)
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "parse/parser.h"
#include "read/text_reader.h"

namespace {

std::vector<std::string> load(const std::string& name, size_t& bytes) {
  auto text = rightstrack::read_text_file(std::string(RIGHTSTRACK_SOURCE_DIR) + "/data/samples/" + name);
  if (!text.ok()) return {};
  bytes = text->size_bytes;
  return text->lines;
}

void parse_sample(benchmark::State& state, const char* name) {
  size_t bytes = 0;
  auto lines = load(name, bytes);
  for (auto _ : state) benchmark::DoNotOptimize(rightstrack::parse::parse_document(lines));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}

// A long document: all five samples one after the other, 20 times (about 900 KB of Chinese).
void parse_long(benchmark::State& state) {
  std::vector<std::string> lines;
  size_t total = 0;
  for (int r = 0; r < 20; ++r)
    for (const char* n : {"000_f4626f13f5795eeb.txt", "001_3cb7da14d703b69e.txt", "002_954a802aa9703412.txt",
                          "003_694d42ce343c5208.txt", "004_c70ae1ba36e06e75.txt"}) {
      size_t b = 0;
      auto l = load(n, b);
      total += b;
      lines.insert(lines.end(), l.begin(), l.end());
    }
  for (auto _ : state) benchmark::DoNotOptimize(rightstrack::parse::parse_document(lines));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * total));
}

}  // namespace

BENCHMARK_CAPTURE(parse_sample, note_verbale_lux, "000_f4626f13f5795eeb.txt");
BENCHMARK_CAPTURE(parse_sample, brochure_lux, "001_3cb7da14d703b69e.txt");
BENCHMARK_CAPTURE(parse_sample, note_verbale_bel, "002_954a802aa9703412.txt");
BENCHMARK_CAPTURE(parse_sample, resolution, "003_694d42ce343c5208.txt");
BENCHMARK_CAPTURE(parse_sample, draft_resolution, "004_c70ae1ba36e06e75.txt");
BENCHMARK(parse_long);
BENCHMARK_MAIN();
