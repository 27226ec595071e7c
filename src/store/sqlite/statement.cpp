#include "store/sqlite/statement.h"

namespace rightstrack::sqlite {

Statement::Statement(sqlite3* db, std::string_view sql) : db_(db) {
  if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr) != SQLITE_OK)
    status_ = Status::internal(std::string("SQL prepare failed: ") + sqlite3_errmsg(db) + " in: " + std::string(sql));
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement& Statement::bind_text(int i, std::string_view v, bool copy) {
  if (stmt_) sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), copy ? SQLITE_TRANSIENT : SQLITE_STATIC);
  return *this;
}
Statement& Statement::bind_blob(int i, const std::string& v) {
  if (stmt_) sqlite3_bind_blob(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_STATIC);
  return *this;
}
Statement& Statement::bind(int i, double v) {
  if (stmt_) sqlite3_bind_double(stmt_, i, v);
  return *this;
}
Statement& Statement::bind(int i, int64_t v) {
  if (stmt_) sqlite3_bind_int64(stmt_, i, v);
  return *this;
}
Statement& Statement::bind_null(int i) {
  if (stmt_) sqlite3_bind_null(stmt_, i);
  return *this;
}
Statement& Statement::bind_opt(int i, const std::optional<int>& v) { return v ? bind(i, *v) : bind_null(i); }

Statement::Step Statement::step() {
  if (!stmt_) return Step::kError;
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return Step::kRow;
  if (rc == SQLITE_DONE) return Step::kDone;
  status_ = rc == SQLITE_BUSY ? Status::conflict(std::string("database is busy: ") + sqlite3_errmsg(db_))
                              : Status::io_error(std::string("SQL step failed: ") + sqlite3_errmsg(db_));
  return Step::kError;
}

Status Statement::run() {
  Step s;
  while ((s = step()) == Step::kRow) {
  }
  return s == Step::kDone ? Status::ok() : status_;
}

void Statement::reset() {
  if (stmt_) {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }
}

std::string Statement::text(int col) const {
  auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
  return p ? std::string(p, static_cast<size_t>(sqlite3_column_bytes(stmt_, col))) : std::string();
}
std::string_view Statement::blob(int col) const {
  auto* p = static_cast<const char*>(sqlite3_column_blob(stmt_, col));
  return p ? std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(stmt_, col))) : std::string_view();
}
int64_t Statement::integer(int col) const { return sqlite3_column_int64(stmt_, col); }
double Statement::real(int col) const { return sqlite3_column_double(stmt_, col); }
bool Statement::is_null(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
bool Statement::is_blob(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_BLOB; }

Status exec(sqlite3* db, const std::string& sql) {
  char* err = nullptr;
  if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : sqlite3_errmsg(db);
    sqlite3_free(err);
    return Status::io_error("SQL failed: " + msg);
  }
  return Status::ok();
}

}  // namespace rightstrack::sqlite
