#include "track/evidence.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "annotate/taxonomy.h"
#include "core/split.h"
#include "track/commitments.h"

namespace rightstrack::embedded {
extern const std::string_view track_evidence_cues;
}

namespace rightstrack::track {
namespace {

struct CueWord {
  std::string relation, text;
  bool latin;
};

const std::vector<CueWord>& cues() {
  static const std::vector<CueWord> kCues = [] {
    std::vector<CueWord> out;
    for (const auto& line : split(embedded::track_evidence_cues, '\n')) {
      if (line.empty() || line[0] == '#') continue;
      auto cols = split(line, '\t');
      if (cols.size() == 3 && !cols[2].empty()) out.push_back({cols[0], cols[2], cols[1] != "zh"});
    }
    return out;
  }();
  return kCues;
}

std::string lower_ascii(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

double concept_weight(const std::string& id) {
  const auto* c = annotate::Taxonomy::instance().find(id);
  if (!c) return 0.1;
  if (c->kind == "instrument") return 0.6;
  if (c->kind == "sdg") return 0.4;
  if (c->kind == "state") return 0.1;
  return 0.3;
}

// What the new document offers: per provision, its concepts as the store's term ids.
struct Offer {
  size_t seq;
  const Provision* p;
  Cue cue;
  std::vector<uint32_t> concepts;  // sorted
};

// The open commitments of one actor, with their concepts (store term ids, sorted, actor left out).
struct Candidates {
  std::vector<Commitment> commitments;
  std::vector<std::vector<uint32_t>> concepts;
  std::unordered_map<uint32_t, std::vector<size_t>> by_concept;
};

// `own`: how many commitments the new document may have (they are skipped).
Result<Candidates> candidates_of(Repository& repo, const std::string& actor, int64_t document_id, size_t own,
                                 std::optional<uint32_t> actor_term) {
  Candidates out;
  CommitmentFilter filter{actor, "", "", 0};
  filter.open_only = filter.newest_first = true;
  filter.limit = kMaxPerActor + own;  // the new document's own commitments come first
  auto list = repo.list_commitments(filter);
  if (!list.ok()) return list.status();
  std::map<int64_t, std::vector<ProvisionFacts>> facts;
  for (auto& c : list.value()) {
    if (c.document_id == document_id) continue;
    if (out.commitments.size() == kMaxPerActor) break;
    if (!facts.count(c.document_id)) {
      auto f = repo.provision_facts(c.document_id);
      if (!f.ok()) return f.status();
      facts[c.document_id] = std::move(f).value();
    }
    const auto& f = facts[c.document_id];
    std::vector<uint32_t> cs;
    if (c.seq < f.size())
      for (uint32_t t : f[c.seq].concepts)
        if (!actor_term || t != *actor_term) cs.push_back(t);
    std::sort(cs.begin(), cs.end());
    cs.erase(std::unique(cs.begin(), cs.end()), cs.end());
    for (uint32_t t : cs) out.by_concept[t].push_back(out.commitments.size());
    out.concepts.push_back(std::move(cs));
    out.commitments.push_back(std::move(c));
  }
  return out;
}

}  // namespace

Cue find_cue(const std::string& text) {
  std::string lower = lower_ascii(text);
  Cue found;
  for (const auto& c : cues()) {
    if ((c.latin ? lower : text).find(c.text) == std::string::npos) continue;
    if (c.relation == "contradicts") return {c.relation, c.text};
    if (found.relation.empty()) found = {c.relation, c.text};
  }
  return found;
}

Result<std::vector<Suggestion>> suggest_evidence(Repository& repo, int64_t document_id, const Document& doc) {
  // Term ids of the new document's concepts, and which actors its provisions name.
  std::unordered_map<std::string, std::optional<uint32_t>> term;
  auto term_of = [&](const std::string& name) -> Result<std::optional<uint32_t>> {
    auto it = term.find(name);
    if (it != term.end()) return it->second;
    auto id = repo.term_id(name);
    if (!id.ok()) return id.status();
    return term[name] = id.value();
  };
  std::map<uint32_t, std::string> names;
  std::vector<Offer> offers;
  std::map<std::string, std::vector<size_t>> actors;  // actor → offers naming it
  for (size_t i = 0; i < doc.provisions.size(); ++i) {
    const Provision& p = doc.provisions[i];
    if (p.kind == "heading" || p.kind == "pledge" || p.kind == "recommendation" || p.kind == "footnote" ||
        p.kind == "caption")
      continue;
    // Only a provision that reports something done or not done is evidence.
    Offer o{i, &p, find_cue(p.text), {}};
    if (o.cue.relation.empty()) continue;
    std::set<std::string> named;
    if (!doc.meta.author.empty()) named.insert(doc.meta.author);
    for (const auto& a : p.annotations) {
      auto t = term_of(a.concept_id);
      if (!t.ok()) return t.status();
      if (!t.value()) continue;
      o.concepts.push_back(*t.value());
      names[*t.value()] = a.concept_id;
      const auto* c = annotate::Taxonomy::instance().find(a.concept_id);
      if (c && (c->kind == "state" || c->kind == "body")) named.insert(a.concept_id);
    }
    std::sort(o.concepts.begin(), o.concepts.end());
    o.concepts.erase(std::unique(o.concepts.begin(), o.concepts.end()), o.concepts.end());
    if (o.concepts.empty()) continue;
    for (const auto& a : named) actors[a].push_back(offers.size());
    offers.push_back(std::move(o));
  }
  std::vector<Suggestion> out;
  for (const auto& [actor, offer_ids] : actors) {
    auto actor_term = term_of(actor);
    if (!actor_term.ok()) return actor_term.status();
    auto cand = candidates_of(repo, actor, document_id, doc.provisions.size(), actor_term.value());
    if (!cand.ok()) return cand.status();
    if (cand->commitments.empty()) continue;
    for (size_t oi : offer_ids) {
      const Offer& o = offers[oi];
      std::set<size_t> seen;
      const Cue& cue = o.cue;
      for (uint32_t t : o.concepts) {
        auto hit = cand->by_concept.find(t);
        if (hit == cand->by_concept.end()) continue;
        for (size_t ci : hit->second) {
          if (!seen.insert(ci).second) continue;
          const auto& cc = cand->concepts[ci];
          std::vector<uint32_t> shared;
          std::set_intersection(cc.begin(), cc.end(), o.concepts.begin(), o.concepts.end(), std::back_inserter(shared));
          double weight = 0;
          for (uint32_t s : shared) weight += concept_weight(names[s]);
          const Commitment& c = cand->commitments[ci];
          double wording = text_containment(commitment_core(c), o.p->text);
          double score = 0.6 * std::min(1.0, weight) + 0.25 * wording + 0.15;
          if (score < kMinEvidence) continue;
          Suggestion g;
          g.commitment_id = c.id;
          g.document_id = document_id;
          g.seq = o.seq;
          g.provision_id = o.p->id;
          g.relation = cue.relation;
          g.score = score;
          for (const auto& a : o.p->annotations)
            if (std::find_if(shared.begin(), shared.end(), [&](uint32_t s) { return names[s] == a.concept_id; }) !=
                    shared.end() &&
                a.end <= o.p->text.size())
              g.spans.push_back(o.p->text.substr(a.begin, a.end - a.begin));
          g.spans.push_back(cue.text);
          std::sort(g.spans.begin(), g.spans.end());
          g.spans.erase(std::unique(g.spans.begin(), g.spans.end()), g.spans.end());
          out.push_back(std::move(g));
        }
      }
    }
  }
  // Best first; a broad provision (an overview naming many themes) suggests only its best few.
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.score > b.score; });
  std::map<std::string, size_t> per_commitment;
  std::map<size_t, size_t> per_provision;
  std::vector<Suggestion> kept;
  for (auto& g : out)
    if (per_commitment[g.commitment_id] < kPerCommitment && per_provision[g.seq] < kPerProvision) {
      ++per_commitment[g.commitment_id], ++per_provision[g.seq];
      kept.push_back(std::move(g));
    }
  out = std::move(kept);
  return out;
}

Result<size_t> refresh_evidence(Repository& repo, int64_t document_id, const Document& doc) {
  auto found = suggest_evidence(repo, document_id, doc);
  if (!found.ok()) return found.status();
  if (auto s = repo.put_suggestions(document_id, found.value()); !s.is_ok()) return s;
  return found->size();
}

}  // namespace rightstrack::track
