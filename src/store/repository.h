// Repository: the one storage interface of rightstrack. SQLite implements it today, PostgreSQL
// later; nothing of either leaks through it. A document is identified by the SHA-256 of its
// bytes; a changed file at a known path becomes a new version and the old one stays.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/account.h"
#include "core/audit.h"
#include "core/commitment.h"
#include "core/document.h"
#include "core/result.h"
#include "core/tracking.h"

namespace rightstrack {

// A provision's number in the store: the document's id and its position packed into one integer
// (the low 24 bits are the position), the same in every backend and in the search index.
inline constexpr int kProvisionSeqBits = 24;
inline constexpr size_t kMaxProvisions = size_t{1} << kProvisionSeqBits;
constexpr int64_t provision_key(int64_t document_id, size_t seq) {
  return (document_id << kProvisionSeqBits) + static_cast<int64_t>(seq);
}
constexpr int64_t provision_document(int64_t key) { return key >> kProvisionSeqBits; }
constexpr size_t provision_seq(int64_t key) { return static_cast<size_t>(key & (int64_t{kMaxProvisions} - 1)); }

struct DocumentSummary {
  int64_t id = 0;
  std::string sha256;
  std::string path;
  std::string file_name;
  int version = 1;
  std::string language, doc_type, body, symbol, title, date, author;
  int provision_count = 0;
  std::string ingested_at;
  bool is_public = false;  // an admin published it: `serve --public` shows it to anyone
};

struct StoredDocument {
  DocumentSummary summary;
  Document document;
  std::string content;  // the text as read (UTF-8, lines joined with '\n')
};

// A search as the store runs it, whatever the backend: a boolean tree over the provisions' words
// (phrases and prefixes, tokenized by search/tokenizer.h) and their tag tokens (index_terms.h).
struct MatchExpr {
  enum class Op { kPhrase, kPrefix, kTag, kAnd, kOr, kNot };
  Op op = Op::kPhrase;
  std::string text;                 // kPhrase, kPrefix: words; kTag: one tag token
  std::vector<MatchExpr> children;  // kAnd, kOr: two or more; kNot: one (only inside kAnd)
};

// What ranking and facets need of one provision, kept per document so a search touching
// 100,000 provisions reads a few thousand small rows. Kind and concepts are ids interned by the
// store (term_name() turns them back into strings), the same for the life of the store.
struct ProvisionFacts {
  uint32_t kind = 0;
  uint32_t length = 0;  // tokens of its text (search/tokenizer.h)
  std::vector<uint32_t> concepts;
};

// Sizes over every stored provision: BM25's average length is tokens / provisions.
struct ProvisionTotals {
  uint64_t provisions = 0;
  uint64_t tokens = 0;
};

enum class PutOutcome { kNew, kNewVersion, kUnchanged };

struct PutResult {
  PutOutcome outcome = PutOutcome::kNew;
  int64_t id = 0;
  int version = 1;
};

class Repository {
 public:
  virtual ~Repository() = default;

