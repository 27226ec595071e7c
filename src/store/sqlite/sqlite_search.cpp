// What the searcher reads of the SQLite store besides the index (sqlite_postings.cpp): the
// per-document facts for ranking and facets, provision texts, terms; and the index rebuild.
#include <algorithm>
#include <cstdint>

#include "core/document_json.h"
#include "search/tokenizer.h"
#include "store/index_terms.h"
#include "store/sqlite/annotation_codec.h"
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

Result<int64_t> SqliteRepository::generation() {
  Statement& st = prepared("SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'generation'");
  auto step = st.step();
  if (step == Statement::Step::kError) return st.status();
  int64_t g = step == Statement::Step::kRow ? st.integer(0) : 0;
  st.reset();
  return g;
}

// Called inside every transaction that changes what a search sees.
Status SqliteRepository::bump_generation() {
  return exec(db_,
              "INSERT INTO settings(key, value) VALUES ('generation', 1) "
              "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1");
}

// Per provision: kind, length, concept count, concepts — varints, ids from the terms table.
Status SqliteRepository::write_facts(int64_t document_id, const Document& doc, const std::vector<uint32_t>& lengths) {
  if (lengths.size() != doc.provisions.size()) return Status::internal("search facts: a length for each provision");
  std::string blob;
  uint64_t tokens = 0;
  for (size_t seq = 0; seq < doc.provisions.size(); ++seq) {
    const Provision& p = doc.provisions[seq];
    auto kind = terms_.id(p.kind);
    if (!kind.ok()) return kind.status();
    const uint32_t length = lengths[seq];
    std::vector<int64_t> concepts;
    for (const auto& a : p.annotations) {
      if (a.source == "user:removed") continue;
      auto id = terms_.id(a.concept_id);
      if (!id.ok()) return id.status();
      if (std::find(concepts.begin(), concepts.end(), id.value()) == concepts.end()) concepts.push_back(id.value());
    }
    append_varint(blob, static_cast<uint64_t>(kind.value()));
    append_varint(blob, length);
    tokens += length;
    append_varint(blob, concepts.size());
    for (int64_t c : concepts) append_varint(blob, static_cast<uint64_t>(c));
  }
  Statement& st = prepared(
      "INSERT INTO provision_facts(document_id, facts, provisions, tokens) VALUES (?1, ?2, ?3, ?4) "
      "ON CONFLICT(document_id) DO UPDATE SET facts = excluded.facts, provisions = excluded.provisions, "
      "tokens = excluded.tokens");
  st.bind(1, document_id);
  st.bind_blob(2, blob);
  st.bind(3, static_cast<int64_t>(doc.provisions.size())).bind(4, static_cast<int64_t>(tokens));
  if (auto s = st.run(); !s.is_ok()) return Status::internal("search facts not stored: " + s.message());
  st.reset();
  return bump_generation();
}

namespace {

// The facts blob of one document: per provision kind, length, concept count, concepts.
Status decode_facts(std::string_view blob, int64_t document_id, std::vector<ProvisionFacts>& out) {
  size_t pos = 0, n_out = 0;
  auto corrupt = [&] { return Status::corruption("search facts of document " + std::to_string(document_id)); };
  while (pos < blob.size()) {
    uint64_t kind, length, n;
    if (!read_varint(blob, pos, kind) || !read_varint(blob, pos, length) || !read_varint(blob, pos, n) ||
        n > blob.size())
      return corrupt();
    if (n_out == out.size()) out.emplace_back();
    ProvisionFacts& f = out[n_out++];
    f.kind = static_cast<uint32_t>(kind);
    f.length = static_cast<uint32_t>(length);
    f.concepts.resize(n);
    for (auto& c : f.concepts) {
      uint64_t v;
      if (!read_varint(blob, pos, v)) return corrupt();
      c = static_cast<uint32_t>(v);
    }
  }
  out.resize(n_out);
  return Status::ok();
}

}  // namespace

Result<std::vector<ProvisionFacts>> SqliteRepository::provision_facts(int64_t document_id) {
  Statement& st = prepared("SELECT facts FROM provision_facts WHERE document_id = ?1");
  st.bind(1, document_id);
  auto step = st.step();
  if (step == Statement::Step::kError) return st.status();
  std::vector<ProvisionFacts> out;
  Status s = step == Statement::Step::kRow ? decode_facts(st.blob(0), document_id, out) : Status::ok();
  st.reset();
  if (!s.is_ok()) return s;
  return out;
}

Status SqliteRepository::scan_provision_facts(const FactsVisitor& visit) {
  Statement st(db_, "SELECT document_id, facts FROM provision_facts ORDER BY document_id");
  std::vector<ProvisionFacts> facts;  // reused: its concept vectors keep their memory
  while (st.step() == Statement::Step::kRow) {
    if (auto s = decode_facts(st.blob(1), st.integer(0), facts); !s.is_ok()) return s;
    visit(st.integer(0), facts);
  }
  return st.status();
}

Result<ProvisionTotals> SqliteRepository::provision_totals() {
  Statement& st = prepared("SELECT COALESCE(sum(provisions), 0), COALESCE(sum(tokens), 0) FROM provision_facts");
  if (st.step() != Statement::Step::kRow) return st.status();
  ProvisionTotals t{static_cast<uint64_t>(st.integer(0)), static_cast<uint64_t>(st.integer(1))};
  st.reset();
  return t;
}

Result<std::vector<std::string>> SqliteRepository::provision_texts(const std::vector<int64_t>& keys) {
  Statement& st = prepared("SELECT text FROM provisions WHERE id = ?1");
  std::vector<std::string> out;
  out.reserve(keys.size());
  for (int64_t key : keys) {
    st.bind(1, key);
    auto step = st.step();
    if (step == Statement::Step::kError) return st.status();
    out.push_back(step == Statement::Step::kRow ? st.text(0) : std::string());
    st.reset();
  }
  return out;
}

Result<std::string> SqliteRepository::term_name(uint32_t id) { return terms_.term(id); }

Result<std::optional<uint32_t>> SqliteRepository::term_id(const std::string& name) {
  auto id = terms_.find(name);
  if (!id.ok()) return id.status();
  if (id.value() < 0) return std::optional<uint32_t>();
  return std::optional<uint32_t>(static_cast<uint32_t>(id.value()));
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
  if (auto s = exec(db_, "DELETE FROM postings; DELETE FROM index_pending; DELETE FROM index_stale; DELETE FROM index_batched; "
                             "DELETE FROM index_batches"); !s.is_ok())
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
    count += doc->provisions.size();
    if (auto s = index_document(id, doc.value()); !s.is_ok()) return fail(s);
    if (auto s = merge_pending(kBatchDocuments); !s.is_ok()) return fail(s);
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
