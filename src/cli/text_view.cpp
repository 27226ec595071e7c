#include "cli/text_view.h"

#include <map>

#include "core/utf8.h"

namespace rightstrack::cli {
namespace {

// Cuts to at most `width` display columns without splitting a UTF-8 character, then pads.
std::string fit(std::string_view s, size_t width) {
  std::string out;
  size_t w = 0;
  for (size_t i = 0; i < s.size();) {
    size_t start = i;
    char32_t c = utf8::next(s, i);
    size_t cw = utf8::is_cjk(c) ? 2 : 1;
    if (w + cw > width) break;
    out.append(s.substr(start, i - start));
    w += cw;
  }
  return out + std::string(width - w, ' ');
}

}  // namespace

void print_summary_table(std::ostream& out, const std::vector<DocumentSummary>& docs) {
  out << fit("ID", 5) << " " << fit("VER", 3) << " " << fit("LANG", 4) << " " << fit("TYPE", 16) << " "
      << fit("SYMBOL", 18) << " " << fit("DATE", 10) << " " << fit("PROV", 5) << " "
      << "FILE / TITLE\n";
  for (const auto& d : docs) {
    std::string title = d.title.empty() ? d.file_name : d.file_name + "  " + d.title;
    out << fit(std::to_string(d.id), 5) << " " << fit(std::to_string(d.version), 3) << " " << fit(d.language, 4) << " "
        << fit(d.doc_type, 16) << " " << fit(d.symbol.empty() ? "-" : d.symbol, 18) << " "
        << fit(d.date.empty() ? "-" : d.date, 10) << " " << fit(std::to_string(d.provision_count), 5) << " "
        << fit(title, 70) << "\n";
  }
  out << docs.size() << " documents\n";
}

void print_document(std::ostream& out, const Document& doc) {
  const auto& m = doc.meta;
  out << "language " << m.language << ", type " << m.doc_type;
  if (!m.body.empty()) out << ", body " << m.body;
  if (m.session) out << ", session " << *m.session;
  if (!m.agenda_item.empty()) out << ", agenda item " << m.agenda_item;
  if (!m.symbol.empty()) out << ", symbol " << m.symbol;
  if (!m.date.empty()) out << ", date " << m.date;
  if (!m.author.empty()) out << ", author " << m.author;
  if (m.term) out << ", term " << m.term->first << "-" << m.term->second;
  out << "\n";
  if (!m.title.empty()) out << "title: " << m.title << "\n";
  if (!m.sponsors.empty()) {
    out << "sponsors:";
    for (const auto& s : m.sponsors) out << " " << s.state << (s.hrc_member ? "" : "*");
    out << "\n";
  }
  if (m.adoption)
    out << "adopted " << m.adoption->date
        << (m.adoption->meeting ? ", meeting " + std::to_string(*m.adoption->meeting) : "") << ", " << m.adoption->vote
        << "\n";
  std::map<std::string, int> depth;
  for (const auto& p : doc.provisions) {
    int d = p.parent.empty() ? 0 : depth[p.parent] + 1;
    depth[p.id] = d;
    out << std::string(static_cast<size_t>(d) * 2, ' ') << "[" << p.kind;
    if (!p.label.empty()) out << " " << p.label;
    if (!p.section.empty()) out << " " << p.section;
    if (!p.verb.empty()) out << " verb=" << p.verb;
    out << "] " << p.text << "\n";
  }
}

}  // namespace rightstrack::cli
