#include "parse/clause_verbs.h"

#include <algorithm>
#include <vector>

#include "core/utf8.h"

namespace rightstrack::parse {
namespace {

// English verbs appear inflected: "Reaffirms", "Reaffirming", "Decided", "Takes note".
std::vector<std::string> inflections(const std::string& base) {
  size_t sp = base.find(' ');
  std::string head = base.substr(0, sp), tail = sp == std::string::npos ? "" : base.substr(sp);
  std::vector<std::string> out = {base};
  auto add = [&](const std::string& h) { out.push_back(h + tail); };
  if (head.size() > 2 && head.back() == 'e') {
    add(head + "s");
    add(head.substr(0, head.size() - 1) + "ing");
    add(head + "d");
  } else if (head.size() > 2 && (head.back() == 's' || head.back() == 'h')) {
    add(head + "es");
    add(head + "ing");
    add(head + "ed");
  } else {
    add(head + "s");
    add(head + "ing");
    add(head + "ed");
  }
  return out;
}

bool word_end(std::string_view f, size_t at) {
  return at >= f.size() || !((f[at] >= 'a' && f[at] <= 'z') || (f[at] >= '0' && f[at] <= '9'));
}

// Every surface form of the pack's verbs (English inflected), grouped by first byte, longest
// first: the first form that matches is the longest. Built once per pack.
struct VerbIndex {
  std::vector<std::pair<std::string, std::string>> by_byte[256];  // form, id
};

const VerbIndex& verb_index(const RulePack& pack) {
  static const auto build = [](const RulePack& p) {
    VerbIndex index;
    for (const auto& [verb, id] : p.verbs)
      for (const auto& form : p.cjk ? std::vector<std::string>{verb} : inflections(verb))
        if (!form.empty()) index.by_byte[static_cast<unsigned char>(form[0])].emplace_back(form, id);
    for (auto& list : index.by_byte)
      std::stable_sort(list.begin(), list.end(),
                       [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    return index;
  };
  static const VerbIndex zh = build(rule_pack("zh")), en = build(rule_pack("en"));
  return pack.cjk ? zh : en;
}

// Longest verb of the pack at the start of f; returns its length in f and sets id.
size_t match_verb(std::string_view f, const RulePack& pack, std::string& id) {
  if (f.empty()) return 0;
  for (const auto& [form, vid] : verb_index(pack).by_byte[static_cast<unsigned char>(f[0])]) {
    if (f.compare(0, form.size(), form) != 0) continue;
    if (!pack.cjk && !word_end(f, form.size())) continue;
    id = vid;
    return form.size();
  }
  return 0;
}

}  // namespace

ClauseVerb opening_verb(std::string_view text, const RulePack& pack) {
  std::string f = match_form(pack, utf8::prefix(text, 120));
  std::string id;
  size_t prefix = 0;
  size_t len = match_verb(f, pack, id);
  // Modifiers ("又", "再次", "Also", "Further") stand before the verb.
  for (int round = 0; round < 2; ++round) {
    for (const auto& p : pack.verb_prefixes) {
      size_t at = prefix + p.size() + (pack.cjk ? 0 : 1);
      if (f.compare(prefix, p.size(), p) != 0 || at > f.size()) continue;
      if (!pack.cjk && f[prefix + p.size()] != ' ') continue;
      std::string vid;
      size_t l = match_verb(std::string_view(f).substr(at), pack, vid);
      if (l > 0 && at + l > prefix + len) {
        prefix = at;
        len = l;
        id = vid;
      }
    }
  }
  if (len == 0) return {};
  size_t total = prefix + len;
  // English also puts the modifier after a participle: "Recalling also", "Noting further".
  for (const char* after : {" also", " further", " again"}) {
    std::string a(after);
    if (!pack.cjk && f.compare(total, a.size(), a) == 0 && word_end(f, total + a.size())) total += a.size();
  }
  // Map the match-form length back onto the printed text.
  std::string printed;
  size_t seen = 0;
  for (size_t i = 0; i < text.size() && seen < total;) {
    size_t start = i;
    char32_t c = utf8::next(text, i);
    if (pack.cjk && utf8::is_space(c)) continue;
    if (!pack.cjk && utf8::is_space(c)) {
      if (!printed.empty() && printed.back() != ' ') printed.push_back(' '), ++seen;
      continue;
    }
    printed.append(text.substr(start, i - start));
    seen += i - start;
  }
  return {printed, id};
}

}  // namespace rightstrack::parse
