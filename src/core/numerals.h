// Numbers as the UN prints them: Chinese numerals of any size (第七十六届 → 76, 一百零五 → 105),
// English ordinal and cardinal words (Seventy-sixth → 76, three → 3) and full-width digits.
#pragma once

#include <optional>
#include <string_view>

namespace rightstrack {

// Value of a run of Chinese numeral characters and/or digits ("七十六", "２１", "21").
std::optional<int> chinese_number(std::string_view s);
// Value of an English ordinal ("seventy-sixth", "21st") or cardinal ("three", "twenty one").
std::optional<int> english_number(std::string_view s);
bool is_chinese_numeral_char(char32_t c);

}  // namespace rightstrack
