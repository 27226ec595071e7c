// RowParts: a batch's row of the search index for one term (store/postings.h) is stored in
// `postings` as parts small enough to stay inside one 16 KB B-tree page. A row of 4–20 KB in one
// piece took an overflow page for its tail and left most of it empty: 40 % of the index's pages
// were unused on the ingest benchmark. Part numbers count up in steps of two and the last one is
// odd (0, 2, …, 2k + 1; a row in one part is part 1), so a reader knows the end without reading on.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "store/sqlite/statement.h"

namespace rightstrack::sqlite {

// The parts of `data` for `term`: (part number, bytes) in order.
std::vector<std::pair<int64_t, std::string_view>> split_row(std::string_view term, std::string_view data);

// Joins a row's parts as they are read in key order.
class RowAssembler {
 public:
  enum class Add { kMore, kDone, kCorrupt };
  // kDone: data() is the whole row (the part itself, without a copy, when it was the only one:
  // valid as long as that part's bytes are).
  Add add(int64_t part, std::string_view bytes);
  std::string_view data() const { return whole_; }
  bool partial() const { return expected_ != 0; }

 private:
  int64_t expected_ = 0;  // the next part number
  std::string buffer_;
  std::string_view whole_;
};

// The rows of a statement selecting (term, part, data) in key order, handed out whole, one term at
// a time.
class PartCursor {
 public:
  explicit PartCursor(Statement& st) : st_(st) {}
  // The next row: false at the end. Errors: SQLite's, or parts that do not add up.
  Result<bool> next();
  std::string_view term() const { return term_; }
  std::string_view data() const { return row_.data(); }

 private:
  Statement& st_;
  std::string term_;
  RowAssembler row_;
};

}  // namespace rightstrack::sqlite
