// SqliteRepository: the Repository on one SQLite file through the C API — WAL journal, foreign
// keys, a busy timeout, and one transaction per stored document.
#pragma once

#include <sqlite3.h>

#include <functional>
#include <map>
#include <memory>
#include <string>

#include "store/batch_row_writer.h"
#include "store/repository.h"
#include "store/sqlite/statement.h"
#include "store/sqlite/term_dictionary.h"

namespace rightstrack::sqlite {

class SqliteRepository : public Repository {
 public:
  // `schema_target` > 0 stops migrations at that version (tests of upgrades use it).
  static Result<std::unique_ptr<SqliteRepository>> open(const std::string& path, int schema_target = 0);
  ~SqliteRepository() override;

  Result<std::optional<DocumentSummary>> find_by_sha256(const std::string& sha256) override;
  Result<PutResult> put_document(const std::string& path, const Document& doc, const std::string& content) override;
  Status log_failure(const std::string& path, const std::string& reason) override;
  Result<std::vector<DocumentSummary>> list_documents() override;
  Result<std::vector<DocumentSummary>> latest_documents_of(const std::string& author, size_t limit,
                                                           int64_t except) override;
  Result<std::vector<Failure>> list_failures(size_t limit) override;
  Result<std::optional<StoredDocument>> find_document(const std::string& key) override;
  Result<std::vector<std::string>> check() override;
  Status update_annotations(int64_t id, const Document& doc) override;
  Result<std::vector<std::pair<DocumentSummary, std::vector<std::string>>>> citing(const std::string& symbol) override;
  Result<int64_t> generation() override;
  Result<std::vector<int64_t>> match_keys(const MatchExpr& match) override;
  Result<size_t> rows_with(const std::string& words) override;
  Result<std::vector<ProvisionFacts>> provision_facts(int64_t document_id) override;
  Result<ProvisionTotals> provision_totals() override;
  Status scan_provision_facts(const FactsVisitor& visit) override;
  Result<std::vector<std::string>> provision_texts(const std::vector<int64_t>& keys) override;
  Result<std::string> term_name(uint32_t id) override;
  Result<std::optional<uint32_t>> term_id(const std::string& name) override;
  Result<std::optional<Provision>> find_provision(int64_t key) override;
  Result<size_t> reindex() override;
  Status set_public(int64_t document_id, bool is_public, const std::string& who) override;
  Result<size_t> put_commitments(const std::vector<Commitment>& found, const std::string& who) override;
  Result<std::vector<Commitment>> list_commitments(const CommitmentFilter& filter) override;
  Result<std::optional<Commitment>> find_commitment(const std::string& id) override;
  Result<Commitment> change_status(const StatusChange& change, const ChangeCheck& allowed) override;
  Result<std::vector<StatusRecord>> status_history(const std::string& id) override;
  Result<Commitment> set_action_level(const std::string& id, int level, const std::string& who,
                                      int64_t expected_version) override;
  Result<std::string> store_file(const std::string& name, const std::string& bytes) override;
  Status replace_suggested_links(const std::vector<std::string>& ids,
                                 const std::vector<CommitmentLink>& suggested) override;
  Result<std::vector<CommitmentLink>> list_links(const std::vector<std::string>& ids = {}) override;
  Result<size_t> set_links_state(const std::string& id, const std::string& state, const std::string& who) override;
  Result<Commitment> set_due_date(const std::string& id, const std::string& date, const std::string& who,
                                  int64_t expected_version) override;
  Status put_institution(const Institution& institution, const std::string& who) override;
  Result<std::vector<Institution>> list_institutions() override;
  Result<Commitment> assign(const Assignment& assignment, int64_t expected_version) override;
  Result<int64_t> add_indicator(const Indicator& indicator, int64_t expected_version) override;
  Status record_indicator_value(int64_t indicator_id, const IndicatorValue& value) override;
  Status put_suggestions(int64_t document_id, const std::vector<Suggestion>& found) override;
  Result<std::vector<Suggestion>> list_suggestions(const SuggestionFilter& filter) override;
  Result<Suggestion> decide_suggestion(int64_t id, bool accept, const std::string& who) override;
  Result<TrackingData> tracking_data(const std::vector<std::string>& ids = {}, bool with_files = false) override;
  Status restore_tracking(const TrackingData& data, const std::string& who) override;
  Result<User> put_user(const User& user, const std::string& who) override;
  Result<std::optional<User>> find_user(const std::string& name) override;
  Result<std::optional<User>> find_user_by_id(int64_t id) override;
  Result<std::vector<User>> list_users() override;
  Status put_credential(const Credential& credential) override;
  Result<std::optional<Credential>> find_credential(const std::string& hash) override;
  Status delete_credential(const std::string& hash) override;
  Result<std::vector<AuditEntry>> audit_log() override;
  Result<std::string> audit_head() override;
  int schema_version() const override { return schema_version_; }

