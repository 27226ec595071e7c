// Reading exported tracking data back (exchange.h): every record checked, errors naming the line;
// then ids matched to this database's and restored by the store in one transaction.
#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "core/base64.h"
#include "core/sha256.h"
#include "track/exchange.h"
#include "track/status_workflow.h"

namespace rightstrack::track {
namespace {

using Json = nlohmann::json;

struct BadRecord {
  std::string what;
};

std::string str(const Json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end()) throw BadRecord{std::string("no \"") + key + "\""};
  if (it->is_null()) return "";
  if (!it->is_string()) throw BadRecord{std::string("\"") + key + "\" is not a string"};
  return it->get<std::string>();
}

double num(const Json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_number()) throw BadRecord{std::string("\"") + key + "\" is not a number"};
  return it->get<double>();
}

std::optional<double> opt_num(const Json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return std::nullopt;
  return num(j, key);
}

const Json& array(const Json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_array()) throw BadRecord{std::string("\"") + key + "\" is not a list"};
  return *it;
}

std::string status_of(const Json& j, const char* key) {
  std::string s = str(j, key);
  if (!is_status(s)) throw BadRecord{"\"" + s + "\" is not a status"};
  return s;
}

// Synthetic document ids, one per SHA-256 (the store maps them to its own).
int64_t document_of(TrackingData& d, const std::string& sha) {
  if (sha.size() != 64) throw BadRecord{"\"document_sha256\" is not a SHA-256"};
  for (const auto& [id, s] : d.document_sha256)
    if (s == sha) return id;
  int64_t id = static_cast<int64_t>(d.document_sha256.size()) + 1;
  d.document_sha256[id] = sha;
  return id;
}

void read_commitment(const Json& j, TrackingData& d) {
  Commitment c;
  c.id = str(j, "id");
  c.document_id = document_of(d, str(j, "document_sha256"));
  c.provision_id = str(j, "provision");
  c.kind = str(j, "kind");
  c.actor = str(j, "actor");
  c.status = status_of(j, "status");
  c.version = static_cast<int64_t>(num(j, "version"));
  if (c.version < 2) throw BadRecord{"a commitment is exported once people changed it (version 2 or more)"};
  if (j.contains("action_level")) {
    c.action_level = static_cast<int>(num(j, "action_level"));
    if (c.action_level < 1 || c.action_level > 5) throw BadRecord{"action levels go from 1 to 5"};
    c.action_level_by_person = true;
  }
  if (j.contains("due_date")) {
    c.due_date = str(j, "due_date");
    if (!is_iso_date(c.due_date)) throw BadRecord{"\"due_date\" is not a date"};
    c.due_date_by_person = true;
  }
  auto& history = d.history[c.id];
  for (const auto& r : array(j, "history")) {
    StatusRecord rec{str(r, "at"), str(r, "who"), status_of(r, "from"), status_of(r, "to"), str(r, "note"), {}};
    for (const auto& e : array(r, "evidence")) rec.evidence.push_back({str(e, "kind"), str(e, "ref"), str(e, "note")});
    history.push_back(std::move(rec));
  }
  d.commitments.push_back(std::move(c));
}

void read_record(const Json& j, TrackingData& d) {
  std::string type = str(j, "type");
  if (type == "institution") {
    d.institutions.push_back({str(j, "id"), str(j, "name"), str(j, "kind"), str(j, "state")});
  } else if (type == "commitment") {
    read_commitment(j, d);
  } else if (type == "assignment") {
    d.assignments.push_back({str(j, "commitment"), str(j, "institution"), str(j, "role"), str(j, "by"), str(j, "at")});
  } else if (type == "indicator") {
    Indicator in{0,
                 str(j, "commitment"),
                 str(j, "name"),
                 str(j, "unit"),
                 opt_num(j, "baseline"),
                 opt_num(j, "target"),
                 str(j, "baseline_date"),
                 str(j, "target_date"),
                 str(j, "by"),
                 str(j, "at"),
                 {}};
    for (const auto& v : array(j, "values"))
      in.values.push_back({str(v, "date"), num(v, "value"), str(v, "note"), str(v, "by"), str(v, "at")});
    d.indicators.push_back(std::move(in));
  } else if (type == "suggestion") {
    Suggestion g;
    g.commitment_id = str(j, "commitment");
    g.document_id = document_of(d, str(j, "document_sha256"));
    g.seq = static_cast<size_t>(num(j, "seq"));
    g.provision_id = str(j, "provision");
    g.relation = str(j, "relation");
    g.score = num(j, "score");
    for (const auto& s : array(j, "spans"))
      if (s.is_string()) g.spans.push_back(s.get<std::string>());
    g.state = str(j, "state");
    if (g.state != "accepted" && g.state != "rejected") throw BadRecord{"a suggestion is exported once decided"};
    g.by = str(j, "by");
    g.at = str(j, "at");
    d.suggestions.push_back(std::move(g));
  } else if (type == "link") {
    d.links.push_back({str(j, "a"), str(j, "b"), num(j, "score"), str(j, "state"), str(j, "by"), str(j, "at")});
  } else if (type == "file") {
    auto bytes = base64_decode(str(j, "base64"));
    if (!bytes) throw BadRecord{"\"base64\" is not base64"};
    std::string sha = str(j, "sha256");
    if (sha256_hex(*bytes) != sha) throw BadRecord{"the file's bytes do not have the SHA-256 it names"};
    d.files.push_back({sha, str(j, "name"), std::move(*bytes)});
  } else {
    throw BadRecord{"unknown record type \"" + type + "\""};
  }
}

}  // namespace

