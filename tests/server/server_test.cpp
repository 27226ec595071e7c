// The REST API over real HTTP on loopback: the OpenAPI document matches the routes, every
// state-changing route refuses anonymous callers and viewers, sessions need their CSRF token,
// changes are version-checked, and bad input gets a 4xx JSON error, never a crash.
#include "server/server.h"

#include <gtest/gtest.h>
#include <httplib.h>

#include <nlohmann/json.hpp>
#include <set>

#include "server/accounts.h"
#include "server/api.h"
#include "server/password.h"
#include "support/parse_file.h"
#include "support/temp_dir.h"
#include "track/tracker.h"

namespace rightstrack::server {
namespace {

using Json = nlohmann::json;

class Api : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new rightstrack::testing::TempDir();
    db_ = dir_->file("api.db");
    auto repo = open_repository(db_);
    ASSERT_TRUE(repo.ok());
    for (const char* name : {"000_f4626f13f5795eeb.txt", "003_694d42ce343c5208.txt", "001_3cb7da14d703b69e.txt"}) {
      std::string f = std::string(RIGHTSTRACK_SOURCE_DIR) + "/data/samples/" + name;
      Document d = rightstrack::testing::parse_file(f, true);
      auto put = repo.value()->put_document(f, d, "x");
      ASSERT_TRUE(put.ok());
      ASSERT_TRUE(track::track_document(*repo.value(), put->id, d, f, 1).ok());
    }
    for (auto [name, role] :
         {std::pair{"ed", "editor"}, std::pair{"vi", "viewer"}, std::pair{"ad", "admin"}, std::pair{"th", "viewer"}}) {
      auto u = repo.value()->put_user(
          {0, name, role, hash_password(std::string(name) + "-password").value(), false, ""}, "test");
      ASSERT_TRUE(u.ok());
    }
    viewer_token_ = issue_token(*repo.value(), "vi", "test").value();
    editor_token_ = issue_token(*repo.value(), "ed", "test").value();
    commitment_ = repo.value()->list_commitments({"LUX", "", "", 0}).value().front().id;
    server_ = new Server(db_, {"127.0.0.1", 0, 1u << 20, ""});
    auto port = server_->start();
    ASSERT_TRUE(port.ok()) << port.status().message();
    port_ = port.value();
  }
  static void TearDownTestSuite() {
    delete server_;
    delete dir_;
  }

  httplib::Client client() { return httplib::Client("127.0.0.1", port_); }
  static httplib::Headers bearer(const std::string& token) { return {{"Authorization", "Bearer " + token}}; }

  // Logs in and returns the cookie header and the CSRF token.
  std::pair<std::string, std::string> login(const std::string& name) {
    auto res =
        client().Post("/api/login", Json{{"name", name}, {"password", name + "-password"}}.dump(), "application/json");
    EXPECT_TRUE(res && res->status == 200);
    std::string cookie = res->get_header_value("Set-Cookie");
    EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
    EXPECT_NE(cookie.find("SameSite=Strict"), std::string::npos);
    return {cookie.substr(0, cookie.find(';')), Json::parse(res->body)["csrf"]};
  }

  static rightstrack::testing::TempDir* dir_;
  static Server* server_;
  static std::string db_, viewer_token_, editor_token_, commitment_;
  static int port_;
};

rightstrack::testing::TempDir* Api::dir_ = nullptr;
Server* Api::server_ = nullptr;
std::string Api::db_, Api::viewer_token_, Api::editor_token_, Api::commitment_;
int Api::port_ = 0;

TEST_F(Api, OpenApiDocumentMatchesTheRoutes) {
  auto res = client().Get("/api/openapi.json");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200);
  Json doc = Json::parse(res->body);
  EXPECT_EQ(doc["openapi"].get<std::string>().substr(0, 2), "3.");
  std::set<std::pair<std::string, std::string>> documented, served = {{"GET", "/api/openapi.json"}};
  for (const auto& [path, ops] : doc["paths"].items())
    for (const auto& [method, op] : ops.items()) {
      std::string m = method;
      for (char& c : m) c = static_cast<char>(std::toupper(c));
      documented.insert({m, path});
    }
  for (const auto& r : routes()) {
    served.insert({r.method, r.path});
    std::string m = r.method;
    for (char& c : m) c = static_cast<char>(std::tolower(c));
    // The documented role and public access are the ones enforced.
    EXPECT_EQ(doc["paths"][r.path][m].value("x-role", ""), r.role) << r.method << " " << r.path;
    EXPECT_EQ(doc["paths"][r.path][m].value("x-public", false), r.public_read) << r.method << " " << r.path;
  }
  EXPECT_EQ(documented, served);
}

