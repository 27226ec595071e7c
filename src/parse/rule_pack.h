// RulePack: the language-specific data of the parser (clause verbs, body names, section markers,
// pledge and box markers …), read from data/parse/<lang>.tsv, which is compiled into the binary.
// The parser's code is language-neutral; what differs between Chinese and English lives here.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace rightstrack::parse {

struct RulePack {
  std::string language;
  bool cjk = false;             // lines join without a space; matching ignores spaces
  std::u32string terminal;      // sentence-final punctuation
  std::u32string continuation;  // a line ending in one of these always continues
  using Pairs = std::vector<std::pair<std::string, std::string>>;
  Pairs bodies, languages, doctypes, sections, boxes, positions, verbs, vote_groups;
  struct HeaderRule {
    std::string kind;
    std::string regex;                  // ECMAScript, over match_form text
    std::vector<std::string> literals;  // the text must contain one of these for the regex to run
  };
  std::vector<HeaderRule> headers;
  // pledge_actions: how a pledge listed under "At the national level" opens ("Continue …", "继续…").
  // standalone: words that stand on a line of their own and head what follows ("Summary").
  std::vector<std::string> standalone;
  std::vector<std::string> pledge_verbs, pledge_actions, captions, credits, nonmember_notes, resolution_openings, verb_prefixes;
  std::vector<std::string> signatures;  // what ends a signature line: "(签名)", "(Signed)"
};

// The pack for "zh" or "en"; other languages fall back to the English pack.
const RulePack& rule_pack(const std::string& language);

// Lowercases ASCII letters and, for CJK packs, removes spaces: the form rule values are compared in.
std::string match_form(const RulePack& pack, std::string_view text);

}  // namespace rightstrack::parse
