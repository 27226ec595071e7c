// Registers rightstrack's tokenizer (search/tokenizer.h) with FTS5 on a connection: migrations 6
// and 7 of older databases made an FTS5 index with it (migration 12 replaced it by our own).
#pragma once

#include <sqlite3.h>

#include <string>

#include "core/result.h"
#include "store/repository.h"

namespace rightstrack::sqlite {

// Must run before any statement touches the index table (tokenize='rightstrack').
Status register_tokenizer(sqlite3* db);

}  // namespace rightstrack::sqlite
