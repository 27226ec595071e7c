// Tokenizer: the words of a text as the search index and the query language both see them.
// Chinese, Japanese and Korean runs become overlapping character bigrams (a lone character
// stays a unigram), so 儿童, 人权 and 人权维护者 (a phrase of four bigrams) are found at word
// level with no dictionary; other scripts split into words, case-folded, full-width forms
// narrowed, and English words reduced to a light stem (rights → right, ratified → ratify).
// The store calls it when it writes the index, in the same transaction as the data.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace rightstrack::search {

struct Token {
  std::string text;
  size_t begin = 0, end = 0;  // bytes of the original text, always on character boundaries
};

// Called for each token; return false to stop.
using TokenSink = bool (*)(void* context, std::string_view token, size_t begin, size_t end);

struct TokenizeOptions {
  bool stem = true;  // off for prefix queries ("child*" must not become "child*" of a stem)
};

void tokenize(std::string_view text, void* context, TokenSink sink, TokenizeOptions options = {});
std::vector<Token> tokenize(std::string_view text, TokenizeOptions options = {});

// The English stem of a lowercase ASCII word (unchanged when it is not one).
std::string stem_english(std::string word);

}  // namespace rightstrack::search
