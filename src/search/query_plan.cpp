#include "search/query_plan.h"

#include <algorithm>
#include <ctime>

#include "annotate/concept_matcher.h"
#include "annotate/taxonomy.h"
#include "search/tokenizer.h"
#include "store/index_terms.h"

namespace rightstrack::search {
namespace {

using Op = MatchExpr::Op;

MatchExpr tag(const std::string& token) { return MatchExpr{Op::kTag, token, {}}; }
MatchExpr any_of(std::vector<MatchExpr> parts) {
  if (parts.size() == 1) return std::move(parts.front());
  return MatchExpr{Op::kOr, "", std::move(parts)};
}

// The concept whose label (any language) the whole of `text` is, if any.
std::string concept_named(const std::string& text) {
  auto anns = annotate::ConceptMatcher::instance().match(text);
  for (const auto& a : anns)
    if (a.begin == 0 && a.end == text.size() && a.source.rfind("implied:", 0) != 0) return a.concept_id;
  return {};
}

std::string upper(std::string s) {
  for (auto& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  return s;
}

// A concept by id (any case) or label; `kind` restricts it ("" = any).
Result<std::string> resolve_concept(const std::string& value, const std::string& kind, const std::string& filter) {
  const auto& tax = annotate::Taxonomy::instance();
  std::string lower = value;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](char c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; });
  for (const std::string& id : {value, upper(value), lower}) {
    if (const auto* c = tax.find(id); c && (kind.empty() || c->kind == kind)) return c->id;
  }
  std::string named = concept_named(value);
  if (!named.empty()) {
    const auto* c = tax.find(named);
    if (c && (kind.empty() || c->kind == kind)) return named;
  }
  return Status::invalid_input(filter + ":" + value + " names no known " + (kind.empty() ? "concept" : kind) +
                               "; use an id such as " +
                               (kind == "state"   ? "LUX"
                                : kind == "theme" ? "education"
                                                  : "children") +
                               " or a label");
}

bool valid_date(const std::string& d) {
  static const char* kShapes[] = {"dddd", "dddd-dd", "dddd-dd-dd"};
  for (const char* shape : kShapes) {
    std::string_view s(shape);
    if (d.size() != s.size()) continue;
    bool ok = true;
    for (size_t i = 0; i < d.size() && ok; ++i) ok = s[i] == 'd' ? (d[i] >= '0' && d[i] <= '9') : d[i] == '-';
    if (ok) return true;
  }
  return false;
}

class Planner {
 public:
  explicit Planner(QueryPlan& plan) : plan_(plan) {}

  Result<MatchExpr> node(const QueryNode& n, bool positive, bool top_and) {
    using T = QueryNode::Type;
    switch (n.type) {
      case T::kTerm:
      case T::kPhrase:
      case T::kPrefix:
        return words(n, positive);
      case T::kFilter:
        return filter(n, top_and && positive);
      case T::kNot: {
        auto inner = node(n.children.front(), !positive, false);
        if (!inner.ok()) return inner;
        return MatchExpr{Op::kNot, "", {std::move(inner).value()}};
      }
      case T::kAnd:
      case T::kOr: {
        MatchExpr e{n.type == T::kAnd ? Op::kAnd : Op::kOr, "", {}};
        if (n.type == T::kAnd) {
          QueryNode grouped = group_labels(n);
          if (grouped.children.size() != n.children.size()) return node(grouped, positive, top_and);
        }
        for (const auto& c : n.children) {
          auto part = node(c, positive, top_and && n.type == T::kAnd);
          if (!part.ok()) return part;
          e.children.push_back(std::move(part).value());
        }
        return e;
      }
    }
    return Status::internal("unknown query node");
  }

 private:
  Result<MatchExpr> words(const QueryNode& n, bool positive) {
    PlannedTerm term{n.value, {}, {}};
    for (auto& t : tokenize(n.value, {.stem = n.type != QueryNode::Type::kPrefix})) term.tokens.push_back(t.text);
    if (term.tokens.empty())
      return Status::invalid_input("'" + n.value + "' has no letters, digits or characters to search for");
    MatchExpr words{n.type == QueryNode::Type::kPrefix ? Op::kPrefix : Op::kPhrase, n.value, {}};
    if (n.type != QueryNode::Type::kPrefix) term.concept_id = concept_named(n.value);
    MatchExpr out = words;
    if (!term.concept_id.empty()) out = any_of({words, tag(tag_token("c", term.concept_id))});
    if (positive) plan_.terms.push_back(std::move(term));
    return out;
  }

