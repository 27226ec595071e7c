// The parse stage: a reader's lines → a Document (metadata and provisions) following the UN's
// conventions for Chinese and English documents. Needs no database and never fails: text it does
// not understand becomes "text" or "paragraph" provisions.
#pragma once

#include <string>
#include <vector>

#include "core/document.h"

namespace rightstrack::parse {

struct ParseOptions {
  std::string source_name;
  std::string sha256;
};

Document parse_document(const std::vector<std::string>& lines, const ParseOptions& options = {});
// "zh", "en", "fr", "es", "ru", "ar" from the script and frequent words of the text.
std::string detect_language(const std::vector<std::string>& lines);

}  // namespace rightstrack::parse
