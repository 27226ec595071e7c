#include "track/clusters.h"

#include <algorithm>
#include <functional>
#include <set>
#include <tuple>
#include <unordered_map>

#include "track/commitments.h"

namespace rightstrack::track {
namespace {

// The concepts of a commitment, sorted, without its actor.
std::vector<std::string> concept_set(const std::vector<std::string>& concepts, const std::string& actor) {
  std::vector<std::string> out;
  for (const auto& c : concepts)
    if (c != actor) out.push_back(c);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// Shared concepts over those of the side with fewer (sorted sets).
double overlap(const std::vector<std::string>& x, const std::vector<std::string>& y) {
  if (x.empty() || y.empty()) return 0;
  size_t shared = 0;
  for (size_t i = 0, j = 0; i < x.size() && j < y.size();) {
    int c = x[i].compare(y[j]);
    if (c == 0)
      ++shared, ++i, ++j;
    else if (c < 0)
      ++i;
    else
      ++j;
  }
  return static_cast<double>(shared) / static_cast<double>(std::min(x.size(), y.size()));
}

}  // namespace

std::vector<CommitmentLink> suggest_links(const std::vector<Commitment>& commitments,
                                          const std::map<std::string, std::vector<std::string>>& concepts,
                                          const std::set<std::string>& focus) {
  static const std::vector<std::string> kNone;
  auto concepts_of = [&](const std::string& id) -> const std::vector<std::string>& {
    auto it = concepts.find(id);
    return it == concepts.end() ? kNone : it->second;
  };
  // Shared distinct bigrams through an inverted index, so that only pairs sharing wording are
  // scored (a document against twenty others of 150 pledges each stays a few milliseconds).
  std::vector<std::vector<uint64_t>> grams(commitments.size());
  std::vector<std::vector<std::string>> sets(commitments.size());
  std::vector<bool> in_focus(commitments.size(), true);
  std::unordered_map<uint64_t, std::vector<uint32_t>> postings;
  for (size_t i = 0; i < commitments.size(); ++i) {
    grams[i] = bigram_set(commitment_core(commitments[i]));
    sets[i] = concept_set(concepts_of(commitments[i].id), commitments[i].actor);
    if (!focus.empty()) in_focus[i] = focus.count(commitments[i].id) > 0;
    for (uint64_t g : grams[i]) postings[g].push_back(static_cast<uint32_t>(i));
  }
  struct Candidate {
    double score;
    size_t i, j;
  };
  std::vector<Candidate> candidates;
  std::vector<uint32_t> shared(commitments.size());
  for (size_t i = 0; i < commitments.size(); ++i) {
    const auto& a = commitments[i];
    if (!in_focus[i]) continue;
    std::fill(shared.begin(), shared.end(), 0);
    for (uint64_t g : grams[i])
      for (uint32_t j : postings[g]) ++shared[j];
    for (size_t j = 0; j < commitments.size(); ++j) {
      const auto& b = commitments[j];
      if (shared[j] == 0 || j == i || a.document_id == b.document_id || a.actor != b.actor || a.kind != b.kind)
        continue;
      if (in_focus[j] && j < i) continue;  // each pair once
      double text = static_cast<double>(shared[j]) / static_cast<double>(std::min(grams[i].size(), grams[j].size()));
      if (0.6 * text + 0.4 < kMinScore) continue;
      double s = 0.6 * text + 0.4 * overlap(sets[i], sets[j]);
      if (s >= kMinScore) candidates.push_back({s, std::min(i, j), std::max(i, j)});
    }
  }
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& x, const Candidate& y) {
    return x.score != y.score ? x.score > y.score : std::tie(x.i, x.j) < std::tie(y.i, y.j);
  });
  // One partner per commitment in each other document.
  std::set<std::pair<size_t, int64_t>> matched;
  std::vector<CommitmentLink> out;
  for (const auto& c : candidates) {
    const auto &a = commitments[c.i], &b = commitments[c.j];
    if (matched.count({c.i, b.document_id}) || matched.count({c.j, a.document_id})) continue;
    matched.insert({c.i, b.document_id});
    matched.insert({c.j, a.document_id});
    out.push_back({std::min(a.id, b.id), std::max(a.id, b.id), c.score, "suggested", "", ""});
  }
  return out;
}

Result<size_t> refresh_clusters(Repository& repo, const std::string& actor, int64_t document_id) {
  if (actor.empty()) return size_t{0};
  // The actor's other recent documents: pledges and recommendations are of the document's author.
  auto docs = repo.latest_documents_of(actor, kRecentDocuments, document_id);
  if (!docs.ok()) return docs.status();
  std::vector<int64_t> in_scope{document_id};
  for (const auto& d : docs.value()) in_scope.push_back(d.id);
  std::vector<Commitment> cs;
  std::vector<std::string> ids;
  for (int64_t doc : in_scope) {
    auto some = repo.list_commitments({actor, "", "", doc});
    if (!some.ok()) return some.status();
    for (auto& c : some.value()) {
      if (c.kind != "pledge" && c.kind != "recommendation") continue;
      if (c.document_id == document_id) ids.push_back(c.id);
      cs.push_back(std::move(c));
    }
  }
  // Concepts as the store's ids (the facts kept for search), the actor's own left out by name.
  auto actor_id = repo.term_id(actor);
  if (!actor_id.ok()) return actor_id.status();
  std::string skip = actor_id.value() ? std::to_string(*actor_id.value()) : "";
  std::map<int64_t, std::vector<ProvisionFacts>> facts;
  std::map<std::string, std::vector<std::string>> concepts;
  for (const auto& c : cs) {
    if (!facts.count(c.document_id)) {
      auto f = repo.provision_facts(c.document_id);
      if (!f.ok()) return f.status();
      facts[c.document_id] = std::move(f).value();
    }
    const auto& f = facts[c.document_id];
    if (c.seq >= f.size()) continue;
    for (uint32_t id : f[c.seq].concepts)
      if (std::to_string(id) != skip) concepts[c.id].push_back(std::to_string(id));
  }
  std::set<std::string> mine(ids.begin(), ids.end());
  auto links = suggest_links(cs, concepts, mine);
  // What people decided stays, and a split pair is not suggested again.
  auto known = repo.list_links(ids);
  if (!known.ok()) return known.status();
  std::set<std::pair<std::string, std::string>> decided;
  for (const auto& l : known.value())
    if (l.state != "suggested") decided.insert({l.a, l.b});
  links.erase(std::remove_if(links.begin(), links.end(),
                             [&](const CommitmentLink& l) {
                               return decided.count({l.a, l.b}) > 0;
                             }),
              links.end());
  if (auto s = repo.replace_suggested_links(ids, links); !s.is_ok()) return s;
  return links.size();
}

std::vector<std::vector<std::string>> clusters_of(const std::vector<CommitmentLink>& links) {
  std::map<std::string, std::string> parent;
  std::function<std::string(const std::string&)> find = [&](const std::string& x) {
    auto it = parent.find(x);
    if (it == parent.end() || it->second == x) return parent[x] = x;
    return it->second = find(it->second);
  };
  for (const auto& l : links) {
    if (l.state == "split") continue;
    parent[find(l.a)] = find(l.b);
  }
  std::map<std::string, std::vector<std::string>> groups;
  for (const auto& [x, _] : parent) groups[find(x)].push_back(x);
  std::vector<std::vector<std::string>> out;
  for (auto& [_, g] : groups) {
    std::sort(g.begin(), g.end());
    out.push_back(std::move(g));
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  return out;
}

}  // namespace rightstrack::track
