// The `rightstrack` command: ingest UN documents, list and show what is stored, parse one file,
// check the store. Global --db PATH (default $RIGHTSTRACK_DB, else ./rightstrack.db).
#include <CLI/CLI.hpp>
#include <cstdlib>
#include <iostream>

#include "cli/commands.h"
#include "cli/followup_commands.h"
#include "cli/server_commands.h"

#ifndef RIGHTSTRACK_VERSION
#define RIGHTSTRACK_VERSION "0.0.0"
#endif

int main(int argc, char** argv) {
  using namespace rightstrack::cli;
  CLI::App app{"rightstrack: UN human-rights documents as a structured, searchable record of commitments"};
  app.set_version_flag("--version", std::string("rightstrack ") + RIGHTSTRACK_VERSION);
  app.require_subcommand(1);
  const char* env = std::getenv("RIGHTSTRACK_DB");
  std::string db = env && *env ? env : "rightstrack.db";
  app.add_option("--db", db, "SQLite database file (default $RIGHTSTRACK_DB, else ./rightstrack.db)");

  IngestArgs ingest;
  auto* ingest_cmd =
      app.add_subcommand("ingest", "Read, parse and store documents (files or directories, walked recursively)");
  ingest_cmd->add_option("paths", ingest.paths, "Files or directories")->required();
  ingest_cmd->add_option("--max-bytes", ingest.max_bytes, "Refuse files larger than this (default 64 MiB)");
  ingest_cmd->add_flag("-q,--quiet", ingest.quiet, "Print only the summary");

  bool list_json = false, list_failures = false;
  auto* list_cmd = app.add_subcommand("list", "List stored documents");
  list_cmd->add_flag("--json", list_json, "Print JSON");
  list_cmd->add_flag("--failures", list_failures, "List the files ingest refused, with the reasons, newest first");

  std::string show_key;
  bool show_json = false;
  auto* show_cmd = app.add_subcommand("show", "Show one stored document by id, symbol or file name");
  show_cmd->add_option("doc", show_key, "Document id, symbol, file name, path or sha256 prefix")->required();
  show_cmd->add_flag("--json", show_json, "Print the structured JSON");

  std::string parse_file, parse_format = "json";
  auto* parse_cmd = app.add_subcommand("parse", "Parse one file and print its structure (no database)");
  parse_cmd->add_option("file", parse_file, "Document file")->required();
  parse_cmd->add_option("--format", parse_format, "json, text, or lines (the lines the reader gives the parser)")
      ->check(CLI::IsMember({"json", "text", "lines"}));

  auto* check_cmd = app.add_subcommand("check", "Check the database: SQLite integrity and the store's invariants");

  auto* reannotate_cmd = app.add_subcommand(
      "reannotate", "Annotate every stored document again (after the taxonomy changed); keeps annotations people made");

  std::string cites_symbol;
  bool cites_json = false;
  auto* cites_cmd = app.add_subcommand("cites", "What a document cites and which stored documents cite it");
  cites_cmd->add_option("symbol", cites_symbol, "UN symbol, e.g. A/RES/60/251")->required();
  cites_cmd->add_flag("--json", cites_json, "Print JSON");

  std::string tag_doc, tag_provision, tag_concept;
  auto* tag_cmd = app.add_subcommand("tag", "Add a concept to a stored provision (recorded as made by a person)");
  auto* untag_cmd =
      app.add_subcommand("untag", "Remove a concept from a stored provision; annotating again will not bring it back");
  for (auto* cmd : {tag_cmd, untag_cmd}) {
    cmd->add_option("doc", tag_doc, "Document id, symbol or file name")->required();
    cmd->add_option("provision", tag_provision, "Provision id (p12) or label")->required();
    cmd->add_option("concept", tag_concept, "Concept id, e.g. children, CRC, SDG-16.3")->required();
  }

  std::string explain_doc, explain_provision;
  auto* explain_cmd =
      app.add_subcommand("explain", "Each concept of a provision with the matched text and the rule that found it");
  explain_cmd->add_option("doc", explain_doc, "Document id, symbol or file name")->required();
  explain_cmd->add_option("provision", explain_provision, "Provision id (p12), or its label (4, (a), 121.1)")
      ->required();

  std::string search_query;
  rightstrack::search::SearchOptions search_options;
  bool search_json = false;
  auto* search_cmd =
      app.add_subcommand("search",
                         "Search stored provisions: words, \"phrases\", AND/OR/NOT, ( ), filters such as kind:pledge "
                         "state:LUX concept:children sdg:5 theme:… body:HRC doc:SYMBOL date:2020..2022");
  search_cmd->add_option("query", search_query, "The query, e.g. '儿童 kind:pledge' or 'human rights defenders'")
      ->required();
  search_cmd->add_option("--limit", search_options.limit, "Results per page (default 10)")->check(CLI::Range(1, 1000));
  search_cmd->add_option("--offset", search_options.offset, "Results to skip (default 0)");
  search_cmd->add_flag("--json", search_json, "Print JSON (results, why they matched, facets)");
  auto* reindex_cmd = app.add_subcommand("reindex", "Rebuild the search index from the stored provisions");

  rightstrack::CommitmentFilter commitment_filter;
  bool commitments_json = false;
  auto* commitments_cmd = app.add_subcommand(
      "commitments", "Commitments found in stored documents: pledges, requests and decisions, UPR recommendations");
  commitments_cmd->add_option("--actor", commitment_filter.actor, "Who must act: LUX, OHCHR, SPECIAL-PROCEDURES …");
  commitments_cmd->add_option("--kind", commitment_filter.kind, "pledge, request, decision, recommendation");
  commitments_cmd->add_option("--status", commitment_filter.status, "not_started, in_progress, implemented …");
  commitments_cmd->add_option("--doc", commitment_filter.document_id, "Stored document id");
  commitments_cmd->add_flag("--json", commitments_json, "Print JSON");
  std::string commitments_query;
  commitments_cmd->add_option("query", commitments_query,
                              "A search (rightstrack search's language): only commitments whose provision matches, "
                              "e.g. 'concept:children', '儿童 state:LUX'");

  rightstrack::StatusChange status_change;
  std::vector<std::string> status_evidence;
  auto* status_cmd = app.add_subcommand("status", "Change the status of a commitment");
  auto* status_set_cmd = status_cmd->add_subcommand("set", "Set a commitment's status, with a note and evidence");
  status_cmd->require_subcommand(1);
  status_set_cmd->add_option("id", status_change.commitment_id, "Commitment id (C-…)")->required();
  status_set_cmd->add_option("status", status_change.to, "in_progress, partially_implemented, implemented …")
      ->required();
  status_set_cmd->add_option("--note", status_change.note, "Why");
  status_set_cmd->add_option("--evidence", status_evidence,
                             "DOC#PROVISION (A/HRC/RES/21/21#4), an http(s) URL, or file:PATH; repeatable");
  status_set_cmd->add_option("--as", status_change.who, "Who makes the change")->required();
  status_set_cmd->add_option("--expect-version", status_change.expected_version,
                             "Refuse the change if the commitment is no longer at this version");

  std::string level_id, level_who;
  int level_value = 0;
  int64_t level_version = 0;
  auto* level_cmd =
      app.add_subcommand("level", "Set a commitment's action level (1 minimal … 5 specific action) by hand");
  level_cmd->add_option("id", level_id, "Commitment id (C-…)")->required();
  level_cmd->add_option("level", level_value, "1–5")->required();
  level_cmd->add_option("--as", level_who, "Who makes the change")->required();
  level_cmd->add_option("--expect-version", level_version, "Refuse if the commitment is no longer at this version");

  std::string history_id;
  auto* history_cmd = app.add_subcommand("history", "A commitment's status changes with their evidence");
  history_cmd->add_option("id", history_id, "Commitment id (C-…)")->required();

  std::string clusters_actor;
  auto* clusters_cmd =
      app.add_subcommand("clusters", "Commitments that restate one another (a brochure and a note verbale), scored");
  clusters_cmd->add_option("--actor", clusters_actor, "Only this actor's, e.g. LUX");
  std::string cluster_id, cluster_who;
  auto* cluster_cmd = app.add_subcommand("cluster", "Confirm or split a suggested cluster");
  auto* cluster_confirm_cmd = cluster_cmd->add_subcommand("confirm", "Confirm every link of a commitment");
  auto* cluster_split_cmd =
      cluster_cmd->add_subcommand("split", "Take a commitment out of its cluster; it is not suggested again");
  for (auto* cmd : {cluster_confirm_cmd, cluster_split_cmd}) {
    cmd->add_option("id", cluster_id, "Commitment id (C-…)")->required();
    cmd->add_option("--as", cluster_who, "Who decides")->required();
  }
  cluster_cmd->require_subcommand(1);

  rightstrack::report::ScorecardScope report_scope;
  std::string report_format = "md", report_sdg, report_theme;
  auto* report_cmd = app.add_subcommand("report",
                                        "A scorecard of commitments: counts by status, kind and action "
                                        "level, each commitment with its latest change and evidence");
  report_cmd->add_option("--state,--actor", report_scope.actor, "Only this actor's commitments, e.g. LUX");
  report_cmd->add_option("--concept", report_scope.concept_id, "Only those on this concept, e.g. children, CPED");
  report_cmd->add_option("--theme", report_theme, "Only those on this theme or group (a concept id)");
  report_cmd->add_option("--sdg", report_sdg, "Only those on this SDG goal or target: 5, 16.3");
  report_cmd->add_option("--doc", report_scope.document, "Only this document's (id, symbol or file name)");
  report_cmd->add_option("--today", report_scope.today, "Judge overdue as of this date (YYYY-MM-DD)");
  report_cmd->add_option("--format", report_format, "md (default), html (self-contained, with charts), csv, json");

  std::string due_before, due_today;
  auto* due_cmd = app.add_subcommand("due", "Open commitments by due date, per actor, overdue ones flagged");
  due_cmd->add_option("--before", due_before, "Only those due on or before this date (YYYY-MM-DD)");
  due_cmd->add_option("--today", due_today, "Judge overdue as of this date instead of today");

  auto* audit_cmd = app.add_subcommand("audit", "The append-only audit log");
  auto* audit_verify_cmd = audit_cmd->add_subcommand("verify",
                                                     "Check the log's hash chain: edits, deletions, "
                                                     "insertions and reordering are reported");
  audit_cmd->require_subcommand(1);

  FollowupCommands followup;
  add_followup_commands(app, followup);
  ServerCommands server_cmds;
  add_server_commands(app, server_cmds);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? kExitOk : kExitBadInput;
  }
  try {
    if (*ingest_cmd) return run_ingest(db, ingest);
    if (*list_cmd) return run_list(db, list_json, list_failures);
    if (*show_cmd) return run_show(db, show_key, show_json);
    if (*parse_cmd) return run_parse(parse_file, parse_format);
    if (*check_cmd) return run_check(db);
    if (*reannotate_cmd) return run_reannotate(db);
    if (*cites_cmd) return run_cites(db, cites_symbol, cites_json);
    if (*commitments_cmd) return run_commitments(db, commitment_filter, commitments_query, commitments_json);
    if (*status_set_cmd) return run_status_set(db, status_change, status_evidence);
    if (*history_cmd) return run_history(db, history_id);
    if (*level_cmd) return run_set_level(db, level_id, level_value, level_who, level_version);
    if (*audit_verify_cmd) return run_audit_verify(db);
    if (*clusters_cmd) return run_clusters(db, clusters_actor);
    if (*report_cmd) {
      if (!report_sdg.empty() + !report_theme.empty() + !report_scope.concept_id.empty() > 1) {
        std::cerr << "rightstrack: give one of --concept, --theme, --sdg\n";
        return kExitBadInput;
      }
      if (!report_sdg.empty()) report_scope.concept_id = "SDG-" + report_sdg;
      if (!report_theme.empty()) report_scope.concept_id = report_theme;
      return run_report(db, report_scope, report_format);
    }
    if (*due_cmd) return run_due(db, due_before, due_today);
    if (*cluster_confirm_cmd) return run_cluster_decision(db, cluster_id, "confirmed", cluster_who);
    if (*cluster_split_cmd) return run_cluster_decision(db, cluster_id, "split", cluster_who);
    if (*search_cmd) return run_search(db, search_query, search_options, search_json);
    if (*reindex_cmd) return run_reindex(db);
    if (*explain_cmd) return run_explain(db, explain_doc, explain_provision);
    if (*tag_cmd) return run_tag(db, tag_doc, tag_provision, tag_concept, true);
    if (*untag_cmd) return run_tag(db, tag_doc, tag_provision, tag_concept, false);
    if (auto rc = run_followup(db, followup)) return *rc;
    if (auto rc = run_server_commands(db, server_cmds)) return *rc;
  } catch (const std::exception& e) {
    std::cerr << "rightstrack: internal error: " << e.what() << "\n";
    return kExitInternal;
  }
  return kExitBadInput;
}
