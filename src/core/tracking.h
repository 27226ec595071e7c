// What people add around a commitment to follow it up: the institutions that carry it out, the
// indicators that measure it, evidence suggested by later documents, and the whole of it as one
// value (TrackingData) that can be exported and imported between databases.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/commitment.h"

namespace rightstrack {

// "2024-06-30": four-digit year, month 01–12, day 01–31 (as far as a date can be checked
// without a calendar of its month).
inline bool is_iso_date(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  int month = (s[5] - '0') * 10 + (s[6] - '0'), day = (s[8] - '0') * 10 + (s[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// A government ministry, a national human-rights institution, an NGO … that acts on commitments.
struct Institution {
  std::string id;     // lowercase slug chosen by people: "lux-mfa"
  std::string name;   // "Ministry of Foreign and European Affairs"
  std::string kind;   // government, nhri, ngo, un, other
  std::string state;  // ISO alpha-3 of its State, when it has one
};

struct Assignment {
  std::string commitment_id, institution_id;
  std::string role;  // lead, contributing
  std::string by, at;
};

struct IndicatorValue {
  std::string date;  // ISO date the value describes
  double value = 0;
  std::string note, by, at;
};

// A measure of progress: "ratifications deposited" in "instruments" from baseline to target.
struct Indicator {
  int64_t id = 0;  // local to one database; (commitment_id, name) is unique
  std::string commitment_id, name, unit;
  std::optional<double> baseline, target;
  std::string baseline_date, target_date;
  std::string by, at;
  std::vector<IndicatorValue> values;  // by date
};

// A provision of a later document that appears to fulfil or contradict an open commitment,
// proposed at ingest with its score and the spans that matched; a person accepts or rejects it.
struct Suggestion {
  int64_t id = 0;  // local to one database
  std::string commitment_id;
  int64_t document_id = 0;
  size_t seq = 0;
  std::string provision_id;
  std::string relation;  // fulfils, contradicts
  double score = 0;
  std::vector<std::string> spans;   // the matched words and concepts, as printed
  std::string excerpt;              // the provision's text, shortened
  std::string state = "suggested";  // suggested, accepted, rejected
  std::string by, at;
};

struct SuggestionFilter {
  std::string state;          // "" = any
  std::string commitment_id;  // "" = any
};

// Everything people added, for a set of commitments or all of them: what export writes and
// import restores. Suggestions still open and links still suggested are left out (ingest makes
// them again); the audit log stays with its database.
struct TrackingData {
  std::vector<Institution> institutions;
  std::vector<Commitment> commitments;                       // those with at least one change by a person
  std::map<int64_t, std::string> document_sha256;            // of the documents of commitments and suggestions
  std::map<std::string, std::vector<StatusRecord>> history;  // by commitment id
  std::vector<Assignment> assignments;
  std::vector<Indicator> indicators;
  std::vector<Suggestion> suggestions;  // decided ones
  std::vector<CommitmentLink> links;    // confirmed or split
  struct File {
    std::string sha256, name, bytes;
  };
  std::vector<File> files;  // evidence files
};

}  // namespace rightstrack
