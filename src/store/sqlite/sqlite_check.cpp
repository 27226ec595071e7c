// `rightstrack check` for the SQLite store: SQLite's own integrity and foreign-key checks, then
// the invariants the store promises (counts, hashes, versions, parent links, readable JSON).
#include <set>

#include "core/document_json.h"
#include "core/sha256.h"
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
  {
    Statement st(db_, "PRAGMA foreign_key_check");
    while (st.step() == Statement::Step::kRow)
      problems.push_back("foreign key: row " + st.text(1) + " of " + st.text(0) + " points to a missing " + st.text(2));
  }
  if (problems.empty()) check_invariants(problems);
  return problems;
}

void SqliteRepository::check_invariants(std::vector<std::string>& problems) {
  Statement docs(db_,
                 "SELECT d.id, d.provision_count, (SELECT COUNT(*) FROM provisions p WHERE p.document_id = d.id), "
                 "d.content, d.content_sha256, d.meta_json FROM documents d ORDER BY d.id");
  while (docs.step() == Statement::Step::kRow) {
    std::string id = std::to_string(docs.integer(0));
    if (docs.integer(1) != docs.integer(2))
      problems.push_back("document " + id + ": " + std::to_string(docs.integer(2)) + " provisions stored, " +
                         std::to_string(docs.integer(1)) + " expected");
    if (sha256_hex(docs.text(3)) != docs.text(4))
      problems.push_back("document " + id + ": content does not match its hash");
    Document meta;
    if (auto s = meta_from_json(docs.text(5), meta); !s.is_ok())
      problems.push_back("document " + id + ": " + s.message());
  }
  Statement gaps(db_,
                 "SELECT path, COUNT(*), MAX(version) FROM documents GROUP BY path HAVING COUNT(*) != MAX(version)");
  while (gaps.step() == Statement::Step::kRow)
    problems.push_back("path " + gaps.text(0) + ": versions are not 1.." + gaps.text(2) + " (" + gaps.text(1) +
                       " stored)");
  Statement orphans(db_,
                    "SELECT c.document_id, c.pid, c.parent FROM provisions c WHERE c.parent IS NOT NULL AND NOT EXISTS "
                    "(SELECT 1 FROM provisions p WHERE p.document_id = c.document_id AND p.pid = c.parent)");
  while (orphans.step() == Statement::Step::kRow)
    problems.push_back("document " + orphans.text(0) + ": provision " + orphans.text(1) + " has a missing parent " +
                       orphans.text(2));
}

}  // namespace rightstrack::sqlite
