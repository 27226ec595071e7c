// build_segment (postings.h): a document's terms, their provisions and positions, as a segment.
#include <algorithm>
#include <cstring>
#include <numeric>

#include "core/short_hash.h"
#include "search/tokenizer.h"
#include "store/index_terms.h"
#include "store/postings.h"
#include "store/varint.h"

namespace rightstrack {
namespace {

// The first eight bytes of `s` as one integer, zero-padded, loaded without a call to memcpy:
// most terms are Chinese bigrams of six bytes, so a term is usually its word, and both the
// hash and the comparison of names become one integer operation.
inline uint64_t head_word(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  if (n >= 8) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
  }
  if (n >= 4) {  // two overlapping four-byte loads
    uint32_t lo, hi;
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + n - 4, 4);
    return lo | (static_cast<uint64_t>(hi) << (8 * (n - 4)));
  }
  if (n == 0) return 0;
  return p[0] | (static_cast<uint64_t>(p[n / 2]) << (8 * (n / 2))) | (static_cast<uint64_t>(p[n - 1]) << (8 * (n - 1)));
}

inline uint64_t word_hash(uint64_t word, size_t n) {
  uint64_t h = (word ^ (n * 0x9e3779b97f4a7c15ull)) * 0xff51afd7ed558ccdull;
  return h ^ (h >> 29);
}

// Byte order of names by their head words: the first eight bytes read big-endian compare as the
// names do, so only names that share them are compared in full.
inline bool name_before(uint64_t a_word, std::string_view a, uint64_t b_word, std::string_view b) {
  if (a_word != b_word) return __builtin_bswap64(a_word) < __builtin_bswap64(b_word);
  return a < b;
}

// One term of the segment being built.
struct TermBuild {
  uint64_t head_word;        // the name's first eight bytes, zero-padded (head_word() below)
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

// Builds a document's segment. Terms live in an open-addressing table over a flat vector (a
// node-based map was a third of the build, ~70 M tokens for 200 MB); a provision's occurrences
// of a term are chained through one array, and what each provision adds is logged in two flat
// arrays that finish() groups by term (a string per term was ~40 % of the build, reallocating).
class SegmentBuilder {
 public:
  SegmentBuilder() : slots_(1024, kEmptySlot) {}

  // Ready for the next document, keeping the memory (one builder per thread is reused).
  void reset() {
    terms_.clear();
    names_.clear();
    std::fill(slots_.begin(), slots_.end(), kEmptySlot);
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
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
      return name_before(terms_[a].head_word, name(a), terms_[b].head_word, name(b));
    });
    // The log grouped by term, each term's entries still in provision order.
    auto &start = scratch_[1], &fill = scratch_[2], &grouped = scratch_[3];
    start.assign(terms_.size() + 1, 0);
    for (size_t t = 0; t < terms_.size(); ++t) start[t + 1] = start[t] + terms_[t].entries;
    fill.assign(start.begin(), start.end() - 1);
    grouped.resize(log_.size());
    for (uint32_t e = 0; e < log_.size(); ++e) grouped[fill[log_[e].term]++] = e;
    std::string out;
    out.reserve(positions_.size() + names_.size() + 8 * log_.size() + 16 * terms_.size());
    for (uint32_t t : order) {
      const TermBuild& b = terms_[t];
      append_varint(out, b.name_size);
      out += name(t);
      if (b.run) {
        append_varint(out, 2 * varint_size(b.run) + 1);
        append_varint(out, b.run);
        append_varint(out, 1);  // first provision, a run
        append_varint(out, b.run);
        continue;
      }
      // The data's length comes before it: measured first, then written in place.
      size_t size = varint_size(b.entries);
      int64_t last = -1;
      for (uint32_t k = start[t]; k < start[t + 1]; ++k) {
        const LogEntry& e = log_[grouped[k]];
        size += varint_size(static_cast<uint64_t>(e.seq - last - 1) << 1) + varint_size(e.size) + e.size;
        last = e.seq;
      }
      append_varint(out, size);
      append_varint(out, b.entries);
      last = -1;
      for (uint32_t k = start[t]; k < start[t + 1]; ++k) {
        const LogEntry& e = log_[grouped[k]];
        append_varint(out, static_cast<uint64_t>(e.seq - last - 1) << 1);
        append_varint(out, e.size);
        out.append(positions_, e.positions, e.size);
        last = e.seq;
      }
    }
    return out;
  }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;
  static constexpr uint64_t kEmptySlot = UINT64_MAX;

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

  // A slot holds the term's index and the high half of its hash, so a probe compares names only
  // when the hashes agree (comparing names was most of the lookup's time).
  static uint64_t slot(uint64_t hash, uint32_t i) { return (hash & 0xffffffff00000000ull) | i; }

  // Names of up to eight bytes are their head word and size; longer ones are hashed whole.
  static uint64_t name_hash(uint64_t word, std::string_view name) {
    return name.size() <= 8 ? word_hash(word, name.size()) : short_hash(name);
  }
  bool same_name(uint32_t t, uint64_t word, std::string_view token) const {
    const TermBuild& b = terms_[t];
    if (b.head_word != word || b.name_size != token.size()) return false;
    return token.size() <= 8 || name(t).substr(8) == token.substr(8);
  }

  uint32_t term(std::string_view token) {
    const uint64_t word = head_word(token);
    const uint64_t hash = name_hash(word, token);
    size_t mask = slots_.size() - 1, at = hash & mask;
    for (;; at = (at + 1) & mask) {
      uint64_t s = slots_[at];
      if (s == kEmptySlot) break;
      if ((s ^ hash) >> 32 == 0 && same_name(static_cast<uint32_t>(s), word, token)) return static_cast<uint32_t>(s);
    }
    auto i = static_cast<uint32_t>(terms_.size());
    terms_.push_back({word, static_cast<uint32_t>(names_.size()), static_cast<uint32_t>(token.size()), 0, 0, -1, 0, 0});
    names_ += token;
    slots_[at] = slot(hash, i);
    if (2 * terms_.size() > slots_.size()) grow();
    return i;
  }

  void grow() {
    std::vector<uint64_t> bigger(slots_.size() * 2, kEmptySlot);
    size_t mask = bigger.size() - 1;
    for (uint32_t i = 0; i < terms_.size(); ++i) {
      const uint64_t hash = name_hash(terms_[i].head_word, name(i));
      size_t at = hash & mask;
      while (bigger[at] != kEmptySlot) at = (at + 1) & mask;
      bigger[at] = slot(hash, i);
    }
    slots_.swap(bigger);
  }

  std::vector<TermBuild> terms_;
  std::string names_;
  std::vector<uint64_t> slots_;
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

}  // namespace rightstrack