  // Consecutive words that together are a concept label (human rights defenders) become one
  // phrase, so they also find the concept in other languages.
  static QueryNode group_labels(const QueryNode& n) {
    QueryNode out = n;
    out.children.clear();
    const auto& c = n.children;
    for (size_t i = 0; i < c.size();) {
      size_t best = i;
      std::string best_text;
      std::string text = c[i].value;
      for (size_t j = i + 1;
           j < c.size() && j < i + 6 && c[j].type == QueryNode::Type::kTerm && c[i].type == QueryNode::Type::kTerm;
           ++j) {
        text += " " + c[j].value;
        if (!concept_named(text).empty()) {
          best = j;
          best_text = text;
        }
      }
      if (best == i) {
        out.children.push_back(c[i++]);
        continue;
      }
      out.children.push_back(QueryNode{QueryNode::Type::kPhrase, "", best_text, {}});
      i = best + 1;
    }
    if (out.children.size() == 1) return out.children.front();
    return out;
  }

  Result<MatchExpr> concept_filter(const QueryNode& n, const std::string& kind) {
    auto id = resolve_concept(n.value, kind, n.field);
    if (!id.ok()) return id.status();
    plan_.filter_concepts.push_back(id.value());
    if (kind == "state") return any_of({tag(tag_token("s", id.value())), tag(tag_token("c", id.value()))});
    return tag(tag_token("c", id.value()));
  }

  Result<MatchExpr> filter(const QueryNode& n, bool exact_dates) {
    const std::string& f = n.field;
    if (f == "concept") return concept_filter(n, "");
    if (f == "state" || f == "theme" || f == "group" || f == "instrument") return concept_filter(n, f);
    if (f == "sdg") {
      std::string v = n.value;
      if (v.rfind("SDG-", 0) != 0 && v.rfind("sdg-", 0) != 0) v = "SDG-" + v;
      return concept_filter(QueryNode{QueryNode::Type::kFilter, f, upper(v), {}}, "sdg");
    }
    if (f == "kind") return tag(tag_token("k", n.value));
    if (f == "body") return tag(tag_token("b", n.value));
    if (f == "doc") return tag(tag_token("d", n.value));
    if (f == "lang") return tag(tag_token("l", n.value));
    if (f == "type") return tag(tag_token("t", n.value));
    if (f == "date") return date(n, exact_dates);
    return Status::invalid_input("unknown filter " + f + ":");
  }

  // date:2020, date:2020..2022, date:2020-03-01..2021-06, date:..2019, date:2021..
  Result<MatchExpr> date(const QueryNode& n, bool exact) {
    std::string from = n.value, to = n.value;
    if (size_t dots = n.value.find(".."); dots != std::string::npos) {
      from = n.value.substr(0, dots);
      to = n.value.substr(dots + 2);
    }
    if ((from.empty() && to.empty()) || (!from.empty() && !valid_date(from)) || (!to.empty() && !valid_date(to)))
      return Status::invalid_input("date:" + n.value +
                                   " is not a date or range; write date:2020, date:2020..2022 or "
                                   "date:2020-03-01..2021-06-30");
    std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    int first = from.empty() ? 1945 : std::stoi(from.substr(0, 4));
    int last = to.empty() ? tm.tm_year + 1900 + 1 : std::stoi(to.substr(0, 4));
    if (first > last) return Status::invalid_input("date:" + n.value + " ends before it begins");
    first = std::max(first, 1945);
    std::vector<MatchExpr> years;
    for (int y = first; y <= last && y - first < 200; ++y) years.push_back(tag(tag_token("y", std::to_string(y))));
    if (years.empty()) return Status::invalid_input("date:" + n.value + " is before the United Nations");
    // Years narrow the index search; a bound finer than a year is checked on each document.
    if (exact) {
      if (!from.empty() && from.size() > 4) plan_.date_from = from;
      if (!to.empty() && to.size() > 4) plan_.date_to = to;
    }
    return any_of(std::move(years));
  }

  QueryPlan& plan_;
};

}  // namespace

Result<QueryPlan> plan_query(const QueryNode& query) {
  QueryPlan plan;
  auto match = Planner(plan).node(query, true, true);
  if (!match.ok()) return match.status();
  plan.match = std::move(match).value();
  return plan;
}

}  // namespace rightstrack::search
