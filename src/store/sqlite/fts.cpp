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

std::string quoted(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

Status compile(const MatchExpr& e, std::string& out) {
  using Op = MatchExpr::Op;
  switch (e.op) {
    case Op::kPhrase:
      out += "text:" + quoted(e.text);
      return Status::ok();
    case Op::kPrefix:
      out += "text:" + quoted(e.text) + " *";
      return Status::ok();
    case Op::kTag:
      out += "tags:" + quoted(e.text);
      return Status::ok();
    case Op::kNot:
      return Status::invalid_input("NOT needs something to exclude from: write 'a NOT b' or 'a AND NOT b'");
    case Op::kAnd:
    case Op::kOr: {
      if (e.children.empty()) return Status::invalid_input("empty group in the query");
      std::string positives, negatives;
      for (const auto& c : e.children) {
        if (c.op == Op::kNot) {
          if (e.op == Op::kOr) return Status::invalid_input("NOT cannot be one side of OR");
          if (c.children.size() != 1) return Status::invalid_input("NOT takes one operand");
          std::string neg;
          if (auto s = compile(c.children[0], neg); !s.is_ok()) return s;
          negatives += " NOT (" + neg + ")";
          continue;
        }
        std::string part;
        if (auto s = compile(c, part); !s.is_ok()) return s;
        if (!positives.empty()) positives += e.op == Op::kAnd ? " AND " : " OR ";
        positives += "(" + part + ")";
      }
      if (positives.empty()) return Status::invalid_input("a query cannot only exclude: say what to search for too");
      out += negatives.empty() ? positives : "(" + positives + ")" + negatives;
      return Status::ok();
    }
  }
  return Status::internal("unknown match operator");
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

Result<std::string> fts5_query(const MatchExpr& match) {
  std::string out;
  if (auto s = compile(match, out); !s.is_ok()) return s;
  return out;
}

}  // namespace rightstrack::sqlite
