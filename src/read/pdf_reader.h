// Reads a PDF's text layer with poppler-cpp page by page (read/pdf_page.h makes each page's
// lines), then removes what repeats on the pages' edges — running headers and footers, page
// numbers, the symbol that heads the pages after the first — and joins words hyphenated across
// lines. Encrypted, damaged and image-only PDFs are refused with a message that says which.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace rightstrack {

bool looks_like_pdf(std::string_view bytes);
// The text of each page, one string per line.
Result<std::vector<std::vector<std::string>>> pdf_pages(std::string_view bytes, const std::string& name);
// Running headers/footers and page numbers removed, hyphenation undone, pages joined.
std::vector<std::string> join_pages(const std::vector<std::vector<std::string>>& pages);

}  // namespace rightstrack
