#include "annotate/aho_corasick.h"

#include <algorithm>
#include <deque>

namespace rightstrack::annotate {

int32_t AhoCorasick::child(int32_t node, unsigned char c) const {
  const auto& next = nodes_[static_cast<size_t>(node)].next;
  auto it = std::lower_bound(next.begin(), next.end(), std::make_pair(c, INT32_MIN));
  return it != next.end() && it->first == c ? it->second : -1;
}

void AhoCorasick::add(std::string_view pattern, uint32_t id) {
  if (pattern.empty()) return;
  int32_t cur = 0;
  for (unsigned char c : pattern) {
    int32_t nxt = child(cur, c);
    if (nxt < 0) {
      nxt = static_cast<int32_t>(nodes_.size());
      Node n;
      n.depth = nodes_[static_cast<size_t>(cur)].depth + 1;
      nodes_.push_back(n);
      auto& next = nodes_[static_cast<size_t>(cur)].next;
      next.insert(std::lower_bound(next.begin(), next.end(), std::make_pair(c, INT32_MIN)), {c, nxt});
    }
    cur = nxt;
  }
  auto& node = nodes_[static_cast<size_t>(cur)];
  outputs_.push_back({id, static_cast<uint32_t>(pattern.size()), node.out});
  node.out = static_cast<int32_t>(outputs_.size()) - 1;
  ++count_;
  built_ = false;
}

void AhoCorasick::build() {
  for (int c = 0; c < 256; ++c) {
    int32_t n = child(0, static_cast<unsigned char>(c));
    root_next_[c] = n < 0 ? 0 : n;
  }
  std::deque<int32_t> queue;
  for (const auto& [c, n] : nodes_[0].next) {
    nodes_[static_cast<size_t>(n)].fail = 0;
    queue.push_back(n);
  }
  while (!queue.empty()) {
    int32_t u = queue.front();
    queue.pop_front();
    for (const auto& [c, v] : nodes_[static_cast<size_t>(u)].next) {
      int32_t f = nodes_[static_cast<size_t>(u)].fail;
      while (f != 0 && child(f, c) < 0) f = nodes_[static_cast<size_t>(f)].fail;
      int32_t target = f == 0 ? root_next_[c] : child(f, c);
      auto& node = nodes_[static_cast<size_t>(v)];
      node.fail = target == v ? 0 : target;
      const auto& fail_node = nodes_[static_cast<size_t>(node.fail)];
      node.link = fail_node.out >= 0 ? node.fail : fail_node.link;
      queue.push_back(v);
    }
  }
  build_dfa();
  built_ = true;
}

void AhoCorasick::build_dfa() {
  std::fill(std::begin(byte_class_), std::end(byte_class_), 0);
  classes_ = 1;
  for (const auto& n : nodes_)
    for (const auto& [c, next] : n.next)
      if (byte_class_[c] == 0) byte_class_[c] = static_cast<uint8_t>(classes_++);
  std::vector<unsigned char> representative(classes_, 0);
  for (int b = 0; b < 256; ++b) representative[byte_class_[b]] = static_cast<unsigned char>(b);
  dfa_.assign(nodes_.size() * classes_, 0);
  // Breadth-first: a state's failure target has a smaller depth, so its row is already complete.
  std::vector<int32_t> order = {0};
  for (size_t i = 0; i < order.size(); ++i)
    for (const auto& [c, next] : nodes_[static_cast<size_t>(order[i])].next) order.push_back(next);
  for (int32_t s : order) {
    for (size_t k = 1; k < classes_; ++k) {
      int32_t n = child(s, representative[k]);
      uint32_t target = n >= 0   ? static_cast<uint32_t>(n)
                        : s == 0 ? 0u
                                 : dfa_[static_cast<size_t>(nodes_[static_cast<size_t>(s)].fail) * classes_ + k];
      dfa_[static_cast<size_t>(s) * classes_ + k] = target;
    }
  }
}

std::vector<AhoCorasick::Match> AhoCorasick::scan(std::string_view text) const {
  std::vector<Match> out;
  if (!built_) return out;
  int32_t state = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    state = static_cast<int32_t>(
        dfa_[static_cast<size_t>(state) * classes_ + byte_class_[static_cast<unsigned char>(text[i])]]);
    for (int32_t s = nodes_[static_cast<size_t>(state)].out >= 0 ? state : nodes_[static_cast<size_t>(state)].link;
         s >= 0; s = nodes_[static_cast<size_t>(s)].link) {
      for (int32_t o = nodes_[static_cast<size_t>(s)].out; o >= 0; o = outputs_[static_cast<size_t>(o)].next) {
        const auto& out_entry = outputs_[static_cast<size_t>(o)];
        out.push_back({i + 1 - out_entry.length, i + 1, out_entry.pattern});
      }
    }
  }
  return out;
}

}  // namespace rightstrack::annotate
