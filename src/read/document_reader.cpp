#include "read/document_reader.h"

#include "core/sha256.h"
#include "read/docx_reader.h"
#include "read/html_reader.h"
#include "read/pdf_reader.h"

namespace rightstrack {
namespace {

Result<SourceText> from_lines(Result<std::vector<std::string>> lines, std::string_view bytes, const std::string& name,
                              const char* format) {
  if (!lines.ok()) return lines.status();
  SourceText out;
  out.path = name;
  out.sha256 = sha256_hex(bytes);
  out.encoding = "utf-8";
  out.format = format;
  out.size_bytes = bytes.size();
  out.lines = std::move(lines).value();
  return out;
}

}  // namespace

Result<SourceText> decode_document(std::string_view bytes, const std::string& name, const ReadOptions& options) {
  if (bytes.size() > options.max_bytes)
    return Status::invalid_input(name + ": file is " + std::to_string(bytes.size()) + " bytes, over the limit of " +
                                 std::to_string(options.max_bytes) + " bytes (raise it with --max-bytes)");
  if (bytes.empty()) return Status::invalid_input(name + ": file is empty");
  if (looks_like_pdf(bytes)) {
    auto pages = pdf_pages(bytes, name);
    if (!pages.ok()) return pages.status();
    auto text = from_lines(join_pages(pages.value()), bytes, name, "pdf");
    if (text.ok()) text->pages = pages->size();
    return text;
  }
  if (looks_like_zip(bytes)) return from_lines(docx_lines(bytes, name, options.max_bytes), bytes, name, "docx");
  if (looks_like_html(bytes)) return from_lines(html_lines(bytes, name), bytes, name, "html");
  auto text = decode_text(bytes, name, options);
  if (text.ok()) text->format = "text";
  return text;
}

Result<SourceText> read_document(const std::string& path, const ReadOptions& options) {
  auto bytes = read_file_bytes(path, options);
  if (!bytes.ok()) return bytes.status();
  auto text = decode_document(bytes.value(), path, options);
  if (text.ok()) text->path = path;
  return text;
}

}  // namespace rightstrack