TEST_F(Api, EveryChangeIsRefusedToAnonymousAndViewers) {
  auto [viewer_cookie, viewer_csrf] = login("vi");
  size_t checked = 0;
  for (const auto& r : routes()) {
    if (r.method == "GET" || r.role.empty()) continue;  // reads; login itself
    std::string path = r.path;
    for (std::string id : {"{id}"})
      if (auto at = path.find(id); at != std::string::npos) path.replace(at, id.size(), commitment_);
    auto anonymous = client().Post(path, "{}", "application/json");
    ASSERT_TRUE(anonymous) << path;
    EXPECT_EQ(anonymous->status, 401) << path;
    if (r.role == "viewer") continue;  // logout: viewers may
    auto viewer = client().Post(path, bearer(viewer_token_), "{}", "application/json");
    EXPECT_EQ(viewer->status, 403) << path;
    httplib::Headers session = {{"Cookie", viewer_cookie}, {"X-CSRF-Token", viewer_csrf}};
    EXPECT_EQ(client().Post(path, session, "{}", "application/json")->status, 403) << path;
    ++checked;
  }
  EXPECT_GE(checked, 4u);
  // Reads need a login too (tracking data is private).
  EXPECT_EQ(client().Get("/api/commitments")->status, 401);
  EXPECT_EQ(client().Get("/api/commitments", bearer("not-a-token"))->status, 401);
  EXPECT_EQ(client().Get("/api/commitments", bearer(viewer_token_))->status, 200);
}

TEST_F(Api, SessionChangesNeedTheCsrfTokenAndAreVersionChecked) {
  auto [cookie, csrf] = login("ed");
  std::string path = "/api/commitments/" + commitment_ + "/status";
  Json change = {{"status", "in_progress"}, {"note", "bill tabled"}, {"evidence", {"https://example.org/bill"}}};
  auto no_csrf = client().Post(path, {{"Cookie", cookie}}, change.dump(), "application/json");
  EXPECT_EQ(no_csrf->status, 403);
  auto wrong = client().Post(path, {{"Cookie", cookie}, {"X-CSRF-Token", "0"}}, change.dump(), "application/json");
  EXPECT_EQ(wrong->status, 403);
  change["expected_version"] = 1;
  auto ok = client().Post(path, {{"Cookie", cookie}, {"X-CSRF-Token", csrf}}, change.dump(), "application/json");
  ASSERT_EQ(ok->status, 200) << ok->body;
  EXPECT_EQ(Json::parse(ok->body)["version"], 2);
  auto stale = client().Post(path, {{"Cookie", cookie}, {"X-CSRF-Token", csrf}}, change.dump(), "application/json");
  EXPECT_EQ(stale->status, 409);
  auto one = client().Get("/api/commitments/" + commitment_, bearer(viewer_token_));
  ASSERT_EQ(one->status, 200);
  Json j = Json::parse(one->body);
  ASSERT_EQ(j["history"].size(), 1u);
  EXPECT_EQ(j["history"][0]["who"], "ed");
  EXPECT_EQ(j["history"][0]["evidence"][0]["ref"], "https://example.org/bill");
  // An API token needs no CSRF token (it is not sent by browsers on their own).
  Json refused = {{"status", "implemented"}};  // no evidence: the workflow refuses
  EXPECT_EQ(client().Post(path, bearer(editor_token_), refused.dump(), "application/json")->status, 400);
  auto out = client().Post("/api/logout", {{"Cookie", cookie}, {"X-CSRF-Token", csrf}}, "", "text/plain");
  EXPECT_EQ(out->status, 200);
  EXPECT_EQ(client().Get("/api/me", {{"Cookie", cookie}})->status, 401);
}

