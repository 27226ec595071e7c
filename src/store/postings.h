// Postings: the search index's own format, the same for every backend. A document's index is a
// segment — its terms in byte order, each with the provisions that hold it and the positions of
// its tokens there — and a backend merges segments into batches, one row per term and batch, so
// that a word found in 600,000 provisions is a few hundred rows of varints, not 600,000 rows.
//
// Layouts (all integers are LEB128 varints):
//   term data (one term in one document): count of provisions, then per provision
//     (seq − previous seq − 1) << 1 | run;  a run (a document-level tag: author, sponsors, body,
//     year, symbol, type, language) is followed by its length and covers that many provisions;
//     otherwise by the byte length of the positions, then the positions (token ordinals, deltas).
//   segment: per term in byte order: term length, term, data length, term data.
//   batch row (one term in a batch of documents): count of provisions, then per document
//     (document id − previous document id), data length, term data.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/result.h"
#include "store/batch_row_writer.h"
#include "store/posting_list.h"
#include "store/segment.h"

namespace rightstrack {

// A tag term ("#k_pledge", "#s_lux"): '#' never starts a token of the tokenizer, so a word of the
// text cannot be taken for a filter.
std::string tag_term(std::string_view tag);

// The segment of one document; `lengths`, when given, gets each provision's number of tokens.
std::string build_segment(const DocumentMeta& meta, const std::vector<Provision>& provisions,
                          std::vector<uint32_t>* lengths = nullptr);

}  // namespace rightstrack
