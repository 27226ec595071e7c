// The search index of the SQLite store: an FTS5 table without content of its own (the text is in
// `provisions`), one row per provision under the provision's key, written in the same
// transaction as the provision itself.
#include <unordered_set>

#include "core/document_json.h"
#include "store/index_terms.h"
#include "store/sqlite/annotation_codec.h"
#include "store/sqlite/fts.h"
#include "store/sqlite/sqlite_repository.h"

namespace rightstrack::sqlite {

Result<Provision> SqliteRepository::read_provision(Statement& row) {
  Provision p;
  p.id = row.text(0);
  p.label = row.text(1);
  p.kind = row.text(2);
  p.section = row.text(3);
  p.parent = row.text(4);
  p.text = row.text(5);
  p.verb = row.text(6);
  p.verb_id = row.text(7);
  p.line = static_cast<int>(row.integer(8));
  p.credit = row.text(9);
  p.position = row.text(10);
  if (auto s = provision_extras_from_json(row.text(11), p); !s.is_ok()) return s;
  bool blob = row.is_blob(12);  // before text(), which converts the value
  std::string packed = row.text(12);
  auto anns = blob ? decode_annotations(packed, terms_) : decode_annotations_text(packed);
  if (!anns.ok()) return Status::corruption("provision " + p.id + ": " + anns.status().message());
  p.annotations = std::move(anns).value();
  return p;
}

Status SqliteRepository::index_provision(int64_t key, const DocumentMeta& meta, const Provision& p, bool remove) {
  Statement& st = prepared(remove ? "INSERT INTO provision_index(provision_index, rowid, text, tags) "
                                    "VALUES ('delete', ?1, ?2, ?3)"
                                  : "INSERT INTO provision_index(rowid, text, tags) VALUES (?1, ?2, ?3)");
  std::string tags = index_tags(meta, p);
  st.bind(1, key).bind(2, p.text).bind(3, tags);
  if (auto s = st.run(); !s.is_ok()) return Status::internal("search index of provision " + p.id + ": " + s.message());
  st.reset();
  return Status::ok();
}

Result<std::vector<SearchHit>> SqliteRepository::search(const MatchExpr& match) {
  auto query = fts5_query(match);
  if (!query.ok()) return query.status();
  // Column weights: words 1, tags 0.5 (a concept found through a label counts, a bit less).
  Statement st(db_,
               "SELECT f.rowid, -bm25(provision_index, 1.0, 0.5), p.kind, p.annotations "
               "FROM provision_index f JOIN provisions p ON p.id = f.rowid WHERE provision_index MATCH ?1");
  st.bind(1, query.value());
  std::vector<SearchHit> hits;
  Statement::Step step;
  while ((step = st.step()) == Statement::Step::kRow) {
    SearchHit h;
    h.key = st.integer(0);
    h.score = st.real(1);
    h.kind = st.text(2);
    bool blob = st.is_blob(3);
    std::string packed = st.text(3);
    auto anns = blob ? decode_annotations(packed, terms_) : decode_annotations_text(packed);
    if (!anns.ok()) return anns.status();
    for (auto& a : anns.value()) {
      if (a.source == "user:removed") continue;
      bool seen = false;
      for (const auto& c : h.concepts) seen = seen || c == a.concept_id;
      if (!seen) h.concepts.push_back(std::move(a.concept_id));
    }
    hits.push_back(std::move(h));
  }
  if (step == Statement::Step::kError) {
    const std::string& m = st.status().message();
    // FTS5 reports query syntax problems at the first step.
    if (m.find("fts5") != std::string::npos || m.find("syntax") != std::string::npos)
      return Status::invalid_input("the search index cannot run this query: " + m);
    return st.status();
  }
  return hits;
}

Result<std::optional<Provision>> SqliteRepository::find_provision(int64_t key) {
  Statement st(db_, std::string("SELECT ") + kProvisionColumns + " FROM provisions WHERE id = ?1");
  st.bind(1, key);
  auto step = st.step();
  if (step == Statement::Step::kDone) return std::optional<Provision>();
  if (step == Statement::Step::kError) return st.status();
  auto p = read_provision(st);
  if (!p.ok()) return p.status();
  return std::optional<Provision>(std::move(p).value());
}

Result<size_t> SqliteRepository::reindex() {
  if (auto s = exec(db_, "BEGIN IMMEDIATE"); !s.is_ok()) return s;
  auto fail = [&](Status s) -> Result<size_t> {
    rollback();
    return s;
  };
  if (auto s = exec(db_, "INSERT INTO provision_index(provision_index) VALUES ('delete-all')"); !s.is_ok())
    return fail(s);
  std::vector<int64_t> ids;
  {
    Statement docs(db_, "SELECT id FROM documents ORDER BY id");
    while (docs.step() == Statement::Step::kRow) ids.push_back(docs.integer(0));
    if (!docs.status().is_ok()) return fail(docs.status());
  }
  size_t count = 0;
  for (int64_t id : ids) {
    std::string content;
    auto doc = load_document(id, content);
    if (!doc.ok()) return fail(doc.status());
    for (size_t seq = 0; seq < doc->provisions.size(); ++seq) {
      if (auto s = index_provision(provision_key(id, seq), doc->meta, doc->provisions[seq]); !s.is_ok()) return fail(s);
      ++count;
    }
  }
  if (auto s = exec(db_, "INSERT INTO settings(key, value) VALUES ('index_format', " + std::to_string(kIndexFormat) +
                             ") ON CONFLICT(key) DO UPDATE SET value = excluded.value");
      !s.is_ok())
    return fail(s);
  if (auto s = exec(db_, "COMMIT"); !s.is_ok()) return fail(s);
  return count;
}

// An index written by another format of tags or tokens would answer wrongly: rebuild it.
Status SqliteRepository::ensure_index_format() {
  Statement st(db_, "SELECT value FROM settings WHERE key = 'index_format'");
  auto step = st.step();
  if (step == Statement::Step::kError) return st.status();
  if (step == Statement::Step::kRow && st.text(0) == std::to_string(kIndexFormat)) return Status::ok();
  auto n = reindex();
  return n.ok() ? Status::ok() : n.status();
}

}  // namespace rightstrack::sqlite
