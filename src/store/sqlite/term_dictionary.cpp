#include "store/sqlite/term_dictionary.h"

#include <algorithm>

#include "core/short_hash.h"
#include "store/sqlite/statement.h"

namespace rightstrack::sqlite {

uint64_t TermDictionary::hash(std::string_view s) {
  return short_hash(s) | 1;  // never 0, which marks an empty slot
}

size_t TermDictionary::find_slot(std::string_view term, uint64_t h) const {
  size_t mask = slots_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.hash == 0 || (s.hash == h && terms_[static_cast<size_t>(s.id)] == term)) return i;
  }
}

void TermDictionary::remember(std::string term, int64_t id) {
  if ((used_ + 1) * 2 > slots_.size()) {
    std::vector<Slot> old(std::max<size_t>(64, slots_.size() * 2));
    old.swap(slots_);
    for (const Slot& s : old)
      if (s.hash) slots_[find_slot(terms_[static_cast<size_t>(s.id)], s.hash)] = s;
  }
  if (static_cast<size_t>(id) >= terms_.size()) terms_.resize(static_cast<size_t>(id) + 1);
  uint64_t h = hash(term);
  terms_[static_cast<size_t>(id)] = std::move(term);
  Slot& slot = slots_[find_slot(terms_[static_cast<size_t>(id)], h)];
  if (slot.hash == 0) ++used_;
  slot = {h, id};
}

Status TermDictionary::load() {
  Statement st(db_, "SELECT id, term FROM terms");
  if (!st.status().is_ok()) return st.status();
  Statement::Step step;
  while ((step = st.step()) == Statement::Step::kRow) {
    int64_t id = st.integer(0);
    if (id < 0 || id > (int64_t{1} << 31)) return Status::corruption("term id " + std::to_string(id) + " out of range");
    if (static_cast<size_t>(id) < terms_.size() && !terms_[static_cast<size_t>(id)].empty()) continue;
    remember(st.text(1), id);
  }
  return step == Statement::Step::kDone ? Status::ok() : st.status();
}

Result<int64_t> TermDictionary::id(const std::string& term) {
  if (!slots_.empty()) {
    const Slot& s = slots_[find_slot(term, hash(term))];
    if (s.hash) return s.id;
  }
  Statement ins(db_, "INSERT INTO terms(term) VALUES (?1) ON CONFLICT(term) DO NOTHING");
  ins.bind(1, term);
  if (auto s = ins.run(); !s.is_ok()) return s;
  // Another process may have added it first; either way the row is there now.
  Statement get(db_, "SELECT id FROM terms WHERE term = ?1");
  get.bind(1, term);
  if (get.step() != Statement::Step::kRow)
    return get.status().is_ok() ? Status::internal("term not stored") : get.status();
  int64_t id = get.integer(0);
  remember(term, id);
  return id;
}

Result<int64_t> TermDictionary::find(const std::string& term) {
  if (!slots_.empty()) {
    const Slot& s = slots_[find_slot(term, hash(term))];
    if (s.hash) return s.id;
  }
  Statement get(db_, "SELECT id FROM terms WHERE term = ?1");
  get.bind(1, term);
  auto step = get.step();
  if (step == Statement::Step::kError) return get.status();
  if (step == Statement::Step::kDone) return int64_t{-1};
  remember(term, get.integer(0));
  return get.integer(0);
}

Result<std::string> TermDictionary::term(int64_t id) {
  auto known = [&] { return id >= 0 && static_cast<size_t>(id) < terms_.size() && !terms_[id].empty(); };
  if (!known()) {
    if (auto s = load(); !s.is_ok()) return s;
    if (!known()) return Status::corruption("annotation refers to unknown term " + std::to_string(id));
  }
  return terms_[static_cast<size_t>(id)];
}

void TermDictionary::forget() {
  slots_.clear();
  used_ = 0;
  terms_.clear();
}

}  // namespace rightstrack::sqlite
