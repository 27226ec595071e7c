// Evidence suggestions: when a document is stored, which open commitments of other documents it
// appears to fulfil ("Luxembourg ratified the Convention on enforced disappearance" against
// Luxembourg's pledge to complete that ratification) or contradict ("has not yet ratified").
//
// A provision of the new document is evidence when it reports something done or not done (a cue
// of data/track/evidence_cues.tsv: "ratified", "has not yet", "已批准", "尚未" …); it is weighed
// against an open commitment when it names the commitment's actor (or the document is the
// actor's own) and shares a concept with it besides the actor. Its score:
//   0.6 × shared concepts, weighted by kind (instrument 0.6, sdg 0.4, group / theme / body 0.3,
//         another State 0.1) and capped at 1,
// + 0.25 × the commitment's wording found in the provision (character bigrams, framing removed),
// + 0.15 for the cue;
// a cue of not done makes the relation "contradicts", else "fulfils" ("has not yet ratified"
// contradicts). Pairs from kMinEvidence up are kept, best first, at most kPerCommitment per
// commitment and kPerProvision per provision, with the spans that matched.
#pragma once

#include <string>
#include <vector>

#include "core/document.h"
#include "core/tracking.h"
#include "store/repository.h"

namespace rightstrack::track {

inline constexpr double kMinEvidence = 0.4;
inline constexpr size_t kPerCommitment = 3;
inline constexpr size_t kPerProvision = 3;
// Open commitments weighed per actor, newest documents first: keeps the cost of an ingest bounded
// for an actor with thousands of commitments (older ones can still be found by a search).
inline constexpr size_t kMaxPerActor = 2000;

// The cue of `text` and its relation ("fulfils", "contradicts"), or an empty relation.
struct Cue {
  std::string relation, text;
};
Cue find_cue(const std::string& text);

// Suggestions for stored document `document_id` (`doc` as stored), not yet kept.
Result<std::vector<Suggestion>> suggest_evidence(Repository& repo, int64_t document_id, const Document& doc);

// Suggests anew and keeps the suggestions of a stored document; returns how many.
Result<size_t> refresh_evidence(Repository& repo, int64_t document_id, const Document& doc);

}  // namespace rightstrack::track
