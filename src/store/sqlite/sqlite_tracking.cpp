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
    "action_level_by_person, position, recommending, status, version, due_date_by_person";

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
  c.due_date_by_person = row.integer(17) != 0;
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
          "due_session = ?7, years = ?8, due_date = iif(due_date_by_person, due_date, ?9) WHERE id = ?1 AND "
          "(document_id != ?2 OR seq != ?3 OR text != ?6 OR (due_date IS NOT ?9 AND NOT due_date_by_person))");
      move.bind(1, c.id).bind(2, c.document_id).bind(3, static_cast<int64_t>(c.seq)).bind(4, c.provision_id);
      move.bind(5, c.label).bind(6, c.text).bind_opt(7, c.due_session).bind_opt(8, c.years);
      move.bind_text_or_null(9, c.due_date);
      if (auto s = move.run(); !s.is_ok()) return fail(s);
      move.reset();
      continue;
    }
    Statement& ins = prepared(std::string("INSERT INTO commitments(") + kCommitmentColumns +
                              ", created_at, updated_at) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,"
                              "?16,?17,?19,?18,?18)");
    ins.bind(1, c.id).bind(2, c.document_id).bind(3, static_cast<int64_t>(c.seq)).bind(4, c.provision_id);
    ins.bind_text_or_null(5, c.label).bind(6, c.kind).bind_text_or_null(7, c.actor).bind(8, c.text);
    ins.bind_opt(9, c.due_session).bind_text_or_null(10, c.due_date).bind_opt(11, c.years);
    ins.bind(12, c.action_level).bind(13, c.action_level_by_person ? 1 : 0).bind_text_or_null(14, c.position);
    ins.bind(15, join(c.recommending)).bind(16, c.status).bind(17, c.version).bind(18, now_utc());
    ins.bind(19, c.due_date_by_person ? 1 : 0);
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
                        "AND (?3 = '' OR status = ?3) AND (?4 = 0 OR document_id = ?4) AND (?5 = 0 OR status IN "
                        "('not_started', 'in_progress', 'partially_implemented')) ORDER BY " +
                        (f.newest_first ? "document_id DESC, seq" : "document_id, seq") + " LIMIT ?6");
  st.bind(1, f.actor).bind(2, f.kind).bind(3, f.status).bind(4, f.document_id).bind(5, f.open_only ? 1 : 0);
  st.bind(6, f.limit == 0 ? int64_t{-1} : static_cast<int64_t>(f.limit));
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

Result<Commitment> SqliteRepository::edit_commitment(const std::string& id, int64_t expected_version,
                                                     const std::string& who, const std::string& action,
                                                     const Edit& apply) {
  if (who.empty()) return Status::invalid_input("say who makes the change (--as NAME)");
  if (auto s = exec(db_, "BEGIN IMMEDIATE"); !s.is_ok()) return s;
  auto fail = [&](Status s) -> Result<Commitment> {
    rollback();
    return s;
  };
  auto current = commitment_at(id, expected_version);
  if (!current.ok()) return fail(current.status());
  Commitment c = std::move(current).value();
  ++c.version;
  auto payload = apply(c);
  if (!payload.ok()) return fail(payload.status());
  Statement& upd = prepared("UPDATE commitments SET version = ?2, updated_at = ?3 WHERE id = ?1");
  upd.bind(1, id).bind(2, c.version).bind(3, now_utc());
  if (auto s = upd.run(); !s.is_ok()) return fail(s);
  upd.reset();
  if (auto s = append_audit(who, action, id, payload.value()); !s.is_ok()) return fail(s);
  if (auto s = exec(db_, "COMMIT"); !s.is_ok()) return fail(s);
  return c;
}

Result<Commitment> SqliteRepository::change_status(const StatusChange& change, const ChangeCheck& allowed) {
  return edit_commitment(
      change.commitment_id, change.expected_version, change.who, "commitment.status",
      [&](Commitment& c) -> Result<std::string> {
        if (auto s = allowed(c); !s.is_ok()) return s;
        std::string at = now_utc();
        Statement& upd = prepared("UPDATE commitments SET status = ?2 WHERE id = ?1");
        upd.bind(1, c.id).bind(2, change.to);
        if (auto s = upd.run(); !s.is_ok()) return s;
        upd.reset();
        if (auto s = insert_status_record(c.id, {at, change.who, c.status, change.to, change.note, change.evidence});
            !s.is_ok())
          return s;
        Json payload = {{"from", c.status},
                        {"to", change.to},
                        {"version", c.version},
                        {"note", change.note},
                        {"evidence", evidence_json(change.evidence)}};
        c.status = change.to;
        return payload.dump();
      });
}

Status SqliteRepository::insert_status_record(const std::string& id, const StatusRecord& r) {
  Statement& rec = prepared(
      "INSERT INTO status_changes(commitment_id, at, who, from_status, to_status, note, evidence) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
  rec.bind(1, id).bind(2, r.at).bind(3, r.who).bind(4, r.from).bind(5, r.to);
  rec.bind_text_or_null(6, r.note).bind(7, evidence_json(r.evidence).dump());
  auto s = rec.run();
  rec.reset();
  return s;
}

Result<Commitment> SqliteRepository::set_action_level(const std::string& id, int level, const std::string& who,
                                                      int64_t expected_version) {
  if (level < 1 || level > 5) return Status::invalid_input("action levels go from 1 (minimal) to 5 (specific action)");
  return edit_commitment(
      id, expected_version, who, "commitment.action_level", [&](Commitment& c) -> Result<std::string> {
        Statement& upd = prepared("UPDATE commitments SET action_level = ?2, action_level_by_person = 1 WHERE id = ?1");
        upd.bind(1, id).bind(2, level);
        if (auto s = upd.run(); !s.is_ok()) return s;
        upd.reset();
        Json payload = {{"from", c.action_level}, {"to", level}, {"version", c.version}};
        c.action_level = level;
        c.action_level_by_person = true;
        return payload.dump();
      });
}

Result<Commitment> SqliteRepository::set_due_date(const std::string& id, const std::string& date,
                                                  const std::string& who, int64_t expected_version) {
  // Checked here, not only by the CLI: every caller of the store gets the same refusal.
  if (!is_iso_date(date)) return Status::invalid_input("'" + date + "' is not a date (YYYY-MM-DD)");
  return edit_commitment(id, expected_version, who, "commitment.due_date", [&](Commitment& c) -> Result<std::string> {
    Statement& upd = prepared("UPDATE commitments SET due_date = ?2, due_date_by_person = 1 WHERE id = ?1");
    upd.bind(1, id).bind(2, date);
    if (auto s = upd.run(); !s.is_ok()) return s;
    upd.reset();
    Json payload = {{"from", c.due_date}, {"to", date}, {"version", c.version}};
    c.due_date = date;
    c.due_date_by_person = true;
    return payload.dump();
  });
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