TEST_F(Api, BadInputGetsA4xxJsonError) {
  auto h = bearer(editor_token_);
  auto expect_error = [](const httplib::Result& res, int status, const std::string& what) {
    ASSERT_TRUE(res) << what;
    EXPECT_EQ(res->status, status) << what << ": " << res->body;
    Json j = Json::parse(res->body, nullptr, false);
    EXPECT_TRUE(j.is_object() && j.contains("error")) << what << ": " << res->body;
  };
  std::string path = "/api/commitments/" + commitment_ + "/status";
  expect_error(client().Post(path, h, "{not json", "application/json"), 400, "malformed JSON");
  expect_error(client().Post(path, h, "[1,2]", "application/json"), 400, "not an object");
  expect_error(
      client().Post("/api/commitments/C-000000000000/status", h, R"({"status":"in_progress"})", "application/json"),
      404, "unknown commitment");
  expect_error(client().Get("/api/documents/999999", h), 404, "unknown document");
  expect_error(client().Get("/api/search?q=%22%E5%84%BF", h), 400, "unbalanced quote");
  expect_error(client().Get("/api/search?q=x&limit=abc", h), 400, "bad limit");
  expect_error(client().Get("/api/search?q=x&limit=100000", h), 400, "limit too large");
  expect_error(client().Get("/api/reports?format=pdf", h), 400, "bad format");
  expect_error(client().Post("/api/suggestions/xyz/accept", h, "{}", "application/json"), 404, "bad number");
  expect_error(client().Get("/api/no/such/route", h), 404, "unknown route");
  expect_error(client().Post(path, h, std::string(2u << 20, 'x'), "application/json"), 413, "oversized body");
  // Still serving.
  EXPECT_EQ(client().Get("/api/health")->status, 200);
  auto found = client().Get("/api/search?q=%E5%84%BF%E7%AB%A5&limit=3", h);  // 儿童
  ASSERT_EQ(found->status, 200);
  EXPECT_GT(Json::parse(found->body)["total"].get<int>(), 0);
  auto html = client().Get("/api/reports?state=LUX&format=html", h);
  ASSERT_EQ(html->status, 200);
  EXPECT_EQ(html->get_header_value("Content-Type").rfind("text/html", 0), 0u);
}

TEST_F(Api, UploadGivesAResultPerFile) {
  httplib::MultipartFormDataItems items = {
      {"files", "Human Rights Council\n1. Luxembourg has ratified the Convention against Torture.\n", "a.txt",
       "text/plain"},
      {"files", std::string("\x00\x01\x02binary\xff", 10), "b.bin", "application/octet-stream"},
      {"files", "", "empty.txt", "text/plain"}};
  auto res = client().Post("/api/documents", bearer(editor_token_), items);
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  Json j = Json::parse(res->body)["results"];
  ASSERT_EQ(j.size(), 3u);
  EXPECT_EQ(j[0]["result"], "stored");
  EXPECT_EQ(j[1]["result"], "refused");
  EXPECT_NE(j[1]["reason"].get<std::string>().find("b.bin"), std::string::npos) << j[1];
  EXPECT_EQ(j[2]["result"], "refused");
  auto again = client().Post("/api/documents", bearer(editor_token_), httplib::MultipartFormDataItems{items[0]});
  EXPECT_EQ(Json::parse(again->body)["results"][0]["result"], "unchanged");
  EXPECT_EQ(client().Post("/api/documents", bearer(viewer_token_), items)->status, 403);
  EXPECT_EQ(client().Post("/api/documents", bearer(editor_token_), "{}", "application/json")->status, 400);
}

TEST_F(Api, ClustersAreListedAndDecided) {
  auto res = client().Get("/api/clusters?actor=LUX", bearer(viewer_token_));
  ASSERT_EQ(res->status, 200);
  Json clusters = Json::parse(res->body);
  ASSERT_GE(clusters.size(), 7u);  // the brochure restates the note verbale's pledges
  for (const auto& c : clusters) EXPECT_GE(c["members"].size(), 2u);
  std::string member = clusters[0]["members"][0]["id"];
  std::string path = "/api/commitments/" + member + "/cluster";
  EXPECT_EQ(client().Post(path, bearer(editor_token_), R"({"state":"merged"})", "application/json")->status, 400);
  auto confirmed = client().Post(path, bearer(editor_token_), R"({"state":"confirmed"})", "application/json");
  ASSERT_EQ(confirmed->status, 200) << confirmed->body;
  EXPECT_GE(Json::parse(confirmed->body)["links"].get<int>(), 1);
  auto again = client().Get("/api/clusters?actor=LUX", bearer(viewer_token_));
  bool seen = false;
  for (const auto& c : Json::parse(again->body))
    for (const auto& l : c["links"]) seen |= l["state"] == "confirmed" && l["by"] == "ed";
  EXPECT_TRUE(seen);
}

