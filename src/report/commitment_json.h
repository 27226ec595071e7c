// Commitments, suggestions and summaries of documents as JSON, the same for the CLI's --json and
// the REST API.
#pragma once

#include <nlohmann/json.hpp>

#include "core/commitment.h"
#include "core/tracking.h"
#include "store/repository.h"

namespace rightstrack::report {

using Json = nlohmann::ordered_json;

Json commitment_json(const Commitment& c);
Json suggestion_json(const Suggestion& g);
Json status_record_json(const StatusRecord& r);
Json summary_json(const DocumentSummary& d);

}  // namespace rightstrack::report
