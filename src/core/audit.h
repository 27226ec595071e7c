// The audit log's hash chain: every entry's hash is SHA-256 over the previous entry's hash and the
// entry's canonical form, so editing, deleting, inserting or reordering an entry breaks the chain
// from that entry on. The store appends entries; `verify_chain` checks a whole log.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace rightstrack {

struct AuditEntry {
  int64_t seq = 0;      // 1, 2, 3 … without gaps
  std::string at;       // ISO 8601 UTC
  std::string actor;    // who: a user name, or "rightstrack" for what ingest did
  std::string action;   // "commitment.created", "commitment.status", …
  std::string subject;  // what: a commitment id, …
  std::string payload;  // JSON with the details
  std::string prev_hash, hash;
};

// Fields length-prefixed, so no choice of field contents can make two entries look alike.
std::string canonical_entry(const AuditEntry& e);
std::string chain_hash(const std::string& prev_hash, const AuditEntry& e);
// The hash before the first entry.
inline const std::string kChainGenesis(64, '0');

struct ChainProblem {
  int64_t seq = 0;
  std::string what;
};

// Problems of `log` (in stored order); `head`, when given, is the hash the log must end with.
std::vector<ChainProblem> verify_chain(const std::vector<AuditEntry>& log, const std::string& head = {});

}  // namespace rightstrack
