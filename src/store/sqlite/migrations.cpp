#include "store/sqlite/migrations.h"

#include "store/sqlite/statement.h"

namespace rightstrack::sqlite {

const std::vector<Migration>& migrations() {
  static const std::vector<Migration> kMigrations = {
      {1, R"sql(
CREATE TABLE documents(
  id INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL UNIQUE,
  path TEXT NOT NULL,
  file_name TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version >= 1),
  language TEXT, doc_type TEXT, body TEXT, session INTEGER, symbol TEXT, title TEXT, date TEXT, author TEXT,
  provision_count INTEGER NOT NULL,
  content TEXT NOT NULL,
  content_sha256 TEXT NOT NULL,
  meta_json TEXT NOT NULL,
  ingested_at TEXT NOT NULL,
  UNIQUE(path, version));
CREATE TABLE provisions(
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  pid TEXT NOT NULL,
  label TEXT, kind TEXT NOT NULL, section TEXT, parent TEXT,
  text TEXT NOT NULL, verb TEXT, verb_id TEXT,
  line INTEGER, credit TEXT, position TEXT,
  extras TEXT,
  annotations TEXT,
  PRIMARY KEY(document_id, seq)) WITHOUT ROWID;
)sql"},
      {2, R"sql(
CREATE TABLE ingest_failures(
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  path TEXT NOT NULL,
  reason TEXT NOT NULL);
CREATE INDEX documents_symbol ON documents(symbol);
CREATE INDEX documents_file_name ON documents(file_name);
CREATE INDEX provisions_kind ON provisions(kind);
)sql"},
      // Citations become queryable ("what cites A/RES/60/251?"); rows of older databases are
      // filled in from the provisions' stored cites.
      {3, R"sql(
CREATE TABLE citations(
  document_id INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  symbol TEXT NOT NULL,
  PRIMARY KEY(document_id, seq, symbol),
  FOREIGN KEY(document_id, seq) REFERENCES provisions(document_id, seq) ON DELETE CASCADE) WITHOUT ROWID;
CREATE INDEX citations_symbol ON citations(symbol);
INSERT OR IGNORE INTO citations(document_id, seq, symbol)
  SELECT p.document_id, p.seq, j.value FROM provisions p, json_each(p.extras, '$.cites') j
  WHERE p.extras IS NOT NULL AND json_valid(p.extras);
)sql"},
      // Ingest speed (issue 2): provisions become a rowid table whose key packs the document and
      // the position (id = document_id << 24 | seq), so a document's provisions are one range of
      // the table's own B-tree and the search index can use the same number as its rowid; the
      // index on kind goes (it cost a second B-tree insert per provision and search filters kinds).
      // Citations now point at their document; the provision is (document_id, seq) as before.
      {4, R"sql(
CREATE TABLE provisions_v4(
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL CHECK (seq >= 0 AND seq < 16777216 AND id = (document_id << 24) + seq),
  pid TEXT NOT NULL,
  label TEXT, kind TEXT NOT NULL, section TEXT, parent TEXT,
  text TEXT NOT NULL, verb TEXT, verb_id TEXT,
  line INTEGER, credit TEXT, position TEXT,
  extras TEXT,
  annotations TEXT);
INSERT INTO provisions_v4 SELECT (document_id << 24) + seq, document_id, seq, pid, label, kind, section, parent,
  text, verb, verb_id, line, credit, position, extras, annotations FROM provisions ORDER BY document_id, seq;
CREATE TABLE citations_v4(
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  symbol TEXT NOT NULL,
  PRIMARY KEY(document_id, seq, symbol)) WITHOUT ROWID;
INSERT INTO citations_v4 SELECT document_id, seq, symbol FROM citations;
DROP TABLE citations;
DROP TABLE provisions;
ALTER TABLE provisions_v4 RENAME TO provisions;
ALTER TABLE citations_v4 RENAME TO citations;
CREATE INDEX citations_symbol ON citations(symbol);
)sql"},
      // Annotations become blobs of small integers (store/sqlite/annotation_codec.h); rows of
      // older databases keep their text form, which is still read, until they are re-annotated.
      {5, R"sql(
CREATE TABLE terms(id INTEGER PRIMARY KEY, term TEXT NOT NULL UNIQUE);
)sql"},
      // The search index (store/sqlite/sqlite_search.cpp): needs the 'rightstrack' tokenizer
      // registered on the connection. It is filled at open (index_format in settings).
      {6, R"sql(
CREATE VIRTUAL TABLE provision_index USING fts5(text, tags, content='', tokenize='rightstrack');
CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL);
)sql"},
      // Search at scale: the facts ranking and facets need, one small row per document
      // (store/sqlite/sqlite_search.cpp), and FTS5's vocabulary for document frequencies.
      // Filled by the index rebuild that the new index format triggers at open.
      {7, R"sql(
CREATE TABLE provision_facts(
  document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  facts BLOB NOT NULL);
CREATE VIRTUAL TABLE provision_vocab USING fts5vocab(provision_index, 'row');
)sql"},
      // Tracking (issue 6): commitments, their status changes with evidence, stored evidence
      // files, and the append-only, hash-chained audit log (core/audit.h); its last hash is
      // kept in settings ('audit_head') so that a log cut short is noticed too.
      {8, R"sql(
CREATE TABLE commitments(
  id TEXT PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  seq INTEGER NOT NULL,
  provision_id TEXT NOT NULL, label TEXT,
  kind TEXT NOT NULL, actor TEXT, text TEXT NOT NULL,
  due_session INTEGER, due_date TEXT, years INTEGER,
  action_level INTEGER NOT NULL, action_level_by_person INTEGER NOT NULL DEFAULT 0,
  position TEXT, recommending TEXT,
  status TEXT NOT NULL, version INTEGER NOT NULL,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE INDEX commitments_actor ON commitments(actor);
CREATE INDEX commitments_document ON commitments(document_id);
CREATE TABLE status_changes(
  id INTEGER PRIMARY KEY,
  commitment_id TEXT NOT NULL REFERENCES commitments(id),
  at TEXT NOT NULL, who TEXT NOT NULL, from_status TEXT NOT NULL, to_status TEXT NOT NULL,
  note TEXT, evidence TEXT NOT NULL);
CREATE INDEX status_changes_commitment ON status_changes(commitment_id);
CREATE TABLE evidence_files(sha256 TEXT PRIMARY KEY, name TEXT NOT NULL, bytes BLOB NOT NULL);
CREATE TABLE audit_log(
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, subject TEXT NOT NULL, payload TEXT NOT NULL,
  prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TABLE commitment_links(
  a TEXT NOT NULL REFERENCES commitments(id), b TEXT NOT NULL REFERENCES commitments(id),
  score REAL NOT NULL, state TEXT NOT NULL CHECK (state IN ('suggested', 'confirmed', 'split')),
  by TEXT, at TEXT NOT NULL,
  PRIMARY KEY(a, b), CHECK (a < b)) WITHOUT ROWID;
CREATE INDEX commitment_links_b ON commitment_links(b);
)sql"},
      // 9: follow-up — institutions and their assignments, indicators with dated values, evidence
      // suggested by later documents, due dates set by people.
      {9, R"sql(
ALTER TABLE commitments ADD COLUMN due_date_by_person INTEGER NOT NULL DEFAULT 0;
CREATE TABLE institutions(
  id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, state TEXT, created_at TEXT NOT NULL);
CREATE TABLE assignments(
  commitment_id TEXT NOT NULL REFERENCES commitments(id), institution_id TEXT NOT NULL REFERENCES institutions(id),
  role TEXT NOT NULL CHECK (role IN ('lead', 'contributing')), by TEXT NOT NULL, at TEXT NOT NULL,
  PRIMARY KEY(commitment_id, institution_id)) WITHOUT ROWID;
CREATE INDEX assignments_institution ON assignments(institution_id);
CREATE TABLE indicators(
  id INTEGER PRIMARY KEY, commitment_id TEXT NOT NULL REFERENCES commitments(id), name TEXT NOT NULL,
  unit TEXT NOT NULL, baseline REAL, baseline_date TEXT, target REAL, target_date TEXT,
  by TEXT NOT NULL, at TEXT NOT NULL, UNIQUE(commitment_id, name));
CREATE TABLE indicator_values(
  indicator_id INTEGER NOT NULL REFERENCES indicators(id), date TEXT NOT NULL, value REAL NOT NULL, note TEXT,
  by TEXT NOT NULL, at TEXT NOT NULL, PRIMARY KEY(indicator_id, date)) WITHOUT ROWID;
CREATE TABLE suggestions(
  id INTEGER PRIMARY KEY, commitment_id TEXT NOT NULL REFERENCES commitments(id),
  document_id INTEGER NOT NULL REFERENCES documents(id), seq INTEGER NOT NULL, provision_id TEXT NOT NULL,
  relation TEXT NOT NULL CHECK (relation IN ('fulfils', 'contradicts')), score REAL NOT NULL, spans TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('suggested', 'accepted', 'rejected')), by TEXT, at TEXT NOT NULL,
  UNIQUE(commitment_id, document_id, seq));
CREATE INDEX suggestions_document ON suggestions(document_id, state);
)sql"},
      // 10: accounts of the server — users with a role and an Argon2id password hash; login sessions
      // and API tokens as SHA-256 hashes of their secrets.
      {10, R"sql(
CREATE TABLE users(
  id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('admin', 'editor', 'viewer')),
  password_hash TEXT NOT NULL, disabled INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL);
CREATE TABLE credentials(
  hash TEXT PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('session', 'token')),
  user_id INTEGER NOT NULL REFERENCES users(id), csrf TEXT, label TEXT, expires_at TEXT, created_at TEXT NOT NULL)
  WITHOUT ROWID;
CREATE INDEX credentials_user ON credentials(user_id);
)sql"},
      // 11: documents an admin published for the public read-only mode.
      {11, R"sql(
ALTER TABLE documents ADD COLUMN public INTEGER NOT NULL DEFAULT 0;
)sql"},
      // 12: the search index of our own (store/postings.h, sqlite_postings.cpp) instead of FTS5,
      // which needed 26–36 ms to list the 600,000 provisions holding 人权 in a store of 1,000,000.
      // A document's segment is pending until merged into `postings`, then the document is
      // a member of its batch; batches merge into larger ones by level; a document written again
      // leaves stale entries in its old batch (`index_stale`), skipped by queries until that
      // batch is rewritten. `stamp` changes whenever a segment is rewritten, so readers know
      // what they cached. The facts get each document's provision and token counts (BM25's
      // average length is the collection's). Filled by the index rebuild that the new index
      // format triggers at open.
      {12, R"sql(
DROP TABLE provision_vocab;
DROP TABLE provision_index;
CREATE TABLE index_pending(
  document_id INTEGER PRIMARY KEY REFERENCES documents(id),
  stamp INTEGER NOT NULL,
  segment BLOB NOT NULL);
CREATE TABLE index_batches(
  batch INTEGER PRIMARY KEY,
  level INTEGER NOT NULL,
  documents INTEGER NOT NULL);
CREATE TABLE index_batched(
  document_id INTEGER PRIMARY KEY REFERENCES documents(id),
  batch INTEGER NOT NULL REFERENCES index_batches(batch));
CREATE INDEX index_batched_batch ON index_batched(batch);
CREATE TABLE index_stale(
  batch INTEGER NOT NULL REFERENCES index_batches(batch),
  document_id INTEGER NOT NULL,
  PRIMARY KEY(batch, document_id)) WITHOUT ROWID;
CREATE TABLE postings(
  batch INTEGER NOT NULL, term TEXT NOT NULL, data BLOB NOT NULL,
  PRIMARY KEY(batch, term)) WITHOUT ROWID;
ALTER TABLE provision_facts ADD COLUMN provisions INTEGER NOT NULL DEFAULT 0;
ALTER TABLE provision_facts ADD COLUMN tokens INTEGER NOT NULL DEFAULT 0;
)sql"},
      // An actor's latest documents (clusters of restated commitments look at them on every
      // ingest) without reading every document's row.
      {13, R"sql(
CREATE INDEX documents_author ON documents(author, id);
)sql"},
      // 14: a batch's row for a term is stored in parts that fit inside a page (row_parts.h): a
      // row of 4–20 KB in one piece took an overflow page for its tail and left most of it empty.
      // The index is rebuilt at open (index_format is cleared).
      {14, R"sql(
DROP TABLE postings;
CREATE TABLE postings(
  batch INTEGER NOT NULL, term TEXT NOT NULL, part INTEGER NOT NULL, data BLOB NOT NULL,
  PRIMARY KEY(batch, term, part)) WITHOUT ROWID;
DELETE FROM index_stale;
DELETE FROM index_batched;
DELETE FROM index_batches;
DELETE FROM index_pending;
DELETE FROM settings WHERE key = 'index_format';
)sql"},
  };
  return kMigrations;
}

