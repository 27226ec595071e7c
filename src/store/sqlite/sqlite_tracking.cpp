// Tracking data of the SQLite store: commitments, status changes with evidence, evidence files,
// and the hash-chained audit log. Every change and its audit entry share one transaction.
#include <nlohmann/json.hpp>

#include "core/sha256.h"
#include "store/sqlite/sqlite_repository.h"

namespace rightstrack::sqlite {
namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kCommitmentColumns =
    "id, document_id, seq, provision_id, label, kind, actor, text, due_session, due_date, years, action_level, "
    "action_level_by_person, position, recommending, status, version";

std::string join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : " ") + s;
  return out;
}

std::vector<std::string> words(const std::string& s) {
  std::vector<std::string> out;
  for (size_t i = 0; i < s.size();) {
    size_t sp = s.find(' ', i);
    if (sp == std::string::npos) sp = s.size();
    if (sp > i) out.push_back(s.substr(i, sp - i));
    i = sp + 1;
  }
  return out;
}

Json evidence_json(const std::vector<Evidence>& evidence) {
  Json a = Json::array();
  for (const auto& e : evidence) a.push_back({{"kind", e.kind}, {"ref", e.ref}, {"note", e.note}});
  return a;
}

std::vector<Evidence> evidence_from(const std::string& text) {
  std::vector<Evidence> out;
  Json a = Json::parse(text, nullptr, false);
  if (!a.is_array()) return out;
  for (const auto& e : a)
    if (e.is_object()) out.push_back({e.value("kind", ""), e.value("ref", ""), e.value("note", "")});
  return out;
}

std::optional<int> opt_int(Statement& st, int col) {
  if (st.is_null(col)) return std::nullopt;
  return static_cast<int>(st.integer(col));
}

}  // namespace

Result<Commitment> SqliteRepository::read_commitment(Statement& row) {
  Commitment c;
  c.id = row.text(0);
  c.document_id = row.integer(1);
  c.seq = static_cast<size_t>(row.integer(2));
  c.provision_id = row.text(3);
  c.label = row.text(4);
  c.kind = row.text(5);
  c.actor = row.text(6);
  c.text = row.text(7);
  c.due_session = opt_int(row, 8);
  c.due_date = row.text(9);
  c.years = opt_int(row, 10);
  c.action_level = static_cast<int>(row.integer(11));
  c.action_level_by_person = row.integer(12) != 0;
  c.position = row.text(13);
  c.recommending = words(row.text(14));
  c.status = row.text(15);
  c.version = row.integer(16);
  return c;
}

