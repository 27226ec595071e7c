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

}  // namespace rightstrack