int latest_schema_version() { return migrations().back().version; }

namespace {
Result<int> current_version(sqlite3* db) {
  Statement st(db, "SELECT version FROM schema_version");
  if (!st.status().is_ok()) return st.status();
  auto step = st.step();
  if (step == Statement::Step::kRow) return static_cast<int>(st.integer(0));
  if (step == Statement::Step::kDone) return 0;
  return st.status();
}
}  // namespace

Result<int> migrate(sqlite3* db, int target) {
  if (target <= 0) target = latest_schema_version();
  if (auto s = exec(db, "BEGIN IMMEDIATE"); !s.is_ok()) return s;
  auto fail = [db](Status s) -> Result<int> {
    exec(db, "ROLLBACK");
    return s;
  };
  if (auto s = exec(db, "CREATE TABLE IF NOT EXISTS schema_version(version INTEGER NOT NULL)"); !s.is_ok())
    return fail(s);
  auto cur = current_version(db);
  if (!cur.ok()) return fail(cur.status());
  int version = cur.value();
  if (version > latest_schema_version())
    return fail(Status::invalid_input("database schema version " + std::to_string(version) +
                                      " is newer than this rightstrack understands (" +
                                      std::to_string(latest_schema_version()) + "); upgrade rightstrack"));
  for (const auto& m : migrations()) {
    if (m.version <= version || m.version > target) continue;
    if (auto s = exec(db, m.sql); !s.is_ok())
      return fail(Status::internal("migration " + std::to_string(m.version) + " failed: " + s.message()));
    version = m.version;
  }
  auto s = exec(
      db, "DELETE FROM schema_version; INSERT INTO schema_version(version) VALUES (" + std::to_string(version) + ")");
  if (!s.is_ok()) return fail(s);
  if (auto c = exec(db, "COMMIT"); !c.is_ok()) return fail(c);
  return version;
}

}  // namespace rightstrack::sqlite