  // The search index merges pending segments into a batch once this many documents, or this many
  // bytes of segments, are pending: 512 documents of the samples' size make a 1,000,000-provision
  // store ~40 batches, so a term costs ~40 row reads. The bytes bound the pending segments that
  // each connection keeps decoded in memory, and how often large documents rewrite the index:
  // at 8 MB, documents of 200 KB were merged every ~28 (store 10 % slower on the ingest benchmark
  // than at 32 MB). Documents of tens of KB reach 512 before 32 MB.
  static constexpr int64_t kBatchDocuments = 512;
  static constexpr int64_t kBatchBytes = int64_t{32} << 20;

 private:
  SqliteRepository(sqlite3* db, int version) : db_(db), schema_version_(version), terms_(db) {}
  void rollback();
  // The columns read_provision() expects, in order.
  static constexpr const char* kProvisionColumns =
      "pid, label, kind, section, parent, text, verb, verb_id, line, credit, position, extras, annotations";
  Result<Provision> read_provision(Statement& row);
  // A document's content column: a zstd frame (store/content_codec.h), or the text itself in
  // rows written before content was compressed.
  static Result<std::string> read_content(const Statement& row, int col);
  // The search index (sqlite_postings.cpp): a pending segment per new document, merged into
  // batches once `documents_due` documents are pending.
  // The document's segment, pending, and its search facts.
  Status index_document(int64_t id, const Document& doc);
  Status merge_pending(int64_t documents_due);
  Status write_row(int64_t batch, std::string_view term, BatchRowWriter& row);
  Status merge_levels();
  Status merge_batches(const std::vector<int64_t>& batches, int64_t level);
  Status retire_document(int64_t id);
  Status reindex_document(int64_t id, const Document& doc);
  Status load_index_view();
  template <typename T, typename F>
  Result<T> with_index(F&& run);
  void check_index(std::vector<std::string>& problems);
  Status ensure_index_format();
  // `lengths`: each provision's tokens (build_segment counts them).
  Status write_facts(int64_t document_id, const Document& doc, const std::vector<uint32_t>& lengths);
  Status bump_generation();
  // Inside the caller's transaction: appends one chained entry and moves the head.
  Status append_audit(const std::string& actor, const std::string& action, const std::string& subject,
                      const std::string& payload);
  Result<Commitment> read_commitment(Statement& row);
  Result<Commitment> commitment_at(const std::string& id, int64_t expected_version);
  // One audited, version-checked change of commitment `id` in one transaction: `apply` sees the
  // commitment as it is (its version already the new one), writes the change and returns the
  // audit entry's payload; any error leaves nothing written.
  using Edit = std::function<Result<std::string>(Commitment& c)>;
  Result<Commitment> edit_commitment(const std::string& id, int64_t expected_version, const std::string& who,
                                     const std::string& action, const Edit& apply);
  Status insert_status_record(const std::string& id, const StatusRecord& record);
  // Inside the caller's transaction: adds or renames an institution, audited as `action`.
  Status upsert_institution(const Institution& in, const std::string& who, const std::string& action);
  Result<std::vector<Indicator>> read_indicators(const std::vector<std::string>& ids);
  Result<std::vector<Suggestion>> read_suggestions(Statement& st);
  Result<std::optional<User>> user_where(const std::string& where, const std::string& arg);
  Status restore_commitment(const TrackingData& data, const Commitment& c, const std::string& who);
  Result<PutResult> insert_document(const std::string& path, const Document& doc, const std::string& content);
  Status insert_provisions(int64_t id, const Document& doc);
  Status insert_citations(int64_t id, size_t seq, const Provision& p);
  // Statements of the ingest path, prepared once per connection (preparing them per document
  // cost 6 % of the store's time); returned reset and without bindings.
  Statement& prepared(const std::string& sql);
  Result<Document> load_document(int64_t id, std::string& content);
  Result<std::optional<DocumentSummary>> summary_where(const std::string& where, const std::string& arg);
  static Result<std::vector<DocumentSummary>> read_summaries(Statement& st);
  void check_invariants(std::vector<std::string>& problems);
  void check_provisions(std::map<int64_t, int64_t> expected, std::vector<std::string>& problems);

  sqlite3* db_;
  int schema_version_;
  TermDictionary terms_;
  std::map<std::string, std::unique_ptr<Statement>> statements_;

 public:
  struct IndexView;  // the batches and decoded pending segments of one generation

 private:
  std::shared_ptr<IndexView> index_;
};

}  // namespace rightstrack::sqlite
