// A fast hash for short strings (terms, ids, bigrams): eight bytes at a time with a
// multiply-xorshift mix. For in-memory open-addressing tables only: never stored, never
// compared across builds.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace rightstrack {

inline uint64_t short_hash(std::string_view s) {
  uint64_t h = 0x9e3779b97f4a7c15ull ^ s.size();
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    h = (h ^ w) * 0xff51afd7ed558ccdull;
    h ^= h >> 32;
  }
  uint64_t tail = 0;
  std::memcpy(&tail, s.data() + i, s.size() - i);
  h = (h ^ tail) * 0xc4ceb9fe1a85ec53ull;
  return h ^ (h >> 29);
}

}  // namespace rightstrack
