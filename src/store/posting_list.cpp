#include "store/posting_list.h"

#include <algorithm>
#include <numeric>

#include "store/varint.h"

namespace rightstrack {
namespace {

constexpr int64_t kSeqLimit = int64_t{1} << 24;  // provision_key's room for a sequence number

// Room for `more` keys without giving up the vector's doubling (a reserve of exactly what is
// needed, once per row, copied the whole list again for every row). A count is only believed as
// far as `bytes` of data can hold (a damaged header must not reserve half a gigabyte).
void make_room(std::vector<int64_t>& keys, uint64_t more, size_t bytes) {
  size_t want = keys.size() + static_cast<size_t>(std::min<uint64_t>(more, 4 * uint64_t{bytes} + 64));
  if (want > keys.capacity()) keys.reserve(std::max(want, 2 * keys.capacity()));
}

Status corrupt(std::string_view what) { return Status::corruption("search index: " + std::string(what)); }

}  // namespace

void PostingList::normalize() {
  bool strictly = true;
  for (size_t i = 1; i < keys.size() && strictly; ++i) strictly = keys[i - 1] < keys[i];
  if (strictly) return;
  std::vector<uint32_t> order(keys.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return keys[a] < keys[b]; });
  PostingList out(with_positions);
  for (size_t i = 0; i < order.size();) {
    int64_t key = keys[order[i]];
    out.keys.push_back(key);
    size_t j = i;
    if (with_positions) {
      size_t from = out.positions.size();
      for (; j < order.size() && keys[order[j]] == key; ++j)
        out.positions.insert(out.positions.end(), positions.begin() + offsets[order[j]],
                             positions.begin() + offsets[order[j] + 1]);
      std::sort(out.positions.begin() + static_cast<std::ptrdiff_t>(from), out.positions.end());
      out.positions.erase(std::unique(out.positions.begin() + static_cast<std::ptrdiff_t>(from), out.positions.end()),
                          out.positions.end());
      out.offsets.push_back(static_cast<uint32_t>(out.positions.size()));
    } else {
      while (j < order.size() && keys[order[j]] == key) ++j;
    }
    i = j;
  }
  *this = std::move(out);
}

Status append_term_data(int64_t document_id, std::string_view data, PostingList& out) {
  size_t pos = 0;
  uint64_t count, head, n;
  if (!read_varint(data, pos, count)) return corrupt("term data without a count");
  const int64_t base = document_id << 24;
  // The wanted keys of this document, when only some are: [want, want_end).
  const int64_t *want = nullptr, *want_end = nullptr;
  if (out.only) {
    const auto& only = *out.only;
    // Documents mostly come in ascending order: gallop forward from where the last one began.
    auto from = only.begin() + static_cast<std::ptrdiff_t>(std::min(out.only_hint, only.size()));
    if (from != only.begin() && *(from - 1) >= base) from = only.begin();
    size_t step = 1;
    auto to = from;
    while (to != only.end() && *to < base) {
      from = to;
      to = only.end() - to > static_cast<std::ptrdiff_t>(step) ? to + static_cast<std::ptrdiff_t>(step) : only.end();
      step *= 2;
    }
    auto lo = std::lower_bound(from, to, base);
    out.only_hint = static_cast<size_t>(lo - only.begin());
    auto hi = lo;
    while (hi != only.end() && *hi < base + kSeqLimit) ++hi;
    if (lo == hi) return Status::ok();
    want = &*lo;
    want_end = want + (hi - lo);
  }
  auto wanted = [&](int64_t key) {
    if (!want) return true;
    while (want < want_end && *want < key) ++want;
    return want < want_end && *want == key;
  };
  int64_t seq = -1;
  if (count > static_cast<uint64_t>(kSeqLimit)) return corrupt("term data counts too many provisions");
  make_room(out.keys, want ? static_cast<uint64_t>(want_end - want) : count, data.size());
  uint64_t decoded = 0;  // provisions so far: never more than the count says
  while (pos < data.size()) {
    if (!read_varint(data, pos, head) || !read_varint(data, pos, n)) return corrupt("posting cut short");
    if ((head >> 1) >= static_cast<uint64_t>(kSeqLimit)) return corrupt("bad posting");
    seq += static_cast<int64_t>(head >> 1) + 1;
    if (seq >= kSeqLimit) return corrupt("bad posting");
    const uint64_t here = head & 1 ? n : 1;  // checked as unsigned before any sum: n is untrusted
    if (here > count - decoded) return corrupt("term data holds more provisions than it counts");
    decoded += here;
    if (head & 1) {  // a run of n provisions
      if (n == 0 || n > static_cast<uint64_t>(kSeqLimit - seq)) return corrupt("bad run");
      for (uint64_t k = 0; k < n; ++k) {
        if (!wanted(base + seq + static_cast<int64_t>(k))) continue;
        out.keys.push_back(base + seq + static_cast<int64_t>(k));
        if (out.with_positions) out.offsets.push_back(static_cast<uint32_t>(out.positions.size()));
      }
      seq += static_cast<int64_t>(n) - 1;
      continue;
    }
    if (seq >= kSeqLimit || n > data.size() - pos) return corrupt("bad posting");
    if (!wanted(base + seq)) {
      pos += n;
      continue;
    }
    out.keys.push_back(base + seq);
    if (out.with_positions) {
      std::string_view bytes = data.substr(pos, n);
      size_t p = 0;
      uint64_t at = 0, delta;
      while (p < bytes.size()) {
        if (!read_varint(bytes, p, delta)) return corrupt("positions cut short");
        at += delta;
        out.positions.push_back(static_cast<uint32_t>(at));
      }
      out.offsets.push_back(static_cast<uint32_t>(out.positions.size()));
    }
    pos += n;
  }
  return Status::ok();
}

