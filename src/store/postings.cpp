#include "store/postings.h"

#include <algorithm>
#include <cstring>
#include <numeric>

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
  uint32_t name, name_size;  // in SegmentBuilder::names_
  uint32_t entries = 0;      // provisions in SegmentBuilder::log_
  uint32_t run = 0;          // a document tag: provisions 0 .. run - 1
  // Its occurrences in the provision being read: a chain through SegmentBuilder::next_.
  int64_t chain_seq = -1;
  uint32_t head = 0, tail = 0;
};

// One provision holding a term: its positions are bytes of SegmentBuilder::positions_.
struct LogEntry {
  uint32_t term, seq, positions, size;
};

// 64-bit FNV-1a over 8-byte words: terms are a few bytes (a bigram is 6), so one or two rounds.
uint64_t hash_term(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ull ^ s.size();
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    h = (h ^ w) * 0x100000001b3ull;
    h ^= h >> 29;
  }
  uint64_t w = 0;
  std::memcpy(&w, s.data() + i, s.size() - i);
  h = (h ^ w) * 0x9e3779b97f4a7c15ull;
  return h ^ (h >> 32);
}

// Builds a document's segment. Terms live in an open-addressing table over a flat vector (a
// node-based map was a third of the build, ~70 M tokens for 200 MB); a provision's occurrences
// of a term are chained through one array, and what each provision adds is logged in two flat
// arrays that finish() groups by term (a string per term was ~40 % of the build, reallocating).
class SegmentBuilder {
 public:
  SegmentBuilder() : slots_(1024, kEmpty) {}

  // Ready for the next document, keeping the memory (one builder per thread is reused).
  void reset() {
    terms_.clear();
    names_.clear();
    std::fill(slots_.begin(), slots_.end(), kEmpty);
    log_.clear();
    positions_.clear();
  }

  // The words of provision `seq`: each token at its ordinal. Returns how many tokens it has.
  uint32_t add_text(uint32_t seq, std::string_view text) {
    next_.clear();
    touched_.clear();
    seq_ = seq;
    search::tokenize(text, this, [](void* c, std::string_view token, size_t, size_t) {
      static_cast<SegmentBuilder*>(c)->occurs(token);
      return true;
    });
    for (uint32_t t : touched_) {
      const auto from = static_cast<uint32_t>(positions_.size());
      uint32_t last = 0;
      for (uint32_t i = terms_[t].head; i != kEmpty; i = next_[i]) {
        append_varint(positions_, i - last);
        last = i;
      }
      log(t, seq, from);
    }
    return static_cast<uint32_t>(next_.size());
  }

  void add_tag(uint32_t seq, const std::string& tag) {
    log(term(tag_term(tag)), seq, static_cast<uint32_t>(positions_.size()));
  }

  // A tag of the whole document: one run over its `n` provisions.
  void add_document_tag(const std::string& tag, uint32_t n) { terms_[term(tag_term(tag))].run = n; }

  std::string finish() {
    auto& order = scratch_[0];
    order.resize(terms_.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return name(a) < name(b); });
    // The log grouped by term, each term's entries still in provision order.
    auto &start = scratch_[1], &fill = scratch_[2], &grouped = scratch_[3];
    start.assign(terms_.size() + 1, 0);
    for (size_t t = 0; t < terms_.size(); ++t) start[t + 1] = start[t] + terms_[t].entries;
    fill.assign(start.begin(), start.end() - 1);
    grouped.resize(log_.size());
    for (uint32_t e = 0; e < log_.size(); ++e) grouped[fill[log_[e].term]++] = e;
    std::string out, data;
    for (uint32_t t : order) {
      const TermBuild& b = terms_[t];
      data.clear();
      if (b.run) {
        append_varint(data, b.run);
        append_varint(data, 1);  // first provision, a run
        append_varint(data, b.run);
      } else {
        append_varint(data, b.entries);
        int64_t last = -1;
        for (uint32_t k = start[t]; k < start[t + 1]; ++k) {
          const LogEntry& e = log_[grouped[k]];
          append_varint(data, static_cast<uint64_t>(e.seq - last - 1) << 1);
          append_varint(data, e.size);
          data.append(positions_, e.positions, e.size);
          last = e.seq;
        }
      }
      append_varint(out, b.name_size);
      out += name(t);
      append_varint(out, data.size());
      out += data;
    }
    return out;
  }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;

  // Token number next_.size() of the provision being read is `token`.
  void occurs(std::string_view token) {
    const auto i = static_cast<uint32_t>(next_.size());
    const uint32_t t = term(token);
    next_.push_back(kEmpty);
    TermBuild& b = terms_[t];
    if (b.chain_seq != seq_) {
      b.chain_seq = seq_;
      b.head = i;
      touched_.push_back(t);
    } else {
      next_[b.tail] = i;
    }
    b.tail = i;
  }

  // Provision `seq` holds term `t`, its positions from byte `from` to the end of positions_.
  void log(uint32_t t, uint32_t seq, uint32_t from) {
    log_.push_back({t, seq, from, static_cast<uint32_t>(positions_.size()) - from});
    ++terms_[t].entries;
  }

  std::string_view name(uint32_t i) const {
    return std::string_view(names_).substr(terms_[i].name, terms_[i].name_size);
  }

  uint32_t term(std::string_view token) {
    size_t mask = slots_.size() - 1, at = hash_term(token) & mask;
    for (;; at = (at + 1) & mask) {
      uint32_t i = slots_[at];
      if (i == kEmpty) break;
      if (name(i) == token) return i;
    }
    auto i = static_cast<uint32_t>(terms_.size());
    terms_.push_back({static_cast<uint32_t>(names_.size()), static_cast<uint32_t>(token.size()), 0, 0, -1, 0, 0});
    names_ += token;
    slots_[at] = i;
    if (2 * terms_.size() > slots_.size()) grow();
    return i;
  }

  void grow() {
    std::vector<uint32_t> bigger(slots_.size() * 2, kEmpty);
    size_t mask = bigger.size() - 1;
    for (uint32_t i = 0; i < terms_.size(); ++i) {
      size_t at = hash_term(name(i)) & mask;
      while (bigger[at] != kEmpty) at = (at + 1) & mask;
      bigger[at] = i;
    }
    slots_.swap(bigger);
  }

  std::vector<TermBuild> terms_;
  std::string names_;
  std::vector<uint32_t> slots_;
  std::vector<LogEntry> log_;
  std::string positions_;
  // The provision being read: its number, the next occurrence of the same term after each token
  // (kEmpty: none), the terms it has.
  int64_t seq_ = 0;
  std::vector<uint32_t> next_, touched_;
  std::vector<uint32_t> scratch_[4];  // finish()'s
};

}  // namespace

std::string tag_term(std::string_view tag) { return "#" + std::string(tag); }

std::string build_segment(const DocumentMeta& meta, const std::vector<Provision>& provisions,
                          std::vector<uint32_t>* lengths) {
  thread_local SegmentBuilder b;
  b.reset();
  auto whole = document_tags(meta);
  if (lengths) lengths->clear();
  for (size_t seq = 0; seq < provisions.size(); ++seq) {
    const Provision& p = provisions[seq];
    uint32_t tokens = b.add_text(static_cast<uint32_t>(seq), p.text);
    if (lengths) lengths->push_back(tokens);
    for (const auto& tag : provision_tags(p))
      if (!whole.count(tag)) b.add_tag(static_cast<uint32_t>(seq), tag);
  }
  if (!provisions.empty())
    for (const auto& tag : whole) b.add_document_tag(tag, static_cast<uint32_t>(provisions.size()));
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
