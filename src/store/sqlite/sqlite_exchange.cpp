// Tracking data as one value: read for export, restored by import in one transaction. Documents are
// named by their SHA-256, so the data means the same in any database that stored the same files.
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <set>

#include "store/sqlite/sqlite_repository.h"

namespace rightstrack::sqlite {
namespace {

using Json = nlohmann::ordered_json;

bool wanted(const std::set<std::string>& ids, const std::string& id) { return ids.empty() || ids.count(id); }

}  // namespace

Result<TrackingData> SqliteRepository::tracking_data(const std::vector<std::string>& id_list, bool with_files) {
  std::set<std::string> ids(id_list.begin(), id_list.end());
  TrackingData out;
  auto institutions = list_institutions();
  if (!institutions.ok()) return institutions.status();
  out.institutions = std::move(institutions).value();
  auto all = list_commitments({});
  if (!all.ok()) return all.status();
  std::set<int64_t> documents;
  std::set<std::string> files;
  for (auto& c : all.value()) {
    if (c.version <= 1 || !wanted(ids, c.id)) continue;
    auto h = status_history(c.id);
    if (!h.ok()) return h.status();
    for (const auto& r : h.value())
      for (const auto& e : r.evidence) {
        if (e.kind == "file") files.insert(e.ref);
        if (e.kind == "provision" && e.ref.find('#') != std::string::npos)  // "12#p4": document 12
          documents.insert(std::atoll(e.ref.substr(0, e.ref.find('#')).c_str()));
      }
    out.history[c.id] = std::move(h).value();
    documents.insert(c.document_id);
    out.commitments.push_back(std::move(c));
  }
  Statement a(db_, "SELECT commitment_id, institution_id, role, by, at FROM assignments ORDER BY 1, 2");
  while (a.step() == Statement::Step::kRow)
    if (wanted(ids, a.text(0))) out.assignments.push_back({a.text(0), a.text(1), a.text(2), a.text(3), a.text(4)});
  if (!a.status().is_ok()) return a.status();
  auto indicators = read_indicators(id_list);
  if (!indicators.ok()) return indicators.status();
  out.indicators = std::move(indicators).value();
  auto suggestions = list_suggestions({});
  if (!suggestions.ok()) return suggestions.status();
  for (auto& g : suggestions.value()) {
    if (g.state == "suggested" || !wanted(ids, g.commitment_id)) continue;
    documents.insert(g.document_id);
    out.suggestions.push_back(std::move(g));
  }
  auto links = list_links(id_list);
  if (!links.ok()) return links.status();
  for (auto& l : links.value())
    if (l.state != "suggested") out.links.push_back(std::move(l));
  Statement sha(db_, "SELECT sha256 FROM documents WHERE id = ?1");
  for (int64_t d : documents) {
    sha.bind(1, d);
    if (sha.step() == Statement::Step::kRow) out.document_sha256[d] = sha.text(0);
    sha.reset();
  }
  if (!with_files) return out;
  Statement f(db_, "SELECT name, bytes FROM evidence_files WHERE sha256 = ?1");
  for (const auto& h : files) {
    f.bind(1, h);
    if (f.step() == Statement::Step::kRow) out.files.push_back({h, f.text(0), f.text(1)});
    f.reset();
  }
  return out;
}

Status SqliteRepository::restore_commitment(const TrackingData& data, const Commitment& c, const std::string& who) {
  auto local = find_commitment(c.id);
  if (!local.ok()) return local.status();
  if (!local.value()) return Status::not_found("commitment " + c.id + " is not in this database");
  const Commitment& here = *local.value();
  if (here.version > 1)
    return Status::conflict("commitment " + c.id + " already has changes made in this database (version " +
                            std::to_string(here.version) + "); import only into a database where it has none");
  Statement& upd = prepared(
      "UPDATE commitments SET status = ?2, version = ?3, action_level = iif(?4, ?5, action_level), "
      "action_level_by_person = ?4, due_date = iif(?6, ?7, due_date), due_date_by_person = ?6, updated_at = ?8 "
      "WHERE id = ?1");
  upd.bind(1, c.id).bind(2, c.status).bind(3, c.version).bind(4, c.action_level_by_person ? 1 : 0);
  upd.bind(5, c.action_level).bind(6, c.due_date_by_person ? 1 : 0).bind(7, c.due_date).bind(8, now_utc());
  Status s = upd.run();
  upd.reset();
  if (!s.is_ok()) return s;
  auto h = data.history.find(c.id);
  if (h != data.history.end())
    for (const auto& r : h->second)
      if (s = insert_status_record(c.id, r); !s.is_ok()) return s;
  Json payload = {
      {"status", c.status}, {"version", c.version}, {"status_changes", h == data.history.end() ? 0 : h->second.size()}};
  return append_audit(who, "import.commitment", c.id, payload.dump());
}

Status SqliteRepository::restore_tracking(const TrackingData& data, const std::string& who) {
  if (who.empty()) return Status::invalid_input("say who imports (--as NAME)");
  // Local document ids of the exported ones, by content.
  std::map<int64_t, int64_t> doc_id;
  for (const auto& [exported, sha] : data.document_sha256) {
    auto d = find_by_sha256(sha);
    if (!d.ok()) return d.status();
    if (!d.value()) return Status::not_found("document " + sha.substr(0, 16) + "… is not stored here: ingest it first");
    doc_id[exported] = d.value()->id;
  }
  if (auto s = exec(db_, "BEGIN IMMEDIATE"); !s.is_ok()) return s;
  auto fail = [&](Status s) {
    rollback();
    return s;
  };
  for (const auto& in : data.institutions)
    if (auto s = upsert_institution(in, who, "import.institution"); !s.is_ok()) return fail(s);
  for (const auto& c : data.commitments)
    if (auto s = restore_commitment(data, c, who); !s.is_ok()) return fail(s);
  for (const auto& a : data.assignments) {
    Statement& st =
        prepared("INSERT INTO assignments(commitment_id, institution_id, role, by, at) VALUES (?1, ?2, ?3, ?4, ?5)");
    st.bind(1, a.commitment_id).bind(2, a.institution_id).bind(3, a.role).bind(4, a.by).bind(5, a.at);
    Status s = st.run();
    st.reset();
    if (!s.is_ok())
      return fail(
          Status::invalid_input("assignment of " + a.institution_id + " to " + a.commitment_id + ": " + s.message()));
  }
  for (const auto& in : data.indicators) {
    Statement& ins = prepared(
        "INSERT INTO indicators(commitment_id, name, unit, baseline, baseline_date, target, target_date, by, at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    ins.bind(1, in.commitment_id).bind(2, in.name).bind(3, in.unit).bind_opt(4, in.baseline);
    ins.bind_text_or_null(5, in.baseline_date).bind_opt(6, in.target).bind_text_or_null(7, in.target_date);
    ins.bind(8, in.by).bind(9, in.at);
    Status s = ins.run();
    ins.reset();
    if (!s.is_ok())
      return fail(Status::invalid_input("indicator '" + in.name + "' of " + in.commitment_id + ": " + s.message()));
    int64_t id = sqlite3_last_insert_rowid(db_);
    for (const auto& v : in.values) {
      Statement& put = prepared(
          "INSERT INTO indicator_values(indicator_id, date, value, note, by, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
      put.bind(1, id).bind(2, v.date).bind(3, v.value).bind_text_or_null(4, v.note).bind(5, v.by).bind(6, v.at);
      s = put.run();
      put.reset();
      if (!s.is_ok()) return fail(s);
    }
  }
  for (const auto& g : data.suggestions) {
    auto d = doc_id.find(g.document_id);
    if (d == doc_id.end()) return fail(Status::invalid_input("suggestion " + g.provision_id + " names no document"));
    Statement& put = prepared(
        "INSERT INTO suggestions(commitment_id, document_id, seq, provision_id, relation, score, spans, state, by, at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT(commitment_id, document_id, seq) DO UPDATE SET "
        "state = excluded.state, by = excluded.by, at = excluded.at");
    put.bind(1, g.commitment_id).bind(2, d->second).bind(3, static_cast<int64_t>(g.seq)).bind(4, g.provision_id);
    put.bind(5, g.relation).bind(6, g.score).bind(7, Json(g.spans).dump()).bind(8, g.state).bind(9, g.by);
    put.bind(10, g.at);
    Status s = put.run();
    put.reset();
    if (!s.is_ok()) return fail(s);
  }
  for (const auto& l : data.links) {
    Statement& put = prepared(
        "INSERT INTO commitment_links(a, b, score, state, by, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
        "ON CONFLICT(a, b) DO UPDATE SET state = excluded.state, by = excluded.by, at = excluded.at");
    put.bind(1, l.a).bind(2, l.b).bind(3, l.score).bind(4, l.state).bind(5, l.by).bind(6, l.at);
    Status s = put.run();
    put.reset();
    if (!s.is_ok()) return fail(Status::invalid_input("link " + l.a + " – " + l.b + ": " + s.message()));
  }
  for (const auto& f : data.files) {
    Statement& put =
        prepared("INSERT INTO evidence_files(sha256, name, bytes) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING");
    put.bind(1, f.sha256).bind(2, f.name).bind_blob(3, f.bytes);
    Status s = put.run();
    put.reset();
    if (!s.is_ok()) return fail(s);
  }
  if (auto s = exec(db_, "COMMIT"); !s.is_ok()) return fail(s);
  return Status::ok();
}

}  // namespace rightstrack::sqlite
