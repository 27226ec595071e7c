#include "cli/server_commands.h"

#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <iostream>

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "server/accounts.h"
#include "server/password.h"
#include "server/server.h"

namespace rightstrack::cli {
namespace {

// The password from $RIGHTSTRACK_PASSWORD (scripts), else read from the terminal without echo.
std::optional<std::string> read_password() {
  if (const char* env = std::getenv("RIGHTSTRACK_PASSWORD"); env && *env) return std::string(env);
  if (!isatty(STDIN_FILENO)) {
    std::cerr << "rightstrack: set RIGHTSTRACK_PASSWORD or run in a terminal to type the password\n";
    return std::nullopt;
  }
  std::string pw;
  std::cerr << "password: ";
  std::system("stty -echo");
  std::getline(std::cin, pw);
  std::system("stty echo");
  std::cerr << "\n";
  return pw;
}

server::Server* running = nullptr;
void on_signal(int) {
  if (running) running->stop();
}

int serve(Repository& repo, const std::string& db, const ServerCommands& s) {
  const char* admin_pw = std::getenv("RIGHTSTRACK_ADMIN_PASSWORD");
  auto made = server::ensure_admin(repo, admin_pw ? admin_pw : "");
  if (!made.ok()) return report_status(made.status());
  if (made.value())
    std::cout << "first start: created user admin with password " << *made.value()
              << "  (shown once; change it with rightstrack user passwd admin)\n";
  server::Server srv(db, {s.bind, s.port, 32u << 20, s.web_root, s.public_mode});
  running = &srv;
  std::signal(SIGINT, on_signal);
  std::signal(SIGTERM, on_signal);
  std::cout << "serving " << db << " on http://" << s.bind << ":" << s.port << "/  (API: /api/openapi.json)"
            << (s.public_mode ? "  public: published documents are open to anyone" : "") << std::endl;
  auto st = srv.run();
  running = nullptr;
  if (!st.is_ok()) return report_status(st);
  return kExitOk;
}

}  // namespace

void add_server_commands(CLI::App& app, ServerCommands& s) {
  s.serve = app.add_subcommand("serve", "Serve the REST API (and the web app) over HTTP");
  s.serve->add_option("--bind", s.bind, "Address to listen on (default 127.0.0.1)");
  s.serve->add_option("--port", s.port, "Port (default 8080)");
  s.serve->add_option("--web", s.web_root, "Folder of the built web app to serve at /");
  s.serve->add_flag("--public", s.public_mode,
                    "Let anyone read and search the published documents (tracking data stays private)");
  s.publish = app.add_subcommand("publish", "Publish a document for serve --public (or take it back with --off)");
  s.publish->add_option("doc", s.document, "Document id, symbol or file name")->required();
  s.publish->add_flag("--off", s.unpublish, "Take it back");
  s.publish->add_option("--as", s.who, "Who decides")->required();
  auto* user = app.add_subcommand("user", "Users of the server: add, passwd, token, list");
  user->require_subcommand(1);
  s.user_add = user->add_subcommand("add", "Add a user (password from $RIGHTSTRACK_PASSWORD or typed)");
  s.user_add->add_option("name", s.name, "User name")->required();
  s.user_add->add_option("--role", s.role, "admin, editor or viewer (default viewer)");
  s.user_passwd = user->add_subcommand("passwd", "Set a user's password (and --role, --disable)");
  s.user_passwd->add_option("name", s.name, "User name")->required();
  s.user_passwd->add_option("--role", s.role, "New role");
  s.user_passwd->add_flag("--disable", s.disable, "Disable the user");
  s.user_token = user->add_subcommand("token", "Make an API token for a user (printed once)");
  s.user_token->add_option("name", s.name, "User name")->required();
  s.user_token->add_option("--label", s.label, "What the token is for");
  s.user_list = user->add_subcommand("list", "List users");
}

std::optional<int> run_server_commands(const std::string& db, const ServerCommands& s) {
  if (!s.serve->parsed() && !s.user_add->parsed() && !s.user_passwd->parsed() && !s.user_token->parsed() &&
      !s.user_list->parsed() && !s.publish->parsed())
    return std::nullopt;
  auto repo = open_or_report(db);
  if (!repo) return kExitBadInput;
  if (s.serve->parsed()) return serve(*repo, db, s);
  if (s.publish->parsed()) {
    int rc = kExitOk;
    auto doc = find_or_report(*repo, s.document, rc);
    if (!doc) return rc;
    if (auto st = repo->set_public(doc->summary.id, !s.unpublish, s.who); !st.is_ok()) return report_status(st);
    std::cout << "document " << doc->summary.id << (s.unpublish ? " is private again\n" : " is public\n");
    return kExitOk;
  }
  if (s.user_list->parsed()) {
    auto users = repo->list_users();
    if (!users.ok()) return report_status(users.status());
    for (const auto& u : users.value())
      std::cout << u.name << "  " << u.role << (u.disabled ? "  disabled" : "") << "  since " << u.created_at << "\n";
    return kExitOk;
  }
  if (s.user_token->parsed()) {
    auto t = server::issue_token(*repo, s.name, s.label);
    if (!t.ok()) return report_status(t.status());
    std::cout << t.value() << "\n";
    return kExitOk;
  }
  auto existing = repo->find_user(s.name);
  if (!existing.ok()) return report_status(existing.status());
  if (s.user_add->parsed() && existing.value())
    return report_status(Status::invalid_input("user " + s.name + " exists; use user passwd"));
  if (s.user_passwd->parsed() && !existing.value()) return report_status(Status::not_found("no user " + s.name));
  auto pw = read_password();
  if (!pw) return kExitBadInput;
  auto hash = server::hash_password(*pw);
  if (!hash.ok()) return report_status(hash.status());
  std::string role = s.user_passwd->parsed() && s.user_passwd->count("--role") == 0 ? existing.value()->role : s.role;
  auto u = repo->put_user({0, s.name, role, hash.value(), s.disable, ""}, s.who);
  if (!u.ok()) return report_status(u.status());
  std::cout << "user " << u->name << " (" << u->role << (u->disabled ? ", disabled" : "") << ") saved\n";
  return kExitOk;
}

}  // namespace rightstrack::cli
