// `rightstrack check` for the SQLite store: SQLite's own integrity and foreign-key checks, then
// the invariants the store promises (counts, hashes, versions, parent links, readable JSON).
#include <map>
#include <set>
#include <unordered_set>

#include "core/document_json.h"
#include "core/sha256.h"
#include "store/sqlite/migrations.h"
#include "store/sqlite/sqlite_repository.h"
#include "store/sqlite/statement.h"

namespace rightstrack::sqlite {

Result<std::vector<std::string>> SqliteRepository::check() {
  std::vector<std::string> problems;
  {
    Statement st(db_, "PRAGMA integrity_check");
    while (st.step() == Statement::Step::kRow)
      if (auto line = st.text(0); line != "ok") problems.push_back("integrity: " + line);
    if (!st.status().is_ok()) return st.status();
  }
  if (schema_version_ == latest_schema_version()) {
    std::vector<std::string> index;
    check_index(index);
    for (auto& p : index) problems.push_back("search index: " + p + " (run `rightstrack reindex`)");
  }
  {
    Statement st(db_, "PRAGMA foreign_key_check");
    while (st.step() == Statement::Step::kRow)
      problems.push_back("foreign key: row " + st.text(1) + " of " + st.text(0) + " points to a missing " + st.text(2));
  }
  if (problems.empty()) check_invariants(problems);
  return problems;
}

void SqliteRepository::check_invariants(std::vector<std::string>& problems) {
  std::map<int64_t, int64_t> expected;
  Statement docs(db_, "SELECT d.id, d.provision_count, d.content, d.content_sha256, d.meta_json FROM documents d");
  while (docs.step() == Statement::Step::kRow) {
    std::string id = std::to_string(docs.integer(0));
    expected[docs.integer(0)] = docs.integer(1);
    auto content = read_content(docs, 2);
    if (!content.ok())
      problems.push_back("document " + id + ": " + content.status().message());
    else if (sha256_hex(content.value()) != docs.text(3))
      problems.push_back("document " + id + ": content does not match its hash");
    Document meta;
    if (auto s = meta_from_json(docs.text(4), meta); !s.is_ok())
      problems.push_back("document " + id + ": " + s.message());
  }
  check_provisions(expected, problems);
  Statement gaps(db_,
                 "SELECT path, COUNT(*), MAX(version) FROM documents GROUP BY path HAVING COUNT(*) != MAX(version)");
  while (gaps.step() == Statement::Step::kRow)
    problems.push_back("path " + gaps.text(0) + ": versions are not 1.." + gaps.text(2) + " (" + gaps.text(1) +
                       " stored)");
  Statement cites(db_,
                  "SELECT c.document_id, c.seq, c.symbol FROM citations c WHERE NOT EXISTS "
                  "(SELECT 1 FROM provisions p WHERE p.id = (c.document_id << 24) + c.seq)");
  while (cites.step() == Statement::Step::kRow)
    problems.push_back("document " + cites.text(0) + ": citation of " + cites.text(2) + " by missing provision #" +
                       cites.text(1));
}

// One pass in key order: a document's provisions are contiguous and parents come before children,
// so counting and the parent check need only the current document's ids.
void SqliteRepository::check_provisions(std::map<int64_t, int64_t> expected, std::vector<std::string>& problems) {
  Statement prov(db_, "SELECT id, document_id, seq, pid, parent FROM provisions ORDER BY id");
  int64_t current = -1, count = 0;
  std::unordered_set<std::string> pids;
  auto finish = [&] {
    if (current < 0) return;
    int64_t want = expected.count(current) ? expected[current] : -1;
    if (want != count)
      problems.push_back("document " + std::to_string(current) + ": " + std::to_string(count) + " provisions stored, " +
                         std::to_string(want) + " expected");
    expected.erase(current);
  };
  while (prov.step() == Statement::Step::kRow) {
    int64_t doc = prov.integer(1);
    if (doc != current) {
      finish();
      current = doc;
      count = 0;
      pids.clear();
    }
    ++count;
    if (prov.integer(0) != provision_key(doc, static_cast<size_t>(prov.integer(2))))
      problems.push_back("document " + std::to_string(doc) + ": provision " + prov.text(3) + " has a wrong key");
    std::string parent = prov.text(4);
    if (!parent.empty() && !pids.count(parent))
      problems.push_back("document " + std::to_string(doc) + ": provision " + prov.text(3) + " has a missing parent " +
                         parent);
    pids.insert(prov.text(3));
  }
  finish();
  for (const auto& [doc, want] : expected)
    if (want != 0)
      problems.push_back("document " + std::to_string(doc) + ": 0 provisions stored, " + std::to_string(want) +
                         " expected");
}

}  // namespace rightstrack::sqlite
