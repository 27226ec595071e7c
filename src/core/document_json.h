// The JSON form of a Document (the contract in shared/gold/README.md) in both directions:
// `parse --format json` prints it, the store keeps it, `show --json` reads it back.
#pragma once

#include <string>
#include <string_view>

#include "core/document.h"
#include "core/result.h"

namespace rightstrack {

std::string document_to_json(const Document& doc, int indent = 1);
Result<Document> document_from_json(std::string_view json);

// The parts a store keeps apart: the metadata (with cites and source) of a document without its
// provisions, and the rarely-set fields of one provision ("" when none is set).
std::string meta_to_json(const Document& doc);
Status meta_from_json(std::string_view json, Document& doc);
std::string provision_extras_to_json(const Provision& p);
Status provision_extras_from_json(std::string_view json, Provision& p);

}  // namespace rightstrack
