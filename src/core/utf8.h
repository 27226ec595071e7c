// UTF-8 text utilities shared by every stage: validation with byte offsets, code point iteration,
// Unicode-aware trimming and the display width used to spot lines broken by page layout.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace rightstrack::utf8 {

inline constexpr size_t kValid = static_cast<size_t>(-1);

// Offset of the first byte that is not well-formed UTF-8 (overlongs and surrogates included),
// or kValid.
size_t invalid_offset(std::string_view s);

// Decodes the code point at s[i] and advances i; malformed bytes decode as U+FFFD.
char32_t next(std::string_view s, size_t& i);
// Code point that ends just before s[i] (i > 0); moves i back to its first byte.
char32_t prev(std::string_view s, size_t& i);
void append(std::string& out, char32_t cp);

std::u32string to_u32(std::string_view s);
std::string from_u32(std::u32string_view s);

bool is_space(char32_t c);  // ASCII and Unicode spaces, NBSP, ideographic space, BOM
bool is_cjk(char32_t c);    // Han, kana, Hangul and CJK punctuation / full-width forms
bool is_han(char32_t c);
bool is_latin_letter(char32_t c);

std::string_view trim(std::string_view s);
std::string_view trim_end(std::string_view s);  // keeps the leading spaces (an indent)
std::string remove_spaces(std::string_view s);
// Runs of Unicode spaces become one ASCII space; the ends are trimmed.
std::string collapse_spaces(std::string_view s);
// Spaces between two CJK characters (or a CJK character and a digit) are dropped: PDF-to-text
// tools scatter them through Chinese text ("2022 年 6 月").
std::string squeeze_cjk_spaces(std::string_view s);

// The longest prefix of at most max_bytes that does not cut a character.
std::string_view prefix(std::string_view s, size_t max_bytes);
char32_t first_char(std::string_view s);
char32_t last_char(std::string_view s);
size_t length(std::string_view s);         // in code points
size_t display_width(std::string_view s);  // CJK counts 2 columns

}  // namespace rightstrack::utf8
