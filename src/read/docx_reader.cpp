#include "read/docx_reader.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zip.h>

#include <map>
#include <memory>

#include "core/utf8.h"

namespace rightstrack {
namespace {

// Reads one part of the archive, refusing to expand past `budget` bytes (decremented).
Result<std::string> part(zip_t* z, const char* entry, size_t& budget, const std::string& name, bool required) {
  zip_stat_t st;
  if (zip_stat(z, entry, 0, &st) != 0) {
    if (required) return Status::invalid_input(name + ": not a Word document (no " + entry + " in the archive)");
    return std::string();
  }
  if (st.size > budget)
    return Status::invalid_input(name + ": " + entry + " expands to " + std::to_string(st.size) +
                                 " bytes, over the limit (a zip bomb?)");
  zip_file_t* f = zip_fopen(z, entry, 0);
  if (!f) return Status::invalid_input(name + ": " + entry + " cannot be read: " + zip_strerror(z));
  std::string out(static_cast<size_t>(st.size), '\0');
  zip_int64_t n = zip_fread(f, out.data(), st.size);
  zip_fclose(f);
  if (n < 0 || static_cast<zip_uint64_t>(n) != st.size)
    return Status::invalid_input(name + ": " + entry + " is damaged or truncated");
  budget -= static_cast<size_t>(st.size);
  return out;
}

// Footnote 12 is marked "¹²", as UN documents print it (the parser knows these markers).
std::string superscript(const std::string& digits) {
  static const char* kSup[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
  std::string out;
  for (char c : digits)
    if (c >= '0' && c <= '9') out += kSup[c - '0'];
  return out;
}

bool is(xmlNodePtr n, const char* local) {
  return n->type == XML_ELEMENT_NODE && xmlStrcmp(n->name, reinterpret_cast<const xmlChar*>(local)) == 0;
}

// "" when the element is missing too: optional parts of WordprocessingML are read through it.
std::string attr(xmlNodePtr n, const char* local) {
  for (xmlAttrPtr a = n ? n->properties : nullptr; a; a = a->next)
    if (xmlStrcmp(a->name, reinterpret_cast<const xmlChar*>(local)) == 0 && a->children && a->children->content)
      return reinterpret_cast<const char*>(a->children->content);
  return "";
}

xmlNodePtr child(xmlNodePtr n, const char* local) {
  for (xmlNodePtr c = n ? n->children : nullptr; c; c = c->next)
    if (is(c, local)) return c;
  return nullptr;
}

std::string roman(int n, bool upper) {
  static const std::pair<int, const char*> kDigits[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"},
                                                        {90, "xc"},  {50, "l"},   {40, "xl"}, {10, "x"},   {9, "ix"},
                                                        {5, "v"},    {4, "iv"},   {1, "i"}};
  std::string out;
  for (auto [v, s] : kDigits)
    while (n >= v) out += s, n -= v;
  if (upper)
    for (char& c : out) c = static_cast<char>(c - 'a' + 'A');
  return out;
}

std::string format_number(int n, const std::string& fmt) {
  if (fmt == "lowerLetter" || fmt == "upperLetter") {
    std::string s(static_cast<size_t>((n - 1) / 26 + 1), static_cast<char>('a' + (n - 1) % 26));
    if (fmt == "upperLetter")
      for (char& c : s) c = static_cast<char>(c - 'a' + 'A');
    return s;
  }
  if (fmt == "lowerRoman" || fmt == "upperRoman") return roman(n, fmt == "upperRoman");
  return std::to_string(n);
}

// List numbering: the format and text of each level of each list, and running counters.
class Numbering {
 public:
  void load(xmlNodePtr root) {
    std::map<std::string, std::map<int, std::pair<std::string, std::string>>> abstract;
    for (xmlNodePtr n = root ? root->children : nullptr; n; n = n->next) {
      if (is(n, "abstractNum")) {
        for (xmlNodePtr lvl = n->children; lvl; lvl = lvl->next)
          if (is(lvl, "lvl"))
            abstract[attr(n, "abstractNumId")][std::atoi(attr(lvl, "ilvl").c_str())] = {
                attr(child(lvl, "numFmt"), "val"), attr(child(lvl, "lvlText"), "val")};
      } else if (is(n, "num")) {
        levels_[attr(n, "numId")] = abstract[attr(child(n, "abstractNumId"), "val")];
      }
    }
  }
  // The label of the next paragraph of list `num` at level `ilvl` ("1.", "(a)", "•").
  std::string next(const std::string& num, int ilvl) {
    auto it = levels_.find(num);
    if (it == levels_.end()) return "";
    auto& counts = counters_[num];
    counts.resize(10, 0);
    if (ilvl < 0 || ilvl > 9) return "";
    ++counts[ilvl];
    for (int deeper = ilvl + 1; deeper < 10; ++deeper) counts[deeper] = 0;
    auto [fmt, text] = it->second[ilvl];
    if (fmt == "bullet") return "•";
    if (fmt == "none") return "";
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '%' && i + 1 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9') {
        int level = text[i + 1] - '1';
        out += format_number(std::max(1, counts[level]), it->second[level].first);
        ++i;
      } else {
        out.push_back(text[i]);
      }
    }
    return out;
  }

