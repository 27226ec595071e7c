#include "parse/rule_pack.h"

#include <string_view>

#include "core/split.h"
#include "core/utf8.h"

namespace rightstrack::embedded {
extern const std::string_view rules_zh;
extern const std::string_view rules_en;
}  // namespace rightstrack::embedded

namespace rightstrack::parse {
namespace {

RulePack load(std::string_view data, const std::string& language, bool cjk) {
  RulePack p;
  p.language = language;
  p.cjk = cjk;
  size_t start = 0;
  while (start < data.size()) {
    size_t nl = data.find('\n', start);
    std::string_view line = data.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
    start = nl == std::string_view::npos ? data.size() : nl + 1;
    if (line.empty() || line[0] == '#') continue;
    auto f = split(line, '\t');
    if (f.size() < 2) continue;
    const std::string& kind = f[0];
    std::string value = match_form(p, f[1]);
    std::string second = f.size() > 2 ? f[2] : std::string();
    if (kind == "terminal")
      p.terminal = utf8::to_u32(f[1]);
    else if (kind == "continuation")
      p.continuation = utf8::to_u32(f[1]);
    else if (kind == "body")
      p.bodies.emplace_back(value, second);
    else if (kind == "language")
      p.languages.emplace_back(value, second);
    else if (kind == "doctype")
      p.doctypes.emplace_back(value, second);
    else if (kind == "section")
      p.sections.emplace_back(value, second);
    else if (kind == "box")
      p.boxes.emplace_back(value, second);
    else if (kind == "recommendation_position")
      p.positions.emplace_back(value, second);
    else if (kind == "verb")
      p.verbs.emplace_back(value, second);
    else if (kind == "vote_group")
      p.vote_groups.emplace_back(value, second);
    else if (kind == "pledge_verb")
      p.pledge_verbs.push_back(value);
    else if (kind == "pledge_action")
      p.pledge_actions.push_back(value);
    else if (kind == "standalone")
      p.standalone.push_back(value);
    else if (kind == "caption")
      p.captions.push_back(value);
    else if (kind == "credit")
      p.credits.push_back(value);
    else if (kind == "signature")
      p.signatures.push_back(value);
    else if (kind == "nonmember")
      p.nonmember_notes.push_back(value);
    else if (kind == "resolution_opening")
      p.resolution_openings.push_back(value);
    else if (kind == "verb_prefix")
      p.verb_prefixes.push_back(value);
    else if (kind == "header" && f.size() > 2) {
      RulePack::HeaderRule rule{f[1], f[2], {}};
      if (f.size() > 3)
        for (const auto& lit : split(f[3], '|'))
          if (!lit.empty()) rule.literals.push_back(lit);
      p.headers.push_back(std::move(rule));
    }
  }
  return p;
}

}  // namespace

std::string match_form(const RulePack& pack, std::string_view text) {
  std::string s = pack.cjk ? utf8::remove_spaces(text) : utf8::collapse_spaces(text);
  for (auto& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

const RulePack& rule_pack(const std::string& language) {
  static const RulePack zh = load(embedded::rules_zh, "zh", true);
  static const RulePack en = load(embedded::rules_en, "en", false);
  return language == "zh" ? zh : en;
}

}  // namespace rightstrack::parse
