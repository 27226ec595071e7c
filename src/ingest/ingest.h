// The whole pipeline for one file — read → parse → annotate → store → track — as `rightstrack
// ingest` and the server's upload both run it: one transaction for the document, bad input
// reported with the file's name and logged, never half stored.
#pragma once

#include <string>
#include <string_view>

#include "read/document_reader.h"
#include "store/repository.h"

namespace rightstrack::ingest {

struct Outcome {
  enum class Kind { kNew, kNewVersion, kUnchanged, kFailed };
  Kind kind = Kind::kFailed;
  int64_t id = 0;
  int version = 0;
  std::string doc_type;
  size_t provisions = 0;
  std::string error;  // kFailed, or stored but its commitments were not
};

// `path` names the document across versions (an absolute file path, or "upload:NAME").
Outcome ingest_bytes(Repository& repo, std::string_view bytes, const std::string& name, const std::string& path,
                     const ReadOptions& options = {});
Outcome ingest_file(Repository& repo, const std::string& file, const ReadOptions& options = {});

const char* kind_name(Outcome::Kind kind);  // "stored", "new version", "unchanged", "refused"

}  // namespace rightstrack::ingest
