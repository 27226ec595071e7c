// How the SQLite store's search index stays a few rows per term (sqlite_postings.cpp reads it):
// pending segments merge into a level-0 batch; kFanIn batches of one level merge into one of the
// next, so a store of n batches' worth keeps about kFanIn × log(n) of them; a document written
// again leaves its old entries stale in their batch, which is rewritten alone once a quarter of
// its documents are stale. Everything runs inside the caller's transaction.
#include <algorithm>
#include <queue>

#include "store/postings.h"
#include "store/sqlite/row_parts.h"
#include "store/sqlite/sqlite_repository.h"

namespace rightstrack::sqlite {

namespace {
constexpr int64_t kFanIn = 8;

Result<int64_t> next_batch(sqlite3* db) {
  Statement next(db, "SELECT COALESCE(MAX(batch), 0) + 1 FROM index_batches");
  if (next.step() != Statement::Step::kRow) return next.status();
  return next.integer(0);
}
}  // namespace

Status SqliteRepository::merge_pending(int64_t documents_due) {
  Statement& due = prepared("SELECT count(*), COALESCE(sum(length(segment)), 0) FROM index_pending");
  if (due.step() != Statement::Step::kRow) return due.status();
  int64_t documents = due.integer(0), bytes = due.integer(1);
  due.reset();
  if (documents == 0 || (documents < documents_due && bytes < kBatchBytes)) return Status::ok();

  std::vector<int64_t> ids;
  std::vector<Segment> segments;
  {
    Statement st(db_, "SELECT document_id, segment FROM index_pending ORDER BY document_id");
    while (st.step() == Statement::Step::kRow) {
      auto seg = Segment::open(std::string(st.blob(1)));
      if (!seg.ok())
        return Status::corruption("document " + std::to_string(st.integer(0)) + ": " + seg.status().message());
      ids.push_back(st.integer(0));
      segments.push_back(std::move(seg).value());
    }
    if (!st.status().is_ok()) return st.status();
  }
  auto batch = next_batch(db_);
  if (!batch.ok()) return batch.status();

  // A k-way merge of the segments' sorted terms; a term's documents come out in id order.
  struct Cursor {
    size_t segment, entry;
  };
  auto after = [&](const Cursor& a, const Cursor& b) {
    auto ta = segments[a.segment].term(a.entry), tb = segments[b.segment].term(b.entry);
    return ta != tb ? ta > tb : a.segment > b.segment;
  };
  std::priority_queue<Cursor, std::vector<Cursor>, decltype(after)> heap(after);
  for (size_t i = 0; i < segments.size(); ++i)
    if (segments[i].size()) heap.push({i, 0});
  BatchRowWriter row;
  std::string_view current;
  while (!heap.empty()) {
    Cursor c = heap.top();
    heap.pop();
    std::string_view term = segments[c.segment].term(c.entry);
    if (term != current) {
      if (auto s = write_row(batch.value(), current, row); !s.is_ok()) return s;
      current = term;
    }
    if (auto s = row.add(ids[c.segment], segments[c.segment].data(c.entry)); !s.is_ok()) return s;
    if (++c.entry < segments[c.segment].size()) heap.push(c);
  }
  if (auto s = write_row(batch.value(), current, row); !s.is_ok()) return s;
  Statement made(db_, "INSERT INTO index_batches(batch, level, documents) VALUES (?1, 0, ?2)");
  made.bind(1, batch.value()).bind(2, documents);
  if (auto s = made.run(); !s.is_ok()) return s;
  Statement done(db_, "INSERT INTO index_batched(document_id, batch) SELECT document_id, ?1 FROM index_pending");
  done.bind(1, batch.value());
  if (auto s = done.run(); !s.is_ok()) return s;
  if (auto s = exec(db_, "DELETE FROM index_pending"); !s.is_ok()) return s;
  return merge_levels();
}

Status SqliteRepository::write_row(int64_t batch, std::string_view term, BatchRowWriter& row) {
  if (row.empty()) return Status::ok();
  std::string data = row.finish();
  Statement& ins = prepared("INSERT INTO postings(batch, term, part, data) VALUES (?1, ?2, ?3, ?4)");
  for (const auto& [part, bytes] : split_row(term, data)) {
    ins.bind(1, batch).bind(2, term).bind(3, part).bind(4, bytes);
    Status s = ins.run();
    ins.reset();
    if (!s.is_ok()) return s;
  }
  return Status::ok();
}

Status SqliteRepository::merge_levels() {
  for (;;) {
    Statement full(db_, "SELECT level FROM index_batches GROUP BY level HAVING count(*) >= ?1 ORDER BY level LIMIT 1");
    full.bind(1, kFanIn);
    auto step = full.step();
    if (step == Statement::Step::kError) return full.status();
    if (step == Statement::Step::kDone) return Status::ok();
    int64_t level = full.integer(0);
    std::vector<int64_t> batches;
    Statement pick(db_, "SELECT batch FROM index_batches WHERE level = ?1 ORDER BY batch LIMIT ?2");
    pick.bind(1, level).bind(2, kFanIn);
    while (pick.step() == Statement::Step::kRow) batches.push_back(pick.integer(0));
    if (!pick.status().is_ok()) return pick.status();
    if (auto s = merge_batches(batches, level + 1); !s.is_ok()) return s;
  }
}

// Rewrites `batches` as one batch of `level`, leaving their stale entries out.
Status SqliteRepository::merge_batches(const std::vector<int64_t>& batches, int64_t level) {
  auto batch = next_batch(db_);
  if (!batch.ok()) return batch.status();
  // One cursor per batch over its rows in term order (the primary key's order).
  struct Cursor {
    std::unique_ptr<Statement> st;
    std::unique_ptr<PartCursor> rows;
    std::vector<int64_t> stale;
  };
  std::vector<Cursor> cursors;
  for (int64_t b : batches) {
    Cursor c{
        std::make_unique<Statement>(db_, "SELECT term, part, data FROM postings WHERE batch = ?1 ORDER BY term, part"),
        nullptr,
        {}};
    c.st->bind(1, b);
    c.rows = std::make_unique<PartCursor>(*c.st);
    Statement stale(db_, "SELECT document_id FROM index_stale WHERE batch = ?1 ORDER BY document_id");
    stale.bind(1, b);
    while (stale.step() == Statement::Step::kRow) c.stale.push_back(stale.integer(0));
    cursors.push_back(std::move(c));
  }
  auto term_of = [&](size_t i) { return cursors[i].rows->term(); };
  auto after = [&](size_t a, size_t b) { return term_of(a) > term_of(b); };
  std::priority_queue<size_t, std::vector<size_t>, decltype(after)> heap(after);
  for (size_t i = 0; i < cursors.size(); ++i) {
    auto more = cursors[i].rows->next();
    if (!more.ok()) return more.status();
    if (more.value()) heap.push(i);
  }
  std::string term, arena;  // a term's entries are copied out before their cursors move on
  std::vector<std::pair<int64_t, std::pair<size_t, size_t>>> entries;
  RowEntries read;
  BatchRowWriter row;
  while (!heap.empty()) {
    term = std::string(term_of(heap.top()));
    arena.clear();
    entries.clear();
    while (!heap.empty() && term_of(heap.top()) == term) {
      size_t i = heap.top();
      heap.pop();
      read.clear();
      if (auto s = read_batch_row(cursors[i].rows->data(), read); !s.is_ok()) return s;
      for (const auto& [document, data] : read) {
        if (std::binary_search(cursors[i].stale.begin(), cursors[i].stale.end(), document)) continue;
        entries.push_back({document, {arena.size(), data.size()}});
        arena += data;
      }
      auto more = cursors[i].rows->next();
      if (!more.ok()) return more.status();
      if (more.value()) heap.push(i);
    }
    std::stable_sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [document, at] : entries)
      if (auto s = row.add(document, std::string_view(arena).substr(at.first, at.second)); !s.is_ok()) return s;
    if (auto s = write_row(batch.value(), term, row); !s.is_ok()) return s;
  }
  cursors.clear();
  std::string list;
  for (int64_t b : batches) list += (list.empty() ? "" : ",") + std::to_string(b);
  std::string b = std::to_string(batch.value());
  return exec(
      db_, "INSERT INTO index_batches(batch, level, documents) SELECT " + b + ", " + std::to_string(level) +
               ", count(*) FROM index_batched WHERE batch IN (" + list + ");" + "UPDATE index_batched SET batch = " +
               b + " WHERE batch IN (" + list + ");" + "DELETE FROM postings WHERE batch IN (" + list + ");" +
               "DELETE FROM index_stale WHERE batch IN (" + list + ");" + "DELETE FROM index_batches WHERE batch IN (" +
               list + ");" + "DELETE FROM index_batches WHERE batch = " + b + " AND documents = 0");
}

