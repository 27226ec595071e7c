#include "store/postings.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>

#include "search/tokenizer.h"
#include "store/index_terms.h"
#include "store/varint.h"

namespace rightstrack {
namespace {

constexpr int64_t kSeqLimit = int64_t{1} << 24;  // provision_key's room for a sequence number

// Room for `more` keys without giving up the vector's doubling (a reserve of exactly what is
// needed, once per row, copied the whole list again for every row).
void make_room(std::vector<int64_t>& keys, uint64_t more) {
  size_t want = keys.size() + static_cast<size_t>(std::min<uint64_t>(more, uint64_t{1} << 26));
  if (want > keys.capacity()) keys.reserve(std::max(want, 2 * keys.capacity()));
}

Status corrupt(std::string_view what) { return Status::corruption("search index: " + std::string(what)); }

// One term of the segment being built.
struct TermBuild {
  std::string data;  // entries so far, without the count
  uint32_t count = 0;
  int64_t last_seq = -1;
  // The provision being read: its positions so far.
  int64_t pos_seq = -1;
  uint32_t last_pos = 0;
  std::string positions;
};

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};

class SegmentBuilder {
 public:
  // The words of provision `seq`: each token at its ordinal.
  void add_text(int64_t seq, std::string_view text) {
    touched_.clear();
    struct Ctx {
      SegmentBuilder* self;
      int64_t seq;
      uint32_t ordinal;
    } ctx{this, seq, 0};
    search::tokenize(text, &ctx, [](void* c, std::string_view token, size_t, size_t) {
      auto* x = static_cast<Ctx*>(c);
      x->self->add_position(x->seq, token, x->ordinal++);
      return true;
    });
    for (TermBuild* t : touched_) {
      append_entry(*t, seq, t->positions);
      t->positions.clear();
    }
  }

  void add_tag(int64_t seq, const std::string& tag) { append_entry(term(tag_term(tag)), seq, {}); }

  // A tag of the whole document: one run over its `n` provisions.
  void add_document_tag(const std::string& tag, int64_t n) {
    TermBuild& t = term(tag_term(tag));
    append_varint(t.data, 1);  // first provision, a run
    append_varint(t.data, static_cast<uint64_t>(n));
    t.count = static_cast<uint32_t>(n);
  }

  std::string finish() {
    std::vector<const std::pair<const std::string, TermBuild>*> sorted;
    sorted.reserve(terms_.size());
    for (const auto& e : terms_) sorted.push_back(&e);
    std::sort(sorted.begin(), sorted.end(), [](const auto* a, const auto* b) { return a->first < b->first; });
    std::string out, head;
    for (const auto* e : sorted) {
      head.clear();
      append_varint(head, e->second.count);
      append_varint(out, e->first.size());
      out += e->first;
      append_varint(out, head.size() + e->second.data.size());
      out += head;
      out += e->second.data;
    }
    return out;
  }

 private:
  TermBuild& term(std::string_view name) {
    auto it = terms_.find(name);
    if (it == terms_.end()) it = terms_.emplace(std::string(name), TermBuild{}).first;
    return it->second;
  }

  void add_position(int64_t seq, std::string_view token, uint32_t ordinal) {
    TermBuild& t = term(token);
    if (t.pos_seq != seq) {
      t.pos_seq = seq;
      t.last_pos = 0;
      touched_.push_back(&t);
    }
    append_varint(t.positions, ordinal - t.last_pos);
    t.last_pos = ordinal;
  }

  static void append_entry(TermBuild& t, int64_t seq, std::string_view positions) {
    append_varint(t.data, static_cast<uint64_t>(seq - t.last_seq - 1) << 1);
    append_varint(t.data, positions.size());
    t.data += positions;
    t.last_seq = seq;
    ++t.count;
  }

  std::unordered_map<std::string, TermBuild, StringHash, std::equal_to<>> terms_;
  std::vector<TermBuild*> touched_;
};

}  // namespace