Result<TrackingData> from_jsonl(const std::string& text) {
  TrackingData d;
  size_t line_no = 0, start = 0;
  bool header = false;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    start = end + 1;
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    auto where = "line " + std::to_string(line_no) + ": ";
    Json j = Json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) return Status::invalid_input(where + "not a JSON object");
    try {
      if (!header) {
        if (j.value("format", "") != kExchangeFormat)
          return Status::invalid_input(where + "not a rightstrack tracking export (no \"format\": \"" +
                                       kExchangeFormat + "\" line first)");
        if (j.value("version", 0) != kExchangeVersion)
          return Status::invalid_input(where + "export format version " + j.value("version", Json()).dump() +
                                       " is not one this rightstrack reads (" + std::to_string(kExchangeVersion) + ")");
        header = true;
        continue;
      }
      read_record(j, d);
    } catch (const BadRecord& e) {
      return Status::invalid_input(where + e.what);
    } catch (const Json::exception& e) {
      return Status::invalid_input(where + e.what());
    }
  }
  if (!header) return Status::invalid_input("empty export: no records");
  return d;
}

namespace {

// This database's id of each exported commitment that is stored here under another id.
Result<std::map<std::string, std::string>> local_ids(Repository& repo, const TrackingData& d) {
  std::map<std::string, std::string> rename;
  for (const auto& c : d.commitments) {
    auto here = repo.find_commitment(c.id);
    if (!here.ok()) return here.status();
    if (here.value()) continue;
    const std::string& sha = d.document_sha256.at(c.document_id);
    auto doc = repo.find_by_sha256(sha);
    if (!doc.ok()) return doc.status();
    if (!doc.value())
      return Status::not_found("commitment " + c.id + ": its document (SHA-256 " + sha.substr(0, 16) +
                               "…) is not stored here; ingest it first");
    auto list = repo.list_commitments({"", "", "", doc.value()->id});
    if (!list.ok()) return list.status();
    auto it = std::find_if(list->begin(), list->end(),
                           [&](const Commitment& l) { return l.provision_id == c.provision_id && l.kind == c.kind; });
    if (it == list->end())
      return Status::not_found("commitment " + c.id + " (" + c.kind + " at " + c.provision_id + " of " +
                               doc.value()->file_name + ") is not among this database's commitments");
    rename[c.id] = it->id;
  }
  return rename;
}

void rename_ids(const std::map<std::string, std::string>& rename, TrackingData& d) {
  auto id = [&](std::string& s) {
    auto it = rename.find(s);
    if (it != rename.end()) s = it->second;
  };
  for (auto& c : d.commitments) id(c.id);
  std::map<std::string, std::vector<StatusRecord>> history;
  for (auto& [k, v] : d.history) {
    std::string key = k;
    id(key);
    history[key] = std::move(v);
  }
  d.history = std::move(history);
  for (auto& a : d.assignments) id(a.commitment_id);
  for (auto& in : d.indicators) id(in.commitment_id);
  for (auto& g : d.suggestions) id(g.commitment_id);
  for (auto& l : d.links) {
    id(l.a), id(l.b);
    if (l.b < l.a) std::swap(l.a, l.b);
  }
}

}  // namespace

// Evidence naming a provision by its document's SHA-256 ("sha256:…#p4") gets this database's id.
Status localise_evidence(Repository& repo, TrackingData& d) {
  for (auto& [id, records] : d.history)
    for (auto& r : records)
      for (auto& e : r.evidence) {
        if (e.kind != "provision" || e.ref.rfind("sha256:", 0) != 0) continue;
        size_t hash = e.ref.find('#');
        std::string sha = e.ref.substr(7, hash == std::string::npos ? std::string::npos : hash - 7);
        auto doc = repo.find_by_sha256(sha);
        if (!doc.ok()) return doc.status();
        if (!doc.value())
          return Status::not_found("evidence of " + id + " is in a document (SHA-256 " + sha.substr(0, 16) +
                                   "…) not stored here; ingest it first");
        e.ref = std::to_string(doc.value()->id) + (hash == std::string::npos ? "" : e.ref.substr(hash));
      }
  return Status::ok();
}

Result<size_t> import_tracking(Repository& repo, const std::string& text, const std::string& who) {
  auto data = from_jsonl(text);
  if (!data.ok()) return data.status();
  TrackingData d = std::move(data).value();
  if (auto s = localise_evidence(repo, d); !s.is_ok()) return s;
  auto rename = local_ids(repo, d);
  if (!rename.ok()) return rename.status();
  rename_ids(rename.value(), d);
  if (auto s = repo.restore_tracking(d, who); !s.is_ok()) return s;
  return d.commitments.size();
}

}  // namespace rightstrack::track
