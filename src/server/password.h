// Secrets of the server: Argon2id password hashes (libsodium's crypto_pwhash_str, interactive
// limits) and random tokens for sessions, CSRF and API access, stored only as SHA-256 hashes.
#pragma once

#include <string>

#include "core/result.h"

namespace rightstrack::server {

// Fails only when libsodium cannot start or runs out of memory.
Result<std::string> hash_password(const std::string& password);
bool verify_password(const std::string& hash, const std::string& password);
// 32 random bytes as 64 hex digits.
std::string random_token();
// What the store keeps of a token.
std::string token_hash(const std::string& token);

}  // namespace rightstrack::server
