// Taxonomy: the language-independent concepts rightstrack annotates — states, instruments, bodies
// and mechanisms, affected groups, human-rights themes, SDG goals and targets — with their zh/en
// labels, surface patterns, parents and implications (data/taxonomy/*.tsv, data/states.tsv).
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

namespace rightstrack::annotate {

struct Concept {
  std::string id;    // "CRC", "children", "SDG-16.3", "LUX"
  std::string kind;  // state, instrument, body, group, theme, sdg
  std::string parent;
  std::string label_en, label_zh;
  std::vector<std::string> uhri;  // OHCHR Universal Human Rights Index labels
};

struct Pattern {
  std::string text;        // as written in the data file
  std::string concept_id;  // empty for a stop phrase
  std::string language;    // "en" or "zh"
  std::string rule;        // "bodies.tsv:12": where the pattern is defined
};

class Taxonomy {
 public:
  static const Taxonomy& instance();

  const Concept* find(const std::string& id) const;
  const std::vector<Concept>& concepts() const { return concepts_; }
  const std::vector<Pattern>& patterns() const { return patterns_; }
  // Concepts implied by `id` (direct ones; callers follow chains), e.g. CRC → children.
  const std::vector<std::string>& implied(const std::string& id) const;

 private:
  Taxonomy();
  void load_concepts(std::string_view data, const std::string& file, const std::string& kind);
  void load_states(std::string_view data);
  void load_sdgs(std::string_view goals, std::string_view targets, std::string_view topics);
  void load_implications(std::string_view data);
  void load_stops(std::string_view data);
  void add_concept(Concept c);
  void add_pattern(const std::string& text, const std::string& id, const std::string& lang, const std::string& rule);

  std::vector<Concept> concepts_;
  std::unordered_map<std::string, size_t> index_;
  std::vector<Pattern> patterns_;
  std::unordered_map<std::string, std::vector<std::string>> implications_;
};

}  // namespace rightstrack::annotate
