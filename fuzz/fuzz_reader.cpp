// libFuzzer target: arbitrary bytes through every reader (the kind told by content, as ingest does)
// and, when they read, through the parser. Built by scripts/fuzz; FUZZ_KIND picks the reader the
// bytes are forced into (0 any, 1 PDF, 2 DOCX, 3 HTML, 4 text) so each format gets its own corpus.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "parse/parser.h"
#include "read/docx_reader.h"
#include "read/document_reader.h"
#include "read/html_reader.h"
#include "read/pdf_reader.h"

#ifndef FUZZ_KIND
#define FUZZ_KIND 0
#endif

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  rightstrack::Result<std::vector<std::string>> lines = std::vector<std::string>{};
  switch (FUZZ_KIND) {
    case 1: {
      auto pages = rightstrack::pdf_pages(bytes, "fuzz.pdf");
      if (pages.ok()) lines = rightstrack::join_pages(pages.value());
      break;
    }
    case 2:
      lines = rightstrack::docx_lines(bytes, "fuzz.docx", 8u << 20);
      break;
    case 3:
      lines = rightstrack::html_lines(bytes, "fuzz.html");
      break;
    default: {
      rightstrack::ReadOptions o;
      o.max_bytes = 8u << 20;
      auto text = FUZZ_KIND == 4 ? rightstrack::decode_text(bytes, "fuzz.txt", o)
                                 : rightstrack::decode_document(bytes, "fuzz", o);
      if (text.ok()) lines = text->lines;
    }
  }
  if (lines.ok()) rightstrack::parse::parse_document(lines.value());
  return 0;
}
