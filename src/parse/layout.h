// Layout repair: turns the reader's lines into blocks, one per printed paragraph. Lines broken by
// the page layout are joined (Chinese without a space, English with one, hyphenated words
// re-joined), blank lines inside a paragraph do not split it, and page furniture (URL footers,
// page numbers, GE job numbers, running headers, bar codes) is set aside.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "parse/rule_pack.h"

namespace rightstrack::parse {

struct Block {
  std::string text;  // joined and trimmed
  int line = 0;      // 1-based first line
  int last_line = 0;
  bool after_rule = false;  // follows a "_____" rule: the footnotes of a page
};

// How a header line stands: kStrict lines are always alone; kSoft lines (a sponsors list, a body's
// name) may wrap onto adjacent lines but never join across a blank line; kOpening lines (a note's
// title, "Voluntary pledges and commitments …") are soft and always begin a block.
enum class Hardness { kNone, kSoft, kOpening, kStrict };

struct Layout {
  std::vector<Block> blocks;
  std::vector<std::string> furniture;  // lines kept out of the text (URLs still carry citations)
};

// `hardness(text, line_index)` tells which lines are header lines (the caller knows them).
Layout build_layout(const std::vector<std::string>& lines, const RulePack& pack,
                    const std::function<Hardness(std::string_view, size_t)>& hardness);

// True for page furniture: a URL alone, a page number, a GE.xx-xxxxx job number, a bar code.
bool is_furniture(std::string_view trimmed);
// Appends the next piece of a paragraph the way the language writes it (no space in Chinese, a
// space in English, hyphenated words re-joined).
void join_text(std::string& a, std::string_view b, const RulePack& pack);

}  // namespace rightstrack::parse
