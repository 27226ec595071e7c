#include "store/sqlite/row_parts.h"

namespace rightstrack::sqlite {
namespace {

// A 16 KB page keeps a cell of up to 4,088 bytes inside it: the data, the term and ~16 bytes of
// record header, batch and part number.
constexpr size_t kCellBytes = 4072;
constexpr size_t kLeastPart = 1024;  // a term too long for that still gets parts of this size

}  // namespace

std::vector<std::pair<int64_t, std::string_view>> split_row(std::string_view term, std::string_view data) {
  const size_t size = term.size() + kLeastPart < kCellBytes ? kCellBytes - term.size() : kLeastPart;
  std::vector<std::pair<int64_t, std::string_view>> parts;
  for (size_t at = 0, i = 0; at < data.size() || parts.empty(); at += size, ++i) {
    bool last = data.size() - std::min(at, data.size()) <= size;
    parts.push_back({static_cast<int64_t>(2 * i + (last ? 1 : 0)), data.substr(std::min(at, data.size()), size)});
    if (last) break;
  }
  return parts;
}

RowAssembler::Add RowAssembler::add(int64_t part, std::string_view bytes) {
  if (part != expected_ && part != expected_ + 1) return Add::kCorrupt;
  if (part == 1) {  // the only part
    whole_ = bytes;
    return Add::kDone;
  }
  if (expected_ == 0) buffer_.clear();
  buffer_.append(bytes);
  if (part % 2 == 0) {
    expected_ = part + 2;
    return Add::kMore;
  }
  expected_ = 0;
  whole_ = buffer_;
  return Add::kDone;
}

Result<bool> PartCursor::next() {
  for (;;) {
    auto step = st_.step();
    if (step == Statement::Step::kError) return st_.status();
    const bool cut_short = row_.partial() && (step == Statement::Step::kDone || st_.blob(0) != term_);
    if (cut_short) return Status::corruption("search index: the row of '" + term_ + "' ends before its last part");
    if (step == Statement::Step::kDone) return false;
    if (!row_.partial()) term_ = std::string(st_.blob(0));
    switch (row_.add(st_.integer(1), st_.blob(2))) {
      case RowAssembler::Add::kCorrupt:
        return Status::corruption("search index: the parts of '" + term_ + "' are out of order");
      case RowAssembler::Add::kDone:
        return true;
      case RowAssembler::Add::kMore:
        break;
    }
  }
}

}  // namespace rightstrack::sqlite
