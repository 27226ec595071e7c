// Accounts of the SQLite store: users and their credentials. Secrets never reach the store; it
// keeps Argon2id password hashes and SHA-256 hashes of session and API tokens.
#include <nlohmann/json.hpp>

#include "store/sqlite/sqlite_repository.h"

namespace rightstrack::sqlite {
namespace {

constexpr const char* kUserColumns = "id, name, role, password_hash, disabled, created_at";

User read_user(Statement& st) {
  return {st.integer(0), st.text(1), st.text(2), st.text(3), st.integer(4) != 0, st.text(5)};
}

}  // namespace

Result<std::optional<User>> SqliteRepository::user_where(const std::string& where, const std::string& arg) {
  Statement st(db_, std::string("SELECT ") + kUserColumns + " FROM users WHERE " + where);
  st.bind(1, arg);
  auto step = st.step();
  if (step == Statement::Step::kError) return st.status();
  if (step == Statement::Step::kDone) return std::optional<User>();
  return std::optional<User>(read_user(st));
}

Result<std::optional<User>> SqliteRepository::find_user(const std::string& name) {
  return user_where("name = ?1", name);
}

Result<std::optional<User>> SqliteRepository::find_user_by_id(int64_t id) {
  return user_where("id = CAST(?1 AS INTEGER)", std::to_string(id));
}

Result<std::vector<User>> SqliteRepository::list_users() {
  Statement st(db_, std::string("SELECT ") + kUserColumns + " FROM users ORDER BY name");
  std::vector<User> out;
  while (st.step() == Statement::Step::kRow) out.push_back(read_user(st));
  if (!st.status().is_ok()) return st.status();
  return out;
}

Result<User> SqliteRepository::put_user(const User& u, const std::string& who) {
  if (u.name.empty() || u.name.size() > 64 || u.name.find_first_of(" \t\n:/") != std::string::npos)
    return Status::invalid_input("user name '" + u.name + "' must be 1–64 characters without spaces, ':' or '/'");
  if (!is_role(u.role)) return Status::invalid_input("role '" + u.role + "' is not admin, editor or viewer");
  if (u.password_hash.empty()) return Status::invalid_input("a user needs a password");
  if (auto s = exec(db_, "BEGIN IMMEDIATE"); !s.is_ok()) return s;
  auto fail = [&](Status s) -> Result<User> {
    rollback();
    return s;
  };
  Statement& put = prepared(
      "INSERT INTO users(name, role, password_hash, disabled, created_at) VALUES (?1, ?2, ?3, ?4, ?5) "
      "ON CONFLICT(name) DO UPDATE SET role = excluded.role, password_hash = excluded.password_hash, "
      "disabled = excluded.disabled");
  put.bind(1, u.name).bind(2, u.role).bind(3, u.password_hash).bind(4, u.disabled ? 1 : 0).bind(5, now_utc());
  Status s = put.run();
  put.reset();
  if (!s.is_ok()) return fail(s);
  // A changed password or role ends the user's sessions; API tokens stay until revoked.
  Statement& end =
      prepared("DELETE FROM credentials WHERE kind = 'session' AND user_id = (SELECT id FROM users WHERE name = ?1)");
  end.bind(1, u.name);
  if (s = end.run(); !s.is_ok()) return fail(s);
  end.reset();
  nlohmann::ordered_json payload = {{"role", u.role}, {"disabled", u.disabled}};
  if (s = append_audit(who, "user.put", u.name, payload.dump()); !s.is_ok()) return fail(s);
  if (s = exec(db_, "COMMIT"); !s.is_ok()) return fail(s);
  auto stored = find_user(u.name);
  if (!stored.ok()) return stored.status();
  return *stored.value();
}

Status SqliteRepository::put_credential(const Credential& c) {
  Statement st(db_,
               "INSERT INTO credentials(hash, kind, user_id, csrf, label, expires_at, created_at) "
               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
  st.bind(1, c.hash).bind(2, c.kind).bind(3, c.user_id).bind_text_or_null(4, c.csrf).bind_text_or_null(5, c.label);
  st.bind_text_or_null(6, c.expires_at).bind(7, now_utc());
  return st.run();
}

Result<std::optional<Credential>> SqliteRepository::find_credential(const std::string& hash) {
  Statement& st = prepared(
      "SELECT hash, kind, user_id, csrf, label, expires_at, created_at FROM credentials "
      "WHERE hash = ?1 AND (expires_at IS NULL OR expires_at > ?2)");
  st.bind(1, hash).bind(2, now_utc());
  auto step = st.step();
  std::optional<Credential> out;
  if (step == Statement::Step::kRow)
    out = Credential{st.text(0), st.text(1), st.integer(2), st.text(3), st.text(4), st.text(5), st.text(6)};
  Status s = step == Statement::Step::kError ? st.status() : Status::ok();
  st.reset();
  if (!s.is_ok()) return s;
  return out;
}

Status SqliteRepository::delete_credential(const std::string& hash) {
  Statement st(db_, "DELETE FROM credentials WHERE hash = ?1");
  st.bind(1, hash);
  return st.run();
}

Status SqliteRepository::set_public(int64_t document_id, bool is_public, const std::string& who) {
  if (who.empty()) return Status::invalid_input("say who makes the change (--as NAME)");
  if (auto s = exec(db_, "BEGIN IMMEDIATE"); !s.is_ok()) return s;
  Statement st(db_, "UPDATE documents SET public = ?2 WHERE id = ?1");
  st.bind(1, document_id).bind(2, is_public ? 1 : 0);
  Status s = st.run();
  if (s.is_ok() && sqlite3_changes(db_) == 0) s = Status::not_found("no document " + std::to_string(document_id));
  nlohmann::ordered_json payload = {{"public", is_public}};
  if (s.is_ok()) s = append_audit(who, "document.public", std::to_string(document_id), payload.dump());
  if (s.is_ok()) s = bump_generation();  // searchers cache which documents are public
  if (s.is_ok()) s = exec(db_, "COMMIT");
  if (!s.is_ok()) rollback();
  return s;
}

}  // namespace rightstrack::sqlite
