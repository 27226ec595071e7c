// The routes of the REST API: reading documents, search, concepts and citations; commitments
// with their history, status changes, clusters, suggestions, reports and exports; accounts.
#include <algorithm>
#include <nlohmann/json.hpp>
#include <unordered_set>

#include "annotate/taxonomy.h"
#include "core/document_json.h"
#include "ingest/ingest.h"
#include "report/commitment_json.h"
#include "report/scorecard.h"
#include "search/results_json.h"
#include "server/api.h"
#include "server/password.h"
#include "track/clusters.h"
#include "track/exchange.h"
#include "track/tracker.h"

namespace rightstrack::server {
namespace {

using Json = nlohmann::ordered_json;
using Reply = Result<ApiReply>;

std::string arg(const ApiRequest& r, const std::string& key, const std::string& fallback = "") {
  auto it = r.query.find(key);
  return it == r.query.end() ? fallback : it->second;
}

Result<size_t> number(const ApiRequest& r, const std::string& key, size_t fallback, size_t max) {
  std::string v = arg(r, key);
  if (v.empty()) return fallback;
  if (v.size() > 9 || v.find_first_not_of("0123456789") != std::string::npos)
    return Status::invalid_input("'" + key + "' must be a whole number, not '" + v + "'");
  size_t n = std::stoul(v);
  if (n > max) return Status::invalid_input("'" + key + "' is at most " + std::to_string(max));
  return n;
}

Result<Json> body_json(const ApiRequest& r) {
  Json j = Json::parse(r.body, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return Status::invalid_input("the request body is not a JSON object");
  return j;
}

std::string field(const Json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : "";
}

std::string who(const ApiRequest& r) { return r.caller ? r.caller->user.name : ""; }

Reply login(ApiContext& c, const ApiRequest& r) {
  auto j = body_json(r);
  if (!j.ok()) return j.status();
  std::string name = field(j.value(), "name");
  if (c.accounts.throttled(name, r.remote_address))
    return json_reply({{"error", "too many failed logins; wait 15 minutes"}}, 429);
  auto s = c.accounts.login(c.repo, name, field(j.value(), "password"), r.remote_address);
  if (!s.ok()) return json_reply({{"error", s.status().message()}}, 401);
  ApiReply reply = json_reply({{"user", s->user.name}, {"role", s->user.role}, {"csrf", s->csrf}});
  reply.headers.push_back({"Set-Cookie", "rs_session=" + s->token + "; HttpOnly; SameSite=Strict; Path=/; Max-Age=" +
                                             std::to_string(Accounts::kSessionLife.count() * 3600)});
  return reply;
}

Reply logout(ApiContext& c, const ApiRequest& r) {
  if (auto s = c.accounts.logout(c.repo, r.session_token); !s.is_ok()) return s;
  ApiReply reply = json_reply({{"logged_out", true}});
  reply.headers.push_back({"Set-Cookie", "rs_session=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0"});
  return reply;
}

Reply me(ApiContext&, const ApiRequest& r) {
  return json_reply({{"user", r.caller->user.name},
                     {"role", r.caller->user.role},
                     {"csrf", r.caller->credential.kind == "session" ? r.caller->credential.csrf : ""}});
}

Reply documents(ApiContext& c, const ApiRequest& r) {
  auto docs = c.repo.list_documents();
  if (!docs.ok()) return docs.status();
  Json a = Json::array();
  for (const auto& d : docs.value())
    if (r.caller || d.is_public) a.push_back(report::summary_json(d));
  return json_reply(a);
}

Reply document(ApiContext& c, const ApiRequest& r) {
  auto generation = c.repo.generation();
  if (!generation.ok()) return generation.status();
  c.cache.at_generation(generation.value());
  std::string key = "document " + r.params[0];
  const ReplyCache::Entry* cached = c.cache.find(key);
  if (!cached) {
    auto d = c.repo.find_document(r.params[0]);
    if (!d.ok()) return d.status();
    if (!d.value()) return Status::not_found("no document '" + r.params[0] + "'");
    // The summary with the document's JSON spliced in as it is (parsing it again cost half the time).
    std::string body = report::summary_json(d.value()->summary).dump(-1, ' ', false, Json::error_handler_t::replace);
    body.pop_back();
    body += ",\"document\":" + document_to_json(d.value()->document, -1) + "}";
    cached = c.cache.put(key, {std::move(body), d.value()->summary.is_public});
  }
  // Anonymous callers (serve --public) see published documents only.
  if (!r.caller && !cached->is_public) return Status::not_found("no document '" + r.params[0] + "'");
  return ApiReply{200, cached->body, "application/json", {}};
}

// Each uploaded file through the whole pipeline; one result per file, never a silent drop.
Reply upload(ApiContext& c, const ApiRequest& r) {
  if (r.files.empty())
    return Status::invalid_input("send the documents as multipart/form-data files (field name: files)");
  Json results = Json::array();
  for (const auto& [name, bytes] : r.files) {
    auto o = ingest::ingest_bytes(c.repo, bytes, name, "upload:" + name);
    Json one = {{"file", name}, {"result", ingest::kind_name(o.kind)}};
    if (o.kind != ingest::Outcome::Kind::kFailed) one["document"] = o.id;
    if (!o.error.empty()) one["reason"] = o.error;
    results.push_back(one);
  }
  return json_reply({{"results", results}});
}

Reply search(ApiContext& c, const ApiRequest& r) {
  search::SearchOptions o;
  auto limit = number(r, "limit", 10, 100);
  auto offset = number(r, "offset", 0, 100000);
  if (!limit.ok()) return limit.status();
  if (!offset.ok()) return offset.status();
  o.limit = limit.value();
  o.offset = offset.value();
  o.public_only = !r.caller;
  std::string q = arg(r, "q");
  auto res = c.searcher.search(q, o);
  if (!res.ok()) return res.status();
  return ApiReply{200, search::results_to_json(res.value(), q, o), "application/json", {}};
}

Reply cites(ApiContext& c, const ApiRequest& r) {
  std::string symbol = arg(r, "symbol");
  if (symbol.empty()) return Status::invalid_input("give ?symbol=, e.g. A/HRC/RES/21/21");
  auto found = c.repo.citing(symbol);
  if (!found.ok()) return found.status();
  Json a = Json::array();
  for (const auto& [d, provisions] : found.value())
    if (r.caller || d.is_public) a.push_back({{"document", report::summary_json(d)}, {"provisions", provisions}});
  return json_reply({{"symbol", symbol}, {"citing", a}});
}

Reply concepts(ApiContext&, const ApiRequest& r) {
  std::string kind = arg(r, "kind");
  Json a = Json::array();
  for (const auto& k : annotate::Taxonomy::instance().concepts())
    if (kind.empty() || k.kind == kind)
      a.push_back({{"id", k.id}, {"kind", k.kind}, {"en", k.label_en}, {"zh", k.label_zh}, {"parent", k.parent}});
  return json_reply(a);
}

Reply commitments(ApiContext& c, const ApiRequest& r) {
  CommitmentFilter f{arg(r, "actor"), arg(r, "kind"), arg(r, "status"), 0};
  auto doc = number(r, "doc", 0, 1u << 30);
  if (!doc.ok()) return doc.status();
  f.document_id = static_cast<int64_t>(doc.value());
  auto list = c.repo.list_commitments(f);
  if (!list.ok()) return list.status();
  std::string q = arg(r, "q");
  std::unordered_set<int64_t> matched;
  if (!q.empty()) {
    auto keys = c.searcher.matching(q);
    if (!keys.ok()) return keys.status();
    matched.insert(keys->begin(), keys->end());
  }
  Json a = Json::array();
  for (const auto& cm : list.value())
    if (q.empty() || matched.count(provision_key(cm.document_id, cm.seq))) a.push_back(report::commitment_json(cm));
  return json_reply(a);
}

Reply commitment(ApiContext& c, const ApiRequest& r) {
  auto cm = c.repo.find_commitment(r.params[0]);
  if (!cm.ok()) return cm.status();
  if (!cm.value()) return Status::not_found("no commitment " + r.params[0]);
  Json j = report::commitment_json(*cm.value());
  auto history = c.repo.status_history(r.params[0]);
  if (!history.ok()) return history.status();
  j["history"] = Json::array();
  for (const auto& h : history.value()) j["history"].push_back(report::status_record_json(h));
  auto sug = c.repo.list_suggestions({"", r.params[0]});
  if (!sug.ok()) return sug.status();
  j["suggestions"] = Json::array();
  for (const auto& g : sug.value()) j["suggestions"].push_back(report::suggestion_json(g));
  auto t = c.repo.tracking_data({r.params[0]});
  if (!t.ok()) return t.status();
  j["assignments"] = Json::array();
  for (const auto& a : t->assignments)
    j["assignments"].push_back({{"institution", a.institution_id}, {"role", a.role}});
  auto links = c.repo.list_links({r.params[0]});
  if (!links.ok()) return links.status();
  j["links"] = Json::array();
  for (const auto& l : links.value())
    if (l.state != "split")
      j["links"].push_back({{"commitment", l.a == r.params[0] ? l.b : l.a}, {"score", l.score}, {"state", l.state}});
  return json_reply(j);
}

Reply set_status(ApiContext& c, const ApiRequest& r) {
  auto parsed = body_json(r);
  if (!parsed.ok()) return parsed.status();
  const Json& j = parsed.value();
  StatusChange change{r.params[0], 0, field(j, "status"), who(r), field(j, "note"), {}};
  if (j.contains("expected_version") && j["expected_version"].is_number_integer())
    change.expected_version = j["expected_version"].get<int64_t>();
  if (j.contains("evidence") && j["evidence"].is_array())
    for (const auto& e : j["evidence"]) {
      if (!e.is_string()) return Status::invalid_input("evidence is a list of strings: DOC#PROVISION or URLs");
      if (e.get<std::string>().rfind("file:", 0) == 0)
        return Status::invalid_input("files of the server's machine cannot be evidence over the API");
      auto ev = track::resolve_evidence(c.repo, e.get<std::string>());
      if (!ev.ok()) return ev.status();
      change.evidence.push_back(ev.value());
    }
  auto done = track::set_status(c.repo, change);
  if (!done.ok()) return done.status();
  return json_reply(report::commitment_json(done.value()));
}

Reply clusters(ApiContext& c, const ApiRequest& r) {
  auto links = c.repo.list_links();
  if (!links.ok()) return links.status();
  auto list = c.repo.list_commitments({arg(r, "actor"), "", "", 0});
  if (!list.ok()) return list.status();
  std::map<std::string, const Commitment*> by_id;
  for (const auto& cm : list.value()) by_id[cm.id] = &cm;
  Json out = Json::array();
  for (const auto& cluster : track::clusters_of(links.value())) {
    if (!by_id.count(cluster.front())) continue;  // another actor's
    Json members = Json::array(), edges = Json::array();
    for (const auto& id : cluster)
      if (auto it = by_id.find(id); it != by_id.end()) members.push_back(report::commitment_json(*it->second));
    for (const auto& l : links.value())
      if (by_id.count(l.a) && std::find(cluster.begin(), cluster.end(), l.a) != cluster.end())
        edges.push_back({{"a", l.a}, {"b", l.b}, {"score", l.score}, {"state", l.state}, {"by", l.by}});
    out.push_back({{"members", members}, {"links", edges}});
  }
  return json_reply(out);
}

Reply decide_cluster(ApiContext& c, const ApiRequest& r) {
  auto j = body_json(r);
  if (!j.ok()) return j.status();
  std::string state = field(j.value(), "state");
  if (state != "confirmed" && state != "split")
    return Status::invalid_input("send {\"state\": \"confirmed\"} or \"split\"");
  auto n = c.repo.set_links_state(r.params[0], state, who(r));
  if (!n.ok()) return n.status();
  return json_reply({{"commitment", r.params[0]}, {"state", state}, {"links", n.value()}});
}

Reply suggestions(ApiContext& c, const ApiRequest& r) {
  auto list = c.repo.list_suggestions(
      {arg(r, "state", "suggested") == "all" ? "" : arg(r, "state", "suggested"), arg(r, "commitment")});
  if (!list.ok()) return list.status();
  Json a = Json::array();
  for (const auto& g : list.value()) a.push_back(report::suggestion_json(g));
  return json_reply(a);
}

Reply decide(ApiContext& c, const ApiRequest& r, bool accept) {
  if (r.params[0].empty() || r.params[0].size() > 12 ||
      r.params[0].find_first_not_of("0123456789") != std::string::npos)
    return Status::not_found("no suggestion " + r.params[0]);
  auto g = c.repo.decide_suggestion(std::stoll(r.params[0]), accept, who(r));
  if (!g.ok()) return g.status();
  return json_reply(report::suggestion_json(g.value()));
}

Reply report(ApiContext& c, const ApiRequest& r) {
  report::ScorecardScope scope{arg(r, "state"), arg(r, "concept"), arg(r, "doc"), arg(r, "today")};
  auto card = report::build_scorecard(c.repo, scope);
  if (!card.ok()) return card.status();
  std::string format = arg(r, "format", "json");
  auto text = report::render(card.value(), format);
  if (!text.ok()) return text.status();
  static const std::map<std::string, std::string> kTypes = {{"json", "application/json"},
                                                            {"html", "text/html; charset=utf-8"},
                                                            {"csv", "text/csv; charset=utf-8"},
                                                            {"md", "text/markdown; charset=utf-8"}};
  auto type = kTypes.find(format);
  return ApiReply{200, text.value(), type == kTypes.end() ? "text/plain; charset=utf-8" : type->second, {}};
}

Reply export_data(ApiContext& c, const ApiRequest&) {
  auto text = track::export_tracking(c.repo);
  if (!text.ok()) return text.status();
  return ApiReply{200, text.value(), "application/x-ndjson", {}};
}

Reply publish(ApiContext& c, const ApiRequest& r) {
  auto j = body_json(r);
  if (!j.ok()) return j.status();
  auto flag = j->find("public");
  if (flag == j->end() || !flag->is_boolean()) return Status::invalid_input("send {\"public\": true} or false");
  auto d = c.repo.find_document(r.params[0]);
  if (!d.ok()) return d.status();
  if (!d.value()) return Status::not_found("no document '" + r.params[0] + "'");
  if (auto s = c.repo.set_public(d.value()->summary.id, flag->get<bool>(), who(r)); !s.is_ok()) return s;
  return json_reply({{"document", d.value()->summary.id}, {"public", flag->get<bool>()}});
}

Reply users(ApiContext& c, const ApiRequest&) {
  auto list = c.repo.list_users();
  if (!list.ok()) return list.status();
  Json a = Json::array();
  for (const auto& u : list.value())
    a.push_back({{"name", u.name}, {"role", u.role}, {"disabled", u.disabled}, {"created_at", u.created_at}});
  return json_reply(a);
}

Reply add_user(ApiContext& c, const ApiRequest& r) {
  auto j = body_json(r);
  if (!j.ok()) return j.status();
  auto hash = hash_password(field(j.value(), "password"));
  if (!hash.ok()) return hash.status();
  auto u = c.repo.put_user({0, field(j.value(), "name"), field(j.value(), "role"), hash.value(), false, ""}, who(r));
  if (!u.ok()) return u.status();
  return json_reply({{"name", u->name}, {"role", u->role}}, 201);
}

}  // namespace

const std::vector<Route>& routes() {
  static const std::vector<Route> kRoutes = {
      {"GET", "/api/health", "Is the server up", "",
       [](ApiContext&, const ApiRequest&) -> Reply {
         return json_reply({{"ok", true}});
       }},
      {"POST", "/api/login", "Log in: sets the session cookie, returns the CSRF token", "", login},
      {"POST", "/api/logout", "Log out", "viewer", logout},
      {"GET", "/api/me", "Who is logged in, with the CSRF token", "viewer", me},
      {"GET", "/api/documents", "Stored documents", "viewer", documents, true},
      {"POST", "/api/documents", "Upload documents (multipart, field files): a result per file", "editor", upload},
      {"GET", "/api/documents/{id}", "One document with its provisions and annotations", "viewer", document, true},
      {"POST", "/api/documents/{id}/public", "Publish a document for the public mode, or take it back", "admin",
       publish},
      {"GET", "/api/search", "Search provisions (q, limit, offset) with facets", "viewer", search, true},
      {"GET", "/api/cites", "Documents citing a symbol (symbol)", "viewer", cites, true},
      {"GET", "/api/concepts", "The taxonomy's concepts (kind)", "viewer", concepts, true},
      {"GET", "/api/commitments", "Commitments (actor, kind, status, doc, q)", "viewer", commitments},
      {"GET", "/api/commitments/{id}", "One commitment with history, suggestions, assignments, links", "viewer",
       commitment},
      {"POST", "/api/commitments/{id}/status", "Change a commitment's status with evidence", "editor", set_status},
      {"GET", "/api/clusters", "Clusters of commitments that restate one another (actor)", "viewer", clusters},
      {"POST", "/api/commitments/{id}/cluster", "Confirm or split a commitment's cluster links", "editor",
       decide_cluster},
      {"GET", "/api/suggestions", "Evidence suggestions (state, commitment)", "viewer", suggestions},
      {"POST", "/api/suggestions/{id}/accept", "Accept a suggestion", "editor",
       [](ApiContext& c, const ApiRequest& r) { return decide(c, r, true); }},
      {"POST", "/api/suggestions/{id}/reject", "Reject a suggestion", "editor",
       [](ApiContext& c, const ApiRequest& r) { return decide(c, r, false); }},
      {"GET", "/api/reports", "A scorecard (state, concept, doc, format: json, html, csv, md)", "viewer", report},
      {"GET", "/api/export", "All tracking data as JSON Lines", "editor", export_data},
      {"GET", "/api/users", "Users and their roles", "admin", users},
      {"POST", "/api/users", "Add a user or change one", "admin", add_user},
  };
  return kRoutes;
}

ApiReply json_reply(const nlohmann::ordered_json& j, int status) {
  return {status, j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace), "application/json", {}};
}

int http_status(const Status& s) {
  switch (s.code()) {
    case Status::Code::kInvalidInput:
      return 400;
    case Status::Code::kNotFound:
      return 404;
    case Status::Code::kConflict:
      return 409;
    default:
      return 500;
  }
}

ApiReply error_reply(const Status& s) { return json_reply({{"error", s.message()}}, http_status(s)); }

}  // namespace rightstrack::server