std::string tag_term(std::string_view tag) { return "#" + std::string(tag); }

std::string build_segment(const DocumentMeta& meta, const std::vector<Provision>& provisions) {
  SegmentBuilder b;
  auto whole = document_tags(meta);
  for (size_t seq = 0; seq < provisions.size(); ++seq) {
    const Provision& p = provisions[seq];
    b.add_text(static_cast<int64_t>(seq), p.text);
    for (const auto& tag : provision_tags(p))
      if (!whole.count(tag)) b.add_tag(static_cast<int64_t>(seq), tag);
  }
  if (!provisions.empty())
    for (const auto& tag : whole) b.add_document_tag(tag, static_cast<int64_t>(provisions.size()));
  return b.finish();
}

Result<Segment> Segment::open(std::string blob) {
  Segment s;
  s.blob_ = std::move(blob);
  std::string_view in(s.blob_);
  if (in.size() >= UINT32_MAX) return corrupt("segment over 4 GB");
  size_t pos = 0;
  std::string_view previous;
  while (pos < in.size()) {
    uint64_t n;
    if (!read_varint(in, pos, n) || n > in.size() - pos) return corrupt("segment term cut short");
    Entry e{static_cast<uint32_t>(pos), static_cast<uint32_t>(n), 0, 0};
    pos += n;
    if (!read_varint(in, pos, n) || n > in.size() - pos) return corrupt("segment data cut short");
    e.data = static_cast<uint32_t>(pos);
    e.data_size = static_cast<uint32_t>(n);
    pos += n;
    std::string_view term = in.substr(e.term, e.term_size);
    if (!s.entries_.empty() && !(previous < term)) return corrupt("segment terms out of order");
    previous = term;
    s.entries_.push_back(e);
  }
  return s;
}

size_t Segment::lower_bound(std::string_view t) const {
  size_t lo = 0, hi = entries_.size();
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (term(mid) < t)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

void PostingList::normalize() {
  bool strictly = true;
  for (size_t i = 1; i < keys.size() && strictly; ++i) strictly = keys[i - 1] < keys[i];
  if (strictly) return;
  std::vector<uint32_t> order(keys.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return keys[a] < keys[b]; });
  PostingList out(with_positions);
  for (size_t i = 0; i < order.size();) {
    int64_t key = keys[order[i]];
    out.keys.push_back(key);
    size_t j = i;
    if (with_positions) {
      size_t from = out.positions.size();
      for (; j < order.size() && keys[order[j]] == key; ++j)
        out.positions.insert(out.positions.end(), positions.begin() + offsets[order[j]],
                             positions.begin() + offsets[order[j] + 1]);
      std::sort(out.positions.begin() + static_cast<std::ptrdiff_t>(from), out.positions.end());
      out.positions.erase(std::unique(out.positions.begin() + static_cast<std::ptrdiff_t>(from), out.positions.end()),
                          out.positions.end());
      out.offsets.push_back(static_cast<uint32_t>(out.positions.size()));
    } else {
      while (j < order.size() && keys[order[j]] == key) ++j;
    }
    i = j;
  }
  *this = std::move(out);
}

