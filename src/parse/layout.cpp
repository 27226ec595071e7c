#include "parse/layout.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <unordered_map>

#include "core/utf8.h"
#include "parse/clause_verbs.h"
#include "parse/labels.h"
#include "parse/page_furniture.h"

namespace rightstrack::parse {
namespace {

// The last character of a line before any footnote markers set after it ("…the matter.²"): what
// tells whether the line ends a sentence.
char32_t end_char(std::string_view t) {
  size_t end = t.size();
  while (end > 0) {
    size_t at = end;
    char32_t c = utf8::prev(t, at);
    if (!(c == U'¹' || c == U'²' || c == U'³' || (c >= U'⁰' && c <= U'⁹'))) return c;
    end = at;
  }
  return 0;
}

bool is_decoration(std::string_view t) { return all_of_chars(t, U"-–—_•·●▪=~*"); }

bool is_ascii_alnum(char32_t c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

struct Line {
  std::string_view text;  // into the reader's lines, which outlive the layout
  int number = 0;
  int indent = 0;
  size_t width = 0;  // display columns
  bool blank = true;
  bool rule = false;        // "_____": footnotes follow
  bool item = false;        // opens an item (label, bullet, caption, credit, box, section)
  bool alone = false;       // a word that heads what follows on a line of its own ("Summary", "概要")
  bool after_page = false;  // page furniture (a page's footer and the next one's header) came before it
  Hardness hard = Hardness::kNone;
};

// The first page's masthead sets cells side by side ("United Nations      A/HRC/44/L.11"); a
// run of ten or more spaces separates them (a label and its text are closer).
std::vector<std::string_view> masthead_cells(std::string_view line) {
  std::vector<std::string_view> cells;
  size_t start = 0, i = 0;
  while (i < line.size()) {
    if (line[i] != ' ') {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < line.size() && line[j] == ' ') ++j;
    if (j - i >= 10 && !utf8::trim(std::string_view(line).substr(start, i - start)).empty() && j < line.size()) {
      cells.push_back(line.substr(start, i - start));
      start = j;
    }
    i = j;
  }
  cells.push_back(line.substr(start));
  return cells;
}

int indent_of(std::string_view raw) {
  int n = 0;
  for (size_t i = 0; i < raw.size();) {
    char32_t c = utf8::next(raw, i);
    if (c == '\t')
      n += 4;
    else if (utf8::is_space(c))
      ++n;
    else
      break;
  }
  return n;
}

// Lines that open something of their own: a label, a caption, a photo credit, a footnote.
bool starts_item(std::string_view t, const RulePack& pack) {
  if (t.empty()) return false;
  if (detect_label(t)) return true;
  // Captions, credits, boxes and sections open with a marker word: most lines can be ruled out by
  // their first byte.
  static const auto first_bytes = [](const RulePack& p) {
    std::array<bool, 256> b{};
    for (const auto* list : {&p.credits, &p.captions})
      for (const auto& m : *list) b[static_cast<unsigned char>(m[0])] = true;
    for (const auto& [m, kind] : p.boxes) b[static_cast<unsigned char>(m[0])] = true;
    for (const auto& [m, level] : p.sections) b[static_cast<unsigned char>(m[0])] = true;
    for (char c = 'a'; c <= 'z'; ++c)
      if (b[static_cast<unsigned char>(c)]) b[static_cast<unsigned char>(c - 'a' + 'A')] = true;
    return b;
  };
  static const std::array<bool, 256> zh = first_bytes(rule_pack("zh")), en = first_bytes(rule_pack("en"));
  if (!(pack.cjk ? zh : en)[static_cast<unsigned char>(t[0])]) return false;
  std::string f = match_form(pack, utf8::prefix(t, 40));
  for (const auto& c : pack.credits)
    if (f.rfind(c, 0) == 0) return true;
  for (const auto& c : pack.captions)
    if (f.rfind(c, 0) == 0 && f.size() > c.size() && (f[c.size()] == ':' || f.compare(c.size(), 3, "：") == 0))
      return true;
  for (const auto& [box, kind] : pack.boxes)
    if (f.rfind(box, 0) == 0 && f.size() > box.size() && (f[box.size()] == ':' || f.compare(box.size(), 3, "：") == 0))
      return true;
  // "At the national level, Luxembourg commits to:" / "在国家一级，卢森堡承诺：" open a section.
  for (const auto& [marker, level] : pack.sections)
    if (f.rfind(marker, 0) == 0 &&
        (f.size() == marker.size() || !std::isalpha(static_cast<unsigned char>(f[marker.size()]))))
      return true;
  return false;
}

// Width of a full line when the page layout wrapped the text, or 0 when it did not (one line per
// paragraph). Wrapped text shows many lines of nearly the same, maximal width.
size_t wrapped_width(const std::vector<Line>& lines) {
  std::vector<size_t> widths;
  for (const auto& l : lines)
    if (!l.blank) widths.push_back(l.width);
  if (widths.size() < 4) return 0;
  std::sort(widths.begin(), widths.end());
  size_t w = widths[widths.size() * 8 / 10];
  size_t near = 0;
  for (size_t x : widths) near += x * 100 >= w * 85 && x * 100 <= w * 110;
  return near * 10 >= widths.size() * 3 ? w : 0;
}

// Whether this document marks a new paragraph by indenting its first line: then a line at the
// margin after a full line continues the paragraph even when the full line ended a sentence.
bool indents_paragraphs(const std::vector<Line>& lines, const RulePack& pack) {
  size_t starts = 0, indented = 0;
  const Line* prev = nullptr;
  bool after_blank = false;
  for (const auto& l : lines) {
    if (l.blank) {
      after_blank = prev != nullptr;
      continue;
    }
    if (after_blank && prev && pack.terminal.find(end_char(prev->text)) != std::u32string::npos && !l.item &&
        l.hard == Hardness::kNone) {
      ++starts;
      indented += l.indent >= 1;
    }
    prev = &l;
    after_blank = false;
  }
  return starts >= 2 && indented * 10 >= starts * 7;
}

bool is_footnote(std::string_view text) {
  auto label = detect_label(text);
  return label && label->style == "footnote";
}

bool label_only(const std::string& text) {
  auto label = detect_label(text);
  return label && label->length >= text.size() && label->style != "bullet";
}

// A preambular or operative paragraph ends with a comma or semicolon; the next one opens with a
// clause verb ("Reaffirming", "重申"). Printed without a blank line between them, that is where
// one paragraph stops.
bool clause_end_at(const Line& line) {
  char32_t c = end_char(line.text);
  return c == ',' || c == ';' || c == U'，' || c == U'；';
}

bool opens_clause(std::string_view text, const RulePack& pack) {
  if (!pack.cjk && !(text[0] >= 'A' && text[0] <= 'Z')) return false;
  auto verb = opening_verb(text, pack);
  // One-character Chinese verbs (请) are too common at the start of a wrapped line to decide on.
  return !verb.printed.empty() && (!pack.cjk || utf8::length(verb.printed) >= 2);
}

bool hyphen_keeps(std::string_view word) {
  static const char* kPrefixes[] = {"non",   "self",   "co",       "anti",    "multi", "inter",  "cross",
                                    "well",  "long",   "short",    "high",    "low",   "follow", "ex",
                                    "pre",   "post",   "sub",      "counter", "semi",  "child",  "gender",
                                    "human", "rights", "decision", "policy",  "so"};
  std::string w;
  for (char c : word) w.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
  for (const char* p : kPrefixes)
    if (w == p) return true;
  return false;
}

}  // namespace

void join_text(std::string& a, std::string_view b, const RulePack& pack) {
  if (a.empty() || b.empty()) {
    a.append(b);
    return;
  }
  char32_t last = utf8::last_char(a), first = utf8::first_char(b);
  if (pack.cjk) {
    if (is_ascii_alnum(last) && is_ascii_alnum(first)) a.push_back(' ');
    a.append(b);
    return;
  }
  if (last == '-' && a.size() >= 2 && first >= 'a' && first <= 'z') {
    size_t w = a.size() - 1;
    while (w > 0 && utf8::is_latin_letter(static_cast<unsigned char>(a[w - 1]))) --w;
    std::string_view word(a.data() + w, a.size() - 1 - w);
    if (!word.empty() && !hyphen_keeps(word)) a.pop_back();  // "compre-" + "hensive"
    a.append(b);
    return;
  }
  a.push_back(' ');
  a.append(b);
}

Layout build_layout(const std::vector<std::string>& raw, const RulePack& pack,
                    const std::function<Hardness(std::string_view, size_t)>& hardness) {
  Layout out;
  std::vector<Line> lines;
  lines.reserve(raw.size());
  // Running headers: short lines that repeat three times or more (the symbol, the title on top of
  // every page) are furniture wherever they stand.
  std::unordered_map<std::string_view, int> repeats;
  for (const auto& r : raw) {
    std::string_view t = utf8::trim(r);
    if (!t.empty() && t.size() < 60) ++repeats[t];
  }
  bool rule_pending = false, page_pending = false;
  for (size_t i = 0; i < raw.size(); ++i) {
    // Views into raw[i]: the lines outlive the layout.
    std::vector<std::string_view> cells = i < 15 ? masthead_cells(raw[i]) : std::vector<std::string_view>{raw[i]};
    for (const auto& cell : cells) {
      Line l;
      l.number = static_cast<int>(i) + 1;
      l.indent = indent_of(cell);
      std::string_view t = utf8::trim(cell);
      // Running headers carry the symbol or a page reference; "承诺:" boxes repeat too but are content.
      bool repeated = !t.empty() && t.size() < 60 && repeats[t] >= 3 &&
                      t.find_first_of("/0123456789") != std::string_view::npos && !starts_item(t, pack) &&
                      !is_decoration(t);
      Hardness h = t.empty() ? Hardness::kNone : hardness(t, i);
      // "21/21" under the heading of a resolution is its number, not a page reference.
      bool header_number = i < 20 && h != Hardness::kNone;
      if ((is_furniture(t) && !header_number) || repeated) {
        out.furniture.emplace_back(t);
        page_pending = true;
        continue;  // furniture never separates the two halves of a paragraph
      }
      if (!t.empty() && t.find("___") != std::string_view::npos && all_of_chars(t, U"_")) rule_pending = true;
      if (!t.empty() && !is_decoration(t)) {
        l.text = t;
        l.item = starts_item(t, pack);
        l.alone =
            std::find(pack.standalone.begin(), pack.standalone.end(), match_form(pack, t)) != pack.standalone.end();
        l.width = utf8::display_width(t);
        l.blank = false;
        l.hard = h;
        l.rule = rule_pending;
        l.after_page = page_pending;
        rule_pending = page_pending = false;
      }
      lines.push_back(std::move(l));
    }
  }
  size_t width = wrapped_width(lines);
  const bool indent_style = indents_paragraphs(lines, pack);
  auto full = [&](const Line& l) { return width > 0 && l.width * 10 >= width * 8; };
  auto ends_with = [](std::string_view t, const std::u32string& set) {
    return set.find(end_char(t)) != std::u32string::npos;
  };

  Block cur;
  int first_indent = 0;   // of the current block's first line
  bool cur_soft = false;  // the current block holds a soft header line: it ends at a blank line
  bool open = false;
  const Line* prev = nullptr;
  int blanks = 0;
  // A footnote printed at the bottom of a page can cut a paragraph in two. While the paragraph is
  // unfinished (its last line fills the width and ends no sentence), the footnote's lines go to
  // `notes` and the paragraph continues after them; the notes follow it.
  std::vector<Block> notes;
  const Line* note_last = nullptr;
  auto flush = [&] {
    if (open) out.blocks.push_back(std::move(cur));
    for (auto& n : notes) out.blocks.push_back(std::move(n));
    notes.clear();
    note_last = nullptr;
  };
  for (const auto& l : lines) {
    if (l.blank) {
      ++blanks;
      continue;
    }
    if (note_last) {
      bool footnote_start = l.item && is_footnote(l.text);
      // A footnote ends with its sentence (they are short; a full line ending in a full stop is
      // more often the end of the note than a wrap).
      bool note_open = !ends_with(note_last->text, pack.terminal);
      if (footnote_start || (note_open && !l.item && l.hard == Hardness::kNone)) {
        if (footnote_start)
          notes.push_back(Block{std::string(l.text), l.number, l.number, false});
        else
          join_text(notes.back().text, l.text, pack), notes.back().last_line = l.number;
        note_last = &l;
        blanks = 0;
        continue;
      }
      note_last = nullptr;  // the footnote is over: the interrupted paragraph resumes (or not)
    }
    if (open && prev && l.item && is_footnote(l.text) && !ends_with(prev->text, pack.terminal) && full(*prev) &&
        prev->hard == Hardness::kNone) {
      notes.push_back(Block{std::string(l.text), l.number, l.number, false});
      note_last = &l;
      blanks = 0;
      continue;
    }
    bool join = false;
    // "1." alone on its line: the paragraph's text is on the next one.
    bool bare_label = open && prev && l.hard == Hardness::kNone && !l.item && label_only(cur.text);
    if (bare_label) {
      join = true;
    } else if (open && prev && l.hard != Hardness::kStrict && prev->hard != Hardness::kStrict && !l.rule && !l.item &&
               !l.alone && !prev->alone && !(clause_end_at(*prev) && !full(*prev) && opens_clause(l.text, pack)) &&
               l.hard != Hardness::kOpening) {
      bool terminal = ends_with(prev->text, pack.terminal);
      bool continues = ends_with(prev->text, pack.continuation);
      bool clause_end = terminal || end_char(prev->text) == ',' || end_char(prev->text) == U'，';
      // A paragraph's first line is indented; its continuation lines are not.
      bool indented = l.indent >= 2 && l.indent >= first_indent;
      bool soft = l.hard == Hardness::kSoft || l.hard == Hardness::kOpening || cur_soft;
      // A page break cuts a paragraph anywhere, even inside a word ("缔约方会 | 议通过的"): across
      // the furniture, a long line that ends no clause goes on.
      bool cut_by_page = l.after_page && !clause_end && !soft && !ends_with(prev->text, U"：:;；") &&
                         (width > 0 ? full(*prev) : utf8::length(prev->text) >= 30);
      if (cut_by_page)
        join = true;
      else if (clause_end && indented)
        join = false;
      else if (blanks == 0 || !notes.empty())
        join = continues || full(*prev) || !terminal;
      else if (indent_style && full(*prev) && l.indent == 0 && !soft)
        join = blanks <= 3;
      else if ((indent_style && l.indent > 0) ||
               (l.indent > 0 && l.indent == first_indent && cur.line == cur.last_line))
        // Where paragraphs open indented, an indented line after a blank opens one; so does a line
        // set in as far as the one line before it ("Report of the Working Group…*", then "Luxembourg").
        join = false;
      else
        // After a blank line, a clause's end and a clause verb are a paragraph break even when
        // the line before was full (a preambular paragraph that happened to fill its last line).
        join =
            !soft && blanks <= 3 && !terminal && full(*prev) && !(clause_end_at(*prev) && opens_clause(l.text, pack));
    }
    if (join) {
      join_text(cur.text, l.text, pack);
      cur.last_line = l.number;
      cur_soft = cur_soft || l.hard == Hardness::kSoft || l.hard == Hardness::kOpening;
    } else {
      flush();
      cur = Block{std::string(l.text), l.number, l.number, l.rule};
      first_indent = l.indent;
      cur_soft = l.hard == Hardness::kSoft || l.hard == Hardness::kOpening;
      open = true;
    }
    prev = &l;
    blanks = 0;
  }
  flush();
  return out;
}

}  // namespace rightstrack::parse
