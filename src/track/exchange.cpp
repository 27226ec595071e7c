#include "track/exchange.h"

#include <algorithm>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <set>

#include "core/base64.h"

namespace rightstrack::track {
namespace {

using Json = nlohmann::ordered_json;

// A provision of a stored document is named by the document's SHA-256, which means the same in
// every database: "12#p4" → "sha256:…#p4".
Json evidence_json(const TrackingData& d, const std::vector<Evidence>& ev) {
  Json a = Json::array();
  for (const auto& e : ev) {
    std::string ref = e.ref;
    size_t hash = ref.find('#');
    if (e.kind == "provision" && hash != std::string::npos) {
      auto sha = d.document_sha256.find(std::atoll(ref.substr(0, hash).c_str()));
      if (sha != d.document_sha256.end()) ref = "sha256:" + sha->second + ref.substr(hash);
    }
    a.push_back({{"kind", e.kind}, {"ref", ref}, {"note", e.note}});
  }
  return a;
}

Json opt(const std::optional<double>& v) { return v ? Json(*v) : Json(nullptr); }

std::string sha_of(const TrackingData& d, int64_t document_id) {
  auto it = d.document_sha256.find(document_id);
  return it == d.document_sha256.end() ? "" : it->second;
}

}  // namespace

std::string to_jsonl(const TrackingData& d) {
  std::vector<Json> lines;
  lines.push_back({{"format", kExchangeFormat}, {"version", kExchangeVersion}});
  auto institutions = d.institutions;
  std::sort(institutions.begin(), institutions.end(), [](auto& a, auto& b) { return a.id < b.id; });
  for (const auto& i : institutions)
    lines.push_back({{"type", "institution"}, {"id", i.id}, {"name", i.name}, {"kind", i.kind}, {"state", i.state}});
  auto commitments = d.commitments;
  std::sort(commitments.begin(), commitments.end(), [](auto& a, auto& b) { return a.id < b.id; });
  for (const auto& c : commitments) {
    Json h = Json::array();
    if (auto it = d.history.find(c.id); it != d.history.end())
      for (const auto& r : it->second)
        h.push_back({{"at", r.at},
                     {"who", r.who},
                     {"from", r.from},
                     {"to", r.to},
                     {"note", r.note},
                     {"evidence", evidence_json(d, r.evidence)}});
    Json j = {{"type", "commitment"},        {"id", c.id},          {"document_sha256", sha_of(d, c.document_id)},
              {"provision", c.provision_id}, {"kind", c.kind},      {"actor", c.actor},
              {"status", c.status},          {"version", c.version}};
    if (c.action_level_by_person) j["action_level"] = c.action_level;
    if (c.due_date_by_person) j["due_date"] = c.due_date;
    j["history"] = h;
    lines.push_back(j);
  }
  auto assignments = d.assignments;
  std::sort(assignments.begin(), assignments.end(), [](auto& a, auto& b) {
    return std::tie(a.commitment_id, a.institution_id) < std::tie(b.commitment_id, b.institution_id);
  });
  for (const auto& a : assignments)
    lines.push_back({{"type", "assignment"},
                     {"commitment", a.commitment_id},
                     {"institution", a.institution_id},
                     {"role", a.role},
                     {"by", a.by},
                     {"at", a.at}});
  auto indicators = d.indicators;
  std::sort(indicators.begin(), indicators.end(),
            [](auto& a, auto& b) { return std::tie(a.commitment_id, a.name) < std::tie(b.commitment_id, b.name); });
  for (const auto& in : indicators) {
    Json values = Json::array();
    for (const auto& v : in.values)
      values.push_back({{"date", v.date}, {"value", v.value}, {"note", v.note}, {"by", v.by}, {"at", v.at}});
    lines.push_back({{"type", "indicator"},
                     {"commitment", in.commitment_id},
                     {"name", in.name},
                     {"unit", in.unit},
                     {"baseline", opt(in.baseline)},
                     {"baseline_date", in.baseline_date},
                     {"target", opt(in.target)},
                     {"target_date", in.target_date},
                     {"by", in.by},
                     {"at", in.at},
                     {"values", values}});
  }
  std::vector<Json> suggestions;
  for (const auto& g : d.suggestions)
    suggestions.push_back({{"type", "suggestion"},
                           {"commitment", g.commitment_id},
                           {"document_sha256", sha_of(d, g.document_id)},
                           {"seq", g.seq},
                           {"provision", g.provision_id},
                           {"relation", g.relation},
                           {"score", g.score},
                           {"spans", g.spans},
                           {"state", g.state},
                           {"by", g.by},
                           {"at", g.at}});
  std::sort(suggestions.begin(), suggestions.end(), [](const Json& a, const Json& b) { return a.dump() < b.dump(); });
  lines.insert(lines.end(), suggestions.begin(), suggestions.end());
  auto links = d.links;
  std::sort(links.begin(), links.end(), [](auto& a, auto& b) { return std::tie(a.a, a.b) < std::tie(b.a, b.b); });
  for (const auto& l : links)
    lines.push_back(
        {{"type", "link"}, {"a", l.a}, {"b", l.b}, {"score", l.score}, {"state", l.state}, {"by", l.by}, {"at", l.at}});
  auto files = d.files;
  std::sort(files.begin(), files.end(), [](auto& a, auto& b) { return a.sha256 < b.sha256; });
  for (const auto& f : files)
    lines.push_back({{"type", "file"}, {"sha256", f.sha256}, {"name", f.name}, {"base64", base64_encode(f.bytes)}});
  std::string out;
  for (const auto& l : lines) out += l.dump() + "\n";
  return out;
}

Result<std::string> export_tracking(Repository& repo) {
  auto data = repo.tracking_data({}, true);
  if (!data.ok()) return data.status();
  return to_jsonl(data.value());
}

}  // namespace rightstrack::track
