#include "read/pdf_reader.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <set>

#include "core/utf8.h"
#include "read/pdf_page.h"

namespace rightstrack {
namespace {

constexpr size_t kEdgeLines = 3;  // lines at the top and bottom of a page that may be furniture

void quiet(const std::string&, void*) {}

// Indices of the first / last `n` non-empty lines of a page.
std::vector<size_t> edges(const std::vector<std::string>& page) {
  std::vector<size_t> out;
  for (size_t i = 0, seen = 0; i < page.size() && seen < kEdgeLines; ++i)
    if (!page[i].empty()) out.push_back(i), ++seen;
  for (size_t i = page.size(), seen = 0; i > 0 && seen < kEdgeLines; --i)
    if (!page[i - 1].empty()) out.push_back(i - 1), ++seen;
  return out;
}

bool ends_hyphenated(const std::string& line) {
  if (line.size() < 3 || line.back() != '-') return false;
  char before = line[line.size() - 2];
  return (before >= 'a' && before <= 'z') || (before >= 'A' && before <= 'Z');
}

// The parts of a line set apart by three spaces or more ("United Nations          A/HRC/44/L.11").
std::vector<std::string> split_cells(std::string_view line) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && line[i] == ' ') ++i;
    size_t end = line.find("   ", i);
    if (end == std::string_view::npos) end = line.size();
    if (end > i) out.emplace_back(utf8::trim(line.substr(i, end - i)));
    i = end;
  }
  return out;
}

// A hyphen at a line's end is a word broken in two ("recog-" "nizes") or a compound that happens
// to break there ("seventy-" "seventh", "capacity-" "building"; UN documents are not hyphenated
// automatically). The document itself tells which when it has the word elsewhere on one line;
// else a compound's usual first parts keep it.
bool keeps_hyphen(const std::string& line, std::string_view next, const std::set<std::string>& words) {
  size_t start = line.find_last_of(" \t", line.size() - 2);
  std::string head = line.substr(start == std::string::npos ? 0 : start + 1);
  head.pop_back();
  std::string tail(next.substr(0, next.find_first_of(" ,.;:)")));
  auto lower = [](std::string w) {
    for (auto& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return w;
  };
  head = lower(head), tail = lower(tail);
  if (words.count(head + "-" + tail)) return true;
  if (words.count(head + tail)) return false;
  static const std::set<std::string> kFirstParts = {
      "twenty", "thirty", "forty",   "fifty",     "sixty",  "seventy",  "eighty",   "ninety",  "non",
      "self",   "well",   "follow",  "capacity",  "gender", "decision", "long",     "short",   "so",
      "co",     "multi",  "anti",    "cross",     "high",   "low",      "mid",      "post",    "pre",
      "sub",    "state",  "country", "community", "child",  "age",      "evidence", "results", "cost",
      "policy", "law",    "inter",   "intra",     "socio",  "ex",       "vice"};
  return kFirstParts.count(head) > 0;
}

bool starts_lowercase(std::string_view line) { return !line.empty() && line[0] >= 'a' && line[0] <= 'z'; }

// The document's symbol, as the first page's masthead gives it ("A/HRC/RES/21/21"): it heads the
// pages after it, in a document of two pages once only, too few to be told by repetition.
std::set<std::string> masthead_symbols(const std::vector<std::vector<std::string>>& pages) {
  std::set<std::string> symbols;
  for (size_t i = 0, seen = 0; !pages.empty() && i < pages[0].size() && seen < 12; ++i) {
    if (utf8::trim(pages[0][i]).empty()) continue;
    ++seen;
    for (const auto& cell : split_cells(pages[0][i]))
      if (cell.find('/') != std::string::npos && cell.find_first_of("0123456789") != std::string::npos &&
          cell.find(' ') == std::string::npos)
        symbols.insert(cell);
  }
  return symbols;
}

// The document's words in lower case (letters and hyphens), for keeps_hyphen to look them up.
std::set<std::string> lowercase_words(const std::vector<std::vector<std::string>>& pages) {
  std::set<std::string> words;
  for (const auto& page : pages)
    for (const auto& line : page) {
      std::string w;
      for (char c : line + " ")
        if (std::isalpha(static_cast<unsigned char>(c)) || c == '-') {
          w.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
        } else {
          if (w.size() > 2 && w.back() != '-') words.insert(w);
          w.clear();
        }
    }
  return words;
}

}  // namespace

