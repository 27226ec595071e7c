// Header: recognises the lines of a UN document's first page and adoption block (body, session,
// agenda item, symbol, dates, note title, sponsors, meeting, vote …) and fills DocumentMeta.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/document.h"
#include "parse/layout.h"
#include "parse/rule_pack.h"

namespace rightstrack::parse {

class Header {
 public:
  explicit Header(const RulePack& pack);

  // The header kind of one line or block ("session", "agenda", …) or "" when it is body text.
  std::string classify(std::string_view text) const;
  // Whether a header line stands alone (see Hardness in layout.h).
  Hardness hardness(std::string_view text) const;

  // Fills `meta` from the blocks; returns, per block, whether it was header material that is not
  // a provision. `all_text` is the whole document (squeezed), for the term and the author.
  std::vector<bool> extract(const std::vector<Block>& blocks, const std::string& all_text, DocumentMeta& meta) const;

 private:
  struct Match {
    std::string kind;
    std::vector<std::string> groups;
  };
  Match match(std::string_view text) const;
  Match match_uncached(std::string_view text) const;
  Match masthead_pair(std::string_view text) const;
  size_t read_vote_groups(const std::vector<Block>& blocks, size_t at, std::vector<bool>& consumed,
                          Adoption& adoption) const;
  void detect_doc_type(const std::vector<Block>& blocks, const std::string& all_text, DocumentMeta& meta) const;
  void report_under_title(const std::vector<Block>& blocks, DocumentMeta& meta) const;
  void find_term(const std::string& all_text, DocumentMeta& meta) const;
  void find_title(const std::vector<Block>& blocks, std::vector<bool>& consumed, DocumentMeta& meta) const;
  void find_author(const std::vector<std::string>& note_titles, const std::string& all_text, DocumentMeta& meta) const;
  void parse_sponsors(const std::string& list, DocumentMeta& meta) const;

  const RulePack& pack_;
  // Lines are classified while the layout is built and again as blocks: most blocks of the first
  // page are single lines, so the second time is a lookup.
  mutable std::unordered_map<std::string, Match> cache_;
};

}  // namespace rightstrack::parse
