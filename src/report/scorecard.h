// Scorecards: where an actor's commitments stand — counts by status, kind and action level, and
// each commitment with its latest change and evidence — rendered as Markdown, HTML (one
// self-contained file with an SVG chart), CSV or JSON.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/commitment.h"
#include "core/result.h"
#include "store/repository.h"

namespace rightstrack::report {

struct ScorecardItem {
  Commitment commitment;
  std::string document;  // symbol, else file name
  std::optional<StatusRecord> latest;
};

struct Scorecard {
  std::string actor;  // "" = every actor
  std::map<std::string, size_t> by_status, by_kind;
  std::map<int, size_t> by_level;
  std::vector<ScorecardItem> items;
};

Result<Scorecard> build_scorecard(Repository& repo, const std::string& actor);

std::string to_markdown(const Scorecard& s);
std::string to_html(const Scorecard& s);
std::string to_csv(const Scorecard& s);
std::string to_json(const Scorecard& s);

// "md", "html", "csv", "json"; anything else is an error naming the formats.
Result<std::string> render(const Scorecard& s, const std::string& format);

}  // namespace rightstrack::report