// A line with its digits made one symbol, so "Page 3" and "Page 4" are the same furniture.
std::string shape(const std::string& line) {
  std::string out;
  for (char c : line) {
    if (c >= '0' && c <= '9') {
      if (out.empty() || out.back() != '#') out.push_back('#');
    } else if (c != ' ') {
      out.push_back(c);
    }
  }
  return out;
}

bool is_page_number(const std::string& line) {
  std::string s = shape(line);
  static const std::set<std::string> kForms = {"#",     "-#-",      "–#–",   "—#—",        "#/#", "Page#",
                                               "page#", "Page#of#", "第#页", "第#页共#页", "-#",  "p.#"};
  return kForms.count(s) > 0;
}

bool looks_like_pdf(std::string_view bytes) { return bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos; }

Result<std::vector<std::vector<std::string>>> pdf_pages(std::string_view bytes, const std::string& name) {
  poppler::set_debug_error_function(quiet, nullptr);
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) return Status::invalid_input(name + ": a PDF that cannot be read (damaged or truncated)");
  if (doc->is_locked()) return Status::invalid_input(name + ": the PDF is encrypted; a password is needed to read it");
  std::vector<std::vector<std::string>> pages;
  bool any = false;
  for (int i = 0; i < doc->pages(); ++i) {
    std::unique_ptr<poppler::page> p(doc->create_page(i));
    if (!p) {
      pages.emplace_back();
      continue;
    }
    pages.push_back(page_lines(*p));
    for (const auto& l : pages.back()) any |= !l.empty();
  }
  if (pages.empty()) return Status::invalid_input(name + ": the PDF has no pages");
  if (!any)
    return Status::invalid_input(name + ": the PDF has no text layer (" + std::to_string(pages.size()) +
                                 " page(s) of images only?); run it through OCR first");
  return pages;
}

std::vector<std::string> join_pages(const std::vector<std::vector<std::string>>& pages) {
  // A line is furniture when its shape comes back on the edge of at least half the pages (and two).
  std::map<std::string, size_t> seen;
  for (const auto& page : pages) {
    std::set<std::string> here;
    for (size_t i : edges(page)) here.insert(shape(page[i]));
    for (const auto& s : here) ++seen[s];
  }
  size_t needed = std::max<size_t>(2, (pages.size() + 1) / 2);
  std::set<std::string> symbols = masthead_symbols(pages), words = lowercase_words(pages);
  std::vector<std::string> out;
  for (const auto& page : pages) {
    std::set<size_t> drop;
    for (size_t i : edges(page))
      if (is_page_number(page[i]) || (pages.size() > 1 && seen[shape(page[i])] >= needed) ||
          (&page != &pages.front() && symbols.count(std::string(utf8::trim(page[i])))))
        drop.insert(i);
    for (size_t i = 0; i < page.size(); ++i) {
      if (drop.count(i)) continue;
      const std::string& line = page[i];
      if (!out.empty() && ends_hyphenated(out.back()) && starts_lowercase(utf8::trim(line))) {
        if (!keeps_hyphen(out.back(), utf8::trim(line), words)) out.back().pop_back();
        out.back() += utf8::trim(line);
        continue;
      }
      out.push_back(line);
    }
    // No blank line at a page break: a paragraph may run on to the next page (the parser joins
    // broken lines and splits where the text does).
  }
  while (!out.empty() && out.back().empty()) out.pop_back();
  return out;
}

}  // namespace rightstrack
