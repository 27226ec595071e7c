// Runs a MatchExpr (store/repository.h) over postings (store/postings.h): phrases by token
// positions, prefixes, tags, AND / OR / NOT as merges of sorted key lists. The same for every
// backend; a backend only says where a term's postings are (PostingSource).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "store/postings.h"
#include "store/repository.h"

namespace rightstrack {

class PostingSource {
 public:
  virtual ~PostingSource() = default;
  // Every provision holding `term`, added to `out` (which normalize() then sorts).
  virtual Status postings(std::string_view term, PostingList& out) = 0;
  // The same for every term that starts with `prefix`.
  virtual Status prefix_postings(std::string_view prefix, PostingList& out) = 0;
  // How many provisions hold `term` (without reading their keys).
  virtual Result<uint64_t> count(std::string_view term) = 0;
};

// The keys of the provisions `match` finds, ascending. Malformed expressions (a lone NOT, NOT as
// a side of OR, a group that only excludes) are invalid input.
Result<std::vector<int64_t>> evaluate_match(const MatchExpr& match, PostingSource& source);

// How many provisions hold every token of `words` (an upper bound for the phrase).
Result<size_t> count_with_all(std::string_view words, PostingSource& source);

}  // namespace rightstrack
