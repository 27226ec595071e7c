// AhoCorasick: finds every occurrence of many byte patterns in one pass over a text (Aho and
// Corasick, 1975). Build once with add() and build(); scan() is const and thread-safe.
#pragma once

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace rightstrack::annotate {

class AhoCorasick {
 public:
  struct Match {
    size_t begin, end;  // byte span in the scanned text
    uint32_t pattern;   // the id given to add()
  };

  void add(std::string_view pattern, uint32_t id);
  void build();
  std::vector<Match> scan(std::string_view text) const;
  size_t states() const { return nodes_.size(); }
  size_t table_bytes() const { return dfa_.size() * sizeof(dfa_[0]); }
  size_t patterns() const { return count_; }

 private:
  struct Node {
    std::vector<std::pair<unsigned char, int32_t>> next;  // sorted by byte
    int32_t fail = 0;
    int32_t out = -1;   // first entry in outputs_ of a pattern ending here
    int32_t link = -1;  // nearest state on the failure chain that has outputs
    uint32_t depth = 0;
  };
  struct Output {
    uint32_t pattern, length;
    int32_t next;  // next output of the same node, or -1
  };
  int32_t child(int32_t node, unsigned char c) const;
  void build_dfa();

  std::vector<Node> nodes_ = std::vector<Node>(1);
  std::vector<Output> outputs_;
  int32_t root_next_[256];
  // The automaton as a DFA: dfa_[state * classes_ + byte_class_[b]] is the next state, failure
  // links folded in, so a scan does one table lookup per byte. Bytes that occur in no pattern
  // share class 0, which keeps the table small (about 150 classes for our taxonomy).
  std::vector<uint32_t> dfa_;
  uint8_t byte_class_[256] = {};
  size_t classes_ = 1;
  size_t count_ = 0;
  bool built_ = false;
};

}  // namespace rightstrack::annotate
