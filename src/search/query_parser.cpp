#include "search/query_parser.h"

#include <algorithm>

#include "core/utf8.h"

namespace rightstrack::search {
namespace {

constexpr size_t kMaxQueryBytes = 4096;
constexpr int kMaxDepth = 32;

struct Lexeme {
  enum class Kind { kWord, kQuoted, kOpen, kClose, kEnd };
  Kind kind;
  std::string text;
  size_t at;  // character position, 1-based, for messages
};

bool is_quote(char32_t c) { return c == '"' || c == 0x201C || c == 0x201D; }

bool is_query_space(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x3000; }

Result<std::vector<Lexeme>> lex(std::string_view q) {
  std::vector<Lexeme> out;
  size_t i = 0, chars = 0;
  while (i < q.size()) {
    size_t start = i, at = ++chars;
    char32_t c = utf8::next(q, i);
    if (is_query_space(c)) continue;
    if (c == '(' || c == 0xFF08) {
      out.push_back({Lexeme::Kind::kOpen, "(", at});
      continue;
    }
    if (c == ')' || c == 0xFF09) {
      out.push_back({Lexeme::Kind::kClose, ")", at});
      continue;
    }
    std::string word;
    if (is_quote(c)) {  // "…" or “…”
      bool closed = false;
      while (i < q.size()) {
        size_t before = i;
        char32_t d = utf8::next(q, i);
        ++chars;
        if (is_quote(d)) {
          closed = true;
          break;
        }
        word.append(q.substr(before, i - before));
      }
      if (!closed)
        return Status::invalid_input("the quote opened at character " + std::to_string(at) + " is not closed");
      if (utf8::trim(word).empty())
        return Status::invalid_input("the quotes at character " + std::to_string(at) + " hold nothing to search for");
      out.push_back({Lexeme::Kind::kQuoted, word, at});
      continue;
    }
    // A word runs to the next space or parenthesis; a quoted value may follow "name:".
    i = start;
    --chars;
    while (i < q.size()) {
      size_t before = i;
      char32_t d = utf8::next(q, i);
      bool quote_next = is_quote(d) && !(d == '"' && !word.empty() && word.back() == ':');
      if (is_query_space(d) || d == '(' || d == ')' || d == 0xFF08 || d == 0xFF09 || quote_next) {
        i = before;
        break;
      }
      ++chars;
      if (d == '"' && !word.empty() && word.back() == ':') {
        size_t close = q.find('"', i);
        if (close == std::string_view::npos)
          return Status::invalid_input("the quote opened at character " + std::to_string(chars) + " is not closed");
        std::string_view value = utf8::trim(q.substr(i, close - i));
        word.append(value);
        chars += utf8::length(q.substr(i, close - i)) + 1;
        i = close + 1;
        continue;
      }
      word.append(q.substr(before, i - before));
    }
    out.push_back({Lexeme::Kind::kWord, word, at});
  }
  out.push_back({Lexeme::Kind::kEnd, "", chars + 1});
  return out;
}

class Parser {
 public:
  explicit Parser(std::vector<Lexeme> lexemes) : lx_(std::move(lexemes)) {}

  Result<QueryNode> parse() {
    auto node = parse_or(0);
    if (!node.ok()) return node;
    if (peek().kind == Lexeme::Kind::kClose)
      return Status::invalid_input("')' at character " + std::to_string(peek().at) + " has no matching '('");
    return node;
  }

 private:
  const Lexeme& peek() const { return lx_[pos_]; }
  bool is_keyword(const char* k) const { return peek().kind == Lexeme::Kind::kWord && peek().text == k; }
  bool at_operand_start() const {
    auto k = peek().kind;
    return k == Lexeme::Kind::kWord || k == Lexeme::Kind::kQuoted || k == Lexeme::Kind::kOpen;
  }

  Result<QueryNode> parse_or(int depth) {
    QueryNode node{QueryNode::Type::kOr, {}, {}, {}};
    while (true) {
      auto left = parse_and(depth);
      if (!left.ok()) return left;
      node.children.push_back(std::move(left).value());
      if (!is_keyword("OR")) break;
      ++pos_;
      if (!at_operand_start() || is_keyword("OR") || is_keyword("AND"))
        return Status::invalid_input("OR at character " + std::to_string(lx_[pos_ - 1].at) +
                                     " needs something after it");
    }
    if (node.children.size() == 1) return std::move(node.children.front());
    return node;
  }

  Result<QueryNode> parse_and(int depth) {
    QueryNode node{QueryNode::Type::kAnd, {}, {}, {}};
    while (at_operand_start() && !is_keyword("OR")) {
      if (is_keyword("AND")) {
        if (node.children.empty())
          return Status::invalid_input("AND at character " + std::to_string(peek().at) + " needs something before it");
        ++pos_;
        if (!at_operand_start() || is_keyword("OR") || is_keyword("AND"))
          return Status::invalid_input("AND at character " + std::to_string(lx_[pos_ - 1].at) +
                                       " needs something after it");
        continue;
      }
      auto operand = parse_unary(depth);
      if (!operand.ok()) return operand;
      node.children.push_back(std::move(operand).value());
    }
    if (node.children.empty()) {
      if (peek().kind == Lexeme::Kind::kEnd && pos_ == 0) return Status::invalid_input("the query is empty");
      if (is_keyword("OR"))
        return Status::invalid_input("OR at character " + std::to_string(peek().at) + " needs something before it");
      return Status::invalid_input("expected a word, a phrase or a filter at character " + std::to_string(peek().at));
    }
    if (node.children.size() == 1) return std::move(node.children.front());
    return node;
  }

