#include "store/sqlite/sqlite_repository.h"

#include <chrono>
#include <ctime>
#include <filesystem>
#include <unordered_set>

#include "core/document_json.h"
#include "core/sha256.h"
#include "store/content_codec.h"
#include "store/sqlite/annotation_codec.h"
#include "store/sqlite/fts.h"
#include "store/sqlite/migrations.h"
#include "store/sqlite/statement.h"

namespace rightstrack::sqlite {
namespace {

constexpr const char* kSummaryColumns =
    "id, sha256, path, file_name, version, language, doc_type, body, symbol, title, date, author, provision_count, "
    "ingested_at, public";

DocumentSummary read_summary(const Statement& st) {
  DocumentSummary s;
  s.id = st.integer(0);
  s.sha256 = st.text(1);
  s.path = st.text(2);
  s.file_name = st.text(3);
  s.version = static_cast<int>(st.integer(4));
  s.language = st.text(5);
  s.doc_type = st.text(6);
  s.body = st.text(7);
  s.symbol = st.text(8);
  s.title = st.text(9);
  s.date = st.text(10);
  s.author = st.text(11);
  s.provision_count = static_cast<int>(st.integer(12));
  s.ingested_at = st.text(13);
  s.is_public = st.integer(14) != 0;
  return s;
}

bool all_digits(const std::string& s) {
  return !s.empty() && s.size() < 18 && s.find_first_not_of("0123456789") == std::string::npos;
}
bool is_hex(const std::string& s) { return s.find_first_not_of("0123456789abcdef") == std::string::npos; }

// What the store promises about every document it holds, checked before anything is written.
Status validate(const Document& doc) {
  if (doc.sha256.size() != 64) return Status::invalid_input("document has no SHA-256 of its content");
  if (doc.provisions.size() >= kMaxProvisions)
    return Status::invalid_input("document has " + std::to_string(doc.provisions.size()) +
                                 " provisions; the store holds at most " + std::to_string(kMaxProvisions - 1));
  std::unordered_set<std::string> ids;
  for (const auto& p : doc.provisions) {
    if (p.id.empty() || !ids.insert(p.id).second)
      return Status::invalid_input("provision id '" + p.id + "' is empty or repeated");
    if (!p.parent.empty() && !ids.count(p.parent))
      return Status::invalid_input("provision " + p.id + " has parent " + p.parent + ", which does not come before it");
  }
  return Status::ok();
}

}  // namespace

std::string now_utc() {
  std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

Result<std::unique_ptr<SqliteRepository>> SqliteRepository::open(const std::string& path, int schema_target) {
  sqlite3* db = nullptr;
  int rc =
      sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    return Status::io_error(path + ": cannot open database: " + msg);
  }
  sqlite3_busy_timeout(db, 5000);
  auto fail = [&](const Status& s) -> Result<std::unique_ptr<SqliteRepository>> {
    sqlite3_close(db);
    return Status(s.code() == Status::Code::kInvalidInput ? s : Status::io_error(path + ": " + s.message()));
  };
  // A file that is not a database fails here with "file is not a database".
  // page_size only takes effect on a new database: 16 KiB pages suit documents of tens of KB.
  // A 32 MiB page cache (negative = KiB) keeps memory flat whatever the corpus size.
  if (auto s = exec(db,
                    "PRAGMA page_size=16384; PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; "
                    "PRAGMA synchronous=NORMAL; PRAGMA cache_size=-32768;");
      !s.is_ok())
    return fail(s);
  if (auto s = register_tokenizer(db); !s.is_ok()) return fail(s);
  auto v = migrate(db, schema_target);
  if (!v.ok()) return fail(v.status());
  std::unique_ptr<SqliteRepository> repo(new SqliteRepository(db, v.value()));
  if (v.value() == latest_schema_version()) {
    if (auto s = repo->ensure_index_format(); !s.is_ok()) return Status::io_error(path + ": " + s.message());
  }
  return repo;
}

SqliteRepository::~SqliteRepository() {
  statements_.clear();  // finalized before the connection closes
  sqlite3_close(db_);
}

Statement& SqliteRepository::prepared(const std::string& sql) {
  auto& st = statements_[sql];
  if (!st) st = std::make_unique<Statement>(db_, sql);
  st->reset();
  return *st;
}

void SqliteRepository::rollback() {
  exec(db_, "ROLLBACK");
  terms_.forget();
}

Result<std::optional<DocumentSummary>> SqliteRepository::summary_where(const std::string& where,
                                                                       const std::string& arg) {
  Statement st(db_, std::string("SELECT ") + kSummaryColumns + " FROM documents WHERE " + where +
                        " ORDER BY version DESC, id DESC LIMIT 1");
  if (!st.status().is_ok()) return st.status();
  st.bind(1, arg);
  auto step = st.step();
  if (step == Statement::Step::kRow) return std::optional<DocumentSummary>(read_summary(st));
  if (step == Statement::Step::kDone) return std::optional<DocumentSummary>();
  return st.status();
}

Result<std::optional<DocumentSummary>> SqliteRepository::find_by_sha256(const std::string& sha256) {
  return summary_where("sha256 = ?1", sha256);
}

Result<PutResult> SqliteRepository::put_document(const std::string& path, const Document& doc,
                                                 const std::string& content) {
  if (auto s = validate(doc); !s.is_ok()) return Status::invalid_input(path + ": " + s.message());
  if (auto s = exec(db_, "BEGIN IMMEDIATE"); !s.is_ok()) return s;
  auto r = insert_document(path, doc, content);
  if (!r.ok() || r->outcome == PutOutcome::kUnchanged) {
    rollback();
    return r;
  }
  if (auto s = exec(db_, "COMMIT"); !s.is_ok()) {
    rollback();
    return s;
  }
  return r;
}

Result<PutResult> SqliteRepository::insert_document(const std::string& path, const Document& doc,
                                                    const std::string& content) {
  auto existing = find_by_sha256(doc.sha256);
  if (!existing.ok()) return existing.status();
  if (existing.value()) return PutResult{PutOutcome::kUnchanged, existing.value()->id, existing.value()->version};

  Statement& ver = prepared("SELECT COALESCE(MAX(version), 0) FROM documents WHERE path = ?1");
  ver.bind(1, path);
  if (ver.step() != Statement::Step::kRow) return ver.status();
  int version = static_cast<int>(ver.integer(0)) + 1;
  ver.reset();

  const auto& m = doc.meta;
  Statement& ins = prepared(
      "INSERT INTO documents(sha256, path, file_name, version, language, doc_type, body, session, symbol, title, "
      "date, author, provision_count, content, content_sha256, meta_json, ingested_at) "
      "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17)");
  ins.bind(1, doc.sha256).bind(2, path).bind(3, std::filesystem::path(path).filename().string()).bind(4, version);
  ins.bind_text_or_null(5, m.language)
      .bind_text_or_null(6, m.doc_type)
      .bind_text_or_null(7, m.body)
      .bind_opt(8, m.session);
  ins.bind_text_or_null(9, m.symbol)
      .bind_text_or_null(10, m.title)
      .bind_text_or_null(11, m.date)
      .bind_text_or_null(12, m.author);
  auto packed = compress_content(content);
  if (!packed.ok()) return packed.status();
  ins.bind(13, static_cast<int64_t>(doc.provisions.size())).bind_blob(14, packed.value()).bind(15, sha256_hex(content));
  ins.bind(16, meta_to_json(doc)).bind(17, now_utc());
  if (auto s = ins.run(); !s.is_ok()) return s;
  ins.reset();
  int64_t id = sqlite3_last_insert_rowid(db_);

  if (auto s = insert_provisions(id, doc); !s.is_ok()) return s;
  return PutResult{version == 1 ? PutOutcome::kNew : PutOutcome::kNewVersion, id, version};
}

Status SqliteRepository::insert_provisions(int64_t id, const Document& doc) {
  Statement& prov = prepared(
      "INSERT INTO provisions(document_id, seq, pid, label, kind, section, parent, text, verb, verb_id, line, "
      "credit, position, extras, annotations, id) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16)");
  if (!prov.status().is_ok()) return prov.status();
  size_t seq = 0;
  for (const auto& p : doc.provisions) {
    prov.bind(1, id).bind(2, static_cast<int64_t>(seq)).bind(3, p.id).bind_text_or_null(4, p.label).bind(5, p.kind);
    prov.bind_text_or_null(6, p.section).bind_text_or_null(7, p.parent).bind(8, p.text);
    prov.bind_text_or_null(9, p.verb).bind_text_or_null(10, p.verb_id).bind(11, p.line);
    prov.bind_text_or_null(12, p.credit)
        .bind_text_or_null(13, p.position)
        .bind_text_or_null(14, provision_extras_to_json(p));
    auto anns = encode_annotations(p.annotations, terms_);
    if (!anns.ok()) return anns.status();
    prov.bind_blob_or_null(15, anns.value()).bind(16, provision_key(id, seq));
    if (auto s = prov.run(); !s.is_ok()) return Status::internal("provision " + p.id + " not stored: " + s.message());
    prov.reset();
    if (auto s = insert_citations(id, seq, p); !s.is_ok()) return s;
    ++seq;
  }
  if (auto s = index_document(id, doc); !s.is_ok()) return s;
  return merge_pending(kBatchDocuments);
}

Status SqliteRepository::insert_citations(int64_t id, size_t seq, const Provision& p) {
  if (p.cites.empty()) return Status::ok();
  Statement& cite = prepared("INSERT OR IGNORE INTO citations(document_id, seq, symbol) VALUES (?1,?2,?3)");
  if (!cite.status().is_ok()) return cite.status();
  for (const auto& c : p.cites) {
    cite.bind(1, id).bind(2, static_cast<int64_t>(seq)).bind(3, c);
    if (auto s = cite.run(); !s.is_ok()) return Status::internal("citation of " + p.id + " not stored: " + s.message());
    cite.reset();
  }
  return Status::ok();
}

Status SqliteRepository::update_annotations(int64_t id, const Document& doc) {
  if (auto s = exec(db_, "BEGIN IMMEDIATE"); !s.is_ok()) return s;
  auto fail = [&](Status s) {
    rollback();
    return s;
  };
  Statement count(db_, "SELECT COUNT(*) FROM provisions WHERE id >= ?1 AND id < ?2");
  count.bind(1, provision_key(id, 0)).bind(2, provision_key(id + 1, 0));
  if (count.step() != Statement::Step::kRow) return fail(count.status());
  if (static_cast<size_t>(count.integer(0)) != doc.provisions.size())
    return fail(Status::invalid_input("document " + std::to_string(id) + " has " + std::to_string(count.integer(0)) +
                                      " provisions stored, the annotated one " +
                                      std::to_string(doc.provisions.size())));
  Statement del(db_, "DELETE FROM citations WHERE document_id = ?1");
  del.bind(1, id);
  if (auto s = del.run(); !s.is_ok()) return fail(s);
  Statement extras(db_, "UPDATE provisions SET extras = ?2, annotations = ?3 WHERE id = ?1");
  for (size_t seq = 0; seq < doc.provisions.size(); ++seq) {
    extras.bind(1, provision_key(id, seq)).bind_text_or_null(2, provision_extras_to_json(doc.provisions[seq]));
    auto anns = encode_annotations(doc.provisions[seq].annotations, terms_);
    if (!anns.ok()) return fail(anns.status());
    extras.bind_blob_or_null(3, anns.value());
    if (auto s = extras.run(); !s.is_ok()) return fail(s);
    extras.reset();
    if (auto s = insert_citations(id, seq, doc.provisions[seq]); !s.is_ok()) return fail(s);
  }
  if (auto s = reindex_document(id, doc); !s.is_ok()) return fail(s);
  Statement meta(db_, "UPDATE documents SET meta_json = ?2 WHERE id = ?1");
  meta.bind(1, id).bind(2, meta_to_json(doc));
  if (auto s = meta.run(); !s.is_ok()) return fail(s);
  if (auto s = exec(db_, "COMMIT"); !s.is_ok()) return fail(s);
  return Status::ok();
}

Result<std::vector<std::pair<DocumentSummary, std::vector<std::string>>>> SqliteRepository::citing(
    const std::string& symbol) {
  Statement st(
      db_, std::string("SELECT ") + kSummaryColumns +
               ", (SELECT group_concat(p.pid, ' ') FROM citations c JOIN provisions p ON p.id = (c.document_id << 24) "
               "+ c.seq "
               "WHERE c.document_id = d.id AND c.symbol = ?1) "
               "FROM documents d WHERE EXISTS (SELECT 1 FROM citations c WHERE c.document_id = d.id AND c.symbol = ?1) "
               "ORDER BY d.id");
  if (!st.status().is_ok()) return st.status();
  st.bind(1, symbol);
  std::vector<std::pair<DocumentSummary, std::vector<std::string>>> out;
  Statement::Step step;
  while ((step = st.step()) == Statement::Step::kRow) {
    std::vector<std::string> pids;
    std::string all = st.text(15);
    for (size_t start = 0; start < all.size();) {
      size_t sp = all.find(' ', start);
      if (sp == std::string::npos) sp = all.size();
      pids.push_back(all.substr(start, sp - start));
      start = sp + 1;
    }
    out.emplace_back(read_summary(st), pids);
  }
  if (step == Statement::Step::kError) return st.status();
  return out;
}

Status SqliteRepository::log_failure(const std::string& path, const std::string& reason) {
  Statement st(db_, "INSERT INTO ingest_failures(at, path, reason) VALUES (?1, ?2, ?3)");
  st.bind(1, now_utc()).bind(2, path).bind(3, reason);
  return st.run();
}

Result<std::vector<DocumentSummary>> SqliteRepository::list_documents() {
  Statement st(db_, std::string("SELECT ") + kSummaryColumns + " FROM documents ORDER BY id");
  return read_summaries(st);
}

Result<std::vector<DocumentSummary>> SqliteRepository::latest_documents_of(const std::string& author, size_t limit,
                                                                           int64_t except) {
  Statement st(db_, std::string("SELECT ") + kSummaryColumns +
                        " FROM documents WHERE author = ?1 AND id != ?2 ORDER BY id DESC LIMIT ?3");
  st.bind(1, author).bind(2, except).bind(3, static_cast<int64_t>(limit));
  return read_summaries(st);
}

Result<std::vector<DocumentSummary>> SqliteRepository::read_summaries(Statement& st) {
  if (!st.status().is_ok()) return st.status();
  std::vector<DocumentSummary> out;
  Statement::Step step;
  while ((step = st.step()) == Statement::Step::kRow) out.push_back(read_summary(st));
  if (step == Statement::Step::kError) return st.status();
  return out;
}

Result<std::vector<Repository::Failure>> SqliteRepository::list_failures(size_t limit) {
  Statement st(db_, "SELECT at, path, reason FROM ingest_failures ORDER BY id DESC LIMIT ?1");
  if (!st.status().is_ok()) return st.status();
  st.bind(1, static_cast<int64_t>(limit));
  std::vector<Failure> out;
  Statement::Step step;
  while ((step = st.step()) == Statement::Step::kRow) out.push_back({st.text(0), st.text(1), st.text(2)});
  if (step == Statement::Step::kError) return st.status();
  return out;
}

Result<std::optional<StoredDocument>> SqliteRepository::find_document(const std::string& key) {
  Result<std::optional<DocumentSummary>> found = std::optional<DocumentSummary>();
  if (all_digits(key)) found = summary_where("id = CAST(?1 AS INTEGER)", key);
  if (found.ok() && !found.value()) found = summary_where("symbol = ?1", key);
  if (found.ok() && !found.value()) found = summary_where("file_name = ?1", key);
  if (found.ok() && !found.value()) found = summary_where("path = ?1", key);
  if (found.ok() && !found.value() && key.size() >= 8 && is_hex(key))
    found = summary_where("sha256 LIKE ?1 || '%'", key);
  if (!found.ok()) return found.status();
  if (!found.value()) return std::optional<StoredDocument>();

  StoredDocument out;
  out.summary = *found.value();
  auto doc = load_document(out.summary.id, out.content);
  if (!doc.ok()) return doc.status();
  out.document = std::move(doc).value();
  return std::optional<StoredDocument>(std::move(out));
}

}  // namespace rightstrack::sqlite

