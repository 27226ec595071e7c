// Segment: one document's part of the search index (layout in store/postings.h), read once and
// then searched by term.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace rightstrack {

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

}  // namespace rightstrack
