// Who is calling: logins with throttling, sessions (a cookie plus a CSRF token), API tokens, and
// the first admin. Roles are checked by the routes (api.h), not here.
#pragma once

#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "core/account.h"
#include "store/repository.h"

namespace rightstrack::server {

class Accounts {
 public:
  // After kMaxFailures failed logins for one name, or from one address, within kWindow, further
  // attempts are refused (HTTP 429) until the window has passed since the first failure.
  static constexpr int kMaxFailures = 5;
  static constexpr std::chrono::seconds kWindow{15 * 60};
  static constexpr std::chrono::hours kSessionLife{12};

  struct Session {
    User user;
    std::string token, csrf;
  };
  struct Caller {
    User user;
    Credential credential;  // kind "session" (CSRF checked on changes) or "token"
  };

  bool throttled(const std::string& name, const std::string& address);
  // A bad name or password is one invalid-input error, the same for both (no user enumeration).
  Result<Session> login(Repository& repo, const std::string& name, const std::string& password,
                        const std::string& address);
  // The caller a session cookie or bearer token names, if it is valid and the user not disabled.
  Result<std::optional<Caller>> resolve(Repository& repo, const std::string& session_token,
                                        const std::string& bearer_token);
  Status logout(Repository& repo, const std::string& session_token);

 private:
  struct Failures {
    int count = 0;
    std::chrono::steady_clock::time_point first;
  };
  void fail(const std::string& key);
  bool over(const std::string& key);
  std::mutex mutex_;
  std::map<std::string, Failures> failures_;
};

// A new API token for `user_name` (printed once; the store keeps its hash).
Result<std::string> issue_token(Repository& repo, const std::string& user_name, const std::string& label);

// On a store without users: creates "admin" with `password`, or a random one; returns the
// password when it made the user (to print once), nothing when users exist.
Result<std::optional<std::string>> ensure_admin(Repository& repo, const std::string& password);

}  // namespace rightstrack::server
