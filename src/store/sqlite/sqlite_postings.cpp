// The search index of the SQLite store (store/postings.h), written in the same transaction as
// the provisions: each new document's segment waits in `index_pending` until enough documents
// are pending (kBatchDocuments or kBatchBytes), then they are merged into `postings`, one row per
// term and batch (sqlite_index_merge.cpp). A query reads one row per batch for each of its terms,
// skipping stale documents, plus the pending segments, which each connection keeps decoded in
// memory until they change.
#include <algorithm>
#include <set>

#include "store/match_eval.h"
#include "store/sqlite/row_parts.h"
#include "store/sqlite/sqlite_repository.h"

namespace rightstrack::sqlite {

struct SqliteRepository::IndexView {
  int64_t generation = -1;
  std::vector<int64_t> batches;
  std::vector<std::vector<int64_t>> stale;  // by batch: documents whose entries there are stale
  uint64_t provisions = 0;                  // in the store: no batch row can count more
  struct Pending {
    int64_t document_id, stamp;
    Segment segment;
  };
  std::vector<Pending> pending;  // by document id
};

namespace {

// Where a term's postings are for one query: a row per batch, then the pending segments.
class Source : public PostingSource {
 public:
  Source(const SqliteRepository::IndexView& view, Statement& exact, Statement& range)
      : view_(view), exact_(exact), range_(range) {}

  Status postings(std::string_view term, PostingList& out) override {
    out.max_row_count = view_.provisions;
    for (size_t b = 0; b < view_.batches.size(); ++b) {
      Status s = with_row(b, term, [&](std::string_view row) { return append_batch_row(row, out, skip(b)); });
      if (!s.is_ok()) return s;
    }
    for (const auto& p : view_.pending) {
      size_t i = p.segment.lower_bound(term);
      if (i < p.segment.size() && p.segment.term(i) == term)
        if (auto s = append_term_data(p.document_id, p.segment.data(i), out); !s.is_ok()) return s;
    }
    return Status::ok();
  }

  Status prefix_postings(std::string_view prefix, PostingList& out) override {
    out.max_row_count = view_.provisions;
    // Every term starting with `prefix` sorts below prefix + 0xFF, a byte UTF-8 never uses.
    std::string end = std::string(prefix) + '\xff';
    for (size_t b = 0; b < view_.batches.size(); ++b) {
      range_.bind(1, view_.batches[b]).bind(2, prefix).bind(3, end);
      PartCursor rows(range_);
      Status s = Status::ok();
      for (;;) {
        auto more = rows.next();
        if (!more.ok()) s = more.status();
        if (!more.ok() || !more.value()) break;
        if (s = append_batch_row(rows.data(), out, skip(b)); !s.is_ok()) break;
      }
      range_.reset();
      if (!s.is_ok()) return s;
    }
    for (const auto& p : view_.pending)
      for (size_t i = p.segment.lower_bound(prefix); i < p.segment.size() && p.segment.term(i).starts_with(prefix); ++i)
        if (auto s = append_term_data(p.document_id, p.segment.data(i), out); !s.is_ok()) return s;
    return Status::ok();
  }

  Result<uint64_t> count(std::string_view term) override {
    uint64_t n = 0;
    for (size_t b = 0; b < view_.batches.size(); ++b) {
      Result<uint64_t> c = uint64_t{0};
      Status s = with_row(b, term, [&](std::string_view row) {
        c = skip(b) ? count_without(row, skip(b), view_.provisions) : posting_count(row);
        return c.ok() ? Status::ok() : c.status();
      });
      if (!s.is_ok()) return s;
      n += c.value();
    }
    for (const auto& p : view_.pending) {
      size_t i = p.segment.lower_bound(term);
      if (i >= p.segment.size() || p.segment.term(i) != term) continue;
      auto c = posting_count(p.segment.data(i));
      if (!c.ok()) return c.status();
      n += c.value();
    }
    return n;
  }

 private:
  // A batch with stale documents: its header counts them too, so the row is read.
  static Result<uint64_t> count_without(std::string_view row, const std::vector<int64_t>* stale, uint64_t most) {
    PostingList l;
    l.max_row_count = most;
    if (auto s = append_batch_row(row, l, stale); !s.is_ok()) return s;
    return static_cast<uint64_t>(l.size());
  }
  const std::vector<int64_t>* skip(size_t b) const { return view_.stale[b].empty() ? nullptr : &view_.stale[b]; }

