#include "annotate/text_normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <unordered_map>
#include <vector>

#include "core/utf8.h"

namespace rightstrack::annotate {
namespace {

// NFKC_Casefold of one code point, memoised per thread (no lock on the hot path): documents use a
// few thousand distinct characters.
std::string fold_uncached(char32_t cp);

const std::string& fold(char32_t cp) {
  // The Basic Multilingual Plane is indexed directly (no hashing on the hot path).
  thread_local std::vector<std::string> bmp(0x10000);
  thread_local std::vector<bool> known(0x10000, false);
  if (cp < 0x10000) {
    if (!known[cp]) {
      bmp[cp] = fold_uncached(cp);
      known[cp] = true;
    }
    return bmp[cp];
  }
  thread_local std::unordered_map<char32_t, std::string> cache;
  auto it = cache.find(cp);
  if (it != cache.end()) return it->second;
  return cache.emplace(cp, fold_uncached(cp)).first->second;
}

std::string fold_uncached(char32_t cp) {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFKCCasefoldInstance(err);
  std::string out;
  if (U_SUCCESS(err)) {
    icu::UnicodeString in(static_cast<UChar32>(cp));
    icu::UnicodeString folded = n->normalize(in, err);
    if (U_SUCCESS(err)) folded.toUTF8String(out);
  }
  if (out.empty() && !U_SUCCESS(err)) utf8::append(out, cp);
  return out;
}

bool cjk_at_end(const std::string& s) { return !s.empty() && utf8::is_cjk(utf8::last_char(s)); }

}  // namespace

NormalizedText normalize(std::string_view in) {
  NormalizedText out;
  out.text.reserve(in.size());
  out.origin.reserve(in.size() + 1);
  bool pending_space = false;
  uint32_t space_at = 0;
  for (size_t i = 0; i < in.size();) {
    auto at = static_cast<uint32_t>(i);
    auto c = static_cast<unsigned char>(in[i]);
    std::string_view piece;
    char ascii;
    if (c < 0x80) {
      ++i;
      if (c == ' ' || (c >= '\t' && c <= '\r')) {
        if (!pending_space) space_at = at;
        pending_space = true;
        continue;
      }
      ascii = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      piece = std::string_view(&ascii, 1);
    } else {
      char32_t cp = utf8::next(in, i);
      if (cp >= 0x64B && cp <= 0x652) continue;  // Arabic short vowels: written or not, the same word
      if (utf8::is_space(cp)) {
        if (!pending_space) space_at = at;
        pending_space = true;
        continue;
      }
      piece = fold(cp);
    }
    if (piece.empty()) continue;  // default-ignorable characters fold to nothing
    if (pending_space) {
      bool around_cjk = cjk_at_end(out.text) || utf8::is_cjk(utf8::first_char(piece));
      if (!out.text.empty() && !around_cjk) {
        out.text.push_back(' ');
        out.origin.push_back(space_at);
      }
      pending_space = false;
    }
    out.text.append(piece);
    out.origin.insert(out.origin.end(), piece.size(), at);
  }
  out.origin.push_back(static_cast<uint32_t>(in.size()));
  return out;
}

}  // namespace rightstrack::annotate
