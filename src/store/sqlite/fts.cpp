#include "store/sqlite/fts.h"

#include "search/tokenizer.h"

namespace rightstrack::sqlite {
namespace {

struct SinkContext {
  void* fts_context;
  int (*x_token)(void*, int, const char*, int, int, int);
  int rc = SQLITE_OK;
};

int x_create(void*, const char**, int, Fts5Tokenizer** out) {
  static int instance;
  *out = reinterpret_cast<Fts5Tokenizer*>(&instance);  // stateless: any non-null pointer
  return SQLITE_OK;
}

void x_delete(Fts5Tokenizer*) {}

int x_tokenize(Fts5Tokenizer*, void* ctx, int flags, const char* text, int size,
               int (*x_token)(void*, int, const char*, int, int, int)) {
  if (size <= 0) return SQLITE_OK;
  SinkContext sink{ctx, x_token};
  search::TokenizeOptions options;
  // A prefix query ("child*") matches the words as written, not their stems.
  options.stem = !(flags & FTS5_TOKENIZE_PREFIX);
  search::tokenize(
      std::string_view(text, static_cast<size_t>(size)), &sink,
      [](void* c, std::string_view token, size_t begin, size_t end) {
        auto* s = static_cast<SinkContext*>(c);
        s->rc = s->x_token(s->fts_context, 0, token.data(), static_cast<int>(token.size()), static_cast<int>(begin),
                           static_cast<int>(end));
        return s->rc == SQLITE_OK;
      },
      options);
  return sink.rc;
}

}  // namespace

Status register_tokenizer(sqlite3* db) {
  fts5_api* api = nullptr;
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, nullptr) != SQLITE_OK)
    return Status::internal(std::string("this SQLite has no FTS5: ") + sqlite3_errmsg(db));
  sqlite3_bind_pointer(st, 1, &api, "fts5_api_ptr", nullptr);
  sqlite3_step(st);
  sqlite3_finalize(st);
  if (!api) return Status::internal("this SQLite has no FTS5 API");
  static fts5_tokenizer tokenizer{x_create, x_delete, x_tokenize};
  if (api->xCreateTokenizer(api, "rightstrack", nullptr, &tokenizer, nullptr) != SQLITE_OK)
    return Status::internal(std::string("cannot register the search tokenizer: ") + sqlite3_errmsg(db));
  return Status::ok();
}

}  // namespace rightstrack::sqlite
