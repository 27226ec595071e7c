// PostingList: the provisions holding a term, as the search index's rows decode into it (layout
// in store/postings.h), and the decoders of term data and batch rows.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace rightstrack {

// Provisions holding a term, by key (document_id << 24 | seq), ascending; with their token
// positions when `with_positions` (phrases need them, single words do not).
struct PostingList {
  bool with_positions = false;
  // When set (ascending keys), only these keys are kept: the others are skipped without decoding
  // their positions, and a document with none of them without reading its entries at all.
  const std::vector<int64_t>* only = nullptr;
  size_t only_hint = 0;  // where the last document's keys began in `only` (rows come in key order)
  // A batch row counting more provisions than this is corrupt (the store sets what it holds).
  uint64_t max_row_count = UINT64_MAX;
  std::vector<int64_t> keys;
  std::vector<uint32_t> offsets;  // positions of keys[i]: positions[offsets[i] .. offsets[i + 1])
  std::vector<uint32_t> positions;

  explicit PostingList(bool want_positions = false) : with_positions(want_positions) {
    if (want_positions) offsets.push_back(0);
  }
  size_t size() const { return keys.size(); }
  // Sorts by key and joins entries of the same key (lists read out of order, or several terms).
  void normalize();
};

// Appends one term's data in one document to `out`.
Status append_term_data(int64_t document_id, std::string_view data, PostingList& out);
// Appends a batch row to `out`, but for the documents in `skip` (ascending ids: documents whose
// entries in this batch are stale, written again elsewhere).
Status append_batch_row(std::string_view row, PostingList& out, const std::vector<int64_t>* skip = nullptr);
// A batch row's documents and their term data, in the row's order.
using RowEntries = std::vector<std::pair<int64_t, std::string_view>>;
Status read_batch_row(std::string_view row, RowEntries& out);
// How many provisions term data or a batch row covers (its first varint).
Result<uint64_t> posting_count(std::string_view data_or_row);

}  // namespace rightstrack
