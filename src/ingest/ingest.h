// The whole pipeline for one file — read → parse → annotate → store → track — as `rightstrack
// ingest` and the server's upload both run it: one transaction for the document, bad input
// reported with the file's name and logged, never half stored.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "core/document.h"
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

// A file read, parsed and annotated, ready to be stored. Preparing needs no repository, so files
// can be prepared on another thread while earlier ones are stored (ingest/pipeline.h).
struct Prepared {
  std::string file;   // as given
  std::string path;   // absolute: names the document across versions
  std::string name;   // the file's name
  std::string error;  // the reader refused it
  std::string sha256;
  bool known = false;  // its bytes are stored already, so it was not parsed
  Document doc;
  std::string content;  // the text as read, lines joined with '\n'
};

// `is_known(sha256)`: whether the store holds those bytes already (their parse is skipped).
Prepared prepare_file(const std::string& file, const ReadOptions& options,
                      const std::function<bool(const std::string&)>& is_known);
// Stores a prepared file and tracks its commitments (or logs why it was refused).
Outcome commit(Repository& repo, Prepared prepared);

// `path` names the document across versions (an absolute file path, or "upload:NAME").
Outcome ingest_bytes(Repository& repo, std::string_view bytes, const std::string& name, const std::string& path,
                     const ReadOptions& options = {});
Outcome ingest_file(Repository& repo, const std::string& file, const ReadOptions& options = {});

const char* kind_name(Outcome::Kind kind);  // "stored", "new version", "unchanged", "refused"

}  // namespace rightstrack::ingest
