#include "parse/recommending_states.h"

#include <algorithm>

#include "core/split.h"
#include "core/utf8.h"
#include "parse/state_names.h"

namespace rightstrack::parse {
namespace {

// "法国" or a list of the States that made one recommendation: "多民族玻利维亚国、伊朗伊斯兰共和国",
// "Chile, Peru and Uruguay". Empty unless every part names a State.
std::vector<std::string> states_in(const std::string& inner) {
  auto lookup = [](std::string_view name) { return StateNames::instance().lookup(std::string(utf8::trim(name))); };
  if (auto one = lookup(inner)) return {*one};
  std::string rest;  // the list with "、" and "，" as ","
  for (size_t i = 0; i < inner.size();) {
    bool wide = inner.compare(i, 3, "、") == 0 || inner.compare(i, 3, "，") == 0;
    rest += wide ? ',' : inner[i];
    i += wide ? 3 : 1;
  }
  std::vector<std::string> out;
  for (const auto& part : split(rest, ',')) {
    if (auto state = lookup(part)) {
      out.push_back(*state);
      continue;
    }
    // The last two are joined by "和" / "and": "秘鲁和乌拉圭", "Uruguay and Bosnia and Herzegovina"
    // (whose second "and" is inside a name, as in "安提瓜和巴布达").
    bool joined = false;
    for (std::string_view joiner : {"和", " and "}) {
      for (size_t at = part.find(joiner); at != std::string::npos && !joined; at = part.find(joiner, at + 1)) {
        auto a = lookup(std::string_view(part).substr(0, at));
        auto b = lookup(std::string_view(part).substr(at + joiner.size()));
        if (a && b) out.insert(out.end(), {*a, *b}), joined = true;
      }
    }
    if (!joined) return {};
  }
  return out.size() > 1 ? out : std::vector<std::string>{};
}

}  // namespace

std::vector<std::string> recommending_states(std::string_view text) {
  std::string t(text);
  while (!t.empty() && (t.back() == ';' || t.back() == '.' || t.back() == ' ')) t.pop_back();
  for (const char* end : {"；", "。"})
    if (t.size() >= 3 && t.compare(t.size() - 3, 3, end) == 0) t.resize(t.size() - 3);
  std::vector<std::string> found;
  while (!t.empty()) {
    char32_t last = utf8::last_char(t);
    if (last != ')' && last != U'）') break;
    size_t ascii = t.rfind('('), wide = t.rfind("（");
    if (ascii == std::string::npos && wide == std::string::npos) break;
    size_t open = ascii == std::string::npos ? wide : wide == std::string::npos ? ascii : std::max(ascii, wide);
    size_t inner_begin = t[open] == '(' ? open + 1 : open + 3;
    size_t inner_end = last == ')' ? t.size() - 1 : t.size() - 3;
    auto states = states_in(t.substr(inner_begin, inner_end - inner_begin));
    if (states.empty()) break;
    found.insert(found.begin(), states.begin(), states.end());
    t = std::string(utf8::trim(t.substr(0, open)));
  }
  return found;
}

}  // namespace rightstrack::parse
