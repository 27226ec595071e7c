#include "store/match_eval.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <string>

#include "search/tokenizer.h"

namespace rightstrack {
namespace {

using Keys = std::vector<int64_t>;
using Op = MatchExpr::Op;

// One evaluation: the source, and the counts already asked of it.
struct Context {
  PostingSource& source;
  std::map<std::string, uint64_t, std::less<>> counts;

  Result<uint64_t> count(const std::string& term) {
    auto it = counts.find(term);
    if (it != counts.end()) return it->second;
    auto n = source.count(term);
    if (!n.ok()) return n.status();
    return counts[term] = n.value();
  }
};

constexpr uint64_t kUnknown = UINT64_MAX / 4;  // a prefix's count is not known before reading it

// `only`: when set, keys outside it are not wanted (the caller intersects with it anyway).
Result<PostingList> fetch(const std::string& term, bool prefix, bool positions, const Keys* only, Context& cx) {
  PostingList list(positions);
  list.only = only;
  auto s = prefix ? cx.source.prefix_postings(term, list) : cx.source.postings(term, list);
  if (!s.is_ok()) return s;
  list.normalize();
  return list;
}

bool has_position(const PostingList& l, size_t i, uint32_t at) {
  auto begin = l.positions.begin() + l.offsets[i], end = l.positions.begin() + l.offsets[i + 1];
  return std::binary_search(begin, end, at);
}

Keys intersect(const Keys& a, const Keys& b) {
  Keys both;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(both));
  return both;
}

std::vector<std::string> phrase_tokens(const std::string& text, bool prefix) {
  std::vector<std::string> tokens;
  for (auto& t : search::tokenize(text)) tokens.push_back(std::move(t.text));
  if (prefix) {  // the last word as written: "child*" must not become the prefix of a stem
    auto plain = search::tokenize(text, {.stem = false});
    if (!plain.empty() && !tokens.empty()) tokens.back() = plain.back().text;
  }
  return tokens;
}

// Provisions where the tokens follow one another (the last one a prefix when `prefix`). The
// rarest token is read first, and each next one only where the ones before were found, so the
// 600,000 entries of 人权 in 人权维护者 are mostly skipped, not decoded.
Result<Keys> phrase(const std::string& text, bool prefix, const Keys* only, Context& cx) {
  auto tokens = phrase_tokens(text, prefix);
  if (tokens.empty()) return Keys{};
  const bool positions = tokens.size() > 1;
  std::vector<std::pair<uint64_t, size_t>> order;
  for (size_t i = 0; i < tokens.size(); ++i) {
    bool is_prefix = prefix && i + 1 == tokens.size();
    auto n = is_prefix ? Result<uint64_t>(kUnknown) : cx.count(tokens[i]);
    if (!n.ok()) return n.status();
    order.push_back({n.value(), i});
  }
  std::sort(order.begin(), order.end());
  std::vector<PostingList> lists(tokens.size());
  Keys found;
  for (size_t k = 0; k < order.size(); ++k) {
    size_t i = order[k].second;
    auto l = fetch(tokens[i], prefix && i + 1 == tokens.size(), positions, k == 0 ? only : &found, cx);
    if (!l.ok()) return l.status();
    found = k == 0 ? l->keys : intersect(found, l->keys);
    lists[i] = std::move(l).value();
    if (found.empty()) return Keys{};
  }
  if (!positions) return found;
  Keys out;
  std::vector<size_t> at(lists.size(), 0);
  for (int64_t key : found) {
    for (size_t t = 0; t < lists.size(); ++t) {  // every list holds every found key, in order
      const Keys& k = lists[t].keys;
      while (k[at[t]] < key) ++at[t];
    }
    const PostingList& first = lists[0];
    for (uint32_t j = first.offsets[at[0]]; j < first.offsets[at[0] + 1]; ++j) {
      uint32_t p = first.positions[j];
      bool follows = true;
      for (size_t t = 1; t < lists.size() && follows; ++t)
        follows = has_position(lists[t], at[t], p + static_cast<uint32_t>(t));
      if (follows) {
        out.push_back(key);
        break;
      }
    }
  }
  return out;
}

// How many provisions `e` may find, from the counts alone: to read the most selective side of
// an AND first.
Result<uint64_t> estimate(const MatchExpr& e, Context& cx) {
  switch (e.op) {
    case Op::kPhrase:
    case Op::kPrefix: {
      uint64_t fewest = kUnknown;
      auto tokens = phrase_tokens(e.text, e.op == Op::kPrefix);
      for (size_t i = 0; i < tokens.size(); ++i) {
        if (e.op == Op::kPrefix && i + 1 == tokens.size()) continue;
        auto n = cx.count(tokens[i]);
        if (!n.ok()) return n.status();
        fewest = std::min(fewest, n.value());
      }
      return fewest;
    }
    case Op::kTag:
      return cx.count(tag_term(e.text));
    case Op::kNot:
      return kUnknown;
    case Op::kAnd:
    case Op::kOr: {
      uint64_t total = e.op == Op::kAnd ? kUnknown : 0;
      for (const auto& c : e.children) {
        if (c.op == Op::kNot) continue;
        auto n = estimate(c, cx);
        if (!n.ok()) return n.status();
        total = e.op == Op::kAnd ? std::min(total, n.value()) : std::min(kUnknown, total + n.value());
      }
      return total;
    }
  }
  return kUnknown;
}

Result<Keys> evaluate(const MatchExpr& e, const Keys* only, Context& cx);

Result<Keys> group(const MatchExpr& e, const Keys* only, Context& cx) {
  if (e.children.empty()) return Status::invalid_input("empty group in the query");
  std::vector<std::pair<uint64_t, const MatchExpr*>> positives;
  std::vector<const MatchExpr*> negatives;
  for (const auto& c : e.children) {
    if (c.op == Op::kNot) {
      if (e.op == Op::kOr) return Status::invalid_input("NOT cannot be one side of OR");
      if (c.children.size() != 1) return Status::invalid_input("NOT takes one operand");
      negatives.push_back(&c.children[0]);
      continue;
    }
    auto n = e.op == Op::kAnd ? estimate(c, cx) : Result<uint64_t>(uint64_t{0});
    if (!n.ok()) return n.status();
    positives.push_back({n.value(), &c});
  }
  if (positives.empty()) return Status::invalid_input("a query cannot only exclude: say what to search for too");
  Keys out;
  if (e.op == Op::kAnd) {
    std::stable_sort(positives.begin(), positives.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (size_t i = 0; i < positives.size(); ++i) {
      auto k = evaluate(*positives[i].second, i == 0 ? only : &out, cx);
      if (!k.ok()) return k.status();
      out = i == 0 ? std::move(k).value() : intersect(out, k.value());
      if (out.empty()) return out;
    }
  } else {
    for (const auto& [n, c] : positives) {
      auto k = evaluate(*c, only, cx);
      if (!k.ok()) return k.status();
      Keys either;
      std::set_union(out.begin(), out.end(), k->begin(), k->end(), std::back_inserter(either));
      out.swap(either);
    }
  }
  for (const MatchExpr* n : negatives) {
    if (out.empty()) break;
    auto k = evaluate(*n, &out, cx);
    if (!k.ok()) return k.status();
    Keys kept;
    std::set_difference(out.begin(), out.end(), k->begin(), k->end(), std::back_inserter(kept));
    out.swap(kept);
  }
  return out;
}

Result<Keys> evaluate(const MatchExpr& e, const Keys* only, Context& cx) {
  switch (e.op) {
    case Op::kPhrase:
      return phrase(e.text, false, only, cx);
    case Op::kPrefix:
      return phrase(e.text, true, only, cx);
    case Op::kTag: {
      auto l = fetch(tag_term(e.text), false, false, only, cx);
      if (!l.ok()) return l.status();
      return std::move(l->keys);
    }
    case Op::kNot:
      return Status::invalid_input("NOT needs something to exclude from: write 'a NOT b' or 'a AND NOT b'");
    case Op::kAnd:
    case Op::kOr:
      return group(e, only, cx);
  }
  return Status::internal("unknown match operator");
}

}  // namespace

Result<std::vector<int64_t>> evaluate_match(const MatchExpr& match, PostingSource& source) {
  Context cx{source, {}};
  return evaluate(match, nullptr, cx);
}

Result<size_t> count_with_all(std::string_view words, PostingSource& source) {
  size_t fewest = SIZE_MAX;
  for (const auto& t : search::tokenize(words)) {
    auto n = source.count(t.text);
    if (!n.ok()) return n.status();
    fewest = std::min(fewest, static_cast<size_t>(n.value()));
  }
  return fewest == SIZE_MAX ? 0 : fewest;
}

}  // namespace rightstrack
