// BatchRowWriter: joins documents' term data into one row of a batch (layout in store/postings.h).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/result.h"

namespace rightstrack {

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
