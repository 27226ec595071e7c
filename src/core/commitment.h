// Commitments: what someone committed to or was asked to do — a pledge of a State, a request or
// decision of a resolution, a UPR recommendation — with its actor, due date or session, action
// level and status. Created from provisions by src/track, kept by the store.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rightstrack {

struct Commitment {
  std::string id;  // stable across new versions of its document: "C-" + 12 hex digits
  int64_t document_id = 0;
  size_t seq = 0;  // of the provision in its document
  std::string provision_id, label;
  std::string kind;   // pledge, request, decision, recommendation
  std::string actor;  // who must act: LUX, OHCHR, SPECIAL-PROCEDURES, …
  std::string text;
  std::optional<int> due_session;   // HRC session
  std::string due_date;             // ISO date, when known
  bool due_date_by_person = false;  // set by a person: re-ingest keeps it
  std::optional<int> years;         // a mandate renewed for so many years
  int action_level = 0;             // 1 (minimal) … 5 (specific action), after McMahon
  bool action_level_by_person = false;
  std::string position;                   // UPR: supported / noted
  std::vector<std::string> recommending;  // UPR: recommending States
  std::string status = "not_started";
  int64_t version = 1;  // bumped by every change; a change made against an older one is refused
};

// Evidence for a status change: a provision of a stored document, a URL, or a stored file.
struct Evidence {
  std::string kind;  // provision, url, file
  std::string ref;   // "DOC#p12", "https://…", the file's SHA-256
  std::string note;  // a file's name, a provision's text excerpt
};

struct StatusChange {
  std::string commitment_id;
  int64_t expected_version = 0;  // 0: whatever the current one is
  std::string to, who, note;
  std::vector<Evidence> evidence;
};

struct StatusRecord {
  std::string at, who, from, to, note;
  std::vector<Evidence> evidence;
};

// Two commitments that state the same thing (a brochure and a note verbale restate pledges):
// suggested by src/track with a score, confirmed or split by a person. a < b.
struct CommitmentLink {
  std::string a, b;
  double score = 0;
  std::string state;  // suggested, confirmed, split
  std::string by, at;
};

struct CommitmentFilter {
  std::string actor, kind, status;
  int64_t document_id = 0;
  bool open_only = false;     // not_started, in_progress, partially_implemented
  bool newest_first = false;  // latest documents first (else document order)
  size_t limit = 0;           // 0 = all
};

}  // namespace rightstrack
