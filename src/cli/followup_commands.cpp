#include "cli/followup_commands.h"

#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "core/utf8.h"
#include "report/commitment_json.h"
#include "track/exchange.h"
#include "track/tracker.h"

namespace rightstrack::cli {

void add_followup_commands(CLI::App& app, FollowupCommands& f) {
  auto* inst = app.add_subcommand("institution", "Institutions that carry out commitments (ministries, NHRIs, NGOs)");
  inst->require_subcommand(1);
  f.institution_add = inst->add_subcommand("add", "Add an institution, or rename one");
  f.institution_add->add_option("id", f.institution.id, "Short lowercase id, e.g. lux-mfa")->required();
  f.institution_add->add_option("name", f.institution.name, "Its name")->required();
  f.institution_add->add_option("--kind", f.institution.kind, "government, nhri, ngo, un, parliament, judiciary, other")
      ->required();
  f.institution_add->add_option("--state", f.institution.state, "Its State (ISO alpha-3), e.g. LUX");
  f.institution_add->add_option("--as", f.who, "Who makes the change")->required();
  f.institution_list = inst->add_subcommand("list", "List the institutions");

  f.assign = app.add_subcommand("assign", "Make an institution lead or contributing on a commitment");
  f.assign->add_option("id", f.id, "Commitment id (C-…)")->required();
  f.assign->add_option("institution", f.other, "Institution id")->required();
  f.assign->add_flag("--lead", f.lead, "As the lead institution (default: contributing)");
  f.assign->add_flag("--remove", f.remove, "Take the institution off the commitment");
  f.assign->add_option("--as", f.who, "Who makes the change")->required();
  f.assign->add_option("--expect-version", f.expected_version, "Refuse if the commitment is no longer at this version");

  auto* ind = app.add_subcommand("indicator", "Indicators that measure a commitment's progress");
  ind->require_subcommand(1);
  f.indicator_add = ind->add_subcommand("add", "Add an indicator to a commitment");
  f.indicator_add->add_option("id", f.id, "Commitment id (C-…)")->required();
  f.indicator_add->add_option("name", f.indicator.name, "What is measured")->required();
  f.indicator_add->add_option("--unit", f.indicator.unit, "Its unit: %, cases, instruments …")->required();
  f.indicator_add->add_option("--baseline", f.baseline, "Value at the start");
  f.indicator_add->add_option("--baseline-date", f.indicator.baseline_date, "Date of the baseline (YYYY-MM-DD)");
  f.indicator_add->add_option("--target", f.target, "Value to reach");
  f.indicator_add->add_option("--target-date", f.indicator.target_date, "When to reach it (YYYY-MM-DD)");
  f.indicator_add->add_option("--as", f.who, "Who makes the change")->required();
  f.indicator_add->add_option("--expect-version", f.expected_version, "Refuse if the commitment changed meanwhile");
  f.indicator_set = ind->add_subcommand("set", "Record an indicator's value on a date");
  f.indicator_set->add_option("indicator", f.indicator.id, "Indicator number (see indicator list)")->required();
  f.indicator_set->add_option("date", f.date, "YYYY-MM-DD")->required();
  f.indicator_set->add_option("value", f.value, "The value")->required();
  f.indicator_set->add_option("--note", f.note, "Source or remark");
  f.indicator_set->add_option("--as", f.who, "Who records it")->required();
  f.indicator_list = ind->add_subcommand("list", "Indicators with their values");
  f.indicator_list->add_option("id", f.id, "Only this commitment's");

  f.suggestions = app.add_subcommand("suggestions", "Evidence suggested by later documents: list, accept, reject");
  f.suggestions->add_option("--state", f.state, "suggested (default), accepted, rejected, or all");
  f.suggestions->add_option("--commitment", f.id, "Only this commitment's");
  f.suggestions->add_flag("--json", f.json, "Print JSON");
  f.accept = f.suggestions->add_subcommand("accept", "Accept a suggestion (optionally setting a status with it)");
  f.reject = f.suggestions->add_subcommand("reject", "Reject a suggestion");
  for (auto* cmd : {f.accept, f.reject}) {
    cmd->add_option("number", f.indicator.id, "Suggestion number")->required();
    cmd->add_option("--as", f.who, "Who decides")->required();
  }
  f.accept->add_option("--status", f.status, "Also set the commitment's status, the provision as evidence");
  f.accept->add_option("--note", f.note, "Note for the status change");

  f.due_date = app.add_subcommand("due-date", "Set a commitment's due date by hand (kept by re-ingest)");
  f.due_date->add_option("id", f.id, "Commitment id (C-…)")->required();
  f.due_date->add_option("date", f.date, "YYYY-MM-DD")->required();
  f.due_date->add_option("--as", f.who, "Who makes the change")->required();
  f.due_date->add_option("--expect-version", f.expected_version, "Refuse if the commitment changed meanwhile");

  f.export_cmd = app.add_subcommand("export", "All tracking data as JSON Lines (stdout, or --output FILE)");
  f.export_cmd->add_option("--output", f.file, "Write to this file");
  f.import_cmd = app.add_subcommand("import", "Restore exported tracking data (ingest the documents first)");
  f.import_cmd->add_option("file", f.file, "A file written by export")->required();
  f.import_cmd->add_option("--as", f.who, "Who imports")->required();
}

namespace {

int list_institutions(Repository& repo) {
  auto list = repo.list_institutions();
  if (!list.ok()) return report_status(list.status());
  for (const auto& i : list.value())
    std::cout << i.id << "  " << i.kind << (i.state.empty() ? "" : "  " + i.state) << "  " << i.name << "\n";
  std::cout << list->size() << (list->size() == 1 ? " institution\n" : " institutions\n");
  return kExitOk;
}

int list_indicators(Repository& repo, const std::string& id) {
  auto data = repo.tracking_data(id.empty() ? std::vector<std::string>{} : std::vector<std::string>{id});
  if (!data.ok()) return report_status(data.status());
  auto num = [](const std::optional<double>& v) {
    if (!v) return std::string("–");
    std::ostringstream out;
    out << *v;
    return out.str();
  };
  for (const auto& in : data->indicators) {
    std::cout << "#" << in.id << "  " << in.commitment_id << "  " << in.name << " (" << in.unit << ")  baseline "
              << num(in.baseline) << (in.baseline_date.empty() ? "" : " on " + in.baseline_date) << ", target "
              << num(in.target) << (in.target_date.empty() ? "" : " by " + in.target_date) << "\n";
    for (const auto& v : in.values)
      std::cout << "      " << v.date << "  " << v.value << (v.note.empty() ? "" : "  " + v.note) << "  (" << v.by
                << ")\n";
  }
  std::cout << data->indicators.size() << (data->indicators.size() == 1 ? " indicator\n" : " indicators\n");
  return kExitOk;
}

int list_suggestions(Repository& repo, const FollowupCommands& f) {
  auto list = repo.list_suggestions({f.state == "all" ? "" : f.state, f.id});
  if (!list.ok()) return report_status(list.status());
  if (f.json) {
    auto a = nlohmann::ordered_json::array();
    for (const auto& g : list.value()) a.push_back(report::suggestion_json(g));
    std::cout << a.dump(2) << "\n";
    return kExitOk;
  }
  for (const auto& g : list.value()) {
    std::cout << "#" << g.id << "  " << g.commitment_id << "  " << g.relation << "  score "
              << static_cast<int>(g.score * 100) / 100.0 << "  document " << g.document_id << " " << g.provision_id
              << "  " << g.state << (g.by.empty() ? "" : " by " + g.by) << "\n    matched:";
    for (const auto& s : g.spans) std::cout << " «" << s << "»";
    std::cout << "\n    " << utf8::prefix(g.excerpt, 160) << (g.excerpt.size() > 160 ? "…" : "") << "\n";
  }
  std::cout << list->size() << (list->size() == 1 ? " suggestion\n" : " suggestions\n");
  return kExitOk;
}

int decide(Repository& repo, const FollowupCommands& f, bool accept) {
  auto g = repo.decide_suggestion(f.indicator.id, accept, f.who);
  if (!g.ok()) return report_status(g.status());
  std::cout << "suggestion #" << g->id << " " << g->state << ": " << g->commitment_id << "\n";
  if (!accept || f.status.empty()) return kExitOk;
  StatusChange change{g->commitment_id, 0, f.status, f.who, f.note, {}};
  auto ev = track::resolve_evidence(repo, std::to_string(g->document_id) + "#" + g->provision_id);
  if (!ev.ok()) return report_status(ev.status());
  change.evidence.push_back(ev.value());
  auto c = track::set_status(repo, change);
  if (!c.ok()) return report_status(c.status());
  std::cout << c->id << " is now " << c->status << " (version " << c->version << ")\n";
  return kExitOk;
}

int export_data(Repository& repo, const std::string& file) {
  auto text = track::export_tracking(repo);
  if (!text.ok()) return report_status(text.status());
  if (file.empty()) {
    std::cout << text.value();
    return kExitOk;
  }
  std::ofstream out(file, std::ios::binary);
  out << text.value();
  if (!out.good()) return report_status(Status::invalid_input("cannot write " + file));
  return kExitOk;
}

int import_data(Repository& repo, const std::string& file, const std::string& who) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return report_status(Status::invalid_input("cannot read " + file));
  std::stringstream buf;
  buf << in.rdbuf();
  auto n = track::import_tracking(repo, buf.str(), who);
  if (!n.ok()) return report_status(n.status().with_context(file));
  std::cout << "imported the tracking data of " << n.value() << (n.value() == 1 ? " commitment" : " commitments")
            << " from " << file << "\n";
  return kExitOk;
}

}  // namespace

