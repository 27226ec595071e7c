#include "report/scorecard.h"

#include <nlohmann/json.hpp>

#include "core/utf8.h"

namespace rightstrack::report {
namespace {

const std::vector<std::string> kStatuses = {"not_started", "in_progress",     "partially_implemented",
                                            "implemented", "not_implemented", "withdrawn"};
const std::map<std::string, std::string> kColours = {{"not_started", "#9e9e9e"},           {"in_progress", "#42a5f5"},
                                                     {"partially_implemented", "#ffb300"}, {"implemented", "#43a047"},
                                                     {"not_implemented", "#e53935"},       {"withdrawn", "#6d4c41"}};

std::string html_escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

std::string md_cell(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '|')
      out += "\\|";
    else if (c == '\n')
      out += ' ';
    else
      out.push_back(c);
  }
  return out;
}

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  return out + "\"";
}

std::string title(const Scorecard& s) { return "Commitments of " + (s.actor.empty() ? "every actor" : s.actor); }

std::string evidence_text(const ScorecardItem& i) {
  if (!i.latest || i.latest->evidence.empty()) return "";
  std::string out;
  for (const auto& e : i.latest->evidence) out += (out.empty() ? "" : "; ") + e.kind + " " + e.ref;
  return out;
}

}  // namespace

Result<Scorecard> build_scorecard(Repository& repo, const std::string& actor) {
  auto list = repo.list_commitments({actor, "", "", 0});
  if (!list.ok()) return list.status();
  auto docs = repo.list_documents();
  if (!docs.ok()) return docs.status();
  std::map<int64_t, std::string> names;
  for (const auto& d : docs.value()) names[d.id] = d.symbol.empty() ? d.file_name : d.symbol;
  Scorecard s;
  s.actor = actor;
  for (auto& c : list.value()) {
    ++s.by_status[c.status];
    ++s.by_kind[c.kind];
    ++s.by_level[c.action_level];
    ScorecardItem item{c, names[c.document_id], std::nullopt};
    auto history = repo.status_history(c.id);
    if (!history.ok()) return history.status();
    if (!history->empty()) item.latest = history->back();
    s.items.push_back(std::move(item));
  }
  return s;
}

std::string to_markdown(const Scorecard& s) {
  std::string out = "# " + title(s) + "\n\n" + std::to_string(s.items.size()) + " commitments.\n\n";
  out += "| status | count |\n|---|---|\n";
  for (const auto& st : kStatuses)
    if (s.by_status.count(st)) out += "| " + st + " | " + std::to_string(s.by_status.at(st)) + " |\n";
  out += "\n| kind | count |\n|---|---|\n";
  for (const auto& [k, n] : s.by_kind) out += "| " + k + " | " + std::to_string(n) + " |\n";
  out += "\n| action level | count |\n|---|---|\n";
  for (const auto& [l, n] : s.by_level) out += "| " + std::to_string(l) + " | " + std::to_string(n) + " |\n";
  out += "\n| id | kind | actor | document | status | level | commitment | latest change | evidence |\n";
  out += "|---|---|---|---|---|---|---|---|---|\n";
  for (const auto& i : s.items) {
    const auto& c = i.commitment;
    out += "| " + c.id + " | " + c.kind + " | " + md_cell(c.actor) + " | " + md_cell(i.document) + " " +
           c.provision_id + " | " + c.status + " | " + std::to_string(c.action_level) + " | " +
           md_cell(utf8::prefix(c.text, 200)) + " | " +
           (i.latest ? md_cell(i.latest->at + " " + i.latest->who + ": " + i.latest->note) : "") + " | " +
           md_cell(evidence_text(i)) + " |\n";
  }
  return out;
}

