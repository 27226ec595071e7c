// Human-readable views of documents for the terminal: a summary table and an indented outline.
#pragma once

#include <ostream>
#include <vector>

#include "core/document.h"
#include "store/repository.h"

namespace rightstrack::cli {

void print_summary_table(std::ostream& out, const std::vector<DocumentSummary>& docs);
void print_document(std::ostream& out, const Document& doc);

}  // namespace rightstrack::cli
