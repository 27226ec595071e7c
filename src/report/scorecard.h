// Scorecards: where commitments stand — of one State, on one theme or SDG, or of one document —
// counts by status, kind, action level and concept, the overdue ones, and each commitment with its
// lead institutions and latest change and evidence; rendered as Markdown, HTML (one
// self-contained file with SVG charts), CSV or JSON.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/commitment.h"
#include "core/result.h"
#include "store/repository.h"

namespace rightstrack::report {

// What a scorecard covers; empty fields do not narrow it.
struct ScorecardScope {
  std::string actor;       // LUX, OHCHR …
  std::string concept_id;  // carried by the commitment's provision: children, SDG-5 (and its targets) …
  std::string document;    // id, symbol or file name of a stored document
  std::string today;       // ISO date that judges overdue ("" = today, UTC)
};

struct ScorecardItem {
  Commitment commitment;
  std::string document;  // symbol, else file name
  std::optional<StatusRecord> latest;
  std::vector<std::string> concepts;  // of its provision, the actor left out
  std::vector<std::string> leads;     // lead institutions
  bool overdue = false;
};

struct Scorecard {
  ScorecardScope scope;
  std::string title;  // "Commitments of LUX", "Commitments on children", "Commitments in A/HRC/RES/21/21"
  std::map<std::string, size_t> by_status, by_kind, by_concept;
  std::map<int, size_t> by_level;
  size_t overdue = 0;
  std::vector<ScorecardItem> items;
};

Result<Scorecard> build_scorecard(Repository& repo, const ScorecardScope& scope);

std::string to_markdown(const Scorecard& s);
std::string to_html(const Scorecard& s);
std::string to_csv(const Scorecard& s);
std::string to_json(const Scorecard& s);

// "md", "html", "csv", "json"; anything else is an error naming the formats.
Result<std::string> render(const Scorecard& s, const std::string& format);

}  // namespace rightstrack::report
