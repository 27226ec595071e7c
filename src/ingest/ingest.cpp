#include "ingest/ingest.h"

#include <filesystem>

#include "annotate/annotator.h"
#include "parse/parser.h"
#include "track/tracker.h"

namespace rightstrack::ingest {
namespace {

std::string absolute(const std::string& path) {
  std::error_code ec;
  auto p = std::filesystem::weakly_canonical(path, ec);
  return ec ? path : p.string();
}

Outcome refuse(Repository& repo, const std::string& path, const std::string& why) {
  repo.log_failure(path, why);
  Outcome o;
  o.error = why;
  return o;
}

Outcome store(Repository& repo, const SourceText& text, const std::string& name, const std::string& path) {
  Outcome o;
  auto known = repo.find_by_sha256(text.sha256);
  if (known.ok() && known.value()) {
    o.kind = Outcome::Kind::kUnchanged;
    o.id = known.value()->id;
    o.version = known.value()->version;
    return o;
  }
  Document doc = parse::parse_document(text.lines, {name, text.sha256});
  annotate::annotate_document(doc);
  std::string content;
  for (const auto& l : text.lines) content.append(l).push_back('\n');
  auto put = repo.put_document(path, doc, content);
  if (!put.ok()) return refuse(repo, path, name + ": " + put.status().message());
  o.kind = put->outcome == PutOutcome::kNew          ? Outcome::Kind::kNew
           : put->outcome == PutOutcome::kNewVersion ? Outcome::Kind::kNewVersion
                                                     : Outcome::Kind::kUnchanged;
  o.id = put->id;
  o.version = put->version;
  o.doc_type = doc.meta.doc_type;
  o.provisions = doc.provisions.size();
  if (put->outcome != PutOutcome::kUnchanged) {
    auto tracked = track::track_document(repo, put->id, doc, path, put->version);
    if (!tracked.ok()) {
      o.error = "stored, but its commitments were not: " + tracked.status().message();
      repo.log_failure(path, o.error);
    }
  }
  return o;
}

}  // namespace

Outcome ingest_bytes(Repository& repo, std::string_view bytes, const std::string& name, const std::string& path,
                     const ReadOptions& options) {
  auto text = decode_document(bytes, name, options);
  if (!text.ok()) return refuse(repo, path, text.status().message());
  return store(repo, text.value(), name, path);
}

Outcome ingest_file(Repository& repo, const std::string& file, const ReadOptions& options) {
  std::string path = absolute(file);
  auto text = read_document(file, options);
  if (!text.ok()) return refuse(repo, path, text.status().message());
  return store(repo, text.value(), std::filesystem::path(file).filename().string(), path);
}

const char* kind_name(Outcome::Kind kind) {
  switch (kind) {
    case Outcome::Kind::kNew:
      return "stored";
    case Outcome::Kind::kNewVersion:
      return "new version";
    case Outcome::Kind::kUnchanged:
      return "unchanged";
    default:
      return "refused";
  }
}

}  // namespace rightstrack::ingest