  // True when a document with these exact bytes is stored (so re-reading it can be skipped).
  virtual Result<std::optional<DocumentSummary>> find_by_sha256(const std::string& sha256) = 0;
  // Stores one document atomically: all of it or, on any error, nothing.
  virtual Result<PutResult> put_document(const std::string& path, const Document& doc, const std::string& content) = 0;
  // Remembers why a file was refused, for `list --failures` and later audits.
  virtual Status log_failure(const std::string& path, const std::string& reason) = 0;
  virtual Result<std::vector<DocumentSummary>> list_documents() = 0;
  // The newest `limit` documents of `author` (ISO alpha-3), newest first, leaving out `except`.
  virtual Result<std::vector<DocumentSummary>> latest_documents_of(const std::string& author, size_t limit,
                                                                   int64_t except) = 0;
  struct Failure {
    std::string at, path, reason;
  };
  // Files refused by ingest, newest first.
  virtual Result<std::vector<Failure>> list_failures(size_t limit) = 0;
  // By numeric id, symbol, file name or path (newest version), or sha256 prefix (≥ 8 hex digits).
  virtual Result<std::optional<StoredDocument>> find_document(const std::string& key) = 0;
  // The database's own integrity check plus the store's invariants; each problem is one line.
  virtual Result<std::vector<std::string>> check() = 0;
  // Replaces the annotations, citations and requests of a stored document with those of `doc`
  // (the same document, annotated again), in one transaction.
  virtual Status update_annotations(int64_t id, const Document& doc) = 0;
  // Stored documents with a provision that cites `symbol`, with the provision ids.
  virtual Result<std::vector<std::pair<DocumentSummary, std::vector<std::string>>>> citing(
      const std::string& symbol) = 0;
  // A number that changes whenever stored documents, annotations or the index change, so that
  // caches built from them (a searcher's) know when to start again.
  virtual Result<int64_t> generation() = 0;
  // The keys of every provision matching `match`, in key order.
  virtual Result<std::vector<int64_t>> match_keys(const MatchExpr& match) = 0;
  // How many provisions contain all the index tokens of `words` (an upper bound for a phrase).
  virtual Result<size_t> rows_with(const std::string& words) = 0;
  // The facts of each provision of a document, in order (empty for an unknown document).
  virtual Result<std::vector<ProvisionFacts>> provision_facts(int64_t document_id) = 0;
  virtual Result<ProvisionTotals> provision_totals() = 0;
  // Every document's facts, in document id order, in one pass (the searcher's cache).
  using FactsVisitor = std::function<void(int64_t document_id, const std::vector<ProvisionFacts>& facts)>;
  virtual Status scan_provision_facts(const FactsVisitor& visit) = 0;
  virtual Result<std::string> term_name(uint32_t id) = 0;
  virtual Result<std::optional<uint32_t>> term_id(const std::string& name) = 0;
  // The texts of the provisions `keys` (in that order; "" for a key that is not stored).
  virtual Result<std::vector<std::string>> provision_texts(const std::vector<int64_t>& keys) = 0;
  // One stored provision by key, or nothing.
  virtual Result<std::optional<Provision>> find_provision(int64_t key) = 0;
  // Publishes a document (or takes it back) for `serve --public`; audited.
  virtual Status set_public(int64_t document_id, bool is_public, const std::string& who) = 0;
  // Rebuilds the search index from the stored provisions; returns how many were indexed.
  virtual Result<size_t> reindex() = 0;
  // Tracking: src/track decides what is a commitment and which changes are allowed; the store
  // keeps them, each change in one transaction with its audit entry.
  // Adds the commitments not stored yet (an audit entry each, by `who`); known ids move to their
  // newest provision and keep their status. Returns how many were new.
  virtual Result<size_t> put_commitments(const std::vector<Commitment>& found, const std::string& who) = 0;
  virtual Result<std::vector<Commitment>> list_commitments(const CommitmentFilter& filter) = 0;
  virtual Result<std::optional<Commitment>> find_commitment(const std::string& id) = 0;
  // Applies `change` if `allowed` accepts the commitment as it is inside the transaction and its
  // version is still `change.expected_version` (else a conflict: nothing is written).
  using ChangeCheck = std::function<Status(const Commitment& current)>;
  virtual Result<Commitment> change_status(const StatusChange& change, const ChangeCheck& allowed) = 0;
  virtual Result<std::vector<StatusRecord>> status_history(const std::string& id) = 0;
  // A person sets the action level (1–5); audited, version-checked like a status change.
  virtual Result<Commitment> set_action_level(const std::string& id, int level, const std::string& who,
                                              int64_t expected_version) = 0;
  // Keeps a file of evidence; returns its SHA-256.
  virtual Result<std::string> store_file(const std::string& name, const std::string& bytes) = 0;
  // Links between commitments (clusters). Replaces the suggested links touching `ids` by
  // `suggested`, leaving links a person confirmed or split.
  virtual Status replace_suggested_links(const std::vector<std::string>& ids,
                                         const std::vector<CommitmentLink>& suggested) = 0;
  // Links touching any of `ids` (all links when empty).
  virtual Result<std::vector<CommitmentLink>> list_links(const std::vector<std::string>& ids = {}) = 0;
  // A person confirms or splits every link of commitment `id` (audited); returns how many.
  virtual Result<size_t> set_links_state(const std::string& id, const std::string& state, const std::string& who) = 0;
  // A person sets the due date (ISO date); audited, version-checked, kept by re-ingest.
  virtual Result<Commitment> set_due_date(const std::string& id, const std::string& date, const std::string& who,
                                          int64_t expected_version) = 0;
  // Adds an institution or renames it (same id); audited.
  virtual Status put_institution(const Institution& institution, const std::string& who) = 0;
  virtual Result<std::vector<Institution>> list_institutions() = 0;
  // Makes the institution lead or contributing on the commitment (role "" removes it); audited,
  // version-checked.
  virtual Result<Commitment> assign(const Assignment& assignment, int64_t expected_version) = 0;
  // Adds an indicator to its commitment (`by` says who); returns its id.
  virtual Result<int64_t> add_indicator(const Indicator& indicator, int64_t expected_version) = 0;
  // Records the value of indicator `indicator_id` on `value.date` (replacing that date's value).
  virtual Status record_indicator_value(int64_t indicator_id, const IndicatorValue& value) = 0;
  // Replaces the open suggestions made from document `document_id` by `found`, keeping decided ones.
  virtual Status put_suggestions(int64_t document_id, const std::vector<Suggestion>& found) = 0;
  virtual Result<std::vector<Suggestion>> list_suggestions(const SuggestionFilter& filter) = 0;
  // A person accepts or rejects an open suggestion; audited. Returns it as decided.
  virtual Result<Suggestion> decide_suggestion(int64_t id, bool accept, const std::string& who) = 0;
  // What people added to the commitments `ids` (every commitment when empty), see TrackingData;
  // the bytes of evidence files only `with_files` (an export), since they may be large.
  virtual Result<TrackingData> tracking_data(const std::vector<std::string>& ids = {}, bool with_files = false) = 0;
  // Restores exported tracking data in one transaction (an audit entry per record, by `who`):
  // every commitment must be stored and untouched by people here, else nothing is written.
  virtual Status restore_tracking(const TrackingData& data, const std::string& who) = 0;
  // Accounts (src/server). put_user adds a user or, for a known name, changes its role, password
  // hash and disabled flag; audited by `who`.
  virtual Result<User> put_user(const User& user, const std::string& who) = 0;
  virtual Result<std::optional<User>> find_user(const std::string& name) = 0;
  virtual Result<std::optional<User>> find_user_by_id(int64_t id) = 0;
  virtual Result<std::vector<User>> list_users() = 0;
  virtual Status put_credential(const Credential& credential) = 0;
  // The credential with this hash, if it has not expired.
  virtual Result<std::optional<Credential>> find_credential(const std::string& hash) = 0;
  virtual Status delete_credential(const std::string& hash) = 0;
  virtual Result<std::vector<AuditEntry>> audit_log() = 0;
  // The hash the audit log ended with when last written.
  virtual Result<std::string> audit_head() = 0;
  virtual int schema_version() const = 0;
};

// `location` is a file path (SQLite). An unusable location yields an error naming it.
Result<std::unique_ptr<Repository>> open_repository(const std::string& location);

}  // namespace rightstrack
