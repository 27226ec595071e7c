// The HTTP server: serves the API's route table (api.h) and the static web app over cpp-httplib's
// thread pool, one SQLite connection and one Searcher per worker thread. Every request is
// authenticated here (session cookie or bearer token), checked against its route's role, and
// state-changing requests made with a session cookie must carry its CSRF token.
#pragma once

#include <memory>
#include <string>
#include <thread>

#include "core/result.h"

namespace httplib {
class Server;
}

namespace rightstrack::server {

class Accounts;

struct ServerOptions {
  std::string bind = "127.0.0.1";
  int port = 8080;  // 0: any free port
  size_t max_body = 32u << 20;
  std::string web_root;      // the built web app; "" = API only
  bool public_mode = false;  // anyone may read the documents an admin published; tracking stays private
};

class Server {
 public:
  Server(std::string db, ServerOptions options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds and serves on a thread of its own; returns the port.
  Result<int> start();
  // Binds and serves on the calling thread until stop().
  Status run();
  void stop();

 private:
  Status bind();
  void install_routes();

  std::string db_;
  ServerOptions options_;
  std::unique_ptr<httplib::Server> http_;
  std::unique_ptr<Accounts> accounts_;
  std::thread thread_;
  int port_ = 0;
};

}  // namespace rightstrack::server
