#include "track/clusters.h"

#include <algorithm>
#include <functional>
#include <set>
#include <tuple>

#include "track/commitments.h"

namespace rightstrack::track {
namespace {

// The sentence without its framing: "卢森堡承诺在…" → "在…", "Belgium will …" → "…".
std::string without_framing(const Commitment& c) {
  const std::string& t = c.text;
  for (const char* frame : {"承诺", " will ", " commits to ", " pledges to "}) {
    size_t at = t.find(frame);
    if (at != std::string::npos && at < 40) return t.substr(at + std::char_traits<char>::length(frame));
  }
  return t;
}

// Shared concepts over those of the side with fewer.
double overlap(const std::vector<std::string>& a, const std::vector<std::string>& b, const std::string& skip) {
  std::set<std::string> x(a.begin(), a.end()), y(b.begin(), b.end());
  x.erase(skip);
  y.erase(skip);
  if (x.empty() || y.empty()) return 0;
  size_t shared = 0;
  for (const auto& c : x) shared += y.count(c);
  return static_cast<double>(shared) / static_cast<double>(std::min(x.size(), y.size()));
}

}  // namespace

double restatement_score(const Commitment& a, const Commitment& b, const std::vector<std::string>& concepts_a,
                         const std::vector<std::string>& concepts_b) {
  return 0.6 * text_containment(without_framing(a), without_framing(b)) +
         0.4 * overlap(concepts_a, concepts_b, a.actor);
}

std::vector<CommitmentLink> suggest_links(const std::vector<Commitment>& commitments,
                                          const std::map<std::string, std::vector<std::string>>& concepts) {
  static const std::vector<std::string> kNone;
  auto concepts_of = [&](const std::string& id) -> const std::vector<std::string>& {
    auto it = concepts.find(id);
    return it == concepts.end() ? kNone : it->second;
  };
  struct Candidate {
    double score;
    size_t i, j;
  };
  std::vector<Candidate> candidates;
  for (size_t i = 0; i < commitments.size(); ++i)
    for (size_t j = i + 1; j < commitments.size(); ++j) {
      const auto &a = commitments[i], &b = commitments[j];
      if (a.document_id == b.document_id || a.actor != b.actor || a.kind != b.kind) continue;
      double s = restatement_score(a, b, concepts_of(a.id), concepts_of(b.id));
      if (s >= kMinScore) candidates.push_back({s, i, j});
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
    CommitmentLink l{std::min(a.id, b.id), std::max(a.id, b.id), c.score, "suggested", "", ""};
    out.push_back(l);
  }
  return out;
}

Result<size_t> refresh_clusters(Repository& repo, const std::string& actor) {
  if (actor.empty()) return size_t{0};
  auto all = repo.list_commitments({actor, "", "", 0});
  if (!all.ok()) return all.status();
  std::vector<Commitment> cs;
  for (auto& c : all.value())
    if (c.kind == "pledge" || c.kind == "recommendation") cs.push_back(std::move(c));
  std::map<std::string, std::vector<std::string>> concepts;
  std::map<int64_t, Document> documents;
  for (const auto& c : cs) {
    if (!documents.count(c.document_id)) {
      auto d = repo.find_document(std::to_string(c.document_id));
      if (!d.ok()) return d.status();
      documents[c.document_id] = d.value() ? d.value()->document : Document{};
    }
    const Document& d = documents[c.document_id];
    if (c.seq >= d.provisions.size()) continue;
    for (const auto& a : d.provisions[c.seq].annotations)
      if (a.source != "user:removed") concepts[c.id].push_back(a.concept_id);
  }
  auto links = suggest_links(cs, concepts);
  // What people decided stays; a pair they split is not suggested again.
  auto known = repo.list_links();
  if (!known.ok()) return known.status();
  std::set<std::pair<std::string, std::string>> decided;
  for (const auto& l : known.value())
    if (l.state != "suggested") decided.insert({l.a, l.b});
  links.erase(std::remove_if(links.begin(), links.end(),
                             [&](const CommitmentLink& l) {
                               return decided.count({l.a, l.b}) > 0;
                             }),
              links.end());
  std::vector<std::string> ids;
  for (const auto& c : cs) ids.push_back(c.id);
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
