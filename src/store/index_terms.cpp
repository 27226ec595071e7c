#include "store/index_terms.h"

namespace rightstrack {

std::string tag_token(std::string_view prefix, std::string_view value) {
  std::string out(prefix);
  out.push_back('_');
  for (char c : value) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (keep)
      out.push_back(c);
    else if (out.back() != '_')
      out.push_back('_');
  }
  while (out.size() > prefix.size() + 1 && out.back() == '_') out.pop_back();
  return out;
}

std::set<std::string> document_tags(const DocumentMeta& meta) {
  std::set<std::string> tags;
  // States a provision is "of": the document's author and sponsors; states it mentions are its
  // c_ tags.
  if (!meta.author.empty()) tags.insert(tag_token("s", meta.author));
  for (const auto& s : meta.sponsors)
    if (!s.state.empty()) tags.insert(tag_token("s", s.state));
  if (!meta.body.empty()) tags.insert(tag_token("b", meta.body));
  if (meta.date.size() >= 4) tags.insert(tag_token("y", meta.date.substr(0, 4)));
  if (!meta.symbol.empty()) tags.insert(tag_token("d", meta.symbol));
  if (!meta.doc_type.empty()) tags.insert(tag_token("t", meta.doc_type));
  if (!meta.language.empty()) tags.insert(tag_token("l", meta.language));
  return tags;
}

std::set<std::string> provision_tags(const Provision& p) {
  std::set<std::string> tags;
  tags.insert(tag_token("k", p.kind));
  for (const auto& a : p.annotations)
    if (a.source != "user:removed") tags.insert(tag_token("c", a.concept_id));
  for (const auto& s : p.recommending) tags.insert(tag_token("s", s));  // a recommendation's recommending states
  return tags;
}

}  // namespace rightstrack
