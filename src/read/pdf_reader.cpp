#include "read/pdf_reader.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <algorithm>
#include <map>
#include <memory>
#include <set>

#include "core/utf8.h"

namespace rightstrack {
namespace {

constexpr size_t kEdgeLines = 3;  // lines at the top and bottom of a page that may be furniture

void quiet(const std::string&, void*) {}

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

// Indices of the first / last `n` non-empty lines of a page.
std::vector<size_t> edges(const std::vector<std::string>& page) {
  std::vector<size_t> out;
  for (size_t i = 0, seen = 0; i < page.size() && seen < kEdgeLines; ++i)
    if (!page[i].empty()) out.push_back(i), ++seen;
  for (size_t i = page.size(), seen = 0; i > 0 && seen < kEdgeLines; --i)
    if (!page[i - 1].empty()) out.push_back(i - 1), ++seen;
  return out;
}

bool opens_with_marker(const std::string& text) {
  std::string_view t = utf8::trim(text);
  if (t.empty()) return false;
  if (t[0] == '*' || (t[0] >= '0' && t[0] <= '9')) return true;
  size_t i = 0;
  char32_t c = utf8::next(t, i);
  return c == U'¹' || c == U'²' || c == U'³' || (c >= U'⁰' && c <= U'⁹');
}

// The page's words in reading order (poppler's), gathered into lines; a blank line where the next
// line starts more than 1.6 usual line pitches below — the space between paragraphs, which the
// page's plain text does not keep.
std::vector<std::string> page_lines(const poppler::page& p) {
  struct Line {
    std::string text;
    double top = 0, bottom = 0, size = 0;  // size: the largest font on the line
  };
  std::vector<Line> lines;
  bool space = false;
  double right = 0;
  for (const auto& box : p.text_list(poppler::page::text_list_include_font)) {
    auto bytes = box.text().to_utf8();
    std::string word(bytes.begin(), bytes.end());
    poppler::rectf r = box.bbox();
    double mid = (r.top() + r.bottom()) / 2;
    if (lines.empty() || mid < lines.back().top || mid > lines.back().bottom) {
      lines.push_back({word, r.top(), r.bottom(), box.get_font_size()});
    } else {
      Line& l = lines.back();
      // Words set apart by a tab or by spacing, not by a space character ("120.1   Ratify"),
      // are still two words.
      // A wide gap keeps its width in spaces (about half a line's height each), as in a text file
      // laid out in columns ("United Nations          A/77/80"): the parser splits there.
      double gap = r.left() - right, em = r.bottom() - r.top();
      bool apart = space || gap > 0.25 * em;
      size_t spaces = gap > 2 * em ? static_cast<size_t>(gap / (0.5 * em)) : apart ? 1 : 0;
      l.text += std::string(std::min<size_t>(spaces, 80), ' ') + word;
      l.top = std::min(l.top, r.top());
      l.bottom = std::max(l.bottom, r.bottom());
      l.size = std::max(l.size, box.get_font_size());
    }
    space = box.has_space_after();
    right = r.right();
  }
  // The distance from one line's top to the next one's within a paragraph; a gap is more than 1.6 of it.
  // Taken low (the 20th percentile): where most paragraphs are one line long, most distances are
  // paragraph gaps. Distances under half a line's height are superscripts and the like.
  std::vector<double> pitches;
  for (size_t i = 1; i < lines.size(); ++i) {
    double d = lines[i].top - lines[i - 1].top;
    if (d > 0.5 * (lines[i - 1].bottom - lines[i - 1].top)) pitches.push_back(d);
  }
  std::sort(pitches.begin(), pitches.end());
  double pitch = pitches.empty() ? 0 : pitches[pitches.size() / 20];
  // Footnotes: the page's last lines in a smaller type than its body, the first opening with a
  // marker ("1", "*", "¹"). The rule printed above them is a drawing, not text, so it is written
  // out as the text versions of UN documents have it: a line of underscores.
  std::vector<double> sizes;
  for (const auto& l : lines) sizes.push_back(l.size);
  std::sort(sizes.begin(), sizes.end());
  double body = sizes.empty() ? 0 : sizes[sizes.size() / 2];
  size_t notes = lines.size();
  while (notes > 0 && lines[notes - 1].size > 0 && lines[notes - 1].size < 0.85 * body) --notes;
  while (notes < lines.size() && !opens_with_marker(lines[notes].text)) ++notes;
  std::vector<std::string> out;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i == notes && i > 0)
      out.push_back("__________");
    else if (i > 0 && pitch > 0 && lines[i].top - lines[i - 1].top > 1.6 * pitch)
      out.emplace_back();
    std::string line(utf8::trim(lines[i].text));
    // A superscript number set against its note's first word ("1See A/HRC/22/2.").
    size_t digits = line.find_first_not_of("0123456789");
    if (i >= notes && digits > 0 && digits < line.size() && line[digits] != ' ' && line[digits] != '.' &&
        line[digits] != ')')
      line.insert(digits, " ");
    out.push_back(std::move(line));
  }
  return out;
}

bool ends_hyphenated(const std::string& line) {
  if (line.size() < 3 || line.back() != '-') return false;
  char before = line[line.size() - 2];
  return (before >= 'a' && before <= 'z') || (before >= 'A' && before <= 'Z');
}

bool starts_lowercase(const std::string& line) { return !line.empty() && line[0] >= 'a' && line[0] <= 'z'; }

}  // namespace

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
  std::vector<std::string> out;
  for (const auto& page : pages) {
    std::set<size_t> drop;
    for (size_t i : edges(page))
      if (is_page_number(page[i]) || (pages.size() > 1 && seen[shape(page[i])] >= needed)) drop.insert(i);
    for (size_t i = 0; i < page.size(); ++i) {
      if (drop.count(i)) continue;
      const std::string& line = page[i];
      if (!out.empty() && ends_hyphenated(out.back()) && starts_lowercase(line)) {
        out.back().pop_back();
        out.back() += line;
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
