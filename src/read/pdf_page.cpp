#include "read/pdf_page.h"

#include <poppler-page.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "core/utf8.h"

namespace rightstrack {
namespace {

bool opens_with_marker(const std::string& text) {
  std::string_view t = utf8::trim(text);
  if (t.empty()) return false;
  if (t[0] == '*' || (t[0] >= '0' && t[0] <= '9')) return true;
  size_t i = 0;
  char32_t c = utf8::next(t, i);
  return c == U'¹' || c == U'²' || c == U'³' || (c >= U'⁰' && c <= U'⁹');
}

struct Line {
  std::string text;
  double left = 0, top = 0, bottom = 0, size = 0;  // size: the largest font on the line
};

struct Word {
  std::string text;
  double left, top, right, bottom, size;
  bool space_after;
  double mid() const { return (top + bottom) / 2; }
};

std::vector<Word> page_words(const poppler::page& p) {
  std::vector<Word> out;
  for (const auto& box : p.text_list(poppler::page::text_list_include_font)) {
    auto bytes = box.text().to_utf8();
    poppler::rectf r = box.bbox();
    out.push_back({std::string(bytes.begin(), bytes.end()), r.left(), r.top(), r.right(), r.bottom(),
                   box.get_font_size(), box.has_space_after()});
  }
  return out;
}

// Whether a word is written right to left (Hebrew, Arabic and their presentation forms).
bool right_to_left(std::string_view word) {
  size_t i = 0;
  while (i < word.size()) {
    char32_t c = utf8::next(word, i);
    if ((c >= 0x0590 && c <= 0x08FF) || (c >= 0xFB1D && c <= 0xFEFC)) return true;
    if (utf8::is_latin_letter(c) || utf8::is_han(c)) return false;
  }
  return false;
}

// Adds a word to its line. Words set apart by a tab or by spacing, not by a space character
// ("120.1   Ratify"), are still two words; a wide gap keeps its width in spaces (about half a
// line's height each), as in a text file laid out in columns ("United Nations          A/77/80"):
// the parser splits there.
void append(Line& l, const Word& w, const Word* before) {
  if (l.text.empty()) {
    l = {w.text, w.left, w.top, w.bottom, w.size};
    return;
  }
  // Right to left (Arabic): the next word stands to the left of the one before.
  double gap = w.left >= before->left ? w.left - before->right : before->left - w.right, em = w.bottom - w.top;
  // Chinese has no spaces between words: justified lines widen the gaps between characters, which
  // are still no word break (a gap of a whole character is: a cell or a tab).
  bool cjk = utf8::is_han(utf8::last_char(l.text)) && !w.text.empty() && [&] {
    size_t i = 0;
    return utf8::is_han(utf8::next(w.text, i));
  }();
  bool apart = cjk ? gap > 1.0 * em : before->space_after || gap > 0.25 * em;
  size_t spaces = gap > 2 * em ? static_cast<size_t>(gap / (0.5 * em)) : apart ? 1 : 0;
  l.text += std::string(std::min<size_t>(spaces, 80), ' ') + w.text;
  l.top = std::min(l.top, w.top);
  l.bottom = std::max(l.bottom, w.bottom);
  l.size = std::max(l.size, w.size);
}

// Lines in poppler's reading order, which follows columns. A word belongs to the line before when
// its middle is within that line's height, unless it goes back to the left of the word before and
// lies below it: a cell's next line beside a taller cell ("Distr.: General", then "3 April 2018",
// beside "General Assembly" in 20 pt).
std::vector<Line> lines_in_flow(const std::vector<Word>& words) {
  std::vector<Line> lines;
  for (size_t i = 0; i < words.size(); ++i) {
    const Word& w = words[i];
    const Word* before = i > 0 ? &words[i - 1] : nullptr;
    bool back_and_below = before && w.left < before->right - 0.5 * (w.bottom - w.top) && w.mid() > before->bottom;
    if (lines.empty() || w.mid() < lines.back().top || w.mid() > lines.back().bottom || back_and_below)
      lines.emplace_back();
    append(lines.back(), w, before);
  }
  return lines;
}

// Lines by position, top to bottom and left to right, for a page of one column: poppler's flows
// can take a column of paragraph numbers ("1.", "2.") apart from the text they number. A word
// joins a row whose height holds its middle and none of whose words it overlaps.
std::vector<Line> lines_by_position(std::vector<Word> words) {
  std::stable_sort(words.begin(), words.end(), [](const Word& a, const Word& b) { return a.mid() < b.mid(); });
  struct Row {
    double top, bottom;
    std::vector<const Word*> words;
  };
  std::vector<Row> rows;
  for (const auto& w : words) {
    Row* home = nullptr;
    for (size_t k = rows.size(); k > 0 && k + 4 > rows.size() && !home; --k) {
      Row& r = rows[k - 1];
      bool overlaps = false;
      for (const Word* o : r.words) overlaps |= w.left < o->right && o->left < w.right;
      if (w.mid() >= r.top && w.mid() <= r.bottom && !overlaps) home = &r;
    }
    if (!home) home = &rows.emplace_back(Row{w.top, w.bottom, {}});
    home->words.push_back(&w);
    home->top = std::min(home->top, w.top);
    home->bottom = std::max(home->bottom, w.bottom);
  }
  std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.top < b.top; });
  std::vector<Line> lines;
  for (auto& r : rows) {
    // A row of Arabic is read from the right.
    size_t rtl = 0;
    for (const Word* w : r.words) rtl += right_to_left(w->text);
    bool from_right = rtl * 2 > r.words.size();
    std::stable_sort(r.words.begin(), r.words.end(), [&](const Word* a, const Word* b) {
      return from_right ? a->right > b->right : a->left < b->left;
    });
    Line l;
    for (size_t i = 0; i < r.words.size(); ++i) append(l, *r.words[i], i > 0 ? r.words[i - 1] : nullptr);
    lines.push_back(std::move(l));
  }
  return lines;
}

