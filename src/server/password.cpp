#include "server/password.h"

#include <sodium.h>

#include "core/sha256.h"

namespace rightstrack::server {
namespace {

bool ready() {
  static const bool ok = sodium_init() >= 0;
  return ok;
}

}  // namespace

Result<std::string> hash_password(const std::string& password) {
  if (!ready()) return Status::internal("libsodium could not start");
  if (password.size() < 8) return Status::invalid_input("a password needs at least 8 characters");
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                            crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
    return Status::internal("out of memory while hashing a password");
  return std::string(out);
}

bool verify_password(const std::string& hash, const std::string& password) {
  if (!ready() || hash.empty()) return false;
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

std::string random_token() {
  ready();
  unsigned char bytes[32];
  randombytes_buf(bytes, sizeof bytes);
  static const char* kHex = "0123456789abcdef";
  std::string out;
  for (unsigned char b : bytes) {
    out += kHex[b >> 4];
    out += kHex[b & 15];
  }
  return out;
}

std::string token_hash(const std::string& token) { return sha256_hex(token); }

}  // namespace rightstrack::server