TEST_F(Api, FailedLoginsAreThrottled) {
  // A server of its own: throttling is per server and per address, and must not lock out the
  // other tests' logins from 127.0.0.1.
  Server own(db_, {"127.0.0.1", 0, 1u << 20, ""});
  auto port = own.start();
  ASSERT_TRUE(port.ok());
  httplib::Client c("127.0.0.1", port.value());
  auto attempt = [&](const std::string& pw) {
    return c.Post("/api/login", Json{{"name", "th"}, {"password", pw}}.dump(), "application/json")->status;
  };
  for (int i = 0; i < Accounts::kMaxFailures; ++i) EXPECT_EQ(attempt("wrong"), 401);
  EXPECT_EQ(attempt("th-password"), 429);  // even the right password, until the window passes
}

TEST_F(Api, PublicModeShowsPublishedDocumentsOnly) {
  Server open_server(db_, {"127.0.0.1", 0, 1u << 20, "", true});
  auto port = open_server.start();
  ASSERT_TRUE(port.ok());
  httplib::Client anyone("127.0.0.1", port.value());
  auto docs = [&] { return Json::parse(anyone.Get("/api/documents")->body); };
  auto search_total = [&](const std::string& q) {
    auto res = anyone.Get("/api/search?q=" + q);
    EXPECT_EQ(res->status, 200) << res->body;
    return Json::parse(res->body)["total"].get<int>();
  };
  EXPECT_TRUE(docs().empty());                       // nothing published yet
  EXPECT_EQ(search_total("%E4%BA%BA%E6%9D%83"), 0);  // 人权
  // Publishing is for admins only.
  EXPECT_EQ(
      client().Post("/api/documents/1/public", bearer(editor_token_), R"({"public":true})", "application/json")->status,
      403);
  auto [cookie, csrf] = login("ad");
  auto published = client().Post("/api/documents/1/public", {{"Cookie", cookie}, {"X-CSRF-Token", csrf}},
                                 R"({"public":true})", "application/json");
  ASSERT_EQ(published->status, 200) << published->body;
  ASSERT_EQ(docs().size(), 1u);
  EXPECT_EQ(docs()[0]["id"], 1);
  int in_public = search_total("%E4%BA%BA%E6%9D%83");
  EXPECT_GT(in_public, 0);
  auto everything = client().Get("/api/search?q=%E4%BA%BA%E6%9D%83", bearer(viewer_token_));
  EXPECT_GT(Json::parse(everything->body)["total"].get<int>(), in_public);  // a logged-in reader sees all
  EXPECT_EQ(anyone.Get("/api/documents/1")->status, 200);
  EXPECT_EQ(anyone.Get("/api/documents/2")->status, 404);  // not published: as if absent
  // Tracking data stays private, and nothing changes anonymously.
  EXPECT_EQ(anyone.Get("/api/commitments")->status, 401);
  EXPECT_EQ(anyone.Get("/api/reports")->status, 401);
  EXPECT_EQ(anyone.Post("/api/documents/1/public", R"({"public":false})", "application/json")->status, 401);
  // The same routes without --public still need a login.
  EXPECT_EQ(client().Get("/api/documents")->status, 401);
  ASSERT_EQ(client()
                .Post("/api/documents/1/public", {{"Cookie", cookie}, {"X-CSRF-Token", csrf}}, R"({"public":false})",
                      "application/json")
                ->status,
            200);
  EXPECT_TRUE(docs().empty());
  // Cached document views are dropped when the store changes: private again means 404.
  for (int i = 0; i < 20; ++i) EXPECT_EQ(anyone.Get("/api/documents/1")->status, 404);
  open_server.stop();
}

TEST(Accounts, PasswordsAreArgon2idAndTokensRandom) {
  auto h = hash_password("correct horse");
  ASSERT_TRUE(h.ok());
  EXPECT_EQ(h->rfind("$argon2id$", 0), 0u);
  EXPECT_TRUE(verify_password(h.value(), "correct horse"));
  EXPECT_FALSE(verify_password(h.value(), "correct horsE"));
  EXPECT_FALSE(hash_password("short").ok());
  EXPECT_NE(random_token(), random_token());
  EXPECT_EQ(random_token().size(), 64u);
}

}  // namespace
}  // namespace rightstrack::server
