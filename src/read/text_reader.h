// Reads a plain-text document (UTF-8 with or without BOM, UTF-16LE/BE with BOM; LF, CRLF or CR
// line ends) into the lines the parser takes. Bad input is refused with the file and byte offset.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace rightstrack {

struct ReadOptions {
  size_t max_bytes = 64u << 20;  // files larger than this are refused, not truncated
};

struct SourceText {
  std::string path;
  std::string sha256;           // of the file's bytes, as they are on disk
  std::string encoding;         // "utf-8", "utf-8-bom", "utf-16le", "utf-16be"
  std::string format = "text";  // text, pdf, docx, html (read/document_reader.h)
  size_t pages = 0;             // of a PDF
  size_t size_bytes = 0;
  std::vector<std::string> lines;  // UTF-8, without line ends
};

Result<SourceText> read_text_file(const std::string& path, const ReadOptions& options = {});
// A file's bytes, refused when larger than options.max_bytes (before reading it).
Result<std::string> read_file_bytes(const std::string& path, const ReadOptions& options = {});
// The same checks on bytes already in memory; `name` is used in error messages.
Result<SourceText> decode_text(std::string_view bytes, const std::string& name, const ReadOptions& options = {});

}  // namespace rightstrack
