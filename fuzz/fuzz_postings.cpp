// libFuzzer target for the search index's decoders (store/postings.h): any bytes as a segment,
// as term data and as a batch row must decode or be refused as corrupt — never read past the end,
// never crash, never hand out a key outside the document's range.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "store/postings.h"
#include "store/repository.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  if (auto seg = rightstrack::Segment::open(std::string(in)); seg.ok())
    for (size_t i = 0; i < seg->size(); ++i) {
      // A document may hold 2^24 provisions, so term data may decode into that many keys; the
      // fuzzer's inputs are kept to what runs fast.
      auto n = rightstrack::posting_count(seg->data(i));
      if (!n.ok() || n.value() > (1u << 16)) continue;
      rightstrack::PostingList list(true);
      if (rightstrack::append_term_data(7, seg->data(i), list).is_ok())
        for (int64_t key : list.keys)
          if (rightstrack::provision_document(key) != 7) __builtin_trap();
      (void)seg->lower_bound(seg->term(i));
    }
  rightstrack::PostingList all(true), some;
  all.max_row_count = some.max_row_count = 1u << 16;
  std::vector<int64_t> only = {rightstrack::provision_key(1, 0), rightstrack::provision_key(1, 3)};
  some.only = &only;
  if (auto n = rightstrack::posting_count(in); n.ok() && n.value() <= (1u << 16))
    (void)rightstrack::append_term_data(1, in, some);
  if (rightstrack::append_batch_row(in, all).is_ok()) {
    if (all.offsets.size() != all.keys.size() + 1) __builtin_trap();
    all.normalize();
  }
  rightstrack::RowEntries entries;
  (void)rightstrack::read_batch_row(in, entries);
  (void)rightstrack::posting_count(in);
  return 0;
}