 private:
  std::map<std::string, std::map<int, std::pair<std::string, std::string>>> levels_;
  std::map<std::string, std::vector<int>> counters_;
};

// The space before and after paragraphs (twentieths of a point; -1 where nothing says), from the
// document defaults, a paragraph style and the styles it is based on.
struct Spacing {
  int before = -1, after = -1;
  void over(const Spacing& o) {
    if (o.before >= 0) before = o.before;
    if (o.after >= 0) after = o.after;
  }
};

Spacing spacing_of(xmlNodePtr ppr) {
  Spacing s;
  xmlNodePtr sp = child(ppr, "spacing");
  if (!sp) return s;
  if (!attr(sp, "before").empty()) s.before = std::atoi(attr(sp, "before").c_str());
  if (!attr(sp, "after").empty()) s.after = std::atoi(attr(sp, "after").c_str());
  return s;
}

class Styles {
 public:
  void load(xmlNodePtr root) {
    for (xmlNodePtr n = root ? root->children : nullptr; n; n = n->next) {
      if (is(n, "docDefaults")) defaults_ = spacing_of(child(child(n, "pPrDefault"), "pPr"));
      if (is(n, "style") && attr(n, "type") == "paragraph")
        styles_[attr(n, "styleId")] = {attr(child(n, "basedOn"), "val"), spacing_of(child(n, "pPr"))};
    }
  }
  Spacing of(const std::string& id) const {
    Spacing s = defaults_;
    std::vector<const Spacing*> chain;
    for (std::string at = id; !at.empty() && chain.size() < 20;) {
      auto it = styles_.find(at);
      if (it == styles_.end()) break;
      chain.push_back(&it->second.second);
      at = it->second.first;
    }
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) s.over(**it);
    return s;
  }

 private:
  Spacing defaults_;
  std::map<std::string, std::pair<std::string, Spacing>> styles_;  // id → (based on, spacing)
};

// A note with a mark of its own has the mark as its first text, set against the word after it
// ("*Non-member State"); the parser wants them apart.
std::string space_after_mark(std::string text) {
  size_t i = text.find_first_not_of("*0123456789");
  if (i > 0 && i < text.size() && text[i] != ' ' && text[i] != '.' && text[i] != ')') text.insert(i, " ");
  return text;
}

struct Paragraph {
  std::string text;
  Spacing spacing;
};

struct Writer {
  Numbering numbering;
  Styles styles;
  std::vector<Paragraph> paragraphs;         // the body's, in order; "" for an empty one
  std::map<std::string, std::string> marks;  // footnote id → the number printed ("" for a mark of its own)
  int numbered_notes = 0;

  // Word numbers notes in the order they are referenced, whatever their ids; a note with a mark of
  // its own ("*", customMarkFollows) has the mark as text after the reference. Endnotes ("e" before
  // their ids, which footnotes' repeat) are numbered on from the footnotes.
  std::string note_mark(xmlNodePtr ref, const std::string& kind) {
    std::string id = kind + attr(ref, "id");
    bool own = attr(ref, "customMarkFollows") == "1" || attr(ref, "customMarkFollows") == "true";
    if (!marks.count(id)) marks[id] = own ? "" : std::to_string(++numbered_notes);
    return superscript(marks[id]);
  }

