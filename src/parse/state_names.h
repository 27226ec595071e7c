// StateNames: every UN member and observer state by its ISO 3166-1 alpha-3 code, with short and
// official names in Chinese and English (data/states.tsv). Finds state names in running text.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rightstrack::parse {

struct StateMention {
  std::string alpha3;
  size_t begin = 0;  // byte offsets into the searched text
  size_t end = 0;
};

class StateNames {
 public:
  static const StateNames& instance();

  // The longest state name that starts at byte `pos` of `text` (ASCII case ignored; Latin names
  // must stand as whole words).
  std::optional<StateMention> match_at(std::string_view text, size_t pos) const;
  // Left-to-right, non-overlapping, longest-first mentions.
  std::vector<StateMention> find_all(std::string_view text) const;
  // The state whose whole name (any form) is `name`, spaces and ASCII case ignored at the ends.
  std::optional<std::string> lookup(std::string_view name) const;
  std::string name(const std::string& alpha3, const std::string& language) const;
  size_t size() const { return names_.size(); }

 private:
  StateNames();
  void add(const std::string& name, const std::string& alpha3);
  void add_exclusion(const std::string& text);
  int child(int node, unsigned char byte) const;
  // A byte trie over lowercased names. The root's children are a flat table; deeper nodes have
  // few children, scanned in a short vector. alpha3 is set where a name ends.
  struct Node {
    std::vector<std::pair<unsigned char, int>> kids;
    std::string alpha3;
  };
  std::vector<Node> nodes_;
  int root_[256];
  struct Names {
    std::string alpha3, en, zh;
  };
  std::vector<Names> names_;
  std::vector<std::string> exclusions_;
};

}  // namespace rightstrack::parse
