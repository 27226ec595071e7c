// Clusters of commitments that restate one another: a State's candidacy brochure and its note
// verbale make the same pledges in other words, the brochure's shorter. Within one actor and kind,
// between two documents, each pair is scored
//   0.6 × shared character bigrams over those of the shorter text (framing "X承诺" / "X will" removed)
// + 0.4 × shared concepts over those of the provision with fewer (the actor itself left out),
// — both measured against the shorter side, since a restatement is usually a summary — and pairs
// are matched one to one, best first, from kMinScore up, so two pledges of one document are never
// put in one cluster through a third. People confirm or split what is suggested.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/commitment.h"
#include "store/repository.h"

namespace rightstrack::track {

inline constexpr double kMinScore = 0.45;

// `concepts`: commitment id → its provision's concepts. With `focus`, only pairs with one side
// in it are scored.
std::vector<CommitmentLink> suggest_links(const std::vector<Commitment>& commitments,
                                          const std::map<std::string, std::vector<std::string>>& concepts,
                                          const std::set<std::string>& focus = {});

// Restatements are made within one campaign (a brochure and a note verbale of one candidacy), so
// a document is compared with the kRecentDocuments latest other documents of its actor only;
// this keeps ingest linear when an actor has hundreds of documents.
inline constexpr size_t kRecentDocuments = 20;

// Suggests links anew between the pledges and recommendations of `actor` in document
// `document_id` and those of the actor's other recent documents; returns how many.
Result<size_t> refresh_clusters(Repository& repo, const std::string& actor, int64_t document_id);

// Connected components of the suggested and confirmed links, each sorted, largest first.
std::vector<std::vector<std::string>> clusters_of(const std::vector<CommitmentLink>& links);

}  // namespace rightstrack::track