  void runs(xmlNodePtr n, std::string& out) {
    for (; n; n = n->next) {
      if (is(n, "t") || is(n, "delText")) {
        if (is(n, "t"))
          for (xmlNodePtr t = n->children; t; t = t->next)
            if (t->content) out += reinterpret_cast<const char*>(t->content);
        continue;
      }
      if (is(n, "tab")) out += '\t';
      if (is(n, "br") || is(n, "cr")) out += '\n';
      if (is(n, "footnoteReference")) out += note_mark(n, "f");
      if (is(n, "endnoteReference")) out += note_mark(n, "e");
      if (is(n, "pPr") || is(n, "rPr") || is(n, "del")) continue;
      runs(n->children, out);
    }
  }

  std::string paragraph(xmlNodePtr p) {
    std::string text;
    xmlNodePtr num = child(child(p, "pPr"), "numPr");
    if (num) {
      std::string label =
          numbering.next(attr(child(num, "numId"), "val"), std::atoi(attr(child(num, "ilvl"), "val").c_str()));
      if (!label.empty()) text = label + " ";
    }
    runs(p->children, text);
    return text;
  }

  void emit(const std::string& text, Spacing spacing = {}) { paragraphs.push_back({text, spacing}); }

  Spacing spacing(xmlNodePtr p) const {
    xmlNodePtr ppr = child(p, "pPr");
    Spacing s = styles.of(attr(child(ppr, "pStyle"), "val"));
    s.over(spacing_of(ppr));
    return s;
  }

  // The lines of the body. Text saved by a word processor from plain text marks paragraphs with
  // empty ones; a document written in Word (as the UN's are) spaces them by style instead: where
  // there is space between two paragraphs (or nothing says there is none) a blank line goes
  // between them, as the text versions of UN documents have it. Lines set close together (the
  // masthead's, a heading's) stay together.
  std::vector<std::string> lines() const {
    size_t empty = 0;
    for (const auto& p : paragraphs) empty += utf8::trim(p.text).empty();
    bool by_spacing = empty * 10 < (paragraphs.size() - empty) * 3;
    std::vector<std::string> out;
    for (size_t k = 0; k < paragraphs.size(); ++k) {
      const std::string& p = paragraphs[k].text;
      size_t start = 0;
      for (size_t i = 0; i <= p.size(); ++i)
        if (i == p.size() || p[i] == '\n') {
          out.emplace_back(utf8::trim(std::string_view(p).substr(start, i - start)));
          start = i + 1;
        }
      if (!by_spacing || out.back().empty() || k + 1 == paragraphs.size()) continue;
      const Spacing &here = paragraphs[k].spacing, &next = paragraphs[k + 1].spacing;
      bool told = here.after >= 0 || next.before >= 0;
      if (!told || here.after > 0 || next.before > 0) out.emplace_back();
    }
    return out;
  }

  void body(xmlNodePtr n) {
    for (; n; n = n->next) {
      if (is(n, "p")) {
        emit(paragraph(n), spacing(n));
      } else if (is(n, "tbl")) {
        for (xmlNodePtr row = n->children; row; row = row->next) {
          if (!is(row, "tr")) continue;
          // A row of one-paragraph cells is one line, its cells set apart as a page sets them
          // ("United Nations          A/HRC/RES/21/21"); a cell of several paragraphs (the
          // masthead's "Distr.: General", date, "Original: English") gives a line to each.
          std::vector<std::vector<std::string>> cells;
          bool one_each = true;
          for (xmlNodePtr cell = row->children; cell; cell = cell->next) {
            if (!is(cell, "tc")) continue;
            auto& c = cells.emplace_back();
            for (xmlNodePtr p = cell->children; p; p = p->next)
              if (is(p, "p") && !utf8::trim(c.emplace_back(paragraph(p))).empty())
                continue;
              else if (is(p, "p"))
                c.pop_back();
            one_each = one_each && c.size() <= 1;
          }
          std::string line;
          for (const auto& c : cells)
            if (!one_each)
              for (const auto& text : c) emit(text);
            else if (!c.empty())
              line += (line.empty() ? "" : std::string(10, ' ')) + c.front();
          if (one_each) emit(line);
        }
      } else if (is(n, "sdt") || is(n, "sdtContent") || is(n, "customXml")) {
        body(n->children);
      }
    }
  }
};

