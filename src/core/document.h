// Document: a parsed UN document — its metadata (body, session, symbol, sponsors, adoption …)
// and its provisions in reading order. Produced by parse, stored by store, served by serve.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/provision.h"

namespace rightstrack {

struct Sponsor {
  std::string state;  // ISO 3166-1 alpha-3
  bool hrc_member = true;
  std::string name;  // as printed
};

struct Adoption {
  std::string date;  // ISO 8601
  std::optional<int> meeting;
  std::string vote;  // "without_vote" / "recorded_vote"
  std::optional<int> yes, no, abstain;
  // A recorded vote's States (alpha-3) by how they voted.
  std::vector<std::string> in_favour, against, abstaining;
};

struct DocumentMeta {
  std::string language;  // "zh", "en", …
  std::string doc_type;  // pledges, resolution, draft_resolution, upr_recommendations, report, other
  std::string body;      // GA, HRC, SC, CHR, ECOSOC; empty when unknown
  std::optional<int> session;
  std::string agenda_item;
  std::string agenda_title;
  std::string date;
  std::string symbol;
  std::string title;
  std::string subtitle;  // "根据大会第60/251号决议作出的自愿许诺和承诺" above the pledges
  std::string author;
  std::vector<Sponsor> sponsors;
  std::optional<std::pair<int, int>> term;
  std::string original_language;
  std::vector<std::string> session_dates;
  std::optional<Adoption> adoption;
};

struct Document {
  DocumentMeta meta;
  std::vector<Provision> provisions;
  std::vector<std::string> cites;  // canonical symbols cited anywhere, in first-seen order
  std::string source_name;         // file name the document was read from
  std::string sha256;              // of the file's bytes
};

}  // namespace rightstrack
