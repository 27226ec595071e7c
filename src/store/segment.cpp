#include "store/segment.h"

#include "store/varint.h"

namespace rightstrack {
namespace {
Status corrupt(std::string_view what) { return Status::corruption("search index: " + std::string(what)); }
}  // namespace

Result<Segment> Segment::open(std::string blob) {
  Segment s;
  s.blob_ = std::move(blob);
  std::string_view in(s.blob_);
  if (in.size() >= UINT32_MAX) return corrupt("segment over 4 GB");
  size_t pos = 0;
  std::string_view previous;
  while (pos < in.size()) {
    uint64_t n;
    if (!read_varint(in, pos, n) || n > in.size() - pos) return corrupt("segment term cut short");
    Entry e{static_cast<uint32_t>(pos), static_cast<uint32_t>(n), 0, 0};
    pos += n;
    if (!read_varint(in, pos, n) || n > in.size() - pos) return corrupt("segment data cut short");
    e.data = static_cast<uint32_t>(pos);
    e.data_size = static_cast<uint32_t>(n);
    pos += n;
    std::string_view term = in.substr(e.term, e.term_size);
    if (!s.entries_.empty() && !(previous < term)) return corrupt("segment terms out of order");
    previous = term;
    s.entries_.push_back(e);
  }
  return s;
}

size_t Segment::lower_bound(std::string_view t) const {
  size_t lo = 0, hi = entries_.size();
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (term(mid) < t)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

}  // namespace rightstrack
