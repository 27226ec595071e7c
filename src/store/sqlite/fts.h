// The SQLite side of search: registers rightstrack's tokenizer (search/tokenizer.h) with FTS5 on
// a connection, and writes a MatchExpr in FTS5's query syntax.
#pragma once

#include <sqlite3.h>

#include <string>

#include "core/result.h"
#include "store/repository.h"

namespace rightstrack::sqlite {

// Must run before any statement touches the index table (tokenize='rightstrack').
Status register_tokenizer(sqlite3* db);

Result<std::string> fts5_query(const MatchExpr& match);

}  // namespace rightstrack::sqlite
