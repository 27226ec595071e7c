// `rightstrack commitments`, `status set`, `history` and `audit verify`: the tracking stage.
#include <algorithm>
#include <ctime>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <unordered_set>

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "core/utf8.h"
#include "report/commitment_json.h"
#include "report/scorecard.h"
#include "search/searcher.h"
#include "track/clusters.h"
#include "track/deadlines.h"
#include "track/tracker.h"

namespace rightstrack::cli {
namespace {}  // namespace

int run_commitments(const std::string& db, const CommitmentFilter& filter, const std::string& query, bool json) {
  auto repo = open_or_report(db);
  if (!repo) return kExitBadInput;
  auto list = repo->list_commitments(filter);
  if (!list.ok()) return report_status(list.status());
  if (!query.empty()) {  // the search language picks the provisions: concept:children state:LUX 儿童 …
    search::Searcher searcher(*repo);
    auto keys = searcher.matching(query);
    if (!keys.ok()) return report_status(keys.status());
    std::unordered_set<int64_t> matched(keys->begin(), keys->end());
    std::erase_if(list.value(),
                  [&](const Commitment& c) { return !matched.count(provision_key(c.document_id, c.seq)); });
  }
  if (json) {
    auto a = nlohmann::ordered_json::array();
    for (const auto& c : list.value()) a.push_back(report::commitment_json(c));
    std::cout << a.dump(2) << "\n";
    return kExitOk;
  }
  for (const auto& c : list.value()) {
    std::string due = c.due_session ? "session " + std::to_string(*c.due_session)
                      : c.years     ? std::to_string(*c.years) + " years"
                                    : "";
    std::cout << c.id << "  " << c.kind << "  " << (c.actor.empty() ? "?" : c.actor) << "  " << c.status << "  L"
              << c.action_level << (due.empty() ? "" : "  due " + due) << "\n    " << utf8::prefix(c.text, 150)
              << (c.text.size() > 150 ? "…" : "") << "\n";
  }
  std::cout << list->size() << (list->size() == 1 ? " commitment\n" : " commitments\n");
  return kExitOk;
}

int run_status_set(const std::string& db, StatusChange change, const std::vector<std::string>& evidence) {
  auto repo = open_or_report(db);
  if (!repo) return kExitBadInput;
  for (const auto& spec : evidence) {
    auto e = track::resolve_evidence(*repo, spec);
    if (!e.ok()) return report_status(e.status());
    change.evidence.push_back(e.value());
  }
  auto c = track::set_status(*repo, change);
  if (!c.ok()) return report_status(c.status());
  std::cout << c->id << " is now " << c->status << " (version " << c->version << ")\n";
  return kExitOk;
}

int run_history(const std::string& db, const std::string& id) {
  auto repo = open_or_report(db);
  if (!repo) return kExitBadInput;
  auto c = repo->find_commitment(id);
  if (!c.ok()) return report_status(c.status());
  if (!c.value()) return report_status(Status::not_found("no commitment " + id));
  const Commitment& cm = *c.value();
  std::cout << id << "  " << cm.kind << "  " << cm.actor << "  now " << cm.status << "  version " << cm.version
            << "  level " << cm.action_level << (cm.action_level_by_person ? " (set by a person)" : "")
            << (cm.due_date.empty() ? "" : "  due " + cm.due_date + (cm.due_date_by_person ? " (set by a person)" : ""))
            << "\n    " << utf8::prefix(cm.text, 200) << "\n";
  auto tracking = repo->tracking_data({id});
  if (!tracking.ok()) return report_status(tracking.status());
  for (const auto& a : tracking->assignments)
    std::cout << "  " << a.role << ": " << a.institution_id << "  (" << a.by << ", " << a.at << ")\n";
  for (const auto& in : tracking->indicators) {
    std::cout << "  indicator #" << in.id << " " << in.name << " (" << in.unit << ")";
    for (const auto& v : in.values) std::cout << "  " << v.date << ": " << v.value;
    std::cout << "\n";
  }
  auto h = repo->status_history(id);
  if (!h.ok()) return report_status(h.status());
  if (h->empty()) std::cout << "  no status changes yet\n";
  for (const auto& r : h.value()) {
    std::cout << "  " << r.at << "  " << r.who << ": " << r.from << " → " << r.to
              << (r.note.empty() ? "" : "  \"" + r.note + "\"") << "\n";
    for (const auto& e : r.evidence)
      std::cout << "      evidence " << e.kind << " " << e.ref << (e.note.empty() ? "" : "  " + e.note) << "\n";
  }
  auto suggested = repo->list_suggestions({"", id});
  if (!suggested.ok()) return report_status(suggested.status());
  for (const auto& g : suggested.value())
    std::cout << "  suggestion #" << g.id << " (" << g.state << "): " << g.relation << ", document " << g.document_id
              << " " << g.provision_id << ", score " << static_cast<int>(g.score * 100) / 100.0 << "\n";
  return kExitOk;
}

int run_audit_verify(const std::string& db) {
  auto repo = open_or_report(db);
  if (!repo) return kExitBadInput;
  auto log = repo->audit_log();
  if (!log.ok()) return report_status(log.status());
  auto head = repo->audit_head();
  if (!head.ok()) return report_status(head.status());
  auto problems = verify_chain(log.value(), head.value());
  if (problems.empty()) {
    std::cout << "audit log intact: " << log->size() << " entries, head " << head.value() << "\n";
    return kExitOk;
  }
  for (const auto& p : problems) std::cout << "TAMPERED: " << p.what << "\n";
  std::cout << problems.size() << " problem(s) in " << log->size() << " entries\n";
  return kExitBadInput;
}

}  // namespace rightstrack::cli

