#include "server/accounts.h"

#include <ctime>

#include "server/password.h"

namespace rightstrack::server {
namespace {

std::string utc_after(std::chrono::seconds from_now) {
  std::time_t t = std::time(nullptr) + from_now.count();
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace

bool Accounts::over(const std::string& key) {
  auto it = failures_.find(key);
  if (it == failures_.end()) return false;
  if (std::chrono::steady_clock::now() - it->second.first > kWindow) {
    failures_.erase(it);
    return false;
  }
  return it->second.count >= kMaxFailures;
}

void Accounts::fail(const std::string& key) {
  auto& f = failures_[key];
  if (f.count == 0 || std::chrono::steady_clock::now() - f.first > kWindow) f = {0, std::chrono::steady_clock::now()};
  ++f.count;
}

bool Accounts::throttled(const std::string& name, const std::string& address) {
  std::lock_guard lock(mutex_);
  return over("name:" + name) || over("addr:" + address);
}

Result<Accounts::Session> Accounts::login(Repository& repo, const std::string& name, const std::string& password,
                                          const std::string& address) {
  auto user = repo.find_user(name);
  if (!user.ok()) return user.status();
  // The hash is checked even for an unknown name, so timing does not tell which names exist.
  static const std::string kDummy = hash_password("not a password of anyone").value();
  bool good = verify_password(user.value() ? user.value()->password_hash : kDummy, password);
  if (!good || !user.value() || user.value()->disabled) {
    std::lock_guard lock(mutex_);
    fail("name:" + name);
    fail("addr:" + address);
    return Status::invalid_input("wrong user name or password");
  }
  Session s{*user.value(), random_token(), random_token()};
  Credential c{token_hash(s.token), "session", s.user.id, s.csrf, "", utc_after(kSessionLife), ""};
  if (auto st = repo.put_credential(c); !st.is_ok()) return st;
  return s;
}

Result<std::optional<Accounts::Caller>> Accounts::resolve(Repository& repo, const std::string& session_token,
                                                          const std::string& bearer_token) {
  for (const auto* token : {&bearer_token, &session_token}) {
    if (token->empty()) continue;
    auto c = repo.find_credential(token_hash(*token));
    if (!c.ok()) return c.status();
    if (!c.value()) continue;
    bool is_bearer = token == &bearer_token;
    if ((c.value()->kind == "token") != is_bearer) continue;  // a session id is no API token, and back
    auto u = repo.find_user_by_id(c.value()->user_id);
    if (!u.ok()) return u.status();
    if (!u.value() || u.value()->disabled) continue;
    return std::optional<Caller>(Caller{*u.value(), *c.value()});
  }
  return std::optional<Caller>();
}

Status Accounts::logout(Repository& repo, const std::string& session_token) {
  return repo.delete_credential(token_hash(session_token));
}

Result<std::string> issue_token(Repository& repo, const std::string& user_name, const std::string& label) {
  auto u = repo.find_user(user_name);
  if (!u.ok()) return u.status();
  if (!u.value()) return Status::not_found("no user '" + user_name + "'");
  std::string token = random_token();
  if (auto s = repo.put_credential({token_hash(token), "token", u.value()->id, "", label, "", ""}); !s.is_ok())
    return s;
  return token;
}

Result<std::optional<std::string>> ensure_admin(Repository& repo, const std::string& password) {
  auto users = repo.list_users();
  if (!users.ok()) return users.status();
  if (!users->empty()) return std::optional<std::string>();
  std::string pw = password.empty() ? random_token().substr(0, 20) : password;
  auto hash = hash_password(pw);
  if (!hash.ok()) return hash.status();
  auto u = repo.put_user({0, "admin", "admin", hash.value(), false, ""}, "rightstrack serve");
  if (!u.ok()) return u.status();
  return std::optional<std::string>(pw);
}

}  // namespace rightstrack::server