// Whether the page is set in columns: a strip down the middle of the text that few lines cross,
// with text on both sides of it.
bool has_gutter(const std::vector<Word>& words) {
  if (words.size() < 20) return false;
  double lo = words[0].left, hi = words[0].right;
  for (const auto& w : words) lo = std::min(lo, w.left), hi = std::max(hi, w.right);
  const size_t bins = 100;
  std::vector<size_t> cover(bins, 0);
  double step = (hi - lo) / bins;
  if (step <= 0) return false;
  for (const auto& w : words)
    for (size_t b = static_cast<size_t>((w.left - lo) / step); b < bins && lo + b * step < w.right; ++b) ++cover[b];
  size_t most = *std::max_element(cover.begin(), cover.end());
  for (size_t b = 25; b < 75; ++b) {
    bool strip = true;
    for (size_t k = b; k < b + 3; ++k) strip = strip && cover[k] * 50 <= most;
    if (!strip) continue;
    size_t left = *std::max_element(cover.begin(), cover.begin() + static_cast<long>(b));
    size_t right = *std::max_element(cover.begin() + static_cast<long>(b) + 3, cover.end());
    if (left * 3 >= most && right * 3 >= most) return true;
  }
  return false;
}

// The left margins of the body text: the leftmost edge that several lines in the body's type
// share (on a page of one-line paragraphs most lines start at the indent, not the margin; the
// masthead and the job number in other sizes may stand further left), and a second column's when
// one starts far to its right on many lines.
std::vector<double> margins(const std::vector<Line>& lines, double body) {
  std::map<long, size_t> at;  // left edges to the nearest 2 pt, left to right
  size_t in_body = 0;
  for (const auto& l : lines)
    if (std::abs(l.size - body) < 0.5) ++at[std::lround(l.left / 2)], ++in_body;
  size_t most = 0;
  for (const auto& [x, n] : at) most = std::max(most, n);
  std::vector<double> out;
  for (const auto& [x, n] : at)
    if (n >= std::max<size_t>(2, in_body / 10) || n == most) {
      out.push_back(2.0 * static_cast<double>(x));
      break;
    }
  if (out.empty()) return out;
  for (const auto& [x, n] : at)
    if (n * 4 >= most && n >= 3 && 2.0 * static_cast<double>(x) > out[0] + 150) {
      out.push_back(2.0 * static_cast<double>(x));
      break;
    }
  return out;
}

// A first line set in from the margin keeps its indent as spaces (half the body size each), as
// the UN's text versions have it: the parser takes an indented line after a clause's end as a new
// paragraph, which is how UN documents mark them (with 6 pt between paragraphs, not a blank line).
void indent_lines(std::vector<Line>& lines, double body) {
  auto ms = margins(lines, body);
  if (ms.empty() || body <= 0) return;
  for (auto& l : lines) {
    double margin = ms[0];
    for (double m : ms)
      if (m <= l.left + 2) margin = std::max(margin, m);
    long spaces = std::lround((l.left - margin) / (0.5 * body));
    if (spaces >= 1) l.text.insert(0, std::string(static_cast<size_t>(std::min(spaces, 80L)), ' '));
  }
}