Status SqliteRepository::append_audit(const std::string& actor, const std::string& action, const std::string& subject,
                                      const std::string& payload) {
  AuditEntry e{0, now_utc(), actor, action, subject, payload, kChainGenesis, ""};
  Statement& last = prepared("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
  auto step = last.step();
  if (step == Statement::Step::kError) return last.status();
  if (step == Statement::Step::kRow) {
    e.seq = last.integer(0);
    e.prev_hash = last.text(1);
  }
  last.reset();
  ++e.seq;
  e.hash = chain_hash(e.prev_hash, e);
  Statement& ins = prepared(
      "INSERT INTO audit_log(seq, at, actor, action, subject, payload, prev_hash, hash) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
  ins.bind(1, e.seq).bind(2, e.at).bind(3, e.actor).bind(4, e.action).bind(5, e.subject).bind(6, e.payload);
  ins.bind(7, e.prev_hash).bind(8, e.hash);
  if (auto s = ins.run(); !s.is_ok()) return Status::internal("audit entry not written: " + s.message());
  ins.reset();
  return exec(db_, "INSERT INTO settings(key, value) VALUES ('audit_head', '" + e.hash +
                       "') ON CONFLICT(key) DO UPDATE SET value = excluded.value");
}

Result<size_t> SqliteRepository::put_commitments(const std::vector<Commitment>& found, const std::string& who) {
  if (auto s = exec(db_, "BEGIN IMMEDIATE"); !s.is_ok()) return s;
  auto fail = [&](Status s) -> Result<size_t> {
    rollback();
    return s;
  };
  size_t added = 0;
  for (const auto& c : found) {
    Statement& known = prepared("SELECT document_id, seq FROM commitments WHERE id = ?1");
    known.bind(1, c.id);
    auto step = known.step();
    if (step == Statement::Step::kError) return fail(known.status());
    bool exists = step == Statement::Step::kRow;
    known.reset();
    if (exists) {  // a newer version of its document: point at the newest provision, keep the rest
      Statement& move = prepared(
          "UPDATE commitments SET document_id = ?2, seq = ?3, provision_id = ?4, label = ?5, text = ?6, "
          "due_session = ?7, years = ?8, due_date = ?9 WHERE id = ?1 AND (document_id != ?2 OR seq != ?3 OR text != ?6 "
          "OR due_date IS NOT ?9)");
      move.bind(1, c.id).bind(2, c.document_id).bind(3, static_cast<int64_t>(c.seq)).bind(4, c.provision_id);
      move.bind(5, c.label).bind(6, c.text).bind_opt(7, c.due_session).bind_opt(8, c.years);
      move.bind_text_or_null(9, c.due_date);
      if (auto s = move.run(); !s.is_ok()) return fail(s);
      move.reset();
      continue;
    }
    Statement& ins = prepared(std::string("INSERT INTO commitments(") + kCommitmentColumns +
                              ", created_at, updated_at) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,"
                              "?16,?17,?18,?18)");
    ins.bind(1, c.id).bind(2, c.document_id).bind(3, static_cast<int64_t>(c.seq)).bind(4, c.provision_id);
    ins.bind_text_or_null(5, c.label).bind(6, c.kind).bind_text_or_null(7, c.actor).bind(8, c.text);
    ins.bind_opt(9, c.due_session).bind_text_or_null(10, c.due_date).bind_opt(11, c.years);
    ins.bind(12, c.action_level).bind(13, c.action_level_by_person ? 1 : 0).bind_text_or_null(14, c.position);
    ins.bind(15, join(c.recommending)).bind(16, c.status).bind(17, c.version).bind(18, now_utc());
    if (auto s = ins.run(); !s.is_ok()) return fail(Status::internal("commitment " + c.id + ": " + s.message()));
    ins.reset();
    Json payload = {{"document_id", c.document_id},
                    {"provision", c.provision_id},
                    {"kind", c.kind},
                    {"actor", c.actor},
                    {"action_level", c.action_level}};
    if (auto s = append_audit(who, "commitment.created", c.id, payload.dump()); !s.is_ok()) return fail(s);
    ++added;
  }
  if (auto s = exec(db_, "COMMIT"); !s.is_ok()) return fail(s);
  return added;
}

Result<std::vector<Commitment>> SqliteRepository::list_commitments(const CommitmentFilter& f) {
  Statement st(db_, std::string("SELECT ") + kCommitmentColumns +
                        " FROM commitments WHERE (?1 = '' OR actor = ?1) AND (?2 = '' OR kind = ?2) "
                        "AND (?3 = '' OR status = ?3) AND (?4 = 0 OR document_id = ?4) ORDER BY document_id, seq");
  st.bind(1, f.actor).bind(2, f.kind).bind(3, f.status).bind(4, f.document_id);
  std::vector<Commitment> out;
  Statement::Step step;
  while ((step = st.step()) == Statement::Step::kRow) {
    auto c = read_commitment(st);
    if (!c.ok()) return c.status();
    out.push_back(std::move(c).value());
  }
  if (step == Statement::Step::kError) return st.status();
  return out;
}

Result<std::optional<Commitment>> SqliteRepository::find_commitment(const std::string& id) {
  Statement st(db_, std::string("SELECT ") + kCommitmentColumns + " FROM commitments WHERE id = ?1");
  st.bind(1, id);
  auto step = st.step();
  if (step == Statement::Step::kError) return st.status();
  if (step == Statement::Step::kDone) return std::optional<Commitment>();
  auto c = read_commitment(st);
  if (!c.ok()) return c.status();
  return std::optional<Commitment>(std::move(c).value());
}

// Inside a change's transaction: the commitment as it is, if it is still at `expected_version`
// (0: any), else a conflict that tells the person to look again.
Result<Commitment> SqliteRepository::commitment_at(const std::string& id, int64_t expected_version) {
  auto current = find_commitment(id);
  if (!current.ok()) return current.status();
  if (!current.value()) return Status::not_found("no commitment " + id);
  const Commitment& c = *current.value();
  if (expected_version != 0 && expected_version != c.version)
    return Status::conflict("commitment " + c.id + " was changed meanwhile (it is at version " +
                            std::to_string(c.version) + ", the change was made against version " +
                            std::to_string(expected_version) + "); look at it again and retry");
  return c;
}

Result<Commitment> SqliteRepository::change_status(const StatusChange& change, const ChangeCheck& allowed) {
  if (auto s = exec(db_, "BEGIN IMMEDIATE"); !s.is_ok()) return s;
  auto fail = [&](Status s) -> Result<Commitment> {
    rollback();
    return s;
  };
  auto current = commitment_at(change.commitment_id, change.expected_version);
  if (!current.ok()) return fail(current.status());
  Commitment c = std::move(current).value();
  if (auto s = allowed(c); !s.is_ok()) return fail(s);
  std::string at = now_utc(), evidence = evidence_json(change.evidence).dump();
  Statement& upd = prepared("UPDATE commitments SET status = ?2, version = version + 1, updated_at = ?3 WHERE id = ?1");
  upd.bind(1, c.id).bind(2, change.to).bind(3, at);
  if (auto s = upd.run(); !s.is_ok()) return fail(s);
  upd.reset();
  Statement& rec = prepared(
      "INSERT INTO status_changes(commitment_id, at, who, from_status, to_status, note, evidence) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
  rec.bind(1, c.id).bind(2, at).bind(3, change.who).bind(4, c.status).bind(5, change.to);
  rec.bind_text_or_null(6, change.note).bind(7, evidence);
  if (auto s = rec.run(); !s.is_ok()) return fail(s);
  rec.reset();
  Json payload = {{"from", c.status},
                  {"to", change.to},
                  {"version", c.version + 1},
                  {"note", change.note},
                  {"evidence", evidence_json(change.evidence)}};
  if (auto s = append_audit(change.who, "commitment.status", c.id, payload.dump()); !s.is_ok()) return fail(s);
  if (auto s = exec(db_, "COMMIT"); !s.is_ok()) return fail(s);
  c.status = change.to;
  ++c.version;
  return c;
}

Result<Commitment> SqliteRepository::set_action_level(const std::string& id, int level, const std::string& who,
                                                      int64_t expected_version) {
  if (level < 1 || level > 5) return Status::invalid_input("action levels go from 1 (minimal) to 5 (specific action)");
  if (who.empty()) return Status::invalid_input("say who makes the change (--as NAME)");
  if (auto s = exec(db_, "BEGIN IMMEDIATE"); !s.is_ok()) return s;
  auto fail = [&](Status s) -> Result<Commitment> {
    rollback();
    return s;
  };
  auto current = commitment_at(id, expected_version);
  if (!current.ok()) return fail(current.status());
  Commitment c = std::move(current).value();
  Statement& upd = prepared(
      "UPDATE commitments SET action_level = ?2, action_level_by_person = 1, version = version + 1, updated_at = ?3 "
      "WHERE id = ?1");
  upd.bind(1, id).bind(2, level).bind(3, now_utc());
  if (auto s = upd.run(); !s.is_ok()) return fail(s);
  upd.reset();
  Json payload = {{"from", c.action_level}, {"to", level}, {"version", c.version + 1}};
  if (auto s = append_audit(who, "commitment.action_level", id, payload.dump()); !s.is_ok()) return fail(s);
  if (auto s = exec(db_, "COMMIT"); !s.is_ok()) return fail(s);
  c.action_level = level;
  c.action_level_by_person = true;
  ++c.version;
  return c;
}

Result<std::vector<StatusRecord>> SqliteRepository::status_history(const std::string& id) {
  Statement st(db_,
               "SELECT at, who, from_status, to_status, note, evidence FROM status_changes WHERE commitment_id = ?1 "
               "ORDER BY id");
  st.bind(1, id);
  std::vector<StatusRecord> out;
  while (st.step() == Statement::Step::kRow)
    out.push_back({st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), evidence_from(st.text(5))});
  if (!st.status().is_ok()) return st.status();
  return out;
}

Result<std::string> SqliteRepository::store_file(const std::string& name, const std::string& bytes) {
  std::string sha = sha256_hex(bytes);
  Statement st(db_, "INSERT INTO evidence_files(sha256, name, bytes) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING");
  st.bind(1, sha).bind(2, name);
  st.bind_blob(3, bytes);
  if (auto s = st.run(); !s.is_ok()) return s;
  return sha;
}

Result<std::vector<AuditEntry>> SqliteRepository::audit_log() {
  Statement st(db_, "SELECT seq, at, actor, action, subject, payload, prev_hash, hash FROM audit_log ORDER BY rowid");
  std::vector<AuditEntry> out;
  while (st.step() == Statement::Step::kRow)
    out.push_back({st.integer(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), st.text(6), st.text(7)});
  if (!st.status().is_ok()) return st.status();
  return out;
}

Result<std::string> SqliteRepository::audit_head() {
  Statement st(db_, "SELECT value FROM settings WHERE key = 'audit_head'");
  auto step = st.step();
  if (step == Statement::Step::kError) return st.status();
  return step == Statement::Step::kRow ? st.text(0) : std::string(kChainGenesis);
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
