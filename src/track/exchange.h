// Export and import of all tracking data as JSON Lines: one self-describing record per line
// (institution, commitment with its status history, assignment, indicator with its values,
// decided suggestion, confirmed or split link, evidence file in base64), sorted so that the same
// data always gives the same bytes. Documents are named by SHA-256: import into a database that
// stored the same files (ingest them first). Open suggestions and suggested links are left out
// (ingest makes them again); the audit log stays with its database, and records the import.
#pragma once

#include <string>

#include "core/tracking.h"
#include "store/repository.h"

namespace rightstrack::track {

inline constexpr const char* kExchangeFormat = "rightstrack-tracking";
inline constexpr int kExchangeVersion = 1;

std::string to_jsonl(const TrackingData& data);
// Errors name the line: "line 12: commitment record without an id".
Result<TrackingData> from_jsonl(const std::string& text);

Result<std::string> export_tracking(Repository& repo);
// Commitments are found by id, else by their document and provision (ids made from a file path
// differ between databases that stored it from different folders). All or nothing. Returns how
// many commitments were restored.
Result<size_t> import_tracking(Repository& repo, const std::string& text, const std::string& who);

}  // namespace rightstrack::track
