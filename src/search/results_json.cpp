#include "search/results_json.h"

#include <nlohmann/json.hpp>

namespace rightstrack::search {

std::string results_to_json(const SearchResults& results, const std::string& query, const SearchOptions& options) {
  using Json = nlohmann::ordered_json;
  Json j;
  j["query"] = query;
  j["total"] = results.total;
  j["offset"] = options.offset;
  j["limit"] = options.limit;
  j["results"] = Json::array();
  for (const auto& r : results.results) {
    Json hl = Json::array();
    for (const auto& h : r.snippet.highlights) hl.push_back({h.begin, h.end});
    j["results"].push_back({{"document",
                             {{"id", r.document.id},
                              {"symbol", r.document.symbol},
                              {"file_name", r.document.file_name},
                              {"title", r.document.title},
                              {"date", r.document.date},
                              {"language", r.document.language}}},
                            {"provision", r.provision_id},
                            {"label", r.label},
                            {"kind", r.kind},
                            {"score", r.score},
                            {"snippet", r.snippet.text},
                            {"highlights", hl},
                            {"why", r.why}});
  }
  Json facets = Json::object();
  for (const auto& [name, counts] : results.facets) {
    Json list = Json::array();
    for (const auto& c : counts) list.push_back({{"value", c.value}, {"count", c.count}});
    facets[name] = list;
  }
  j["facets"] = facets;
  return j.dump(2, ' ', false, Json::error_handler_t::replace);
}

}  // namespace rightstrack::search
