// Labels that open a provision, as the UN prints them: "1.", "121.1", "(a)", "(iv)", "a)",
// "一.", "A.", "IV.", bullets (•, ●, , -) and footnote markers (*, ¹).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace rightstrack::parse {

struct Label {
  std::string text;   // as printed without its dot: "1", "(a)", "121.1", "一"; empty for bullets
  std::string style;  // num, num-sub, paren-num, paren-alpha, paren-roman, zh-num, alpha-upper, roman, bullet, footnote
  size_t length = 0;  // bytes of the block taken by the label and the spaces after it
};

// The label at the start of `text` (already trimmed), if any. A bullet followed by a label
// yields that label ("- (1) …" → "(1)").
std::optional<Label> detect_label(std::string_view text);
bool is_heading_style(const std::string& style);

}  // namespace rightstrack::parse
