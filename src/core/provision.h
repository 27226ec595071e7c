// Provision: one unit of a UN document (a paragraph, pledge, recommendation, heading, footnote,
// caption …) with what later stages attach to it. Field names follow the JSON contract of
// shared/gold/README.md.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace rightstrack {

// A concept found in a provision's text; begin/end are byte offsets into Provision::text.
struct Annotation {
  std::string concept_id;
  size_t begin = 0;
  size_t end = 0;
  std::string source;  // rule id, or "user"
};

// What an operative paragraph asks someone to do (filled by the annotate stage).
struct Request {
  std::string addressee;
  std::optional<int> due_session;
  std::string kind;  // "report", "mandate_renewal", …
  std::optional<int> years;
};

struct Provision {
  std::string id;                          // stable within its document: "p12"
  std::string label;                       // as printed, without its dot: "1", "(a)", "121.1"; empty when none
  std::string kind;                        // heading, preamble, operative, pledge, paragraph, list_item, caption,
                                           // footnote, contribution, recommendation, text
  std::string section;                     // "national" / "international" for pledges split by level
  std::string parent;                      // id of the enclosing provision, empty at top level
  std::string text;                        // whole provision, lines joined, label and bullet removed
  std::string verb;                        // opening verb phrase as printed ("又重申", "Also reaffirms")
  std::string verb_id;                     // canonical verb shared across languages ("reaffirm")
  std::string credit;                      // photo credit of a caption ("© …")
  std::vector<std::string> footnote_refs;  // markers found in the text: "*", "1"
  std::vector<std::string> recommending;   // UPR: recommending states (alpha-3)
  std::string position;                    // UPR: "supported" / "noted"
  std::vector<Annotation> annotations;
  std::vector<std::string> cites;
  std::optional<Request> request;
  int line = 0;  // 1-based source line where the provision starts
};

}  // namespace rightstrack