std::string to_html(const Scorecard& s) {
  // A bar per status, widths proportional to the counts: no script, no external resource.
  size_t total = std::max<size_t>(1, s.items.size());
  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"" +
                    std::to_string(30 * kStatuses.size() + 10) +
                    "\" role=\"img\" aria-label=\"commitments by status\">";
  int y = 5;
  for (const auto& st : kStatuses) {
    size_t n = s.by_status.count(st) ? s.by_status.at(st) : 0;
    size_t w = 400 * n / total;
    svg += "<text x=\"0\" y=\"" + std::to_string(y + 16) + "\" font-size=\"13\">" + st + "</text>";
    svg += "<rect x=\"180\" y=\"" + std::to_string(y + 3) + "\" width=\"" + std::to_string(w) +
           "\" height=\"18\" fill=\"" + kColours.at(st) + "\"/>";
    svg += "<text x=\"" + std::to_string(186 + w) + "\" y=\"" + std::to_string(y + 16) + "\" font-size=\"13\">" +
           std::to_string(n) + "</text>";
    y += 30;
  }
  svg += "</svg>";
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + html_escape(title(s)) +
                    "</title><style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
                    "td,th{border:1px solid #ccc;padding:4px 6px;vertical-align:top;font-size:14px}</style>"
                    "</head><body>\n<h1>" +
                    html_escape(title(s)) + "</h1>\n<p>" + std::to_string(s.items.size()) + " commitments.</p>\n" +
                    svg +
                    "\n<table><thead><tr><th>id</th><th>kind</th><th>actor</th><th>document</th><th>status</th>"
                    "<th>level</th><th>commitment</th><th>latest change</th><th>evidence</th></tr></thead><tbody>\n";
  for (const auto& i : s.items) {
    const auto& c = i.commitment;
    out += "<tr><td>" + html_escape(c.id) + "</td><td>" + html_escape(c.kind) + "</td><td>" + html_escape(c.actor) +
           "</td><td>" + html_escape(i.document + " " + c.provision_id) + "</td><td>" + html_escape(c.status) +
           "</td><td>" + std::to_string(c.action_level) + "</td><td>" + html_escape(c.text) + "</td><td>" +
           (i.latest ? html_escape(i.latest->at + " " + i.latest->who + ": " + i.latest->note) : "") + "</td><td>" +
           html_escape(evidence_text(i)) + "</td></tr>\n";
  }
  return out + "</tbody></table>\n</body></html>\n";
}

std::string to_csv(const Scorecard& s) {
  std::string out =
      "id,kind,actor,document,provision,status,action_level,due_session,text,latest_change_at,"
      "latest_change_by,evidence\r\n";
  for (const auto& i : s.items) {
    const auto& c = i.commitment;
    out += csv_field(c.id) + "," + csv_field(c.kind) + "," + csv_field(c.actor) + "," + csv_field(i.document) + "," +
           csv_field(c.provision_id) + "," + csv_field(c.status) + "," + std::to_string(c.action_level) + "," +
           (c.due_session ? std::to_string(*c.due_session) : "") + "," + csv_field(c.text) + "," +
           csv_field(i.latest ? i.latest->at : "") + "," + csv_field(i.latest ? i.latest->who : "") + "," +
           csv_field(evidence_text(i)) + "\r\n";
  }
  return out;
}

std::string to_json(const Scorecard& s) {
  nlohmann::ordered_json j;
  j["actor"] = s.actor;
  j["total"] = s.items.size();
  j["by_status"] = s.by_status;
  j["by_kind"] = s.by_kind;
  nlohmann::ordered_json levels = nlohmann::ordered_json::object();
  for (const auto& [l, n] : s.by_level) levels[std::to_string(l)] = n;
  j["by_action_level"] = levels;
  j["commitments"] = nlohmann::ordered_json::array();
  for (const auto& i : s.items) {
    nlohmann::ordered_json c = {{"id", i.commitment.id},
                                {"kind", i.commitment.kind},
                                {"actor", i.commitment.actor},
                                {"document", i.document},
                                {"provision", i.commitment.provision_id},
                                {"status", i.commitment.status},
                                {"action_level", i.commitment.action_level},
                                {"text", i.commitment.text}};
    if (i.latest)
      c["latest_change"] = {
          {"at", i.latest->at}, {"by", i.latest->who}, {"note", i.latest->note}, {"evidence", evidence_text(i)}};
    j["commitments"].push_back(c);
  }
  return j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

Result<std::string> render(const Scorecard& s, const std::string& format) {
  if (format == "md" || format == "markdown") return to_markdown(s);
  if (format == "html") return to_html(s);
  if (format == "csv") return to_csv(s);
  if (format == "json") return to_json(s);
  return Status::invalid_input("unknown report format '" + format + "'; use md, html, csv or json");
}

}  // namespace rightstrack::report
