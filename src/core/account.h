// Accounts of the server: users with a role, and their credentials (login sessions and API
// tokens), kept by the store. Only hashes of secrets are stored; src/server makes and checks them.
#pragma once

#include <cstdint>
#include <string>

namespace rightstrack {

// admin: everything, users included; editor: changes tracking data and uploads documents;
// viewer: reads.
inline bool is_role(const std::string& r) { return r == "admin" || r == "editor" || r == "viewer"; }
inline int role_rank(const std::string& r) { return r == "admin" ? 3 : r == "editor" ? 2 : r == "viewer" ? 1 : 0; }

struct User {
  int64_t id = 0;
  std::string name, role;
  std::string password_hash;  // Argon2id, in libsodium's encoded form
  bool disabled = false;
  std::string created_at;
};

// A login session (kind "session", with its CSRF token and expiry) or an API token (kind
// "token", with a label). `hash` is the SHA-256 of the secret the client holds.
struct Credential {
  std::string hash, kind;
  int64_t user_id = 0;
  std::string csrf, label, expires_at, created_at;
};

}  // namespace rightstrack