namespace rightstrack::sqlite {

Result<std::string> SqliteRepository::read_content(const Statement& row, int col) {
  if (!row.is_blob(col)) return row.text(col);
  return decompress_content(row.blob(col));
}

Result<Document> SqliteRepository::load_document(int64_t id, std::string& content) {
  Document doc;
  Statement st(db_, "SELECT meta_json, content FROM documents WHERE id = ?1");
  st.bind(1, id);
  if (st.step() != Statement::Step::kRow)
    return st.status().is_ok() ? Status::not_found("document " + std::to_string(id)) : st.status();
  if (auto s = meta_from_json(st.text(0), doc); !s.is_ok())
    return Status::corruption("document " + std::to_string(id) + ": " + s.message());
  auto text = read_content(st, 1);
  if (!text.ok()) return Status::corruption("document " + std::to_string(id) + ": " + text.status().message());
  content = std::move(text).value();
  Statement prov(
      db_, std::string("SELECT ") + kProvisionColumns + " FROM provisions WHERE id >= ?1 AND id < ?2 ORDER BY id");
  prov.bind(1, provision_key(id, 0)).bind(2, provision_key(id + 1, 0));
  while (prov.step() == Statement::Step::kRow) {
    auto p = read_provision(prov);
    if (!p.ok()) return Status::corruption("document " + std::to_string(id) + ": " + p.status().message());
    doc.provisions.push_back(std::move(p).value());
  }
  if (!prov.status().is_ok()) return prov.status();
  return doc;
}

}  // namespace rightstrack::sqlite
