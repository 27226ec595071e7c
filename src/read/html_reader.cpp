#include "read/html_reader.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <cctype>
#include <set>

#include "core/utf8.h"

namespace rightstrack {
namespace {

const std::set<std::string> kSkipped = {"script", "style",  "noscript", "nav", "header", "footer",   "form",
                                        "button", "select", "iframe",   "svg", "head",   "template", "object"};
const std::set<std::string> kBlocks = {"p",  "div", "section", "article", "li",         "h1", "h2",   "h3",
                                       "h4", "h5",  "h6",      "tr",      "table",      "br", "pre",  "blockquote",
                                       "dt", "dd",  "ul",      "ol",      "figcaption", "hr", "main", "aside"};

struct Walker {
  std::vector<std::string> lines;
  std::string current;
  void flush() {
    std::string_view t = utf8::trim(current);
    if (!t.empty()) lines.emplace_back(t);
    current.clear();
  }
  void text(const char* s, bool keep_spaces) {
    for (; *s; ++s) {
      char c = *s;
      if (keep_spaces && c == '\n') {
        flush();
        continue;
      }
      if (!keep_spaces && (c == ' ' || c == '\n' || c == '\t' || c == '\r')) {
        if (!current.empty() && current.back() != ' ' && current.back() != '\t') current.push_back(' ');
        continue;
      }
      current.push_back(c);
    }
  }
  void walk(xmlNodePtr n, bool pre) {
    for (; n; n = n->next) {
      if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
        if (n->content) text(reinterpret_cast<const char*>(n->content), pre);
        continue;
      }
      if (n->type != XML_ELEMENT_NODE) continue;
      std::string tag = reinterpret_cast<const char*>(n->name);
      if (kSkipped.count(tag)) continue;
      bool block = kBlocks.count(tag) > 0;
      if (block) flush();
      if (tag == "td" || tag == "th") {
        if (!current.empty()) current.push_back('\t');
      }
      walk(n->children, pre || tag == "pre");
      if (block) flush();
    }
  }
};

// libxml2 prints some problems (bad bytes for the declared encoding) to stderr whatever the
// parse options say; a document's faults are reported as values, not printed.
void silent(void*, const char*, ...) {}

}  // namespace

bool looks_like_html(std::string_view bytes) {
  std::string head;
  for (char c : bytes.substr(0, 2048)) head.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  size_t start = head.rfind("\xef\xbb\xbf", 0) == 0 ? 3 : 0;
  start = head.find_first_not_of(" \t\r\n", start);
  if (start == std::string::npos || head[start] != '<') return false;
  return head.compare(start, 14, "<!doctype html") == 0 || head.find("<html") != std::string::npos ||
         head.find("<body") != std::string::npos || head.find("<head") != std::string::npos;
}

Result<std::vector<std::string>> html_lines(std::string_view bytes, const std::string& name) {
  xmlSetGenericErrorFunc(nullptr, silent);
  htmlDocPtr doc = htmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), name.c_str(), nullptr,
                                  HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER);
  if (!doc) return Status::invalid_input(name + ": not readable as HTML");
  Walker w;
  w.walk(xmlDocGetRootElement(doc), false);
  w.flush();
  xmlFreeDoc(doc);
  if (w.lines.empty()) return Status::invalid_input(name + ": the HTML page has no text");
  return w.lines;
}

}  // namespace rightstrack
