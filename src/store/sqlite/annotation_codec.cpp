#include "store/sqlite/annotation_codec.h"

#include <cstdlib>

namespace rightstrack::sqlite {
Result<std::string> encode_annotations(const std::vector<Annotation>& anns, TermDictionary& terms) {
  std::string out;
  out.reserve(anns.size() * 6);
  for (const auto& a : anns) {
    auto concept_id = terms.id(a.concept_id);
    if (!concept_id.ok()) return concept_id.status();
    auto source = terms.id(a.source);
    if (!source.ok()) return source.status();
    if (a.end < a.begin) return Status::invalid_input("annotation " + a.concept_id + " ends before it begins");
    append_varint(out, static_cast<uint64_t>(concept_id.value()));
    append_varint(out, a.begin);
    append_varint(out, a.end - a.begin);
    append_varint(out, static_cast<uint64_t>(source.value()));
  }
  return out;
}

Result<std::vector<Annotation>> decode_annotations(std::string_view blob, TermDictionary& terms) {
  std::vector<Annotation> out;
  size_t pos = 0;
  while (pos < blob.size()) {
    uint64_t f[4];
    for (auto& v : f)
      if (!read_varint(blob, pos, v)) return Status::corruption("truncated annotation record");
    auto concept_id = terms.term(static_cast<int64_t>(f[0]));
    if (!concept_id.ok()) return concept_id.status();
    auto source = terms.term(static_cast<int64_t>(f[3]));
    if (!source.ok()) return source.status();
    out.push_back({std::move(concept_id).value(), f[1], f[1] + f[2], std::move(source).value()});
  }
  return out;
}

Result<std::vector<Annotation>> decode_annotations_text(std::string_view packed) {
  std::vector<Annotation> out;
  size_t start = 0;
  while (start < packed.size()) {
    size_t end = packed.find('\x1e', start);
    if (end == std::string_view::npos) end = packed.size();
    std::string rec(packed.substr(start, end - start));
    size_t a = rec.find('\x1f'), b = rec.find('\x1f', a + 1), c = rec.find('\x1f', b + 1);
    if (a == std::string::npos || b == std::string::npos || c == std::string::npos)
      return Status::corruption("unreadable annotation record");
    unsigned long long from = std::strtoull(rec.c_str() + a + 1, nullptr, 10);
    unsigned long long to = std::strtoull(rec.c_str() + b + 1, nullptr, 10);
    out.push_back({rec.substr(0, a), static_cast<size_t>(from), static_cast<size_t>(to), rec.substr(c + 1)});
    start = end + 1;
  }
  return out;
}

}  // namespace rightstrack::sqlite
