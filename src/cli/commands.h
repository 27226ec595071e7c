// The subcommands of the `rightstrack` command. Each returns the process exit status:
// 0 success, 1 bad input or usage, 2 internal error.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/commitment.h"
#include "report/scorecard.h"
#include "search/searcher.h"

namespace rightstrack::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitBadInput = 1;
inline constexpr int kExitInternal = 2;

struct IngestArgs {
  std::vector<std::string> paths;
  size_t max_bytes = 64u << 20;
  bool quiet = false;
};

int run_ingest(const std::string& db, const IngestArgs& args);
int run_list(const std::string& db, bool json, bool failures);
int run_show(const std::string& db, const std::string& key, bool json);
int run_parse(const std::string& file, const std::string& format);
int run_check(const std::string& db);
int run_reannotate(const std::string& db);
int run_cites(const std::string& db, const std::string& symbol, bool json);
int run_explain(const std::string& db, const std::string& doc, const std::string& provision);
// A person adds (`add` true) or removes a concept on a stored provision; kept across reannotate.
int run_tag(const std::string& db, const std::string& doc, const std::string& provision, const std::string& concept_id,
            bool add);

int run_search(const std::string& db, const std::string& query, const search::SearchOptions& options, bool json);
int run_reindex(const std::string& db);
// `query` ("" = all): the search language, keeping commitments whose provision it matches.
int run_commitments(const std::string& db, const CommitmentFilter& filter, const std::string& query, bool json);
int run_status_set(const std::string& db, StatusChange change, const std::vector<std::string>& evidence);
int run_history(const std::string& db, const std::string& id);
int run_set_level(const std::string& db, const std::string& id, int level, const std::string& who,
                  int64_t expected_version);
int run_clusters(const std::string& db, const std::string& actor);
// Open commitments due on or before `before` ("" = any date), per actor; `today` "" = now (UTC).
int run_due(const std::string& db, const std::string& before, std::string today);
// `format`: md, html, csv, json.
int run_report(const std::string& db, const report::ScorecardScope& scope, const std::string& format);
// `state`: confirmed or split.
int run_cluster_decision(const std::string& db, const std::string& id, const std::string& state,
                         const std::string& who);
// Exit 1 when the chain is broken.
int run_audit_verify(const std::string& db);

}  // namespace rightstrack::cli
