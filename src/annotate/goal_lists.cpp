#include "annotate/goal_lists.h"

#include <cctype>
#include <string>

namespace rightstrack::annotate {
namespace {

constexpr const char* kSource = "rule:goal_lists";

bool digit(char c) { return c >= '0' && c <= '9'; }

unsigned char lower(char c) {
  auto u = static_cast<unsigned char>(c);
  return u >= 'A' && u <= 'Z' ? static_cast<unsigned char>(u + 32) : u;
}

bool starts(std::string_view s, size_t i, std::string_view word) {
  if (i + word.size() > s.size()) return false;
  for (size_t k = 0; k < word.size(); ++k)
    if (lower(s[i + k]) != static_cast<unsigned char>(word[k])) return false;
  return true;
}

// "16" or "16.3" at s[i] (a goal 1–17, a target N.M or N.a): its end, or i when there is none.
size_t read_number(std::string_view s, size_t i, std::string& id) {
  size_t j = i;
  while (j < s.size() && digit(s[j]) && j - i < 2) ++j;
  if (j == i || (j < s.size() && digit(s[j]))) return i;
  int goal = std::stoi(std::string(s.substr(i, j - i)));
  if (goal < 1 || goal > 17) return i;
  id = "SDG-" + std::to_string(goal);
  if (j + 1 < s.size() && s[j] == '.' && (digit(s[j + 1]) || (s[j + 1] >= 'a' && s[j + 1] <= 'c'))) {
    size_t k = j + 1;
    if (digit(s[k]))
      while (k < s.size() && digit(s[k]) && k - j <= 2) ++k;
    else
      ++k;
    if (k < s.size() && (digit(s[k]) || std::isalpha(static_cast<unsigned char>(s[k])))) return i;
    id += std::string(s.substr(j, k - j));
    j = k;
  }
  return j;
}

// The separators of a list: ", " "and" "、" "和" "及" "以及", and a repeated "目标".
size_t skip_separator(std::string_view s, size_t i) {
  size_t j = i;
  for (bool again = true; again;) {
    again = false;
    while (j < s.size() && s[j] == ' ') ++j;
    for (std::string_view sep : {",", "and ", "、", "，", "和", "以及", "及", "目标", "goal ", "target "})
      if (starts(s, j, sep)) {
        j += sep.size();
        again = true;
        break;
      }
  }
  return j;
}

// The numbers after a list's opening word at `from`.
// After "target(s)" only targets count ("target 2" of a national plan is no Goal).
void read_list(std::string_view s, size_t from, bool targets_only, std::vector<Annotation>& out) {
  size_t i = from;
  while (i < s.size() && s[i] == ' ') ++i;
  std::string id;
  size_t end = read_number(s, i, id);
  if (end == i) return;
  auto keep = [&](size_t begin, size_t stop) {
    if (!targets_only || id.find('.') != std::string::npos) out.push_back({id, begin, stop, kSource});
  };
  keep(i, end);
  for (;;) {
    size_t next = skip_separator(s, end);
    if (next == end) return;
    size_t after = read_number(s, next, id);
    if (after == next) return;
    keep(next, after);
    end = after;
  }
}

}  // namespace

std::vector<Annotation> goal_lists(std::string_view text) {
  static constexpr std::string_view kOpenings[] = {"goals", "goal", "sdgs", "sdg", "targets", "target", "目标"};
  std::vector<Annotation> out;
  // One pass: most bytes cannot open a list ("g", "s", "t" or 目's first byte), so they cost a
  // lookup in a table of four.
  for (size_t at = 0; at < text.size(); ++at) {
    const unsigned char c = lower(text[at]);
    if (c != 'g' && c != 's' && c != 't' && c != 0xE7) continue;
    // A word, not the end of one ("subgoals").
    if (c != 0xE7 && at > 0 && std::isalpha(static_cast<unsigned char>(text[at - 1]))) continue;
    for (std::string_view opening : kOpenings) {
      if (!starts(text, at, opening)) continue;
      read_list(text, at + opening.size(), opening[0] == 't', out);
      break;  // "goals" before "goal": the longest opening is read, once
    }
  }
  return out;
}

}  // namespace rightstrack::annotate
