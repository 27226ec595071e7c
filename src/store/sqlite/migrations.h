// Numbered schema migrations of the SQLite store. Each is applied once, in order, inside one
// transaction together with the bump of schema_version, so a crash never leaves half a schema.
#pragma once

#include <sqlite3.h>

#include <string>
#include <vector>

#include "core/result.h"

namespace rightstrack::sqlite {

struct Migration {
  int version;
  std::string sql;
};

const std::vector<Migration>& migrations();
int latest_schema_version();
// Brings the database up to `target` (latest by default). Refuses a database newer than this build.
Result<int> migrate(sqlite3* db, int target = 0);

}  // namespace rightstrack::sqlite
