#include "track/commitments.h"

#include <algorithm>
#include <unordered_map>

#include "core/sha256.h"
#include "core/utf8.h"
#include "track/action_level.h"
#include "track/deadlines.h"

namespace rightstrack::track {
namespace {

// Letters and digits only, Latin case-folded: what two wordings of one commitment share.
std::u32string letters(const std::string& s) {
  std::u32string out;
  size_t i = 0;
  while (i < s.size()) {
    char32_t c = utf8::next(s, i);
    if (c < 0x80) {
      if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) out.push_back(c);
      if (c >= 'A' && c <= 'Z') out.push_back(c + 32);
    } else if (utf8::is_han(c) || utf8::is_latin_letter(c) || (c >= 0x0400 && c <= 0x06FF)) {
      out.push_back(c);
    }
  }
  return out;
}

std::string stable_id(const std::string& lineage, const Commitment& c) {
  std::u32string core = letters(c.text);
  std::string key = lineage + "\x1f" + c.kind + "\x1f" + c.actor + "\x1f" + c.label + "\x1f";
  for (char32_t ch : core) utf8::append(key, ch);
  return "C-" + sha256_hex(key).substr(0, 12);
}

std::string request_kind(const std::string& k) {
  return k == "panel" || k == "mandate_renewal" ? "decision" : "request";
}

}  // namespace

namespace {

// Shared character bigrams of two texts (multiset intersection) and the bigram counts of each.
struct Shared {
  size_t shared = 0, a = 0, b = 0;
};

Shared shared_bigrams(const std::string& a, const std::string& b) {
  std::u32string x = letters(a), y = letters(b);
  Shared out{0, x.size() < 2 ? 0 : x.size() - 1, y.size() < 2 ? 0 : y.size() - 1};
  std::unordered_map<uint64_t, int> grams;
  for (size_t i = 0; i + 1 < x.size(); ++i) ++grams[(uint64_t{x[i]} << 32) | x[i + 1]];
  for (size_t i = 0; i + 1 < y.size(); ++i) {
    auto it = grams.find((uint64_t{y[i]} << 32) | y[i + 1]);
    if (it != grams.end() && it->second > 0) {
      --it->second;
      ++out.shared;
    }
  }
  return out;
}

}  // namespace

double text_similarity(const std::string& a, const std::string& b) {
  Shared s = shared_bigrams(a, b);
  if (s.a == 0 || s.b == 0) return letters(a) == letters(b) ? 1.0 : 0.0;
  return 2.0 * static_cast<double>(s.shared) / static_cast<double>(s.a + s.b);
}

std::vector<uint64_t> bigram_set(const std::string& text) {
  std::u32string x = letters(text);
  std::vector<uint64_t> out;
  for (size_t i = 0; i + 1 < x.size(); ++i) out.push_back((uint64_t{x[i]} << 32) | x[i + 1]);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

double text_containment(const std::string& a, const std::string& b) {
  Shared s = shared_bigrams(a, b);
  if (s.a == 0 || s.b == 0) return 0.0;
  return static_cast<double>(s.shared) / static_cast<double>(std::min(s.a, s.b));
}

std::vector<Commitment> extract_commitments(const Document& doc, int64_t document_id, const std::string& lineage) {
  std::vector<Commitment> out;
  for (size_t seq = 0; seq < doc.provisions.size(); ++seq) {
    const Provision& p = doc.provisions[seq];
    Commitment c;
    if (p.kind == "pledge") {
      c.kind = "pledge";
      c.actor = doc.meta.author;
    } else if (p.kind == "recommendation") {
      c.kind = "recommendation";
      c.actor = doc.meta.author;
      c.recommending = p.recommending;
      c.position = p.position;
    } else if (p.kind == "operative" && p.request) {
      c.kind = request_kind(p.request->kind);
      c.actor = !p.request->addressee.empty() ? p.request->addressee : doc.meta.body;
      c.due_session = p.request->due_session;
      c.years = p.request->years;
    } else {
      continue;
    }
    c.document_id = document_id;
    c.seq = seq;
    c.provision_id = p.id;
    c.label = p.label;
    c.text = p.text;
    // The clause verb of a resolution (请, decides, encourages) frames the action; the level is
    // that of what is asked ("请独立专家继续参加…" continues: 2).
    std::string_view acted = p.text;
    if (size_t at = p.verb.empty() ? std::string::npos : p.text.find(p.verb); at != std::string::npos && at < 40)
      acted.remove_prefix(at + p.verb.size());
    c.action_level = action_level(acted);
    if (c.action_level == 0) c.action_level = action_level(p.text);
    c.due_date = due_date(c, doc.meta);
    c.id = stable_id(lineage, c);
    out.push_back(std::move(c));
  }
  // Two provisions with the same wording in one document (rare) still get two ids.
  std::unordered_map<std::string, int> seen;
  for (auto& c : out)
    if (int n = seen[c.id]++; n > 0) c.id = "C-" + sha256_hex(c.id + "#" + std::to_string(n)).substr(0, 12);
  return out;
}

void carry_ids(const std::vector<Commitment>& previous, std::vector<Commitment>& current) {
  std::vector<bool> taken(previous.size(), false);
  for (auto& c : current) {
    double best = 0.8;
    size_t pick = previous.size();
    for (size_t i = 0; i < previous.size(); ++i) {
      const auto& p = previous[i];
      if (taken[i] || p.kind != c.kind || p.actor != c.actor) continue;
      if (p.id == c.id) {  // unchanged text
        pick = i;
        break;
      }
      double s = text_similarity(p.text, c.text);
      if (s >= best) {
        best = s;
        pick = i;
      }
    }
    if (pick < previous.size()) {
      c.id = previous[pick].id;
      taken[pick] = true;
    }
  }
}

// The sentence without its framing: "卢森堡承诺在…" → "在…", "Belgium will …" → "…".
std::string commitment_core(const Commitment& c) {
  const std::string& t = c.text;
  for (const char* frame : {"承诺", " will ", " commits to ", " pledges to "}) {
    size_t at = t.find(frame);
    if (at != std::string::npos && at < 40) return t.substr(at + std::char_traits<char>::length(frame));
  }
  return t;
}

}  // namespace rightstrack::track
