// Search results as JSON, the same for the CLI (`search --json`) and the REST API.
#pragma once

#include <string>

#include "search/searcher.h"

namespace rightstrack::search {

std::string results_to_json(const SearchResults& results, const std::string& query, const SearchOptions& options);

}  // namespace rightstrack::search
