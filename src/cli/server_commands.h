// `rightstrack serve` and `rightstrack user add|passwd|token|list`: the server and its accounts.
#pragma once

#include <CLI/CLI.hpp>
#include <optional>
#include <string>

namespace rightstrack::cli {

struct ServerCommands {
  std::string bind = "127.0.0.1", web_root, name, role = "viewer", label, who = "rightstrack user";
  int port = 8080;
  bool disable = false, public_mode = false, unpublish = false;
  std::string document;
  CLI::App *serve = nullptr, *user_add = nullptr, *user_passwd = nullptr, *user_token = nullptr, *user_list = nullptr,
           *publish = nullptr;
};

void add_server_commands(CLI::App& app, ServerCommands& s);
// The exit status of the subcommand given, or nothing when another was.
std::optional<int> run_server_commands(const std::string& db, const ServerCommands& s);

}  // namespace rightstrack::cli
