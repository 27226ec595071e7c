// ConceptMatcher: finds the taxonomy's concepts in a provision's text with one Aho–Corasick
// automaton over all patterns of both languages, then applies the overlap rules:
//  1. Patterns that begin or end with a letter of an alphabetic script (Latin, Cyrillic, Greek,
//     Arabic) or a digit match whole words only (no "Oman" inside "woman").
//  2. Longest match wins: among overlapping matches the longest is kept ("儿童权利公约" → CRC,
//     not also "儿童" → children); ties go to the leftmost. Stop phrases win like any match and
//     annotate nothing ("部际人权委员会" is not the Commission on Human Rights). One exception: a
//     group named inside a theme is kept too ("violence against women" → the theme and women).
//  3. Implications add concepts on the same span with source "implied:<from>" (CRC ⇒ children),
//     followed transitively; an SDG target implies its goal.
#pragma once

#include <string_view>
#include <unordered_map>
#include <vector>

#include "annotate/aho_corasick.h"
#include "annotate/taxonomy.h"
#include "core/provision.h"

namespace rightstrack::annotate {

class ConceptMatcher {
 public:
  static const ConceptMatcher& instance();
  explicit ConceptMatcher(const Taxonomy& taxonomy);

  // Annotations with byte spans into `text`, in text order.
  std::vector<Annotation> match(std::string_view text) const;
  size_t pattern_count() const { return automaton_.patterns(); }

 private:
  struct Entry {
    const Pattern* pattern;
    bool word_start, word_end;          // the pattern begins / ends with a letter of an alphabetic script or a digit
    bool group = false, theme = false;  // its concept's kind, for the nested-group exception
  };
  struct Implied {
    std::string to, source;  // source: "implied:<concept that implies it>"
  };
  const std::vector<Implied>& closure(const std::string& id) const;
  bool is_group_inside_theme(const AhoCorasick::Match& h, const std::vector<AhoCorasick::Match>& kept) const;

  const Taxonomy& taxonomy_;
  // Transitive implications of each concept, computed once.
  std::unordered_map<std::string, std::vector<Implied>> closures_;
  AhoCorasick automaton_;
  std::vector<Entry> entries_;
};

}  // namespace rightstrack::annotate
