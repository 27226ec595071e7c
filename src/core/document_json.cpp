#include "core/document_json.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace rightstrack {
namespace {

using Json = nlohmann::ordered_json;

Json str_or_null(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }
template <typename T>
Json opt(const std::optional<T>& v) {
  return v ? Json(*v) : Json(nullptr);
}

Json meta_json(const DocumentMeta& m) {
  Json j;
  j["language"] = str_or_null(m.language);
  j["doc_type"] = str_or_null(m.doc_type);
  j["body"] = str_or_null(m.body);
  j["session"] = opt(m.session);
  j["agenda_item"] = str_or_null(m.agenda_item);
  j["agenda_title"] = str_or_null(m.agenda_title);
  j["date"] = str_or_null(m.date);
  j["symbol"] = str_or_null(m.symbol);
  j["title"] = str_or_null(m.title);
  if (!m.subtitle.empty()) j["subtitle"] = m.subtitle;
  j["author"] = str_or_null(m.author);
  j["sponsors"] = Json::array();
  for (const auto& s : m.sponsors)
    j["sponsors"].push_back({{"state", s.state}, {"hrc_member", s.hrc_member}, {"name", s.name}});
  j["term"] = m.term ? Json::array({m.term->first, m.term->second}) : Json(nullptr);
  j["original_language"] = str_or_null(m.original_language);
  j["session_dates"] = m.session_dates.empty() ? Json(nullptr) : Json(m.session_dates);
  if (m.adoption) {
    const auto& a = *m.adoption;
    j["adoption"] = {{"date", str_or_null(a.date)}, {"meeting", opt(a.meeting)}, {"vote", str_or_null(a.vote)},
                     {"yes", opt(a.yes)},           {"no", opt(a.no)},           {"abstain", opt(a.abstain)},
                     {"in_favour", a.in_favour},    {"against", a.against},      {"abstaining", a.abstaining}};
  } else {
    j["adoption"] = nullptr;
  }
  return j;
}

Json request_json(const Request& r) {
  return {{"addressee", str_or_null(r.addressee)},
          {"due_session", opt(r.due_session)},
          {"kind", str_or_null(r.kind)},
          {"years", opt(r.years)}};
}

Json provision_json(const Provision& p) {
  Json j;
  j["id"] = p.id;
  j["label"] = str_or_null(p.label);
  j["kind"] = p.kind;
  j["section"] = str_or_null(p.section);
  j["parent"] = str_or_null(p.parent);
  j["text"] = p.text;
  j["verb"] = str_or_null(p.verb);
  j["verb_id"] = str_or_null(p.verb_id);
  if (!p.credit.empty()) j["credit"] = p.credit;
  if (!p.footnote_refs.empty()) j["footnote_refs"] = p.footnote_refs;
  Json concepts = Json::array();
  Json annotations = Json::array();
  for (const auto& a : p.annotations) {
    bool removal = a.source == "user:removed";  // a person took this concept off the provision
    if (!removal && std::find(concepts.begin(), concepts.end(), a.concept_id) == concepts.end())
      concepts.push_back(a.concept_id);
    annotations.push_back({{"concept", a.concept_id}, {"begin", a.begin}, {"end", a.end}, {"source", a.source}});
  }
  j["concepts"] = concepts;
  j["annotations"] = annotations;
  j["cites"] = p.cites;
  j["request"] = p.request ? request_json(*p.request) : Json(nullptr);
  j["recommending"] = p.recommending;
  j["position"] = str_or_null(p.position);
  j["line"] = p.line;
  return j;
}

std::string get_str(const Json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}
std::optional<int> get_int(const Json& j, const char* key) {
  auto it = j.find(key);
  if (it != j.end() && it->is_number_integer()) return it->get<int>();
  return std::nullopt;
}
std::vector<std::string> get_strings(const Json& j, const char* key) {
  std::vector<std::string> out;
  auto it = j.find(key);
  if (it != j.end() && it->is_array())
    for (const auto& v : *it)
      if (v.is_string()) out.push_back(v.get<std::string>());
  return out;
}

DocumentMeta meta_from(const Json& j) {
  DocumentMeta m;
  m.language = get_str(j, "language");
  m.doc_type = get_str(j, "doc_type");
  m.body = get_str(j, "body");
  m.session = get_int(j, "session");
  m.agenda_item = get_str(j, "agenda_item");
  m.agenda_title = get_str(j, "agenda_title");
  m.date = get_str(j, "date");
  m.symbol = get_str(j, "symbol");
  m.title = get_str(j, "title");
  m.subtitle = get_str(j, "subtitle");
  m.author = get_str(j, "author");
  if (auto it = j.find("sponsors"); it != j.end() && it->is_array())
    for (const auto& s : *it)
      m.sponsors.push_back({get_str(s, "state"), s.value("hrc_member", true), get_str(s, "name")});
  if (auto it = j.find("term"); it != j.end() && it->is_array() && it->size() == 2)
    m.term = std::make_pair((*it)[0].get<int>(), (*it)[1].get<int>());
  m.original_language = get_str(j, "original_language");
  m.session_dates = get_strings(j, "session_dates");
  if (auto it = j.find("adoption"); it != j.end() && it->is_object()) {
    Adoption a;
    a.date = get_str(*it, "date");
    a.meeting = get_int(*it, "meeting");
    a.vote = get_str(*it, "vote");
    a.yes = get_int(*it, "yes");
    a.no = get_int(*it, "no");
    a.abstain = get_int(*it, "abstain");
    a.in_favour = get_strings(*it, "in_favour");
    a.against = get_strings(*it, "against");
    a.abstaining = get_strings(*it, "abstaining");
    m.adoption = a;
  }
  return m;
}

Provision provision_from(const Json& j) {
  Provision p;
  p.id = get_str(j, "id");
  p.label = get_str(j, "label");
  p.kind = get_str(j, "kind");
  p.section = get_str(j, "section");
  p.parent = get_str(j, "parent");
  p.text = get_str(j, "text");
  p.verb = get_str(j, "verb");
  p.verb_id = get_str(j, "verb_id");
  p.credit = get_str(j, "credit");
  p.footnote_refs = get_strings(j, "footnote_refs");
  p.recommending = get_strings(j, "recommending");
  p.position = get_str(j, "position");
  p.cites = get_strings(j, "cites");
  p.line = get_int(j, "line").value_or(0);
  if (auto it = j.find("annotations"); it != j.end() && it->is_array())
    for (const auto& a : *it)
      p.annotations.push_back(
          {get_str(a, "concept"), a.value("begin", size_t{0}), a.value("end", size_t{0}), get_str(a, "source")});
  if (auto it = j.find("request"); it != j.end() && it->is_object())
    p.request =
        Request{get_str(*it, "addressee"), get_int(*it, "due_session"), get_str(*it, "kind"), get_int(*it, "years")};
  return p;
}

Json extras_json(const Provision& p) {
  Json j = Json::object();
  if (!p.footnote_refs.empty()) j["footnote_refs"] = p.footnote_refs;
  if (!p.recommending.empty()) j["recommending"] = p.recommending;
  if (!p.cites.empty()) j["cites"] = p.cites;
  if (p.request) j["request"] = request_json(*p.request);

  return j;
}

}  // namespace