  Result<QueryNode> parse_unary(int depth) {
    if (depth > kMaxDepth) return Status::invalid_input("the query nests too deeply");
    bool negate = false;
    if (is_keyword("NOT")) {
      ++pos_;
      negate = true;
      if (!at_operand_start() || is_keyword("AND") || is_keyword("OR"))
        return Status::invalid_input("NOT at character " + std::to_string(lx_[pos_ - 1].at) +
                                     " needs something after it");
    } else if (peek().kind == Lexeme::Kind::kWord && peek().text.size() > 1 && peek().text[0] == '-') {
      lx_[pos_].text.erase(0, 1);
      negate = true;
    }
    auto operand = negate ? parse_unary(depth + 1) : parse_primary(depth);
    if (!operand.ok() || !negate) return operand;
    QueryNode node{QueryNode::Type::kNot, {}, {}, {}};
    node.children.push_back(std::move(operand).value());
    return node;
  }

  Result<QueryNode> parse_primary(int depth) {
    Lexeme lx = peek();
    ++pos_;
    if (lx.kind == Lexeme::Kind::kOpen) {
      if (peek().kind == Lexeme::Kind::kClose)
        return Status::invalid_input("the parentheses at character " + std::to_string(lx.at) + " are empty");
      auto inner = parse_or(depth + 1);
      if (!inner.ok()) return inner;
      if (peek().kind != Lexeme::Kind::kClose)
        return Status::invalid_input("the '(' at character " + std::to_string(lx.at) + " is not closed");
      ++pos_;
      return inner;
    }
    if (lx.kind == Lexeme::Kind::kQuoted) return QueryNode{QueryNode::Type::kPhrase, "", lx.text, {}};
    return word_node(lx);
  }

  static Result<QueryNode> word_node(const Lexeme& lx) {
    size_t colon = lx.text.find(':');
    if (colon != std::string::npos && colon > 0) {
      std::string name = lx.text.substr(0, colon), value = lx.text.substr(colon + 1);
      std::transform(name.begin(), name.end(), name.begin(), [](char c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; });
      const auto& names = filter_names();
      if (std::find(names.begin(), names.end(), name) == names.end()) {
        std::string known;
        for (const auto& n : names) known += (known.empty() ? "" : ", ") + n + ":";
        return Status::invalid_input("unknown filter '" + name + ":' at character " + std::to_string(lx.at) +
                                     "; the filters are " + known);
      }
      if (value.empty())
        return Status::invalid_input("the filter " + name + ": at character " + std::to_string(lx.at) +
                                     " needs a value, e.g. kind:pledge");
      return QueryNode{QueryNode::Type::kFilter, name, value, {}};
    }
    if (lx.text.size() > 1 && lx.text.back() == '*')
      return QueryNode{QueryNode::Type::kPrefix, "", lx.text.substr(0, lx.text.size() - 1), {}};
    return QueryNode{QueryNode::Type::kTerm, "", lx.text, {}};
  }

  std::vector<Lexeme> lx_;
  size_t pos_ = 0;
};

}  // namespace

const std::vector<std::string>& filter_names() {
  static const std::vector<std::string> kNames = {"kind", "state", "concept", "sdg",  "theme", "body",
                                                  "doc",  "date",  "lang",    "type", "group", "instrument"};
  return kNames;
}

Result<QueryNode> parse_query(std::string_view query) {
  if (query.size() > kMaxQueryBytes)
    return Status::invalid_input("the query is longer than " + std::to_string(kMaxQueryBytes) + " bytes");
  if (utf8::invalid_offset(query) != utf8::kValid) return Status::invalid_input("the query is not valid UTF-8");
  auto lexemes = lex(query);
  if (!lexemes.ok()) return lexemes.status();
  if (lexemes->size() == 1) return Status::invalid_input("the query is empty");
  return Parser(std::move(lexemes).value()).parse();
}

std::string to_string(const QueryNode& n) {
  using T = QueryNode::Type;
  switch (n.type) {
    case T::kTerm:
      return n.value;
    case T::kPhrase:
      return "\"" + n.value + "\"";
    case T::kPrefix:
      return n.value + "*";
    case T::kFilter: {
      bool plain = n.value.find_first_of(" \t\n\r()") == std::string::npos &&
                   n.value.find("\u3000") == std::string::npos && n.value.find("\uFF08") == std::string::npos &&
                   n.value.find("\uFF09") == std::string::npos;
      return n.field + ":" + (plain ? n.value : "\"" + n.value + "\"");
    }
    case T::kNot:
      return "NOT " + to_string(n.children.front());
    case T::kAnd:
    case T::kOr: {
      std::string out = "(";
      for (size_t i = 0; i < n.children.size(); ++i) {
        if (i) out += n.type == T::kAnd ? " AND " : " OR ";
        out += to_string(n.children[i]);
      }
      return out + ")";
    }
  }
  return "";
}

}  // namespace rightstrack::search
