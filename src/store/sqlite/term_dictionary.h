// TermDictionary: small integers for the strings annotations repeat (concept ids, rule sources),
// kept in the `terms` table and cached in memory. Terms are only ever added, so a cached id stays
// true; after a rolled-back transaction the cache is dropped, since ids it handed out may be gone.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace rightstrack::sqlite {

class TermDictionary {
 public:
  explicit TermDictionary(sqlite3* db) : db_(db) {}

  // The id of `term`, adding it (inside the caller's transaction) when it is new.
  Result<int64_t> id(const std::string& term);
  // The id of `term` if it is stored; never adds it.
  Result<int64_t> find(const std::string& term);
  // The term of `id`; an id nobody handed out is corruption.
  Result<std::string> term(int64_t id);
  // Call after a ROLLBACK.
  void forget();

 private:
  Status load();
  void remember(std::string term, int64_t id);
  // Open addressing over a power-of-two table: ingest looks up two terms per annotation, and
  // std::unordered_map's hashing was an eighth of the store's time.
  struct Slot {
    uint64_t hash = 0;
    int64_t id = -1;
  };
  static uint64_t hash(std::string_view s);
  size_t find_slot(std::string_view term, uint64_t h) const;

  sqlite3* db_;
  std::vector<Slot> slots_;
  size_t used_ = 0;
  std::vector<std::string> terms_;  // index = id; empty = unknown
};

}  // namespace rightstrack::sqlite
