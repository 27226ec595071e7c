#include "track/action_level.h"

#include <algorithm>
#include <string>
#include <vector>

#include "core/split.h"

namespace rightstrack::embedded {
extern const std::string_view track_action_levels;
}

namespace rightstrack::track {
namespace {

struct Verb {
  int level;
  std::string text;
  bool latin;
};

const std::vector<Verb>& verbs() {
  static const std::vector<Verb> kVerbs = [] {
    std::vector<Verb> out;
    for (const auto& line : split(embedded::track_action_levels, '\n')) {
      if (line.empty() || line[0] == '#') continue;
      auto cols = split(line, '\t');
      if (cols.size() < 3 || cols[0].empty()) continue;
      out.push_back({cols[0][0] - '0', cols[2], cols[1] != "zh"});
    }
    return out;
  }();
  return kVerbs;
}

bool word_at(std::string_view text, size_t at, size_t len) {
  auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  if (at > 0 && alpha(text[at - 1])) return false;
  // English inflections: ensures, ensured, ensuring, establishes …
  size_t end = at + len;
  size_t i = end;
  while (i < text.size() && alpha(text[i]) && i - end < 3) ++i;
  std::string_view tail = text.substr(end, i - end);
  bool inflected = tail.empty() || tail == "s" || tail == "es" || tail == "d" || tail == "ed" || tail == "ing";
  return inflected && (i >= text.size() || !alpha(text[i]));
}

}  // namespace

int action_level(std::string_view text) {
  std::string lower(text);
  for (auto& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  size_t first = std::string::npos, considered = std::string::npos;
  int level = 0;
  bool minimal = false;
  for (const auto& v : verbs())
    if (v.level == 3) considered = std::min(considered, lower.find(v.text));
  for (const auto& v : verbs()) {
    for (size_t at = lower.find(v.text); at != std::string::npos; at = lower.find(v.text, at + 1)) {
      if (v.latin && !word_at(lower, at, v.text.size())) continue;
      // Ratification outranks whatever verb introduces it ("完成对…公约的批准", "continue to work to ratify").
      // … unless it is only being considered ("consider ratifying": 3).
      if (v.level == 5 && (v.text == "批准" || v.text == "ratify" || v.text == "accede" || v.text == "加入"))
        return considered < at ? 3 : 5;
      if (v.level == 1) {
        minimal = true;
      } else if (at < first || (at == first && v.level > level)) {
        first = at;
        level = v.level;
      }
      break;
    }
  }
  return level > 0 ? level : minimal ? 1 : 0;
}

}  // namespace rightstrack::track
