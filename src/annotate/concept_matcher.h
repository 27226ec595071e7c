// ConceptMatcher: finds the taxonomy's concepts in a provision's text with one Aho–Corasick
// automaton over all patterns of both languages, then applies the overlap rules:
//  1. Latin-script patterns match whole words only (no "Oman" inside "woman").
//  2. Longest match wins: among overlapping matches the longest is kept ("儿童权利公约" → CRC,
//     not also "儿童" → children); ties go to the leftmost. Stop phrases win like any match and
//     annotate nothing ("部际人权委员会" is not the Commission on Human Rights).
//  3. Implications add concepts on the same span with source "implied:<from>" (CRC ⇒ children),
//     followed transitively; an SDG target implies its goal.
#pragma once

#include <string_view>
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
    bool word_start, word_end;  // the pattern begins / ends with an ASCII letter or digit
  };
  void add_implications(std::vector<Annotation>& out, const Annotation& a) const;

  const Taxonomy& taxonomy_;
  AhoCorasick automaton_;
  std::vector<Entry> entries_;
};

}  // namespace rightstrack::annotate