std::string meta_to_json(const Document& doc) {
  Json j;
  j["document"] = meta_json(doc.meta);
  j["document"]["source_name"] = str_or_null(doc.source_name);
  j["document"]["sha256"] = str_or_null(doc.sha256);
  j["cites"] = doc.cites;
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

Status meta_from_json(std::string_view json, Document& doc) {
  Json j = Json::parse(json, nullptr, false);
  if (j.is_discarded() || !j.is_object() || !j.contains("document") || !j["document"].is_object())
    return Status::corruption("stored document metadata is not a JSON object");
  try {
    doc.meta = meta_from(j["document"]);
    doc.source_name = get_str(j["document"], "source_name");
    doc.sha256 = get_str(j["document"], "sha256");
    doc.cites = get_strings(j, "cites");
  } catch (const nlohmann::json::exception& e) {
    return Status::corruption(std::string("stored document metadata has a wrong field type: ") + e.what());
  }
  return Status::ok();
}

std::string provision_extras_to_json(const Provision& p) {
  if (p.footnote_refs.empty() && p.recommending.empty() && p.cites.empty() && !p.request) return {};
  Json j = extras_json(p);
  return j.empty() ? std::string() : j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

Status provision_extras_from_json(std::string_view json, Provision& p) {
  if (json.empty()) return Status::ok();
  Json j = Json::parse(json, nullptr, false);
  if (j.is_discarded() || !j.is_object())
    return Status::corruption("provision " + p.id + ": extra fields are not a JSON object");
  Provision parsed;
  try {
    parsed = provision_from(j);
  } catch (const nlohmann::json::exception& e) {
    return Status::corruption("provision " + p.id + ": extra fields have a wrong type: " + e.what());
  }
  p.footnote_refs = parsed.footnote_refs;
  p.recommending = parsed.recommending;
  p.cites = parsed.cites;
  p.request = parsed.request;
  return Status::ok();
}

std::string document_to_json(const Document& doc, int indent) {
  Json j;
  j["document"] = meta_json(doc.meta);
  j["document"]["source_name"] = str_or_null(doc.source_name);
  j["document"]["sha256"] = str_or_null(doc.sha256);
  j["cites"] = doc.cites;
  j["provisions"] = Json::array();
  for (const auto& p : doc.provisions) j["provisions"].push_back(provision_json(p));
  return j.dump(indent, ' ', false, Json::error_handler_t::replace);
}

Result<Document> document_from_json(std::string_view json) {
  Json j = Json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object() || !j.contains("document"))
    return Status::corruption("stored document JSON is not a document object");
  try {
    Document doc;
    doc.meta = meta_from(j["document"]);
    doc.source_name = get_str(j["document"], "source_name");
    doc.sha256 = get_str(j["document"], "sha256");
    doc.cites = get_strings(j, "cites");
    if (auto it = j.find("provisions"); it != j.end() && it->is_array())
      for (const auto& p : *it) doc.provisions.push_back(provision_from(p));
    return doc;
  } catch (const nlohmann::json::exception& e) {
    return Status::corruption(std::string("stored document JSON has a wrong field type: ") + e.what());
  }
}

}  // namespace rightstrack
