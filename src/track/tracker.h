// The tracking stage over a Repository: commitments of a newly stored document, and status
// changes checked against the workflow with their evidence resolved and stored.
#pragma once

#include <string>
#include <vector>

#include "core/commitment.h"
#include "store/repository.h"

namespace rightstrack::track {

// Extracts the commitments of stored document `document_id` (`path`, `version` as stored) and
// keeps the new ones; ids continue those of the previous version. Returns how many were new.
Result<size_t> track_document(Repository& repo, int64_t document_id, const Document& doc, const std::string& path,
                              int version);

// Evidence as people write it: "DOC#PROVISION" (a stored document by id, symbol or file name, and
// a provision id or label), an http(s) URL, or "file:PATH" (the file is stored by its hash).
Result<Evidence> resolve_evidence(Repository& repo, const std::string& spec);

// Checks the workflow (status_workflow.h) and the version inside the store's transaction.
Result<Commitment> set_status(Repository& repo, StatusChange change);

}  // namespace rightstrack::track
