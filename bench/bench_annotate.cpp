// Annotation throughput with the full taxonomy, one core: the provisions of the samples (zh) and
// of the English test documents, replicated to about 20 MB of text. Measures the whole stage
// (normalise + match + overlap rules + implications + citations + requests) and, for the choice of
// engine, the raw multi-pattern scan of the normalised text by our Aho–Corasick automaton and, when
// built with it, by Hyperscan (Debian's libhyperscan) on the same patterns.
// Run: build/bench/bench_annotate
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "annotate/aho_corasick.h"
#include "annotate/annotator.h"
#include "annotate/citations.h"
#include "annotate/concept_matcher.h"
#include "annotate/text_normalizer.h"
#include "parse/parser.h"
#include "read/text_reader.h"

#ifdef RIGHTSTRACK_HAVE_HYPERSCAN
#include <hs/hs.h>
#endif

namespace fs = std::filesystem;
using namespace rightstrack;
using Clock = std::chrono::steady_clock;

namespace {

double seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

std::vector<Document> load_documents() {
  std::vector<Document> docs;
  for (const char* dir : {"/data/samples", "/tests/data/en"})
    for (const auto& e : fs::directory_iterator(std::string(RIGHTSTRACK_SOURCE_DIR) + dir)) {
      auto text = read_text_file(e.path().string());
      if (text.ok()) docs.push_back(parse::parse_document(text->lines));
    }
  return docs;
}

}  // namespace

int main() {
  auto docs = load_documents();
  size_t one_round = 0;
  for (const auto& d : docs)
    for (const auto& p : d.provisions) one_round += p.text.size();
  const int rounds = static_cast<int>(20e6 / static_cast<double>(one_round)) + 1;
  const double mb = static_cast<double>(one_round) * rounds / (1 << 20);
  auto b0 = Clock::now();
  const auto& matcher = annotate::ConceptMatcher::instance();  // built once per process, timed apart
  double build = seconds(Clock::now() - b0);
  std::printf("patterns: %zu (concepts %zu); text: %.1f MB of provisions (%d rounds of %zu bytes)\n",
              matcher.pattern_count(), annotate::Taxonomy::instance().concepts().size(), mb, rounds, one_round);
  std::printf("taxonomy + automaton built in %.3f s (once per process)\n", build);

  auto t0 = Clock::now();
  size_t annotations = 0;
  for (int r = 0; r < rounds; ++r)
    for (auto& d : docs) {
      annotate::annotate_document(d);
      for (const auto& p : d.provisions) annotations += p.annotations.size();
    }
  double whole = seconds(Clock::now() - t0);
  std::printf("annotate stage:        %7.1f MB/s (%zu annotations)\n", mb / whole, annotations);

  t0 = Clock::now();
  size_t matched = 0;
  for (int r = 0; r < rounds; ++r)
    for (const auto& d : docs)
      for (const auto& p : d.provisions) matched += matcher.match(p.text).size();
  std::printf("concepts only:         %7.1f MB/s\n", mb / seconds(Clock::now() - t0));

  t0 = Clock::now();
  size_t cites = 0;
  for (int r = 0; r < rounds; ++r)
    for (const auto& d : docs)
      for (const auto& p : d.provisions) cites += annotate::find_citations(p.text, d.meta.language, d.meta.body).size();
  std::printf("citations only:        %7.1f MB/s (%zu)\n", mb / seconds(Clock::now() - t0), cites);

  // The engines alone, on the normalised text.
  std::vector<std::string> texts;
  for (const auto& d : docs)
    for (const auto& p : d.provisions) texts.push_back(annotate::normalize(p.text).text);
  t0 = Clock::now();
  for (int r = 0; r < rounds; ++r)
    for (const auto& p : docs)
      for (const auto& pr : p.provisions) matched += annotate::normalize(pr.text).text.size();
  std::printf("normalisation only:    %7.1f MB/s\n", mb / seconds(Clock::now() - t0));

  annotate::AhoCorasick ac;
  std::vector<std::string> forms;
  for (const auto& p : annotate::Taxonomy::instance().patterns()) forms.push_back(annotate::normalize(p.text).text);
  for (size_t i = 0; i < forms.size(); ++i) ac.add(forms[i], static_cast<uint32_t>(i));
  ac.build();
  t0 = Clock::now();
  size_t hits = 0;
  for (int r = 0; r < rounds; ++r)
    for (const auto& t : texts) hits += ac.scan(t).size();
  std::printf("Aho-Corasick scan:     %7.1f MB/s (%zu states, %.1f MB table, %zu hits)\n",
              mb / seconds(Clock::now() - t0), ac.states(), static_cast<double>(ac.table_bytes()) / (1 << 20), hits);

#ifdef RIGHTSTRACK_HAVE_HYPERSCAN
  std::vector<const char*> exprs;
  std::vector<size_t> lens;
  std::vector<unsigned> flags, ids;
  for (size_t i = 0; i < forms.size(); ++i) {
    if (forms[i].empty()) continue;
    exprs.push_back(forms[i].data());
    lens.push_back(forms[i].size());
    flags.push_back(HS_FLAG_SOM_LEFTMOST);
    ids.push_back(static_cast<unsigned>(i));
  }
  hs_database_t* db = nullptr;
  hs_compile_error_t* err = nullptr;
  auto c0 = Clock::now();
  if (hs_compile_lit_multi(exprs.data(), flags.data(), ids.data(), lens.data(), static_cast<unsigned>(exprs.size()),
                           HS_MODE_BLOCK, nullptr, &db, &err) != HS_SUCCESS) {
    std::printf("Hyperscan: compile failed: %s\n", err ? err->message : "?");
    return 1;
  }
  double compile = seconds(Clock::now() - c0);
  hs_scratch_t* scratch = nullptr;
  hs_alloc_scratch(db, &scratch);
  size_t hs_hits = 0;
  auto on_match = [](unsigned, unsigned long long, unsigned long long, unsigned, void* ctx) -> int {
    ++*static_cast<size_t*>(ctx);
    return 0;
  };
  t0 = Clock::now();
  for (int r = 0; r < rounds; ++r)
    for (const auto& t : texts) hs_scan(db, t.data(), static_cast<unsigned>(t.size()), 0, scratch, on_match, &hs_hits);
  std::printf("Hyperscan scan:        %7.1f MB/s (%zu hits, compile %.2f s)\n", mb / seconds(Clock::now() - t0),
              hs_hits, compile);
  hs_free_scratch(scratch);
  hs_free_database(db);
#else
  std::printf("Hyperscan scan:        not built (install libhyperscan-dev and reconfigure)\n");
#endif
  return matched == 0;
}
