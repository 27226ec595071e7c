#include "report/commitment_json.h"

namespace rightstrack::report {

Json commitment_json(const Commitment& c) {
  Json j = {{"id", c.id},
            {"kind", c.kind},
            {"actor", c.actor},
            {"status", c.status},
            {"version", c.version},
            {"action_level", c.action_level},
            {"document_id", c.document_id},
            {"provision", c.provision_id},
            {"label", c.label},
            {"text", c.text}};
  if (c.due_session) j["due_session"] = *c.due_session;
  if (!c.due_date.empty()) j["due_date"] = c.due_date;
  if (c.due_date_by_person) j["due_date_by_person"] = true;
  if (c.action_level_by_person) j["action_level_by_person"] = true;
  if (c.years) j["years"] = *c.years;
  if (!c.position.empty()) j["position"] = c.position;
  if (!c.recommending.empty()) j["recommending"] = c.recommending;
  return j;
}

Json suggestion_json(const Suggestion& g) {
  return {{"number", g.id},
          {"commitment", g.commitment_id},
          {"document_id", g.document_id},
          {"provision", g.provision_id},
          {"relation", g.relation},
          {"score", g.score},
          {"spans", g.spans},
          {"state", g.state},
          {"by", g.by},
          {"at", g.at},
          {"text", g.excerpt}};
}

Json status_record_json(const StatusRecord& r) {
  Json ev = Json::array();
  for (const auto& e : r.evidence) ev.push_back({{"kind", e.kind}, {"ref", e.ref}, {"note", e.note}});
  return {{"at", r.at}, {"who", r.who}, {"from", r.from}, {"to", r.to}, {"note", r.note}, {"evidence", ev}};
}

Json summary_json(const DocumentSummary& d) {
  return {{"id", d.id},
          {"sha256", d.sha256},
          {"file_name", d.file_name},
          {"version", d.version},
          {"language", d.language},
          {"type", d.doc_type},
          {"body", d.body},
          {"symbol", d.symbol},
          {"title", d.title},
          {"date", d.date},
          {"author", d.author},
          {"provisions", d.provision_count},
          {"ingested_at", d.ingested_at}};
}

}  // namespace rightstrack::report