namespace rightstrack::cli {

int run_clusters(const std::string& db, const std::string& actor) {
  auto repo = open_or_report(db);
  if (!repo) return kExitBadInput;
  auto links = repo->list_links();
  if (!links.ok()) return report_status(links.status());
  auto commitments = repo->list_commitments({actor, "", "", 0});
  if (!commitments.ok()) return report_status(commitments.status());
  std::map<std::string, const Commitment*> by_id;
  for (const auto& c : commitments.value()) by_id[c.id] = &c;
  size_t shown = 0;
  for (const auto& cluster : track::clusters_of(links.value())) {
    if (!by_id.count(cluster.front())) continue;  // another actor's
    ++shown;
    std::cout << "cluster of " << cluster.size() << ":\n";
    for (const auto& l : links.value())
      if (std::find(cluster.begin(), cluster.end(), l.a) != cluster.end() && l.state != "split")
        std::cout << "  " << l.a << " = " << l.b << "  score " << static_cast<int>(l.score * 100) / 100.0 << "  "
                  << l.state << (l.by.empty() ? "" : " by " + l.by) << "\n";
    for (const auto& id : cluster) {
      const Commitment* c = by_id[id];
      std::cout << "    " << id << "  document " << c->document_id << " " << c->provision_id << "  "
                << utf8::prefix(c->text, 90) << "\n";
    }
  }
  std::cout << shown << (shown == 1 ? " cluster\n" : " clusters\n");
  return kExitOk;
}

int run_cluster_decision(const std::string& db, const std::string& id, const std::string& state,
                         const std::string& who) {
  auto repo = open_or_report(db);
  if (!repo) return kExitBadInput;
  auto n = repo->set_links_state(id, state, who);
  if (!n.ok()) return report_status(n.status());
  std::cout << n.value() << (n.value() == 1 ? " link " : " links ") << state << " for " << id << "\n";
  return kExitOk;
}

}  // namespace rightstrack::cli

namespace rightstrack::cli {

int run_report(const std::string& db, const report::ScorecardScope& scope, const std::string& format) {
  auto repo = open_or_report(db);
  if (!repo) return kExitBadInput;
  auto card = report::build_scorecard(*repo, scope);
  if (!card.ok()) return report_status(card.status());
  auto text = report::render(card.value(), format);
  if (!text.ok()) return report_status(text.status());
  std::cout << text.value();
  return kExitOk;
}

}  // namespace rightstrack::cli

namespace rightstrack::cli {

int run_due(const std::string& db, const std::string& before, std::string today) {
  auto repo = open_or_report(db);
  if (!repo) return kExitBadInput;
  if (today.empty()) {
    std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    today = buf;
  }
  auto list = repo->list_commitments({});
  if (!list.ok()) return report_status(list.status());
  // A digest per lead institution (else per actor), soonest first: what a follow-up office sends
  // round.
  auto tracking = repo->tracking_data();
  if (!tracking.ok()) return report_status(tracking.status());
  std::map<std::string, std::string> names;
  for (const auto& i : tracking->institutions) names[i.id] = i.name;
  std::map<std::string, std::vector<std::string>> leads;
  for (const auto& a : tracking->assignments)
    if (a.role == "lead") leads[a.commitment_id].push_back(a.institution_id);
  std::map<std::string, std::vector<const Commitment*>> by_actor;
  for (const auto& c : list.value()) {
    if (c.due_date.empty() || (!before.empty() && c.due_date > before)) continue;
    if (c.status == "implemented" || c.status == "withdrawn" || c.status == "not_implemented") continue;
    auto lead = leads.find(c.id);
    if (lead == leads.end()) {
      by_actor[c.actor.empty() ? "?" : c.actor].push_back(&c);
      continue;
    }
    for (const auto& inst : lead->second) by_actor[c.actor + " / " + names[inst] + " (" + inst + ")"].push_back(&c);
  }
  size_t shown = 0, late = 0;
  for (auto& [actor, cs] : by_actor) {
    std::stable_sort(cs.begin(), cs.end(),
                     [](const Commitment* a, const Commitment* b) { return a->due_date < b->due_date; });
    std::cout << actor << ":\n";
    for (const Commitment* c : cs) {
      bool is_late = track::overdue(*c, today);
      late += is_late;
      ++shown;
      std::cout << "  " << c->due_date << (is_late ? "  OVERDUE  " : "  due      ") << c->id << "  " << c->status
                << "  " << utf8::prefix(c->text, 100) << "\n";
    }
  }
  std::cout << shown << " open commitments with a due date" << (before.empty() ? "" : " on or before " + before) << ", "
            << late << " overdue on " << today << "\n";
  return kExitOk;
}

}  // namespace rightstrack::cli

namespace rightstrack::cli {

int run_set_level(const std::string& db, const std::string& id, int level, const std::string& who,
                  int64_t expected_version) {
  auto repo = open_or_report(db);
  if (!repo) return kExitBadInput;
  auto c = repo->set_action_level(id, level, who, expected_version);
  if (!c.ok()) return report_status(c.status());
  std::cout << c->id << " has action level " << c->action_level << " (set by " << who << ", version " << c->version
            << ")\n";
  return kExitOk;
}

}  // namespace rightstrack::cli
