// `rightstrack reannotate`, `cites` and `explain`: the annotate stage's view of the store.
#include <iostream>
#include <nlohmann/json.hpp>

#include "annotate/annotator.h"
#include "annotate/taxonomy.h"
#include "cli/cli_support.h"
#include "cli/commands.h"
#include "store/repository.h"
#include "track/tracker.h"

namespace rightstrack::cli {
namespace {

const Provision* find_provision(const Document& doc, const std::string& key) {
  for (const auto& p : doc.provisions)
    if (p.id == key) return &p;
  // By label: an operative or numbered paragraph before a list item of the same label.
  const Provision* any = nullptr;
  for (const auto& p : doc.provisions) {
    if (p.label != key) continue;
    if (p.kind != "list_item" && p.kind != "footnote") return &p;
    if (!any) any = &p;
  }
  return any;
}

}  // namespace

int run_reannotate(const std::string& db) {
  auto repo = open_or_report(db);
  if (!repo) return kExitBadInput;
  auto docs = repo->list_documents();
  if (!docs.ok()) {
    std::cerr << "rightstrack: " << docs.status().message() << "\n";
    return kExitInternal;
  }
  size_t done = 0, failed = 0;
  for (const auto& summary : docs.value()) {
    auto stored = repo->find_document(std::to_string(summary.id));
    if (!stored.ok() || !stored.value()) {
      ++failed;
      std::cerr << "rightstrack: document " << summary.id << ": "
                << (stored.ok() ? "vanished" : stored.status().message()) << "\n";
      continue;
    }
    Document doc = std::move(stored.value()->document);
    annotate::annotate_document(doc);
    if (auto s = repo->update_annotations(summary.id, doc); !s.is_ok()) {
      ++failed;
      std::cerr << "rightstrack: document " << summary.id << ": " << s.message() << "\n";
      continue;
    }
    // Commitments of documents stored before tracking existed appear here; known ones keep their status.
    if (auto t = track::track_document(*repo, summary.id, doc, summary.path, 1); !t.ok()) {
      ++failed;
      std::cerr << "rightstrack: document " << summary.id << ": commitments: " << t.status().message() << "\n";
      continue;
    }
    ++done;
  }
  std::cout << done << " documents annotated again, " << failed << " failed\n";
  return failed == 0 ? kExitOk : kExitInternal;
}

int run_cites(const std::string& db, const std::string& symbol, bool json) {
  auto repo = open_or_report(db);
  if (!repo) return kExitBadInput;
  auto self = repo->find_document(symbol);
  auto citing = repo->citing(symbol);
  if (!self.ok() || !citing.ok()) {
    std::cerr << "rightstrack: " << (self.ok() ? citing.status().message() : self.status().message()) << "\n";
    return kExitInternal;
  }
  nlohmann::ordered_json out;
  out["symbol"] = symbol;
  out["stored"] = self.value() ? nlohmann::ordered_json(self.value()->summary.id) : nlohmann::ordered_json(nullptr);
  out["cites"] = nlohmann::ordered_json::array();
  if (self.value()) {
    for (const auto& c : self.value()->document.cites) {
      auto target = repo->find_document(c);
      bool stored = target.ok() && target.value();
      out["cites"].push_back(
          {{"symbol", c}, {"document", stored ? nlohmann::ordered_json(target.value()->summary.id) : nullptr}});
    }
  }
  out["cited_by"] = nlohmann::ordered_json::array();
  for (const auto& [doc, pids] : citing.value())
    out["cited_by"].push_back(
        {{"document", doc.id}, {"symbol", doc.symbol}, {"file_name", doc.file_name}, {"provisions", pids}});
  if (json) {
    std::cout << out.dump(1) << "\n";
    return kExitOk;
  }
  std::cout << symbol
            << (self.value() ? " (document " + std::to_string(self.value()->summary.id) + ")"
                             : " (not stored: external)")
            << "\n";
  std::cout << "cites:\n";
  if (out["cites"].empty()) std::cout << "  (nothing known)\n";
  for (const auto& c : out["cites"])
    std::cout << "  " << c["symbol"].get<std::string>()
              << (c["document"].is_null() ? "  [external]"
                                          : "  [document " + std::to_string(c["document"].get<int64_t>()) + "]")
              << "\n";
  std::cout << "cited by:\n";
  if (out["cited_by"].empty()) std::cout << "  (no stored document)\n";
  for (const auto& [doc, pids] : citing.value()) {
    std::cout << "  document " << doc.id << " " << (doc.symbol.empty() ? doc.file_name : doc.symbol) << ":";
    for (const auto& p : pids) std::cout << " " << p;
    std::cout << "\n";
  }
  return kExitOk;
}

int run_tag(const std::string& db, const std::string& key, const std::string& provision, const std::string& concept_id,
            bool add) {
  auto repo = open_or_report(db);
  if (!repo) return kExitBadInput;
  int exit_code = kExitOk;
  auto found = find_or_report(*repo, key, exit_code);
  if (!found) return exit_code;
  Document doc = std::move(found->document);
  const Provision* target = find_provision(doc, provision);
  if (!target) {
    std::cerr << "rightstrack: document " << key << " has no provision '" << provision << "'\n";
    return kExitBadInput;
  }
  Provision& p = doc.provisions[static_cast<size_t>(target - doc.provisions.data())];
  Status s = add ? annotate::tag(p, concept_id) : annotate::untag(p, concept_id);
  if (!s.is_ok()) {
    std::cerr << "rightstrack: " << s.message() << "\n";
    return kExitBadInput;
  }
  if (auto u = repo->update_annotations(found->summary.id, doc); !u.is_ok()) {
    std::cerr << "rightstrack: " << u.message() << "\n";
    return kExitInternal;
  }
  std::cout << (add ? "added " : "removed ") << concept_id << (add ? " to " : " from ") << p.id << "\n";
  return kExitOk;
}

int run_explain(const std::string& db, const std::string& key, const std::string& provision) {
  auto repo = open_or_report(db);
  if (!repo) return kExitBadInput;
  int exit_code = kExitOk;
  auto found = find_or_report(*repo, key, exit_code);
  if (!found) return exit_code;
  const Document& doc = found->document;
  const Provision* p = find_provision(doc, provision);
  if (!p) {
    std::cerr << "rightstrack: document " << key << " has no provision '" << provision << "' (ids are p1…p"
              << doc.provisions.size() << ")\n";
    return kExitBadInput;
  }
  const auto& tax = annotate::Taxonomy::instance();
  std::cout << p->id << " [" << p->kind << (p->label.empty() ? "" : " " + p->label) << "] " << p->text << "\n\n";
  for (const auto& a : p->annotations) {
    if (a.source == annotate::kUserRemoved) {
      std::cout << "  " << a.concept_id << "\n    removed by a person\n";
      continue;
    }
    if (a.source == annotate::kUser) {
      std::cout << "  " << a.concept_id << "\n    added by a person\n";
      continue;
    }
    const auto* c = tax.find(a.concept_id);
    std::string span = a.end <= p->text.size() && a.begin < a.end ? p->text.substr(a.begin, a.end - a.begin) : "";
    std::cout << "  " << a.concept_id
              << (c ? " (" + c->kind + ": " + (doc.meta.language == "zh" ? c->label_zh : c->label_en) + ")" : "")
              << "\n    matched \"" << span << "\" at bytes " << a.begin << "-" << a.end << ", by " << a.source << "\n";
  }
  if (p->annotations.empty()) std::cout << "  no concepts\n";
  for (const auto& c : p->cites) std::cout << "  cites " << c << "\n";
  if (p->request) {
    const auto& r = *p->request;
    std::cout << "  request: " << r.kind << (r.addressee.empty() ? "" : " of " + r.addressee)
              << (r.due_session ? ", due at session " + std::to_string(*r.due_session) : "")
              << (r.years ? ", for " + std::to_string(*r.years) + " years" : "") << "\n";
  }
  return kExitOk;
}

}  // namespace rightstrack::cli
