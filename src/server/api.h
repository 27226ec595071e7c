// The REST API as a table of routes, independent of the HTTP library: each route has its method,
// path (OpenAPI form: /api/commitments/{id}), the least role that may call it, and a handler from
// a request to a JSON reply. server.h serves the table; data/server/openapi.json documents it and
// a test keeps the two equal.
#pragma once

#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "search/searcher.h"
#include "server/accounts.h"
#include "store/repository.h"

namespace rightstrack::server {

struct ApiRequest {
  std::string method, body, remote_address;
  std::vector<std::string> params;  // the path's {…} parts, in order
  std::map<std::string, std::string> query;
  std::optional<Accounts::Caller> caller;
  std::string session_token;                               // from the cookie, for logout
  std::vector<std::pair<std::string, std::string>> files;  // multipart uploads: file name, bytes
};

struct ApiReply {
  int status = 200;
  std::string body;
  std::string content_type = "application/json";
  std::vector<std::pair<std::string, std::string>> headers;
};

// Replies that depend only on what is stored (a document's JSON), kept per worker thread until the
// store's generation changes.
class ReplyCache {
 public:
  // Drops everything when `generation` is not the one the entries were made at.
  void at_generation(int64_t generation) {
    if (generation != generation_) entries_.clear(), generation_ = generation;
  }
  struct Entry {
    std::string body;
    bool is_public = false;  // open to anonymous callers of serve --public
  };
  const Entry* find(const std::string& key) const {
    auto it = entries_.find(key);
    return it == entries_.end() ? nullptr : &it->second;
  }
  const Entry* put(const std::string& key, Entry entry) {
    if (entries_.size() >= kMaxEntries) entries_.clear();
    return &(entries_[key] = std::move(entry));
  }

 private:
  static constexpr size_t kMaxEntries = 256;
  int64_t generation_ = -1;
  std::map<std::string, Entry> entries_;
};

struct ApiContext {
  Repository& repo;
  search::Searcher& searcher;
  Accounts& accounts;
  ReplyCache& cache;
};

struct Route {
  std::string method, path, summary;
  std::string role;  // "" = anyone; else the least role: viewer, editor, admin
  std::function<Result<ApiReply>(ApiContext&, const ApiRequest&)> handler;
  // Open to anonymous callers under `serve --public`; the handler then shows published documents
  // only (ApiRequest::caller is empty).
  bool public_read = false;
};

const std::vector<Route>& routes();

// A JSON reply; errors become {"error": message} with the status their code means.
ApiReply json_reply(const nlohmann::ordered_json& j, int status = 200);
ApiReply error_reply(const Status& s);
int http_status(const Status& s);

}  // namespace rightstrack::server
