#include "parse/state_names.h"

#include <algorithm>

#include "core/split.h"
#include "core/utf8.h"

namespace rightstrack::embedded {
extern const std::string_view states_tsv;
}

namespace rightstrack::parse {

namespace {
unsigned char lower(unsigned char c) { return c >= 'A' && c <= 'Z' ? static_cast<unsigned char>(c - 'A' + 'a') : c; }
bool latin_at(std::string_view s, size_t i) {
  return i < s.size() && utf8::is_latin_letter(utf8::first_char(s.substr(i)));
}
bool latin_before(std::string_view s, size_t i) {
  return i > 0 && utf8::is_latin_letter(utf8::last_char(s.substr(0, i)));
}

}  // namespace

const StateNames& StateNames::instance() {
  static const StateNames names;
  return names;
}

int StateNames::child(int node, unsigned char byte) const {
  if (node == 0) return root_[byte];
  for (const auto& [b, next] : nodes_[static_cast<size_t>(node)].kids)
    if (b == byte) return next;
  return -1;
}

StateNames::StateNames() {
  std::fill(std::begin(root_), std::end(root_), -1);
  nodes_.emplace_back();
  for (const auto& line : split(embedded::states_tsv, '\n')) {
    if (line.empty() || line[0] == '#') continue;
    auto f = split(line, '\t');
    if (f[0] == "!" && f.size() > 1) {
      add_exclusion(f[1]);
      continue;
    }
    if (f.size() < 5) continue;
    names_.push_back({f[0], f[1], f[3]});
    for (size_t i = 1; i < 5; ++i) add(f[i], f[0]);
    if (f.size() > 5)
      for (const auto& alias : split(f[5], ';')) add(alias, f[0]);
  }
}

void StateNames::add(const std::string& name, const std::string& alpha3) {
  std::string n(utf8::trim(name));
  if (n.empty()) return;
  int cur = 0;
  for (unsigned char c : n) {
    int next = child(cur, lower(c));
    if (next < 0) {
      nodes_.emplace_back();
      next = static_cast<int>(nodes_.size()) - 1;
      if (cur == 0)
        root_[lower(c)] = next;
      else
        nodes_[static_cast<size_t>(cur)].kids.emplace_back(lower(c), next);
    }
    cur = next;
  }
  if (nodes_[static_cast<size_t>(cur)].alpha3.empty()) nodes_[static_cast<size_t>(cur)].alpha3 = alpha3;
}

void StateNames::add_exclusion(const std::string& text) {
  std::string t;
  for (unsigned char c : text) t.push_back(static_cast<char>(lower(c)));
  exclusions_.push_back(t);
}

std::optional<StateMention> StateNames::match_at(std::string_view text, size_t pos) const {
  if (pos >= text.size() || root_[lower(static_cast<unsigned char>(text[pos]))] < 0) return std::nullopt;
  int cur = 0;
  std::optional<StateMention> best;
  for (size_t i = pos; i < text.size(); ++i) {
    cur = child(cur, lower(static_cast<unsigned char>(text[i])));
    if (cur < 0) break;
    const Node& node = nodes_[static_cast<size_t>(cur)];
    if (!node.alpha3.empty() && !(latin_at(text, i + 1) && latin_before(text, i + 1)))
      best = StateMention{node.alpha3, pos, i + 1};
  }
  if (!best || (latin_at(text, pos) && latin_before(text, pos))) return std::nullopt;
  for (const auto& ex : exclusions_) {
    if (text.size() - pos < ex.size()) continue;
    bool same = true;
    for (size_t k = 0; k < ex.size() && same; ++k)
      same = lower(static_cast<unsigned char>(text[pos + k])) == static_cast<unsigned char>(ex[k]);
    if (same) return std::nullopt;
  }
  return best;
}

std::vector<StateMention> StateNames::find_all(std::string_view text) const {
  std::vector<StateMention> out;
  for (size_t i = 0; i < text.size();) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) {
      ++i;
      continue;
    }
    if (auto m = match_at(text, i)) {
      out.push_back(*m);
      i = m->end;
    } else {
      ++i;
    }
  }
  return out;
}

std::optional<std::string> StateNames::lookup(std::string_view name) const {
  std::string_view n = utf8::trim(name);
  auto m = match_at(n, 0);
  if (m && m->end == n.size()) return m->alpha3;
  return std::nullopt;
}

std::string StateNames::name(const std::string& alpha3, const std::string& language) const {
  for (const auto& n : names_)
    if (n.alpha3 == alpha3) return language == "zh" ? n.zh : n.en;
  return alpha3;
}

}  // namespace rightstrack::parse