namespace {

// Calls `each(document, term data)` for every document of a batch row. The documents' counts must
// add up to no more than the row's, and the row's to no more than `most`: a damaged count cannot
// make a few bytes decode into billions of keys.
template <typename F>
Status walk_batch_row(std::string_view row, uint64_t most, F&& each) {
  size_t pos = 0;
  uint64_t count, delta, n, counted = 0;
  if (!read_varint(row, pos, count)) return corrupt("batch row without a count");
  if (count > most) return corrupt("batch row counts more provisions than the store holds");
  int64_t document = 0;
  for (bool first = true; pos < row.size(); first = false) {
    if (!read_varint(row, pos, delta) || !read_varint(row, pos, n) || n > row.size() - pos)
      return corrupt("batch row cut short");
    auto here = posting_count(row.substr(pos, n));
    if (!here.ok()) return here.status();
    counted += here.value();
    if (counted > count) return corrupt("batch row holds more provisions than it counts");
    if (delta >= (uint64_t{1} << 38) || (delta == 0 && !first)) return corrupt("batch row's documents out of order");
    document += static_cast<int64_t>(delta);
    if (document >= (int64_t{1} << 38)) return corrupt("document id out of range");
    if (auto s = each(document, row.substr(pos, n)); !s.is_ok()) return s;
    pos += n;
  }
  return Status::ok();
}

}  // namespace

Status append_batch_row(std::string_view row, PostingList& out, const std::vector<int64_t>* skip) {
  if (auto count = posting_count(row); count.ok()) make_room(out.keys, count.value(), row.size());
  return walk_batch_row(row, out.max_row_count, [&](int64_t document, std::string_view data) {
    if (skip && std::binary_search(skip->begin(), skip->end(), document)) return Status::ok();
    return append_term_data(document, data, out);
  });
}

Status read_batch_row(std::string_view row, RowEntries& out) {
  return walk_batch_row(row, UINT64_MAX, [&](int64_t document, std::string_view data) {
    out.emplace_back(document, data);
    return Status::ok();
  });
}

Result<uint64_t> posting_count(std::string_view data_or_row) {
  size_t pos = 0;
  uint64_t n;
  if (!read_varint(data_or_row, pos, n)) return corrupt("postings without a count");
  return n;
}

}  // namespace rightstrack
