#include "store/batch_row_writer.h"

#include "store/posting_list.h"
#include "store/varint.h"

namespace rightstrack {

Status BatchRowWriter::add(int64_t document_id, std::string_view term_data) {
  if (document_id < previous_ || (!body_.empty() && document_id == previous_))
    return Status::internal("batch row: documents must come in ascending order");
  auto n = posting_count(term_data);
  if (!n.ok()) return n.status();
  count_ += n.value();
  append_varint(body_, static_cast<uint64_t>(document_id - previous_));
  append_varint(body_, term_data.size());
  body_ += term_data;
  previous_ = document_id;
  return Status::ok();
}

std::string BatchRowWriter::finish() {
  std::string row;
  append_varint(row, count_);
  row += body_;
  body_.clear();
  count_ = 0;
  previous_ = 0;
  return row;
}

}  // namespace rightstrack
