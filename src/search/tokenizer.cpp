#include "search/tokenizer.h"

#include <unicode/uchar.h>

#include "core/utf8.h"

namespace rightstrack::search {
namespace {

enum class Class { kSeparator, kWord, kCjk };

bool is_bigram_script(char32_t c) {
  return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x2FA1F) || (c >= 0x3041 && c <= 0x30FF && c != 0x30FB) || (c >= 0xAC00 && c <= 0xD7AF);
}

// Full-width ASCII letters and digits (ＵＮ, ２０２０) are the same words as their narrow forms.
char32_t narrow(char32_t c) {
  if ((c >= 0xFF10 && c <= 0xFF19) || (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A)) return c - 0xFEE0;
  return c;
}

Class classify(char32_t c) {
  if (c < 0x80) {
    bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    return word ? Class::kWord : Class::kSeparator;
  }
  if (is_bigram_script(c)) return Class::kCjk;
  if (u_isalnum(static_cast<UChar32>(c))) return Class::kWord;
  // Combining marks (Arabic vowels, accents written apart) stay inside the word they follow.
  auto cat = u_charType(static_cast<UChar32>(c));
  if (cat == U_NON_SPACING_MARK || cat == U_COMBINING_SPACING_MARK) return Class::kWord;
  return Class::kSeparator;
}

void fold_append(std::string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
    return;
  }
  utf8::append(out, static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT)));
}

bool ends_with(const std::string& w, std::string_view suffix) {
  return w.size() >= suffix.size() && w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool has_vowel(std::string_view s) { return s.find_first_of("aeiouy") != std::string_view::npos; }

bool is_ascii_lower_word(const std::string& w) {
  for (char c : w)
    if (c < 'a' || c > 'z') return false;
  return true;
}

}  // namespace

// A light English stemmer in the spirit of Porter's step 1 with a final -e dropped, so the
// forms of one word meet: rights/right, countries/country, ratified/ratifying/ratify,
// decide/decided/deciding → decid. Stems are index keys, never shown.
std::string stem_english(std::string w) {
  if (w.size() < 4 || !is_ascii_lower_word(w)) return w;
  if (ends_with(w, "sses")) {
    w.resize(w.size() - 2);
  } else if (ends_with(w, "ies") && w.size() > 4) {
    w.replace(w.size() - 3, 3, "y");
  } else if (!ends_with(w, "ss") && !ends_with(w, "us") && !ends_with(w, "is") && ends_with(w, "s")) {
    w.pop_back();
  }
  bool cut = false;
  if (ends_with(w, "ied") && w.size() > 4) {
    w.replace(w.size() - 3, 3, "y");
  } else if (ends_with(w, "ed") && w.size() >= 5 && has_vowel(std::string_view(w).substr(0, w.size() - 2))) {
    w.resize(w.size() - 2);
    cut = true;
  } else if (ends_with(w, "ing") && w.size() >= 6 && has_vowel(std::string_view(w).substr(0, w.size() - 3))) {
    w.resize(w.size() - 3);
    cut = true;
  }
  if (cut && w.size() >= 3) {
    char a = w[w.size() - 1], b = w[w.size() - 2];
    if (a == b && a != 'l' && a != 's' && a != 'z' && !has_vowel(std::string_view(&a, 1))) w.pop_back();
  }
  if (w.size() > 4 && w.back() == 'e') w.pop_back();
  return w;
}

void tokenize(std::string_view text, void* context, TokenSink sink, TokenizeOptions options) {
  std::string word;
  size_t word_begin = 0, word_end = 0;
  // The previous character of a CJK run, for bigrams.
  size_t cjk_prev_begin = 0, cjk_run = 0;
  auto flush_word = [&]() -> bool {
    if (word.empty()) return true;
    bool go = options.stem ? sink(context, stem_english(word), word_begin, word_end)
                           : sink(context, word, word_begin, word_end);
    word.clear();
    return go;
  };
  auto flush_cjk = [&]() -> bool {
    bool go = true;
    if (cjk_run == 1) {  // a lone character: its unigram
      size_t end = cjk_prev_begin;
      utf8::next(text, end);
      go = sink(context, text.substr(cjk_prev_begin, end - cjk_prev_begin), cjk_prev_begin, end);
    }
    cjk_run = 0;
    return go;
  };
  size_t i = 0;
  while (i < text.size()) {
    size_t begin = i;
    // ASCII (most of an English text, the spaces and digits of a Chinese one) needs no decoding.
    char32_t c =
        static_cast<unsigned char>(text[i]) < 0x80 ? static_cast<char32_t>(text[i++]) : narrow(utf8::next(text, i));
    Class cls = classify(c);
    if (cls != Class::kWord && !flush_word()) return;
    if (cls != Class::kCjk && cjk_run && !flush_cjk()) return;
    if (cls == Class::kWord) {
      if (word.empty()) word_begin = begin;
      fold_append(word, c);
      word_end = i;
    } else if (cls == Class::kCjk) {
      if (cjk_run && !sink(context, text.substr(cjk_prev_begin, i - cjk_prev_begin), cjk_prev_begin, i)) return;
      ++cjk_run;
      cjk_prev_begin = begin;
    }
  }
  if (flush_word()) flush_cjk();
}

std::vector<Token> tokenize(std::string_view text, TokenizeOptions options) {
  std::vector<Token> out;
  tokenize(
      text, &out,
      [](void* ctx, std::string_view token, size_t begin, size_t end) {
        static_cast<std::vector<Token>*>(ctx)->push_back({std::string(token), begin, end});
        return true;
      },
      options);
  return out;
}

}  // namespace rightstrack::search
