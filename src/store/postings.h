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

namespace rightstrack {

// A tag term ("#k_pledge", "#s_lux"): '#' never starts a token of the tokenizer, so a word of the
// text cannot be taken for a filter.
std::string tag_term(std::string_view tag);

// The segment of one document; `lengths`, when given, gets each provision's number of tokens.
std::string build_segment(const DocumentMeta& meta, const std::vector<Provision>& provisions,
                          std::vector<uint32_t>* lengths = nullptr);

// A segment's terms, read once (each entry checked) and then looked up by binary search.
class Segment {
 public:
  static Result<Segment> open(std::string blob);
  size_t size() const { return entries_.size(); }
  std::string_view term(size_t i) const { return view(entries_[i].term, entries_[i].term_size); }
  std::string_view data(size_t i) const { return view(entries_[i].data, entries_[i].data_size); }
  // The first entry whose term is not below `term` (size() when none).
  size_t lower_bound(std::string_view term) const;
  size_t bytes() const { return blob_.size(); }

 private:
  struct Entry {
    uint32_t term, term_size, data, data_size;
  };
  std::string_view view(uint32_t at, uint32_t n) const { return std::string_view(blob_).substr(at, n); }
  std::string blob_;
  std::vector<Entry> entries_;
};

// Provisions holding a term, by key (document_id << 24 | seq), ascending; with their token
// positions when `with_positions` (phrases need them, single words do not).
struct PostingList {
  bool with_positions = false;
  // When set (ascending keys), only these keys are kept: the others are skipped without decoding
  // their positions, and a document with none of them without reading its entries at all.
  const std::vector<int64_t>* only = nullptr;
  size_t only_hint = 0;  // where the last document's keys began in `only` (rows come in key order)
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
// Appends a batch row to `out`.
Status append_batch_row(std::string_view row, PostingList& out);
// How many provisions term data or a batch row covers (its first varint).
Result<uint64_t> posting_count(std::string_view data_or_row);

// Builds batch rows: add each document's data for a term in ascending document order.
class BatchRowWriter {
 public:
  Status add(int64_t document_id, std::string_view term_data);
  bool empty() const { return body_.empty(); }
  // The row, and ready for the next term.
  std::string finish();

 private:
  std::string body_;
  uint64_t count_ = 0;
  int64_t previous_ = 0;
};

}  // namespace rightstrack
