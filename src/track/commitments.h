// Commitments from a stored document's provisions: pledges (actor: the document's author State),
// requests and decisions in resolutions' operative paragraphs (actor: the addressee; due: a
// session, or years for a mandate renewal), UPR recommendations (actor: the State under review,
// with the recommending States and the position). Ids are stable across new versions of a
// document: a commitment whose text is (nearly) that of one in the previous version keeps its id.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/commitment.h"
#include "core/document.h"

namespace rightstrack::track {

// `lineage` names the document across its versions (its symbol, else its path).
std::vector<Commitment> extract_commitments(const Document& doc, int64_t document_id, const std::string& lineage);

// Gives each commitment of `current` the id of the commitment of `previous` (an older version of
// the same document) it continues: same kind and actor, and text similarity ≥ 0.8.
void carry_ids(const std::vector<Commitment>& previous, std::vector<Commitment>& current);

// Character-bigram Dice similarity of two texts, spaces and punctuation ignored (0 … 1).
double text_similarity(const std::string& a, const std::string& b);
// Shared character bigrams over those of the shorter text: a short restatement of a longer
// commitment scores high (0 … 1).
double text_containment(const std::string& a, const std::string& b);
// The commitment's sentence without its framing: "卢森堡承诺在…" → "在…", "Belgium will …" → "…".
std::string commitment_core(const Commitment& c);
// The distinct character bigrams of a text (letters and digits only), sorted.
std::vector<uint64_t> bigram_set(const std::string& text);

}  // namespace rightstrack::track
