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

bool stored(Repository& repo, const std::string& sha256) {
  auto known = repo.find_by_sha256(sha256);
  return known.ok() && known.value();
}

// The text as read (or why it was refused), parsed and annotated unless its bytes are stored already.
Prepared prepare(Result<SourceText> text, const std::string& file, const std::string& name, const std::string& path,
                 const std::function<bool(const std::string&)>& is_known) {
  Prepared p;
  p.file = file;
  p.name = name;
  p.path = path;
  if (!text.ok()) {
    p.error = text.status().message();
    return p;
  }
  p.sha256 = text->sha256;
  if (is_known(text->sha256)) {
    p.known = true;
    return p;
  }
  p.doc = parse::parse_document(text->lines, {p.name, text->sha256});
  annotate::annotate_document(p.doc);
  for (const auto& l : text->lines) p.content.append(l).push_back('\n');
  return p;
}

}  // namespace

Prepared prepare_file(const std::string& file, const ReadOptions& options,
                      const std::function<bool(const std::string&)>& is_known) {
  return prepare(read_document(file, options), file, std::filesystem::path(file).filename().string(), absolute(file),
                 is_known);
}

Outcome commit(Repository& repo, Prepared p) {
  if (!p.error.empty()) return refuse(repo, p.path, p.error);
  Outcome o;
  if (p.known) {
    auto known = repo.find_by_sha256(p.sha256);
    if (!known.ok()) return refuse(repo, p.path, p.name + ": " + known.status().message());
    if (!known.value()) return refuse(repo, p.path, p.name + ": its stored copy was not found; ingest it again");
    o.kind = Outcome::Kind::kUnchanged;
    o.id = known.value()->id;
    o.version = known.value()->version;
    return o;
  }
  auto put = repo.put_document(p.path, p.doc, p.content);
  if (!put.ok()) return refuse(repo, p.path, p.name + ": " + put.status().message());
  o.kind = put->outcome == PutOutcome::kNew          ? Outcome::Kind::kNew
           : put->outcome == PutOutcome::kNewVersion ? Outcome::Kind::kNewVersion
                                                     : Outcome::Kind::kUnchanged;
  o.id = put->id;
  o.version = put->version;
  o.doc_type = p.doc.meta.doc_type;
  o.provisions = p.doc.provisions.size();
  if (put->outcome != PutOutcome::kUnchanged) {
    auto tracked = track::track_document(repo, put->id, p.doc, p.path, put->version);
    if (!tracked.ok()) {
      o.error = "stored, but its commitments were not: " + tracked.status().message();
      repo.log_failure(p.path, o.error);
    }
  }
  return o;
}

Outcome ingest_bytes(Repository& repo, std::string_view bytes, const std::string& name, const std::string& path,
                     const ReadOptions& options) {
  auto is_known = [&](const std::string& sha) { return stored(repo, sha); };
  return commit(repo, prepare(decode_document(bytes, name, options), name, name, path, is_known));
}

Outcome ingest_file(Repository& repo, const std::string& file, const ReadOptions& options) {
  return commit(repo, prepare_file(file, options, [&](const std::string& sha) { return stored(repo, sha); }));
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