  // Runs `use` on batch b's whole row for `term`, when there is one.
  template <typename F>
  Status with_row(size_t b, std::string_view term, F&& use) {
    exact_.bind(1, view_.batches[b]).bind(2, term);
    PartCursor row(exact_);
    auto found = row.next();
    Status s = !found.ok() ? found.status() : found.value() ? use(row.data()) : Status::ok();
    exact_.reset();
    return s;
  }

  const SqliteRepository::IndexView& view_;
  Statement& exact_;
  Statement& range_;
};

}  // namespace

Status SqliteRepository::index_document(int64_t id, const Document& doc) {
  std::vector<uint32_t> lengths;
  std::string segment = build_segment(doc.meta, doc.provisions, &lengths);
  if (auto s = write_facts(id, doc, lengths); !s.is_ok()) return s;  // moves the generation on

  auto stamp = generation();
  if (!stamp.ok()) return stamp.status();
  Statement& st = prepared("INSERT OR REPLACE INTO index_pending(document_id, stamp, segment) VALUES (?1, ?2, ?3)");
  st.bind(1, id).bind(2, stamp.value()).bind_blob(3, segment);
  if (auto s = st.run(); !s.is_ok())
    return Status::internal("search index of document " + std::to_string(id) + ": " + s.message());
  st.reset();
  return Status::ok();
}

// Inside update_annotations' transaction: the document's segment is written again.
Status SqliteRepository::reindex_document(int64_t id, const Document& doc) {
  if (auto s = retire_document(id); !s.is_ok()) return s;
  if (auto s = index_document(id, doc); !s.is_ok()) return s;
  return merge_pending(kBatchDocuments);
}

Status SqliteRepository::load_index_view() {
  auto g = generation();
  if (!g.ok()) return g.status();
  if (!index_) index_ = std::make_shared<IndexView>();
  if (index_->generation == g.value()) return Status::ok();
  IndexView& v = *index_;
  v.generation = -1;
  v.batches.clear();
  v.stale.clear();
  Statement batches(db_, "SELECT batch FROM index_batches ORDER BY batch");
  while (batches.step() == Statement::Step::kRow) v.batches.push_back(batches.integer(0));
  if (!batches.status().is_ok()) return batches.status();
  v.stale.resize(v.batches.size());
  auto totals = provision_totals();
  if (!totals.ok()) return totals.status();
  v.provisions = totals->provisions;
  Statement stale(db_, "SELECT batch, document_id FROM index_stale ORDER BY batch, document_id");
  while (stale.step() == Statement::Step::kRow) {
    auto at = std::lower_bound(v.batches.begin(), v.batches.end(), stale.integer(0));
    if (at != v.batches.end() && *at == stale.integer(0)) v.stale[at - v.batches.begin()].push_back(stale.integer(1));
  }
  if (!stale.status().is_ok()) return stale.status();

  std::vector<IndexView::Pending> pending;
  Statement list(db_, "SELECT document_id, stamp FROM index_pending ORDER BY document_id");
  Statement& blob = prepared("SELECT segment FROM index_pending WHERE document_id = ?1");
  while (list.step() == Statement::Step::kRow) {
    int64_t id = list.integer(0), stamp = list.integer(1);
    auto kept = std::find_if(v.pending.begin(), v.pending.end(),
                             [&](const IndexView::Pending& p) { return p.document_id == id && p.stamp == stamp; });
    if (kept != v.pending.end()) {
      pending.push_back(std::move(*kept));
      continue;
    }
    blob.bind(1, id);
    if (blob.step() != Statement::Step::kRow) return blob.status();
    auto seg = Segment::open(std::string(blob.blob(0)));
    blob.reset();
    if (!seg.ok()) return Status::corruption("document " + std::to_string(id) + ": " + seg.status().message());
    pending.push_back({id, stamp, std::move(seg).value()});
  }
  if (!list.status().is_ok()) return list.status();
  v.pending = std::move(pending);
  v.generation = g.value();
  return Status::ok();
}

template <typename T, typename F>
Result<T> SqliteRepository::with_index(F&& run) {
  // One read transaction, so that a merge committed meanwhile cannot hide documents from a query.
  bool own = sqlite3_get_autocommit(db_) != 0;
  if (own)
    if (auto s = exec(db_, "BEGIN"); !s.is_ok()) return s;
  Result<T> out = [&]() -> Result<T> {
    if (auto s = load_index_view(); !s.is_ok()) return s;
    Source source(*index_,
                  prepared("SELECT term, part, data FROM postings WHERE batch = ?1 AND term = ?2 ORDER BY part"),
                  prepared("SELECT term, part, data FROM postings WHERE batch = ?1 AND term >= ?2 AND term < ?3 "
                           "ORDER BY term, part"));
    return run(source);
  }();
  if (own) exec(db_, "COMMIT");
  return out;
}

Result<std::vector<int64_t>> SqliteRepository::match_keys(const MatchExpr& match) {
  return with_index<std::vector<int64_t>>([&](PostingSource& s) { return evaluate_match(match, s); });
}

Result<size_t> SqliteRepository::rows_with(const std::string& words) {
  return with_index<size_t>([&](PostingSource& s) { return count_with_all(words, s); });
}

namespace {

// One batch row of `check`: it reads, and holds only documents of its batch.
void check_row(int64_t batch, std::string_view term, std::string_view data,
               const std::set<std::pair<int64_t, int64_t>>& members, PostingList& list,
               std::vector<std::string>& problems) {
  list.keys.clear();
  std::string where = "batch " + std::to_string(batch) + ", term '" + std::string(term) + "': ";
  if (auto s = append_batch_row(data, list); !s.is_ok()) {
    problems.push_back(where + s.message());
    return;
  }
  int64_t seen = -1;
  for (int64_t key : list.keys) {
    if (provision_document(key) == seen) continue;
    seen = provision_document(key);
    if (!members.count({batch, seen})) {
      problems.push_back(where + "document " + std::to_string(seen) + " is not in the batch");
      return;
    }
  }
}

}  // namespace

// `check`: every document has a segment, pending ones read, and every batch row reads and holds
// only documents of its batch.
void SqliteRepository::check_index(std::vector<std::string>& problems) {
  Statement missing(db_,
                    "SELECT d.id, (SELECT count(*) FROM index_pending p WHERE p.document_id = d.id) + "
                    "(SELECT count(*) FROM index_batched b WHERE b.document_id = d.id) AS n FROM documents d "
                    "WHERE n != 1 LIMIT 20");
  while (missing.step() == Statement::Step::kRow)
    problems.push_back("document " + std::to_string(missing.integer(0)) +
                       (missing.integer(1) ? " is in the search index twice" : " is not in the search index"));
  Statement pending(db_, "SELECT document_id, segment FROM index_pending");
  while (pending.step() == Statement::Step::kRow)
    if (auto seg = Segment::open(std::string(pending.blob(1))); !seg.ok())
      problems.push_back("document " + std::to_string(pending.integer(0)) + ": " + seg.status().message());
  std::set<std::pair<int64_t, int64_t>> members;  // (batch, document), stale ones too
  Statement seg(db_,
                "SELECT batch, document_id FROM index_batched UNION ALL SELECT batch, document_id FROM index_stale");
  while (seg.step() == Statement::Step::kRow) members.insert({seg.integer(0), seg.integer(1)});
  Statement orphans(db_,
                    "SELECT DISTINCT batch FROM index_batched WHERE batch NOT IN (SELECT batch FROM index_batches)");
  while (orphans.step() == Statement::Step::kRow)
    problems.push_back("batch " + std::to_string(orphans.integer(0)) + " has documents but is not listed");
  Statement batch_list(db_, "SELECT DISTINCT batch FROM postings ORDER BY batch");
  std::vector<int64_t> stored_batches;
  while (batch_list.step() == Statement::Step::kRow) stored_batches.push_back(batch_list.integer(0));
  Statement rows(db_, "SELECT term, part, data FROM postings WHERE batch = ?1 ORDER BY term, part");
  PostingList list;
  for (int64_t batch : stored_batches) {
    rows.bind(1, batch);
    PartCursor cursor(rows);
    for (;;) {
      auto more = cursor.next();
      if (!more.ok()) problems.push_back("batch " + std::to_string(batch) + ": " + more.status().message());
      if (!more.ok() || !more.value() || problems.size() >= 50) break;
      check_row(batch, cursor.term(), cursor.data(), members, list, problems);
    }
    rows.reset();
  }
}

}  // namespace rightstrack::sqlite
