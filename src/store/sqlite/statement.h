// Statement: RAII over a prepared sqlite3_stmt with typed binds and column reads. Private to the
// SQLite backend.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace rightstrack::sqlite {

class Statement {
 public:
  Statement(sqlite3* db, std::string_view sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  const Status& status() const { return status_; }
  // A named string is bound without a copy (it must outlive the step); temporaries and views
  // are copied.
  Statement& bind(int i, const std::string& v) { return bind_text(i, v, false); }
  Statement& bind(int i, std::string&& v) { return bind_text(i, v, true); }
  // A const temporary (`x.empty() ? f() : x` is one) is copied too, never bound by reference.
  Statement& bind(int i, const std::string&& v) { return bind_text(i, v, true); }
  Statement& bind(int i, std::string_view v) { return bind_text(i, v, true); }
  Statement& bind(int i, const char* v) { return bind_text(i, v, true); }
  Statement& bind(int i, int64_t v);
  Statement& bind(int i, int v) { return bind(i, static_cast<int64_t>(v)); }
  Statement& bind_null(int i);
  Statement& bind_opt(int i, const std::optional<int>& v);
  Statement& bind_opt(int i, const std::optional<double>& v) { return v ? bind(i, *v) : bind_null(i); }
  Statement& bind_text_or_null(int i, const std::string& v) {
    return v.empty() ? bind_null(i) : bind_text(i, v, false);
  }
  Statement& bind_text_or_null(int i, std::string&& v) { return v.empty() ? bind_null(i) : bind_text(i, v, true); }
  Statement& bind(int i, double v);
  // Bound without a copy: `v` must outlive the step. An empty `v` is an empty blob, not NULL.
  Statement& bind_blob(int i, const std::string& v);
  Statement& bind_blob_or_null(int i, const std::string& v) { return v.empty() ? bind_null(i) : bind_blob(i, v); }

  // kRow, kDone, or an error in status().
  enum class Step { kRow, kDone, kError };
  Step step();
  Status run();  // steps to completion
  void reset();  // ready to bind and step again

  std::string text(int col) const;
  // The column's bytes without a copy: valid until the next step() or reset().
  std::string_view blob(int col) const;
  int64_t integer(int col) const;
  double real(int col) const;
  std::optional<double> opt_real(int col) const {
    return is_null(col) ? std::nullopt : std::optional<double>(real(col));
  }
  bool is_null(int col) const;
  bool is_blob(int col) const;

 private:
  Statement& bind_text(int i, std::string_view v, bool copy);

  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
  Status status_;
};

Status exec(sqlite3* db, const std::string& sql);
// The current time as ISO 8601 UTC, to the second ("2026-11-22T21:39:17Z").
std::string now_utc();

}  // namespace rightstrack::sqlite
