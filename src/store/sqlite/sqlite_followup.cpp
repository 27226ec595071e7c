// Follow-up data of the SQLite store: links between commitments, institutions and their
// assignments, indicators with dated values, and evidence suggestions. Every change by a person
// goes through edit_commitment(): one transaction, version-checked, with its audit entry.
#include <nlohmann/json.hpp>

#include "store/sqlite/sqlite_repository.h"

namespace rightstrack::sqlite {
namespace {

using Json = nlohmann::ordered_json;

bool is_slug(const std::string& s) {
  if (s.empty() || s.size() > 64) return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.')) return false;
  return true;
}

}  // namespace

Status SqliteRepository::put_institution(const Institution& in, const std::string& who) {
  if (who.empty()) return Status::invalid_input("say who makes the change (--as NAME)");
  if (auto s = exec(db_, "BEGIN IMMEDIATE"); !s.is_ok()) return s;
  Status s = upsert_institution(in, who, "institution.put");
  if (s.is_ok()) s = exec(db_, "COMMIT");
  if (!s.is_ok()) rollback();
  return s;
}

Status SqliteRepository::upsert_institution(const Institution& in, const std::string& who, const std::string& action) {
  if (!is_slug(in.id))
    return Status::invalid_input("institution id '" + in.id +
                                 "' must be a short lowercase slug (a-z, 0-9, '-', '_', '.'), e.g. lux-mfa");
  if (in.name.empty()) return Status::invalid_input("institution " + in.id + " needs a name");
  static const char* kKinds[] = {"government", "nhri", "ngo", "un", "parliament", "judiciary", "other"};
  if (std::find(std::begin(kKinds), std::end(kKinds), in.kind) == std::end(kKinds))
    return Status::invalid_input("institution kind '" + in.kind +
                                 "' is not one of government, nhri, ngo, un, parliament, judiciary, other");
  Statement& put = prepared(
      "INSERT INTO institutions(id, name, kind, state, created_at) VALUES (?1, ?2, ?3, ?4, ?5) "
      "ON CONFLICT(id) DO UPDATE SET name = excluded.name, kind = excluded.kind, state = excluded.state");
  put.bind(1, in.id).bind(2, in.name).bind(3, in.kind).bind_text_or_null(4, in.state).bind(5, now_utc());
  Status s = put.run();
  put.reset();
  Json payload = {{"name", in.name}, {"kind", in.kind}, {"state", in.state}};
  return s.is_ok() ? append_audit(who, action, in.id, payload.dump()) : s;
}

Result<std::vector<Institution>> SqliteRepository::list_institutions() {
  Statement st(db_, "SELECT id, name, kind, state FROM institutions ORDER BY id");
  std::vector<Institution> out;
  while (st.step() == Statement::Step::kRow) out.push_back({st.text(0), st.text(1), st.text(2), st.text(3)});
  if (!st.status().is_ok()) return st.status();
  return out;
}

Result<Commitment> SqliteRepository::assign(const Assignment& a, int64_t expected_version) {
  if (!a.role.empty() && a.role != "lead" && a.role != "contributing")
    return Status::invalid_input("an institution is lead or contributing on a commitment, not '" + a.role + "'");
  return edit_commitment(
      a.commitment_id, expected_version, a.by, a.role.empty() ? "commitment.unassign" : "commitment.assign",
      [&](Commitment& c) -> Result<std::string> {
        Statement& known = prepared("SELECT 1 FROM institutions WHERE id = ?1");
        known.bind(1, a.institution_id);
        auto step = known.step();
        known.reset();
        if (step != Statement::Step::kRow)
          return Status::not_found("no institution '" + a.institution_id +
                                   "': add it first (rightstrack institution add ID NAME --kind KIND)");
        Statement& st = a.role.empty() ? prepared(
                                             "DELETE FROM assignments WHERE commitment_id = ?1 AND "
                                             "institution_id = ?2")
                                       : prepared(
                                             "INSERT INTO assignments(commitment_id, institution_id, role, by, at) "
                                             "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO UPDATE SET role = "
                                             "excluded.role, by = excluded.by, at = excluded.at");
        st.bind(1, c.id).bind(2, a.institution_id);
        if (!a.role.empty()) st.bind(3, a.role).bind(4, a.by).bind(5, now_utc());
        Status s = st.run();
        st.reset();
        if (!s.is_ok()) return s;
        if (a.role.empty() && sqlite3_changes(db_) == 0)
          return Status::invalid_input(a.institution_id + " is not assigned to " + c.id);
        Json payload = {{"institution", a.institution_id}, {"role", a.role}, {"version", c.version}};
        return payload.dump();
      });
}

Result<int64_t> SqliteRepository::add_indicator(const Indicator& in, int64_t expected_version) {
  if (in.name.empty() || in.unit.empty()) return Status::invalid_input("an indicator needs a name and a unit");
  for (const auto* d : {&in.baseline_date, &in.target_date})
    if (!d->empty() && !is_iso_date(*d)) return Status::invalid_input("'" + *d + "' is not a date (YYYY-MM-DD)");
  int64_t id = 0;
  auto edited = edit_commitment(
      in.commitment_id, expected_version, in.by, "indicator.add", [&](Commitment& c) -> Result<std::string> {
        Statement& ins = prepared(
            "INSERT INTO indicators(commitment_id, name, unit, baseline, baseline_date, target, target_date, by, "
            "at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
        ins.bind(1, c.id).bind(2, in.name).bind(3, in.unit).bind_opt(4, in.baseline);
        ins.bind_text_or_null(5, in.baseline_date).bind_opt(6, in.target).bind_text_or_null(7, in.target_date);
        ins.bind(8, in.by).bind(9, now_utc());
        Status s = ins.run();
        ins.reset();
        if (!s.is_ok())
          return s.message().find("UNIQUE") != std::string::npos
                     ? Status::invalid_input(c.id + " already has an indicator named '" + in.name + "'")
                     : s;
        id = sqlite3_last_insert_rowid(db_);
        Json payload = {{"indicator", id},     {"name", in.name},   {"unit", in.unit},
                        {"baseline", nullptr}, {"target", nullptr}, {"version", c.version}};
        if (in.baseline) payload["baseline"] = *in.baseline;
        if (in.target) payload["target"] = *in.target;
        return payload.dump();
      });
  if (!edited.ok()) return edited.status();
  return id;
}

Status SqliteRepository::record_indicator_value(int64_t indicator_id, const IndicatorValue& v) {
  if (!is_iso_date(v.date)) return Status::invalid_input("'" + v.date + "' is not a date (YYYY-MM-DD)");
  Statement& owner = prepared("SELECT commitment_id FROM indicators WHERE id = ?1");
  owner.bind(1, indicator_id);
  auto step = owner.step();
  std::string commitment = step == Statement::Step::kRow ? owner.text(0) : "";
  owner.reset();
  if (commitment.empty()) return Status::not_found("no indicator " + std::to_string(indicator_id));
  auto edited = edit_commitment(commitment, 0, v.by, "indicator.value", [&](Commitment& c) -> Result<std::string> {
    Statement& put = prepared(
        "INSERT INTO indicator_values(indicator_id, date, value, note, by, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
        "ON CONFLICT DO UPDATE SET value = excluded.value, note = excluded.note, by = excluded.by, at = excluded.at");
    put.bind(1, indicator_id).bind(2, v.date).bind(3, v.value).bind_text_or_null(4, v.note).bind(5, v.by);
    put.bind(6, now_utc());
    Status s = put.run();
    put.reset();
    if (!s.is_ok()) return s;
    Json payload = {
        {"indicator", indicator_id}, {"date", v.date}, {"value", v.value}, {"note", v.note}, {"version", c.version}};
    return payload.dump();
  });
  return edited.status();
}

Result<std::vector<Indicator>> SqliteRepository::read_indicators(const std::vector<std::string>& ids) {
  Statement st(db_,
               "SELECT id, commitment_id, name, unit, baseline, baseline_date, target, target_date, by, at "
               "FROM indicators ORDER BY commitment_id, id");
  Statement values(db_, "SELECT date, value, note, by, at FROM indicator_values WHERE indicator_id = ?1 ORDER BY date");
  std::vector<Indicator> out;
  while (st.step() == Statement::Step::kRow) {
    Indicator in{st.integer(0), st.text(1), st.text(2), st.text(3), st.opt_real(4), st.opt_real(6), st.text(5),
                 st.text(7),    st.text(8), st.text(9), {}};
    if (!ids.empty() && std::find(ids.begin(), ids.end(), in.commitment_id) == ids.end()) continue;
    values.bind(1, in.id);
    while (values.step() == Statement::Step::kRow)
      in.values.push_back({values.text(0), values.real(1), values.text(2), values.text(3), values.text(4)});
    if (!values.status().is_ok()) return values.status();
    values.reset();
    out.push_back(std::move(in));
  }
  if (!st.status().is_ok()) return st.status();
  return out;
}

}  // namespace rightstrack::sqlite

namespace rightstrack::sqlite {

Status SqliteRepository::put_suggestions(int64_t document_id, const std::vector<Suggestion>& found) {
  if (auto s = exec(db_, "BEGIN IMMEDIATE"); !s.is_ok()) return s;
  auto fail = [&](Status s) {
    rollback();
    return s;
  };
  Statement& del = prepared("DELETE FROM suggestions WHERE document_id = ?1 AND state = 'suggested'");
  del.bind(1, document_id);
  if (auto s = del.run(); !s.is_ok()) return fail(s);
  del.reset();
  Statement& ins = prepared(
      "INSERT INTO suggestions(commitment_id, document_id, seq, provision_id, relation, score, spans, state, at) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'suggested', ?8) ON CONFLICT DO NOTHING");
  for (const auto& g : found) {
    ins.bind(1, g.commitment_id).bind(2, document_id).bind(3, static_cast<int64_t>(g.seq)).bind(4, g.provision_id);
    ins.bind(5, g.relation).bind(6, g.score).bind(7, Json(g.spans).dump()).bind(8, now_utc());
    if (auto s = ins.run(); !s.is_ok())
      return fail(Status::internal("suggestion for " + g.commitment_id + ": " + s.message()));
    ins.reset();
  }
  if (auto s = exec(db_, "COMMIT"); !s.is_ok()) return fail(s);
  return Status::ok();
}

Result<std::vector<Suggestion>> SqliteRepository::read_suggestions(Statement& st) {
  std::vector<Suggestion> out;
  while (st.step() == Statement::Step::kRow) {
    Suggestion g;
    g.id = st.integer(0);
    g.commitment_id = st.text(1);
    g.document_id = st.integer(2);
    g.seq = static_cast<size_t>(st.integer(3));
    g.provision_id = st.text(4);
    g.relation = st.text(5);
    g.score = st.real(6);
    Json spans = Json::parse(st.text(7), nullptr, false);
    if (spans.is_array())
      for (const auto& s : spans)
        if (s.is_string()) g.spans.push_back(s.get<std::string>());
    g.state = st.text(8);
    g.by = st.text(9);
    g.at = st.text(10);
    g.excerpt = st.text(11);
    out.push_back(std::move(g));
  }
  if (!st.status().is_ok()) return st.status();
  return out;
}

Result<std::vector<Suggestion>> SqliteRepository::list_suggestions(const SuggestionFilter& f) {
  Statement st(db_,
               "SELECT s.id, s.commitment_id, s.document_id, s.seq, s.provision_id, s.relation, s.score, s.spans, "
               "s.state, s.by, s.at, p.text FROM suggestions s LEFT JOIN provisions p ON p.id = (s.document_id << 24) "
               "+ s.seq WHERE (?1 = '' OR s.state = ?1) AND (?2 = '' OR s.commitment_id = ?2) "
               "ORDER BY s.commitment_id, s.score DESC, s.id");
  st.bind(1, f.state).bind(2, f.commitment_id);
  return read_suggestions(st);
}

Result<Suggestion> SqliteRepository::decide_suggestion(int64_t id, bool accept, const std::string& who) {
  Statement st(db_,
               "SELECT s.id, s.commitment_id, s.document_id, s.seq, s.provision_id, s.relation, s.score, s.spans, "
               "s.state, s.by, s.at, '' FROM suggestions s WHERE s.id = ?1");
  st.bind(1, id);
  auto found = read_suggestions(st);
  if (!found.ok()) return found.status();
  if (found->empty()) return Status::not_found("no suggestion " + std::to_string(id));
  Suggestion g = found->front();
  if (g.state != "suggested")
    return Status::conflict("suggestion " + std::to_string(id) + " was already " + g.state + " by " + g.by + " at " +
                            g.at);
  g.state = accept ? "accepted" : "rejected";
  g.by = who;
  g.at = now_utc();
  auto edited = edit_commitment(
      g.commitment_id, 0, who, accept ? "suggestion.accept" : "suggestion.reject",
      [&](Commitment& c) -> Result<std::string> {
        Statement& upd = prepared(
            "UPDATE suggestions SET state = ?2, by = ?3, at = ?4 WHERE id = ?1 AND state = "
            "'suggested'");
        upd.bind(1, id).bind(2, g.state).bind(3, who).bind(4, g.at);
        Status s = upd.run();
        upd.reset();
        if (!s.is_ok()) return s;
        if (sqlite3_changes(db_) == 0)
          return Status::conflict("suggestion " + std::to_string(id) + " was decided meanwhile");
        Json payload = {
            {"suggestion", id}, {"document_id", g.document_id}, {"provision", g.provision_id}, {"relation", g.relation},
            {"score", g.score}, {"version", c.version}};
        return payload.dump();
      });
  if (!edited.ok()) return edited.status();
  return g;
}

}  // namespace rightstrack::sqlite

namespace rightstrack::sqlite {

Status SqliteRepository::replace_suggested_links(const std::vector<std::string>& ids,
                                                 const std::vector<CommitmentLink>& suggested) {
  if (auto s = exec(db_, "BEGIN IMMEDIATE"); !s.is_ok()) return s;
  auto fail = [&](Status s) {
    rollback();
    return s;
  };
  Statement& del = prepared("DELETE FROM commitment_links WHERE state = 'suggested' AND (a = ?1 OR b = ?1)");
  for (const auto& id : ids) {
    del.bind(1, id);
    if (auto s = del.run(); !s.is_ok()) return fail(s);
    del.reset();
  }
  Statement& ins = prepared(
      "INSERT INTO commitment_links(a, b, score, state, at) VALUES (?1, ?2, ?3, 'suggested', ?4) "
      "ON CONFLICT(a, b) DO NOTHING");
  for (const auto& l : suggested) {
    if (!(l.a < l.b)) return fail(Status::invalid_input("link " + l.a + " – " + l.b + " is not ordered"));
    ins.bind(1, l.a).bind(2, l.b).bind(3, l.score).bind(4, now_utc());
    if (auto s = ins.run(); !s.is_ok()) return fail(s);
    ins.reset();
  }
  if (auto s = exec(db_, "COMMIT"); !s.is_ok()) return fail(s);
  return Status::ok();
}

Result<std::vector<CommitmentLink>> SqliteRepository::list_links(const std::vector<std::string>& ids) {
  std::vector<CommitmentLink> out;
  auto read = [&](Statement& st) {
    while (st.step() == Statement::Step::kRow)
      out.push_back({st.text(0), st.text(1), st.real(2), st.text(3), st.text(4), st.text(5)});
    return st.status();
  };
  if (ids.empty()) {
    Statement st(db_, "SELECT a, b, score, state, by, at FROM commitment_links ORDER BY a, b");
    if (auto s = read(st); !s.is_ok()) return s;
    return out;
  }
  Statement& st = prepared(
      "SELECT a, b, score, state, by, at FROM commitment_links WHERE a = ?1 UNION "
      "SELECT a, b, score, state, by, at FROM commitment_links WHERE b = ?1");
  for (const auto& id : ids) {
    st.bind(1, id);
    if (auto s = read(st); !s.is_ok()) return s;
    st.reset();
  }
  return out;
}

Result<size_t> SqliteRepository::set_links_state(const std::string& id, const std::string& state,
                                                 const std::string& who) {
  if (state != "confirmed" && state != "split") return Status::invalid_input("links are confirmed or split");
  if (auto s = exec(db_, "BEGIN IMMEDIATE"); !s.is_ok()) return s;
  auto fail = [&](Status s) -> Result<size_t> {
    rollback();
    return s;
  };
  Statement& upd =
      prepared("UPDATE commitment_links SET state = ?2, by = ?3, at = ?4 WHERE (a = ?1 OR b = ?1) AND state != ?2");
  upd.bind(1, id).bind(2, state).bind(3, who).bind(4, now_utc());
  if (auto s = upd.run(); !s.is_ok()) return fail(s);
  upd.reset();
  auto changed = static_cast<size_t>(sqlite3_changes(db_));
  if (changed == 0)
    return fail(
        Status::invalid_input("commitment " + id + " has no link to " + (state == "confirmed" ? "confirm" : "split")));
  Json payload = {{"state", state}, {"links", changed}};
  if (auto s =
          append_audit(who, "cluster." + std::string(state == "confirmed" ? "confirm" : "split"), id, payload.dump());
      !s.is_ok())
    return fail(s);
  if (auto s = exec(db_, "COMMIT"); !s.is_ok()) return fail(s);
  return changed;
}

}  // namespace rightstrack::sqlite
