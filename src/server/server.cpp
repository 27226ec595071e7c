#include "server/server.h"

#include <httplib.h>

#include <chrono>
#include <map>
#include <regex>

#include "server/accounts.h"
#include "server/api.h"

namespace rightstrack::embedded {
extern const std::string_view server_openapi;
}

namespace rightstrack::server {
namespace {

// One connection and one searcher per worker thread and database.
struct Worker {
  std::unique_ptr<Repository> repo;
  std::unique_ptr<search::Searcher> searcher;
  ReplyCache cache;
};

Result<Worker*> worker_for(const std::string& db) {
  thread_local std::map<std::string, Worker> workers;
  auto it = workers.find(db);
  if (it != workers.end()) return &it->second;
  auto repo = open_repository(db);
  if (!repo.ok()) return repo.status();
  Worker w;
  w.repo = std::move(repo).value();
  w.searcher = std::make_unique<search::Searcher>(*w.repo);
  return &(workers[db] = std::move(w));
}

std::string cookie(const httplib::Request& req, const std::string& name) {
  std::string all = req.get_header_value("Cookie");
  for (size_t at = 0; at < all.size();) {
    size_t end = all.find(';', at);
    if (end == std::string::npos) end = all.size();
    std::string part = all.substr(at, end - at);
    size_t start = part.find_first_not_of(' ');
    if (start != std::string::npos && part.compare(start, name.size() + 1, name + "=") == 0)
      return part.substr(start + name.size() + 1);
    at = end + 1;
  }
  return "";
}

std::string bearer(const httplib::Request& req) {
  std::string h = req.get_header_value("Authorization");
  return h.rfind("Bearer ", 0) == 0 ? h.substr(7) : "";
}

void send(httplib::Response& res, const ApiReply& reply) {
  res.status = reply.status;
  for (const auto& [k, v] : reply.headers) res.set_header(k, v);
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("Cache-Control", "no-store");
  res.set_content(reply.body, reply.content_type);
}

// "/api/commitments/{id}" → "/api/commitments/([^/]+)"
std::string pattern_of(const std::string& path) {
  return std::regex_replace(path, std::regex(R"(\{[a-z_]+\})"), "([^/]+)");
}

}  // namespace

Server::Server(std::string db, ServerOptions options)
    : db_(std::move(db)),
      options_(std::move(options)),
      http_(std::make_unique<httplib::Server>()),
      accounts_(std::make_unique<Accounts>()) {
  install_routes();
}

Server::~Server() { stop(); }

void Server::install_routes() {
  http_->set_payload_max_length(options_.max_body);
  // Without it small replies wait for the delayed ACK of the previous one: 40 ms each.
  http_->set_tcp_nodelay(true);
  for (const Route& route : routes()) {
    auto handle = [this, &route](const httplib::Request& req, httplib::Response& res) {
      auto w = worker_for(db_);
      if (!w.ok()) return send(res, error_reply(w.status()));
      Repository& repo = *w.value()->repo;
      ApiRequest r{req.method, req.body, req.remote_addr, {}, {}, std::nullopt, cookie(req, "rs_session"), {}};
      for (size_t i = 1; i < req.matches.size(); ++i) r.params.push_back(req.matches[i]);
      for (const auto& [k, v] : req.params) r.query[k] = v;
      for (const auto& [field, f] : req.files)
        if (!f.filename.empty()) r.files.emplace_back(f.filename, f.content);
      auto caller = accounts_->resolve(repo, r.session_token, bearer(req));
      if (!caller.ok()) return send(res, error_reply(caller.status()));
      r.caller = caller.value();
      if (!route.role.empty()) {
        bool anonymous_ok = options_.public_mode && route.public_read;
        if (!r.caller && !anonymous_ok) return send(res, json_reply({{"error", "log in first"}}, 401));
        if (r.caller && role_rank(r.caller->user.role) < role_rank(route.role))
          return send(res, json_reply({{"error", "this needs the " + route.role + " role"}}, 403));
        // A change made with the session cookie must carry the session's CSRF token.
        if (r.caller && req.method != "GET" && r.caller->credential.kind == "session" &&
            req.get_header_value("X-CSRF-Token") != r.caller->credential.csrf)
          return send(res, json_reply({{"error", "missing or wrong X-CSRF-Token header"}}, 403));
      }
      ApiContext ctx{repo, *w.value()->searcher, *accounts_, w.value()->cache};
      auto reply = route.handler(ctx, r);
      send(res, reply.ok() ? reply.value() : error_reply(reply.status()));
    };
    std::string pattern = pattern_of(route.path);
    if (route.method == "GET")
      http_->Get(pattern, handle);
    else
      http_->Post(pattern, handle);
  }
  http_->Get("/api/openapi.json", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(std::string(embedded::server_openapi), "application/json");
  });
  if (!options_.web_root.empty()) http_->set_mount_point("/", options_.web_root);
  http_->set_error_handler([](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;
    std::string what = res.status == 404   ? "no such route: " + req.method + " " + req.path
                       : res.status == 413 ? "the request body is too large"
                                           : "the request was refused";
    res.set_content(nlohmann::json{{"error", what}}.dump(), "application/json");
  });
  http_->set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    res.status = 500;
    res.set_content(R"({"error":"internal error"})", "application/json");
  });
}

Status Server::bind() {
  port_ = options_.port == 0 ? http_->bind_to_any_port(options_.bind) : options_.port;
  if (options_.port != 0 && !http_->bind_to_port(options_.bind, options_.port)) port_ = -1;
  if (port_ <= 0)
    return Status::invalid_input("cannot listen on " + options_.bind + ":" + std::to_string(options_.port) +
                                 " (in use, or not an address of this machine)");
  return Status::ok();
}

Result<int> Server::start() {
  if (auto s = bind(); !s.is_ok()) return s;
  thread_ = std::thread([this] { http_->listen_after_bind(); });
  // listen_after_bind() marks the server running first thing; wait for it so a caller can connect.
  for (int waited = 0; !http_->is_running(); ++waited) {
    if (waited == 5000) return Status::internal("the server did not start listening");
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  return port_;
}

Status Server::run() {
  if (auto s = bind(); !s.is_ok()) return s;
  if (!http_->listen_after_bind()) return Status::internal("the server stopped unexpectedly");
  return Status::ok();
}

void Server::stop() {
  if (http_) http_->stop();
  if (thread_.joinable()) thread_.join();
}

}  // namespace rightstrack::server
