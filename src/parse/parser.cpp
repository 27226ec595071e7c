#include "parse/parser.h"

#include "core/utf8.h"
#include "parse/header.h"
#include "parse/layout.h"
#include "parse/rule_pack.h"
#include "parse/structure.h"

namespace rightstrack::parse {
namespace {

// Header material stands in the first lines and in the adoption block at the end; looking for it
// only there keeps the regular expressions off the body text.
constexpr size_t kHeadLines = 60;
constexpr size_t kTailLines = 20;

bool in_header_zone(size_t index, size_t total) { return index < kHeadLines || index + kTailLines >= total; }

}  // namespace

std::string detect_language(const std::vector<std::string>& lines) {
  size_t han = 0, latin = 0, cyrillic = 0, arabic = 0, seen = 0;
  size_t en = 0, fr = 0, es = 0;
  for (const auto& line : lines) {
    if (seen > 20000) break;  // the opening pages tell the language
    seen += line.size();
    std::string word;
    for (size_t i = 0; i <= line.size();) {
      char32_t c = i < line.size() ? utf8::next(line, i) : (++i, U' ');
      if (utf8::is_han(c))
        ++han;
      else if (c >= 0x400 && c <= 0x4FF)
        ++cyrillic;
      else if (c >= 0x600 && c <= 0x6FF)
        ++arabic;
      if (utf8::is_latin_letter(c)) {
        ++latin;
        word.push_back(static_cast<char>(c < 0x80 ? (c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c) : '_'));
        continue;
      }
      if (word == "the" || word == "and" || word == "of")
        ++en;
      else if (word == "les" || word == "des" || word == "et" || word == "le")
        ++fr;
      else if (word == "los" || word == "las" || word == "del" || word == "y")
        ++es;
      word.clear();
    }
  }
  size_t top = std::max({han * 2, latin, cyrillic, arabic});
  if (top == 0) return "en";
  if (top == han * 2) return "zh";
  if (top == cyrillic) return "ru";
  if (top == arabic) return "ar";
  if (fr > en && fr >= es) return "fr";
  if (es > en && es > fr) return "es";
  return "en";
}

Document parse_document(const std::vector<std::string>& lines, const ParseOptions& options) {
  Document doc;
  doc.source_name = options.source_name;
  doc.sha256 = options.sha256;
  doc.meta.language = detect_language(lines);
  const RulePack& pack = rule_pack(doc.meta.language);
  Header header(pack);
  const size_t total = lines.size();
  Layout layout = build_layout(lines, pack, [&](std::string_view t, size_t i) {
    return in_header_zone(i, total) ? header.hardness(t) : Hardness::kNone;
  });
  std::string all_text;
  for (const auto& b : layout.blocks) all_text.append(b.text).push_back('\n');
  auto consumed = header.extract(layout.blocks, all_text, doc.meta);
  doc.provisions = build_provisions(layout.blocks, consumed, doc.meta, pack, header);
  return doc;
}

}  // namespace rightstrack::parse
