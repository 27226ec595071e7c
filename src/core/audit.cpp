#include "core/audit.h"

#include "core/sha256.h"

namespace rightstrack {

std::string canonical_entry(const AuditEntry& e) {
  std::string out;
  for (const std::string* f : {&e.at, &e.actor, &e.action, &e.subject, &e.payload}) {
    out += std::to_string(f->size());
    out.push_back(':');
    out += *f;
    out.push_back('\n');
  }
  return std::to_string(e.seq) + "\n" + out;
}

std::string chain_hash(const std::string& prev_hash, const AuditEntry& e) {
  return sha256_hex(prev_hash + "\n" + canonical_entry(e));
}

std::vector<ChainProblem> verify_chain(const std::vector<AuditEntry>& log, const std::string& head) {
  std::vector<ChainProblem> problems;
  std::string prev = kChainGenesis;
  int64_t expected = 1;
  for (const auto& e : log) {
    if (e.seq != expected)
      problems.push_back({e.seq, "entry " + std::to_string(e.seq) + " where entry " + std::to_string(expected) +
                                     " was expected (an entry was deleted, inserted or moved)"});
    if (e.prev_hash != prev)
      problems.push_back({e.seq, "entry " + std::to_string(e.seq) +
                                     " does not follow the entry before it (deleted, inserted or reordered entries)"});
    if (chain_hash(e.prev_hash, e) != e.hash)
      problems.push_back({e.seq, "entry " + std::to_string(e.seq) + " was changed after it was written"});
    prev = e.hash;
    expected = e.seq + 1;
  }
  if (!head.empty() && head != prev)
    problems.push_back({expected - 1,
                        "the log does not end where it ended when last written (entries were "
                        "removed from or added at its end)"});
  return problems;
}

}  // namespace rightstrack