using XmlDoc = std::unique_ptr<xmlDoc, void (*)(xmlDocPtr)>;

// libxml2 prints some problems (bad bytes for the declared encoding) to stderr whatever the
// parse options say; a document's faults are reported as values, not printed.
void silent(void*, const char*, ...) {}

XmlDoc parse_xml(const std::string& xml) {
  xmlSetGenericErrorFunc(nullptr, silent);
  // No network, no entity expansion from outside: a document is data, not a fetcher.
  return XmlDoc(xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "part.xml", nullptr,
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING),
                xmlFreeDoc);
}

// The notes referenced from the text, after it and below a rule, as printed: numbered ones with
// their number, one with a mark of its own has it as its first text.
void emit_notes(Writer& w, const std::string& xml, const char* element, const std::string& kind, bool& ruled) {
  if (xml.empty()) return;
  auto notes = parse_xml(xml);
  if (!notes) return;
  for (xmlNodePtr n = xmlDocGetRootElement(notes.get())->children; n; n = n->next) {
    if (!is(n, element) || std::atoi(attr(n, "id").c_str()) <= 0) continue;  // separators
    auto mark = w.marks.find(kind + attr(n, "id"));
    if (mark == w.marks.end()) continue;  // not referenced from the text
    std::string text;
    for (xmlNodePtr p = n->children; p; p = p->next)
      if (is(p, "p")) text += (text.empty() ? "" : " ") + w.paragraph(p);
    if (!ruled) w.emit("__________"), ruled = true;
    std::string note(utf8::trim(text));
    w.emit(mark->second.empty() ? space_after_mark(note) : mark->second + " " + note);
  }
}

}  // namespace

bool looks_like_zip(std::string_view bytes) { return bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4); }

Result<std::vector<std::string>> docx_lines(std::string_view bytes, const std::string& name, size_t max_expanded) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (!src) return Status::invalid_input(name + ": cannot read the archive");
  zip_t* z = zip_open_from_source(src, ZIP_RDONLY, &error);
  if (!z) {
    zip_source_free(src);
    std::string why = zip_error_strerror(&error);
    zip_error_fini(&error);
    return Status::invalid_input(name + ": a damaged or truncated zip archive (" + why + ")");
  }
  std::unique_ptr<zip_t, int (*)(zip_t*)> archive(z, zip_close);
  size_t budget = max_expanded;
  auto document = part(z, "word/document.xml", budget, name, true);
  if (!document.ok()) return document.status();
  auto numbering = part(z, "word/numbering.xml", budget, name, false);
  if (!numbering.ok()) return numbering.status();
  auto footnotes = part(z, "word/footnotes.xml", budget, name, false);
  if (!footnotes.ok()) return footnotes.status();
  auto endnotes = part(z, "word/endnotes.xml", budget, name, false);
  if (!endnotes.ok()) return endnotes.status();
  auto styles = part(z, "word/styles.xml", budget, name, false);
  if (!styles.ok()) return styles.status();
  Writer w;
  if (!styles->empty())
    if (auto st = parse_xml(styles.value())) w.styles.load(xmlDocGetRootElement(st.get()));
  if (!numbering->empty())
    if (auto n = parse_xml(numbering.value())) w.numbering.load(xmlDocGetRootElement(n.get()));
  auto doc = parse_xml(document.value());
  if (!doc) return Status::invalid_input(name + ": word/document.xml is not well-formed XML");
  w.body(child(xmlDocGetRootElement(doc.get()), "body") ? child(xmlDocGetRootElement(doc.get()), "body")->children
                                                        : nullptr);
  bool ruled = false;
  emit_notes(w, footnotes.value(), "footnote", "f", ruled);
  emit_notes(w, endnotes.value(), "endnote", "e", ruled);
  auto lines = w.lines();
  bool any = false;
  for (const auto& l : lines) any |= !l.empty();
  if (!any) return Status::invalid_input(name + ": the Word document has no text");
  return lines;
}

}  // namespace rightstrack
