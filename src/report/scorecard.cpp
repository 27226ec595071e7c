#include "report/scorecard.h"

#include <algorithm>
#include <ctime>
#include <set>

#include "track/deadlines.h"

namespace rightstrack::report {
namespace {

std::string today_utc() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

// "SDG-5" covers its targets "SDG-5.2"; any other concept only itself.
bool covers(const std::string& wanted, const std::vector<std::string>& concepts) {
  for (const auto& c : concepts)
    if (c == wanted ||
        (wanted.rfind("SDG-", 0) == 0 && wanted.find('.') == std::string::npos && c.rfind(wanted + ".", 0) == 0))
      return true;
  return false;
}

// The concepts of each commitment's provision, by name, the actor left out.
class ConceptNames {
 public:
  explicit ConceptNames(Repository& repo) : repo_(repo) {}
  Result<std::vector<std::string>> of(const Commitment& c) {
    auto it = facts_.find(c.document_id);
    if (it == facts_.end()) {
      auto f = repo_.provision_facts(c.document_id);
      if (!f.ok()) return f.status();
      it = facts_.emplace(c.document_id, std::move(f).value()).first;
    }
    std::vector<std::string> out;
    if (c.seq >= it->second.size()) return out;
    for (uint32_t id : it->second[c.seq].concepts) {
      auto n = names_.find(id);
      if (n == names_.end()) {
        auto name = repo_.term_name(id);
        if (!name.ok()) return name.status();
        n = names_.emplace(id, std::move(name).value()).first;
      }
      if (n->second != c.actor) out.push_back(n->second);
    }
    return out;
  }

 private:
  Repository& repo_;
  std::map<int64_t, std::vector<ProvisionFacts>> facts_;
  std::map<uint32_t, std::string> names_;
};

std::string title_of(const ScorecardScope& scope, const std::string& document) {
  std::string t = "Commitments";
  if (!scope.actor.empty()) t += " of " + scope.actor;
  if (!scope.concept_id.empty()) t += " on " + scope.concept_id;
  if (!document.empty()) t += " in " + document;
  return t == "Commitments" ? "Commitments of every actor" : t;
}

}  // namespace

Result<Scorecard> build_scorecard(Repository& repo, const ScorecardScope& scope) {
  Scorecard s;
  s.scope = scope;
  if (s.scope.today.empty()) s.scope.today = today_utc();
  CommitmentFilter filter{scope.actor, "", "", 0};
  std::string document_name;
  if (!scope.document.empty()) {
    auto d = repo.find_document(scope.document);
    if (!d.ok()) return d.status();
    if (!d.value()) return Status::not_found("no stored document '" + scope.document + "'");
    filter.document_id = d.value()->summary.id;
    const auto& sum = d.value()->summary;
    document_name = sum.symbol.empty() ? sum.file_name : sum.symbol;
  }
  s.title = title_of(scope, document_name);
  auto list = repo.list_commitments(filter);
  if (!list.ok()) return list.status();
  auto docs = repo.list_documents();
  if (!docs.ok()) return docs.status();
  std::map<int64_t, std::string> names;
  for (const auto& d : docs.value()) names[d.id] = d.symbol.empty() ? d.file_name : d.symbol;
  ConceptNames concepts(repo);
  std::vector<std::string> ids;
  for (auto& c : list.value()) {
    auto cs = concepts.of(c);
    if (!cs.ok()) return cs.status();
    if (!scope.concept_id.empty() && !covers(scope.concept_id, cs.value())) continue;
    ScorecardItem item{c, names[c.document_id], std::nullopt, std::move(cs).value(), {}, false};
    auto history = repo.status_history(c.id);
    if (!history.ok()) return history.status();
    if (!history->empty()) item.latest = history->back();
    item.overdue = track::overdue(c, s.scope.today);
    ++s.by_status[c.status];
    ++s.by_kind[c.kind];
    ++s.by_level[c.action_level];
    for (const auto& k : item.concepts) ++s.by_concept[k];
    s.overdue += item.overdue;
    ids.push_back(c.id);
    s.items.push_back(std::move(item));
  }
  if (ids.empty()) return s;
  auto tracking = repo.tracking_data(ids);
  if (!tracking.ok()) return tracking.status();
  std::map<std::string, std::vector<std::string>> leads;
  for (const auto& a : tracking->assignments)
    if (a.role == "lead") leads[a.commitment_id].push_back(a.institution_id);
  for (auto& i : s.items) i.leads = leads[i.commitment.id];
  return s;
}

}  // namespace rightstrack::report
