#include <nlohmann/json.hpp>

#include "core/utf8.h"
#include "report/scorecard.h"

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

const std::string& title(const Scorecard& s) { return s.title; }

// The most frequent concepts, most first (ties by name): what the charts and tables show.
std::vector<std::pair<std::string, size_t>> top_concepts(const Scorecard& s, size_t n) {
  std::vector<std::pair<std::string, size_t>> v(s.by_concept.begin(), s.by_concept.end());
  std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  if (v.size() > n) v.resize(n);
  return v;
}

std::string join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& x : v) out += (out.empty() ? "" : " ") + x;
  return out;
}

// A horizontal bar chart, widths proportional to the counts: no script, no external resource.
std::string svg_bars(const std::string& label, const std::vector<std::pair<std::string, size_t>>& bars,
                     const std::map<std::string, std::string>& colours) {
  size_t top = 1;
  for (const auto& [_, n] : bars) top = std::max(top, n);
  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"" +
                    std::to_string(30 * bars.size() + 10) + "\" role=\"img\" aria-label=\"" + html_escape(label) +
                    "\">";
  int y = 5;
  for (const auto& [name, n] : bars) {
    size_t w = 400 * n / top;
    auto colour = colours.find(name);
    svg += "<text x=\"0\" y=\"" + std::to_string(y + 16) + "\" font-size=\"13\">" + html_escape(name) + "</text>";
    svg += "<rect x=\"180\" y=\"" + std::to_string(y + 3) + "\" width=\"" + std::to_string(w) +
           "\" height=\"18\" fill=\"" + (colour == colours.end() ? "#5c6bc0" : colour->second) + "\"/>";
    svg += "<text x=\"" + std::to_string(186 + w) + "\" y=\"" + std::to_string(y + 16) + "\" font-size=\"13\">" +
           std::to_string(n) + "</text>";
    y += 30;
  }
  return svg + "</svg>";
}

std::string evidence_text(const ScorecardItem& i) {
  if (!i.latest || i.latest->evidence.empty()) return "";
  std::string out;
  for (const auto& e : i.latest->evidence) out += (out.empty() ? "" : "; ") + e.kind + " " + e.ref;
  return out;
}

}  // namespace

std::string to_markdown(const Scorecard& s) {
  std::string out = "# " + title(s) + "\n\n" + std::to_string(s.items.size()) + " commitments.\n\n";
  out += "| status | count |\n|---|---|\n";
  for (const auto& st : kStatuses)
    if (s.by_status.count(st)) out += "| " + st + " | " + std::to_string(s.by_status.at(st)) + " |\n";
  out += "\n| kind | count |\n|---|---|\n";
  for (const auto& [k, n] : s.by_kind) out += "| " + k + " | " + std::to_string(n) + " |\n";
  out += "\n| action level | count |\n|---|---|\n";
  for (const auto& [l, n] : s.by_level) out += "| " + std::to_string(l) + " | " + std::to_string(n) + " |\n";
  out += "\n| concept | count |\n|---|---|\n";
  for (const auto& [k, n] : top_concepts(s, 15)) out += "| " + md_cell(k) + " | " + std::to_string(n) + " |\n";
  out += "\n" + std::to_string(s.overdue) + " overdue on " + s.scope.today + ".\n";
  for (const auto& i : s.items)
    if (i.overdue)
      out += "- " + i.commitment.id + " due " + i.commitment.due_date + ": " +
             md_cell(utf8::prefix(i.commitment.text, 120)) + "\n";
  out += "\n| id | kind | actor | document | status | level | due | lead | commitment | latest change | evidence |\n";
  out += "|---|---|---|---|---|---|---|---|---|---|---|\n";
  for (const auto& i : s.items) {
    const auto& c = i.commitment;
    out += "| " + c.id + " | " + c.kind + " | " + md_cell(c.actor) + " | " + md_cell(i.document) + " " +
           c.provision_id + " | " + c.status + " | " + std::to_string(c.action_level) + " | " + c.due_date +
           (i.overdue ? " (overdue)" : "") + " | " + md_cell(join(i.leads)) + " | " +
           md_cell(utf8::prefix(c.text, 200)) + " | " +
           (i.latest ? md_cell(i.latest->at + " " + i.latest->who + ": " + i.latest->note) : "") + " | " +
           md_cell(evidence_text(i)) + " |\n";
  }
  return out;
}

