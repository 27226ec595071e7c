#include "track/tracker.h"

#include <filesystem>
#include <fstream>
#include <set>

#include "core/utf8.h"
#include "track/clusters.h"
#include "track/commitments.h"
#include "track/evidence.h"
#include "track/status_workflow.h"

namespace rightstrack::track {

Result<size_t> track_document(Repository& repo, int64_t document_id, const Document& doc, const std::string& path,
                              int version) {
  std::string lineage = doc.meta.symbol.empty() ? path : doc.meta.symbol;
  auto found = extract_commitments(doc, document_id, lineage);
  if (version > 1) {
    auto docs = repo.list_documents();
    if (!docs.ok()) return docs.status();
    for (const auto& d : docs.value()) {
      if (d.path != path || d.version != version - 1) continue;
      auto previous = repo.list_commitments({"", "", "", d.id});
      if (!previous.ok()) return previous.status();
      carry_ids(previous.value(), found);
    }
  }
  auto added = repo.put_commitments(found, "rightstrack ingest");
  if (!added.ok()) return added;
  std::set<std::string> actors;
  for (const auto& c : found)
    if (c.kind == "pledge" || c.kind == "recommendation") actors.insert(c.actor);
  for (const auto& a : actors)
    if (auto n = refresh_clusters(repo, a, document_id); !n.ok()) return n.status();
  if (auto n = refresh_evidence(repo, document_id, doc); !n.ok()) return n.status();
  return added;
}

Result<Evidence> resolve_evidence(Repository& repo, const std::string& spec) {
  if (spec.rfind("http://", 0) == 0 || spec.rfind("https://", 0) == 0) {
    if (spec.find_first_of(" \t\n\"<>") != std::string::npos || spec.size() < 12)
      return Status::invalid_input("evidence URL '" + spec + "' is not a URL");
    return Evidence{"url", spec, ""};
  }
  if (spec.rfind("file:", 0) == 0) {
    std::string path = spec.substr(5);
    std::error_code ec;
    auto size = std::filesystem::file_size(path, ec);
    if (ec) return Status::invalid_input("evidence file " + path + ": " + ec.message());
    if (size > (64u << 20)) return Status::invalid_input("evidence file " + path + " is larger than 64 MiB");
    std::ifstream in(path, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.good() && !in.eof()) return Status::invalid_input("evidence file " + path + " cannot be read");
    auto sha = repo.store_file(std::filesystem::path(path).filename().string(), bytes);
    if (!sha.ok()) return sha.status();
    return Evidence{"file", sha.value(), std::filesystem::path(path).filename().string()};
  }
  size_t hash = spec.rfind('#');
  if (hash == std::string::npos || hash == 0 || hash + 1 == spec.size())
    return Status::invalid_input("evidence '" + spec +
                                 "' is neither DOC#PROVISION (e.g. A/HRC/RES/21/21#4), an http(s) URL, nor file:PATH");
  std::string doc_key = spec.substr(0, hash), prov = spec.substr(hash + 1);
  auto doc = repo.find_document(doc_key);
  if (!doc.ok()) return doc.status();
  if (!doc.value()) return Status::invalid_input("evidence: no stored document '" + doc_key + "'");
  for (const auto& p : doc.value()->document.provisions)
    if (p.id == prov || (!p.label.empty() && p.label == prov))
      return Evidence{"provision", std::to_string(doc.value()->summary.id) + "#" + p.id,
                      std::string(utf8::prefix(p.text, 120))};
  return Status::invalid_input("evidence: document " + doc_key + " has no provision '" + prov + "'");
}

Result<Commitment> set_status(Repository& repo, StatusChange change) {
  if (change.who.empty()) return Status::invalid_input("say who makes the change (--as NAME)");
  bool evidence = !change.evidence.empty();
  std::string to = change.to;
  return repo.change_status(change,
                            [&](const Commitment& current) { return check_transition(current.status, to, evidence); });
}

}  // namespace rightstrack::track