Status append_term_data(int64_t document_id, std::string_view data, PostingList& out) {
  size_t pos = 0;
  uint64_t count, head, n;
  if (!read_varint(data, pos, count)) return corrupt("term data without a count");
  const int64_t base = document_id << 24;
  // The wanted keys of this document, when only some are: [want, want_end).
  const int64_t *want = nullptr, *want_end = nullptr;
  if (out.only) {
    const auto& only = *out.only;
    // Documents mostly come in ascending order: gallop forward from where the last one began.
    auto from = only.begin() + static_cast<std::ptrdiff_t>(std::min(out.only_hint, only.size()));
    if (from != only.begin() && *(from - 1) >= base) from = only.begin();
    size_t step = 1;
    auto to = from;
    while (to != only.end() && *to < base) {
      from = to;
      to = only.end() - to > static_cast<std::ptrdiff_t>(step) ? to + static_cast<std::ptrdiff_t>(step) : only.end();
      step *= 2;
    }
    auto lo = std::lower_bound(from, to, base);
    out.only_hint = static_cast<size_t>(lo - only.begin());
    auto hi = lo;
    while (hi != only.end() && *hi < base + kSeqLimit) ++hi;
    if (lo == hi) return Status::ok();
    want = &*lo;
    want_end = want + (hi - lo);
  }
  auto wanted = [&](int64_t key) {
    if (!want) return true;
    while (want < want_end && *want < key) ++want;
    return want < want_end && *want == key;
  };
  int64_t seq = -1;
  make_room(out.keys, want ? static_cast<uint64_t>(want_end - want) : count);
  while (pos < data.size()) {
    if (!read_varint(data, pos, head) || !read_varint(data, pos, n)) return corrupt("posting cut short");
    seq += static_cast<int64_t>(head >> 1) + 1;
    if (head & 1) {  // a run of n provisions
      if (n == 0 || seq + static_cast<int64_t>(n) > kSeqLimit) return corrupt("bad run");
      for (uint64_t k = 0; k < n; ++k) {
        if (!wanted(base + seq + static_cast<int64_t>(k))) continue;
        out.keys.push_back(base + seq + static_cast<int64_t>(k));
        if (out.with_positions) out.offsets.push_back(static_cast<uint32_t>(out.positions.size()));
      }
      seq += static_cast<int64_t>(n) - 1;
      continue;
    }
    if (seq >= kSeqLimit || n > data.size() - pos) return corrupt("bad posting");
    if (!wanted(base + seq)) {
      pos += n;
      continue;
    }
    out.keys.push_back(base + seq);
    if (out.with_positions) {
      std::string_view bytes = data.substr(pos, n);
      size_t p = 0;
      uint64_t at = 0, delta;
      while (p < bytes.size()) {
        if (!read_varint(bytes, p, delta)) return corrupt("positions cut short");
        at += delta;
        out.positions.push_back(static_cast<uint32_t>(at));
      }
      out.offsets.push_back(static_cast<uint32_t>(out.positions.size()));
    }
    pos += n;
  }
  return Status::ok();
}

Status append_batch_row(std::string_view row, PostingList& out) {
  size_t pos = 0;
  uint64_t count, delta, n;
  if (!read_varint(row, pos, count)) return corrupt("batch row without a count");
  make_room(out.keys, count);
  int64_t document = 0;
  while (pos < row.size()) {
    if (!read_varint(row, pos, delta) || !read_varint(row, pos, n) || n > row.size() - pos)
      return corrupt("batch row cut short");
    document += static_cast<int64_t>(delta);
    if (document >= (int64_t{1} << 38)) return corrupt("document id out of range");
    if (auto s = append_term_data(document, row.substr(pos, n), out); !s.is_ok()) return s;
    pos += n;
  }
  return Status::ok();
}

Result<uint64_t> posting_count(std::string_view data_or_row) {
  size_t pos = 0;
  uint64_t n;
  if (!read_varint(data_or_row, pos, n)) return corrupt("postings without a count");
  return n;
}

Status BatchRowWriter::add(int64_t document_id, std::string_view term_data) {
  if (document_id < previous_ || (!body_.empty() && document_id == previous_))
    return Status::internal("batch row: documents must come in ascending order");
  auto n = posting_count(term_data);
  if (!n.ok()) return n.status();
  count_ += n.value();
  append_varint(body_, static_cast<uint64_t>(document_id - previous_));
  append_varint(body_, term_data.size());
  body_ += term_data;
  previous_ = document_id;
  return Status::ok();
}

std::string BatchRowWriter::finish() {
  std::string row;
  append_varint(row, count_);
  row += body_;
  body_.clear();
  count_ = 0;
  previous_ = 0;
  return row;
}

}  // namespace rightstrack