std::string to_html(const Scorecard& s) {
  std::vector<std::pair<std::string, size_t>> statuses;
  for (const auto& st : kStatuses) statuses.push_back({st, s.by_status.count(st) ? s.by_status.at(st) : 0});
  std::string svg = "<h2>By status</h2>\n" + svg_bars("commitments by status", statuses, kColours) +
                    "\n<h2>By concept</h2>\n" + svg_bars("commitments by concept", top_concepts(s, 10), {}) + "\n<p>" +
                    std::to_string(s.overdue) + " overdue on " + s.scope.today + ".</p>";
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + html_escape(title(s)) +
      "</title><style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
      "td,th{border:1px solid #ccc;padding:4px 6px;vertical-align:top;font-size:14px}"
      ".overdue{color:#b71c1c;font-weight:bold}</style>"
      "</head><body>\n<h1>" +
      html_escape(title(s)) + "</h1>\n<p>" + std::to_string(s.items.size()) + " commitments.</p>\n" + svg +
      "\n<table><thead><tr><th>id</th><th>kind</th><th>actor</th><th>document</th><th>status</th>"
      "<th>level</th><th>due</th><th>lead</th><th>commitment</th><th>latest change</th><th>evidence</th></tr>"
      "</thead><tbody>\n";
  for (const auto& i : s.items) {
    const auto& c = i.commitment;
    out += "<tr><td>" + html_escape(c.id) + "</td><td>" + html_escape(c.kind) + "</td><td>" + html_escape(c.actor) +
           "</td><td>" + html_escape(i.document + " " + c.provision_id) + "</td><td>" + html_escape(c.status) +
           "</td><td>" + std::to_string(c.action_level) + "</td><td" + (i.overdue ? " class=\"overdue\">" : ">") +
           html_escape(c.due_date) + "</td><td>" + html_escape(join(i.leads)) + "</td><td>" + html_escape(c.text) +
           "</td><td>" + (i.latest ? html_escape(i.latest->at + " " + i.latest->who + ": " + i.latest->note) : "") +
           "</td><td>" + html_escape(evidence_text(i)) + "</td></tr>\n";
  }
  return out + "</tbody></table>\n</body></html>\n";
}

std::string to_csv(const Scorecard& s) {
  std::string out =
      "id,kind,actor,document,provision,status,action_level,due_session,due_date,overdue,lead,concepts,text,"
      "latest_change_at,latest_change_by,evidence\r\n";
  for (const auto& i : s.items) {
    const auto& c = i.commitment;
    out += csv_field(c.id) + "," + csv_field(c.kind) + "," + csv_field(c.actor) + "," + csv_field(i.document) + "," +
           csv_field(c.provision_id) + "," + csv_field(c.status) + "," + std::to_string(c.action_level) + "," +
           (c.due_session ? std::to_string(*c.due_session) : "") + "," + csv_field(c.due_date) + "," +
           (i.overdue ? "yes" : "no") + "," + csv_field(join(i.leads)) + "," + csv_field(join(i.concepts)) + "," +
           csv_field(c.text) + "," + csv_field(i.latest ? i.latest->at : "") + "," +
           csv_field(i.latest ? i.latest->who : "") + "," + csv_field(evidence_text(i)) + "\r\n";
  }
  return out;
}

std::string to_json(const Scorecard& s) {
  nlohmann::ordered_json j;
  j["title"] = s.title;
  j["scope"] = {{"actor", s.scope.actor},
                {"concept", s.scope.concept_id},
                {"document", s.scope.document},
                {"today", s.scope.today}};
  j["total"] = s.items.size();
  j["overdue"] = s.overdue;
  j["by_status"] = s.by_status;
  j["by_kind"] = s.by_kind;
  nlohmann::ordered_json levels = nlohmann::ordered_json::object();
  for (const auto& [l, n] : s.by_level) levels[std::to_string(l)] = n;
  j["by_action_level"] = levels;
  j["by_concept"] = s.by_concept;
  j["commitments"] = nlohmann::ordered_json::array();
  for (const auto& i : s.items) {
    nlohmann::ordered_json c = {{"id", i.commitment.id},
                                {"kind", i.commitment.kind},
                                {"actor", i.commitment.actor},
                                {"document", i.document},
                                {"provision", i.commitment.provision_id},
                                {"status", i.commitment.status},
                                {"action_level", i.commitment.action_level},
                                {"due_date", i.commitment.due_date},
                                {"overdue", i.overdue},
                                {"leads", i.leads},
                                {"concepts", i.concepts},
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
