// Reads any document rightstrack understands into the lines the parser takes, the kind told by
// the content, not the file name: PDF (pdf_reader.h), Word .docx (docx_reader.h), HTML
// (html_reader.h), else plain text (text_reader.h). Bad input is refused with the file and why.
#pragma once

#include <string>
#include <string_view>

#include "read/text_reader.h"

namespace rightstrack {

Result<SourceText> read_document(const std::string& path, const ReadOptions& options = {});
Result<SourceText> decode_document(std::string_view bytes, const std::string& name, const ReadOptions& options = {});

}  // namespace rightstrack