// Footnotes: the page's last lines in a smaller type than its body (UN documents: 9 pt under
// 10 pt), the first opening with a marker ("1", "*", "¹") and not a page number or bar code.
size_t first_note(const std::vector<Line>& lines, double body) {
  size_t notes = lines.size();
  // The page number under them may be set in the body's size.
  while (notes > 0 && ((lines[notes - 1].size > 0 && lines[notes - 1].size < 0.95 * body) ||
                       is_page_number(std::string(utf8::trim(lines[notes - 1].text)))))
    --notes;
  while (notes < lines.size() && !(opens_with_marker(lines[notes].text) && !is_page_number(lines[notes].text) &&
                                   lines[notes].text.find_first_not_of("*0123456789 ") != std::string::npos))
    ++notes;
  return notes;
}

// A page mostly in Arabic: poppler's word list gives each word's letters in the order they are
// drawn (left to right); its page text puts them in reading order, with direction marks around
// runs, which go.
std::vector<std::string> right_to_left_lines(const poppler::page& p) {
  auto bytes = p.text(poppler::rectf(), poppler::page::non_raw_non_physical_layout).to_utf8();
  std::string text(bytes.begin(), bytes.end());
  std::vector<std::string> out(1);
  for (size_t i = 0; i < text.size();) {
    size_t at = i;
    char32_t c = utf8::next(text, i);
    if (c == '\n') {
      out.back() = std::string(utf8::trim(out.back()));
      out.emplace_back();
    } else if (!(c >= 0x202A && c <= 0x202E) && c != 0x200E && c != 0x200F && c != '\f') {
      out.back().append(text, at, i - at);
    }
  }
  out.back() = std::string(utf8::trim(out.back()));
  while (!out.empty() && out.back().empty()) out.pop_back();
  return out;
}

}  // namespace

std::vector<std::string> page_lines(const poppler::page& p) {
  std::vector<Word> words = page_words(p);
  size_t rtl = 0;
  for (const auto& w : words) rtl += right_to_left(w.text);
  if (rtl * 10 > words.size() * 3) return right_to_left_lines(p);
  std::vector<Line> lines = has_gutter(words) ? lines_in_flow(words) : lines_by_position(words);
  // The distance from one line's top to the next one's within a paragraph, taken low (the 5th
  // percentile): where most paragraphs are one line long, most distances are paragraph gaps.
  // Distances under half a line's height are superscripts and the like. A gap of more than 1.35
  // of it is the space between paragraphs (UN documents: 6 pt after a 12 pt line), which the
  // page's plain text does not keep: it becomes a blank line.
  std::vector<double> pitches;
  for (size_t i = 1; i < lines.size(); ++i) {
    double d = lines[i].top - lines[i - 1].top;
    if (d > 0.5 * (lines[i - 1].bottom - lines[i - 1].top)) pitches.push_back(d);
  }
  std::sort(pitches.begin(), pitches.end());
  double pitch = pitches.empty() ? 0 : pitches[pitches.size() / 20];
  std::vector<double> sizes;
  for (const auto& l : lines) sizes.push_back(l.size);
  std::sort(sizes.begin(), sizes.end());
  double body = sizes.empty() ? 0 : sizes[sizes.size() / 2];
  size_t notes = first_note(lines, body);
  indent_lines(lines, body);
  std::vector<std::string> out;
  for (size_t i = 0; i < lines.size(); ++i) {
    // The rule printed above the footnotes is a drawing, not text: it is written out as the
    // text versions of UN documents have it, a line of underscores.
    if (i == notes && i > 0)
      out.push_back("__________");
    else if (i > 0 && pitch > 0 && lines[i].top - lines[i - 1].top > 1.35 * pitch)
      out.emplace_back();
    std::string line(utf8::trim_end(lines[i].text));
    // A superscript number set against its note's first word ("1See A/HRC/22/2.").
    std::string_view t = utf8::trim(line);
    size_t lead = line.size() - t.size(), digits = t.find_first_not_of("0123456789");
    if (i >= notes && digits > 0 && digits < t.size() && t[digits] != ' ' && t[digits] != '.' && t[digits] != ')')
      line.insert(lead + digits, " ");
    out.push_back(std::move(line));
  }
  return out;
}

}  // namespace rightstrack
