// sql_scalar: the first column of the first row of `sql` on the database at `path`, read
// through its own connection (-1 when there is no row), for tests that look under the store.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>

namespace rightstrack::testing {

inline int64_t sql_scalar(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  sqlite3_open(path.c_str(), &db);
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr);
  int64_t n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
  sqlite3_finalize(st);
  sqlite3_close(db);
  return n;
}

}  // namespace rightstrack::testing