// The document's entries in its batch become stale (its new segment is about to be written).
Status SqliteRepository::retire_document(int64_t id) {
  Statement st(db_,
               "SELECT b.batch, b.level, b.documents FROM index_batched d JOIN index_batches b USING (batch) "
               "WHERE d.document_id = ?1");
  st.bind(1, id);
  auto step = st.step();
  if (step == Statement::Step::kError) return st.status();
  if (step == Statement::Step::kDone) return Status::ok();  // pending, or not indexed yet
  const int64_t batch = st.integer(0), level = st.integer(1), documents = st.integer(2);
  std::string b = std::to_string(batch), d = std::to_string(id);
  if (auto s = exec(db_, "DELETE FROM index_batched WHERE document_id = " + d +
                             "; INSERT INTO index_stale(batch, document_id) VALUES (" + b + ", " + d + ")");
      !s.is_ok())
    return s;
  Statement stale(db_, "SELECT count(*) FROM index_stale WHERE batch = ?1");
  stale.bind(1, batch);
  if (stale.step() != Statement::Step::kRow) return stale.status();
  // Rewritten alone once a quarter of it is stale: queries skip stale entries, but still read them.
  if (stale.integer(0) * 4 >= documents) return merge_batches({batch}, level);
  return Status::ok();
}

}  // namespace rightstrack::sqlite