std::optional<int> run_followup(const std::string& db, const FollowupCommands& f) {
  std::vector<CLI::App*> mine = {f.institution_add, f.institution_list, f.assign,   f.indicator_add, f.indicator_set,
                                 f.indicator_list,  f.suggestions,      f.due_date, f.export_cmd,    f.import_cmd};
  if (std::none_of(mine.begin(), mine.end(), [](CLI::App* c) { return c->parsed(); })) return std::nullopt;
  auto repo = open_or_report(db);
  if (!repo) return kExitBadInput;
  if (f.institution_add->parsed()) {
    if (auto s = repo->put_institution(f.institution, f.who); !s.is_ok()) return report_status(s);
    std::cout << "institution " << f.institution.id << " stored\n";
    return kExitOk;
  }
  if (f.institution_list->parsed()) return list_institutions(*repo);
  if (f.assign->parsed()) {
    std::string role = f.remove ? "" : f.lead ? "lead" : "contributing";
    auto c = repo->assign({f.id, f.other, role, f.who, ""}, f.expected_version);
    if (!c.ok()) return report_status(c.status());
    std::cout << f.other << (role.empty() ? " removed from " : " is " + role + " on ") << c->id << " (version "
              << c->version << ")\n";
    return kExitOk;
  }
  if (f.indicator_add->parsed()) {
    Indicator in = f.indicator;
    in.commitment_id = f.id;
    in.by = f.who;
    if (f.indicator_add->count("--baseline")) in.baseline = f.baseline;
    if (f.indicator_add->count("--target")) in.target = f.target;
    auto id = repo->add_indicator(in, f.expected_version);
    if (!id.ok()) return report_status(id.status());
    std::cout << "indicator #" << id.value() << " added to " << f.id << "\n";
    return kExitOk;
  }
  if (f.indicator_set->parsed()) {
    if (auto s = repo->record_indicator_value(f.indicator.id, {f.date, f.value, f.note, f.who, ""}); !s.is_ok())
      return report_status(s);
    std::cout << "indicator #" << f.indicator.id << " = " << f.value << " on " << f.date << "\n";
    return kExitOk;
  }
  if (f.indicator_list->parsed()) return list_indicators(*repo, f.id);
  if (f.accept->parsed()) return decide(*repo, f, true);
  if (f.reject->parsed()) return decide(*repo, f, false);
  if (f.suggestions->parsed()) return list_suggestions(*repo, f);
  if (f.due_date->parsed()) {
    if (!is_iso_date(f.date))
      return report_status(Status::invalid_input("'" + f.date + "' is not a date (YYYY-MM-DD)"));
    auto c = repo->set_due_date(f.id, f.date, f.who, f.expected_version);
    if (!c.ok()) return report_status(c.status());
    std::cout << c->id << " is due on " << c->due_date << " (set by " << f.who << ", version " << c->version << ")\n";
    return kExitOk;
  }
  if (f.export_cmd->parsed()) return export_data(*repo, f.file);
  return import_data(*repo, f.file, f.who);
}

}  // namespace rightstrack::cli
