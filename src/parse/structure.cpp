#include "parse/structure.h"

#include <cctype>
#include <optional>
#include <set>

#include "core/utf8.h"
#include "parse/clause_verbs.h"
#include "parse/labels.h"
#include "parse/provision_text.h"
#include "parse/recommending_states.h"
#include "parse/state_names.h"

namespace rightstrack::parse {
namespace {

class Builder {
 public:
  Builder(const DocumentMeta& meta, const RulePack& pack, const Header& header)
      : meta_(meta), pack_(pack), header_(header) {
    resolution_ = meta.doc_type == "resolution" || meta.doc_type == "draft_resolution";
    pledges_ = meta.doc_type == "pledges";
  }

  void add(const Block& b, bool consumed) {
    if (consumed) {
      // The resolution's own paragraphs run from "The Human Rights Council," to its annex, if any
      // (an annexed declaration or list is no preamble, nor operative paragraphs).
      std::string kind = header_.classify(b.text);
      if (kind == "opening") in_body_ = true;
      if (kind == "annex") in_body_ = false, after_annex_ = true;
      // A note's title again ("Annex to the note verbale dated …", "…普通照会的附件") heads its
      // annex, and the line under it is the annex's title however long.
      if (kind == "note_title" && notes_seen_++ > 0) after_annex_ = true;
      return;
    }
    const bool annex_title = after_annex_;
    after_annex_ = false;
    // The document's own symbol printed on top of a page is a running header, even when it
    // repeats too rarely for the layout to have caught it.
    if (!meta_.symbol.empty() && b.text.size() < 40 && utf8::remove_spaces(b.text) == meta_.symbol) return;
    Provision p;
    p.line = b.line;
    std::string_view text = b.text;
    auto label = detect_label(text);
    if (label) {
      p.label = label->text;
      text = utf8::trim(text.substr(label->length));
    }
    p.text = strip_markers(text, p.footnote_refs);
    // "1 See A/HRC/44/44." is a footnote below a rule, after another note, or when a paragraph
    // before it ended with reference 1 (plain text loses the rule: "…at its forty-sixth session;1").
    if (auto num = label ? std::nullopt : footnote_number(b.text);
        num &&
        (b.after_rule || (!out_.empty() && out_.back().kind == "footnote") || awaited_notes_.count(num->first))) {
      p.text = num->second;
      return emit_footnote(std::move(p), Label{num->first, "footnote", 0});
    }
    if (!pack_.cjk) strip_trailing_ref(p);
    std::string tf = block_form(p.text);
    if (label && label->style == "footnote") return emit_footnote(std::move(p), *label);
    // Captions, credits and boxes carry no label: their markers are at the start of tf.
    if (caption(p, tf) || credit(tf, b.text) || box(p, tf)) return;
    section(tf);
    // An annex's title, right under "Annex", may be as long as a declaration's name.
    bool heading = looks_like_heading(p, tf, label) ||
                   (annex_title && !label && pack_.terminal.find(utf8::last_char(p.text)) == std::u32string::npos &&
                    length_up_to(p.text, 300) <= 300);
    if (heading) return emit_heading(std::move(p), tf, label);
    classify(p, tf, label);
  }

  std::vector<Provision> take() { return std::move(out_); }
  void reserve(size_t n) { out_.reserve(n); }

 private:
  struct Level {
    std::string style;
    size_t index;
  };

  void push(Provision p) {
    p.id = "p" + std::to_string(out_.size() + 1);
    for (const auto& r : p.footnote_refs) awaited_notes_.insert(r);
    out_.push_back(std::move(p));
  }

  void emit_footnote(Provision p, const Label& label) {
    p.kind = "footnote";
    p.label = label.text;
    awaited_notes_.erase(p.label);
    push(std::move(p));
  }

  // The match form of a provision's opening and ending: the rules look at how a provision starts
  // (markers, verbs, States) and ends (an intro's colon); the middle of a long one never matters.
  std::string block_form(const std::string& text) const {
    if (text.size() <= 160) return match_form(pack_, text);
    size_t head = 96, tail = text.size() - 48;
    while (head < text.size() && (static_cast<unsigned char>(text[head]) & 0xC0) == 0x80) ++head;
    while (tail < text.size() && (static_cast<unsigned char>(text[tail]) & 0xC0) == 0x80) ++tail;
    return match_form(pack_, std::string_view(text).substr(0, head)) + " … " +
           match_form(pack_, std::string_view(text).substr(tail));
  }

  // "1 See A/HRC/44/44." below a page's rule: a footnote numbered in plain digits.
  static std::optional<std::pair<std::string, std::string>> footnote_number(const std::string& text) {
    size_t i = 0;
    while (i < text.size() && i < 3 && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
    if (i == 0 || i > 2 || i >= text.size() || text[i] != ' ') return std::nullopt;
    return std::make_pair(text.substr(0, i), std::string(utf8::trim(std::string_view(text).substr(i))));
  }

  // English plain text keeps footnote references as digits glued to punctuation: "inequalities,1".
  static void strip_trailing_ref(Provision& p) {
    std::string& t = p.text;
    size_t i = t.size();
    while (i > 0 && std::isdigit(static_cast<unsigned char>(t[i - 1]))) --i;
    if (i == t.size() || t.size() - i > 2 || i == 0) return;
    char before = t[i - 1];
    if (before != ',' && before != ';' && before != '.' && before != ':') return;
    p.footnote_refs.push_back(t.substr(i));
    t.resize(i);
  }

  bool caption(Provision& p, const std::string& f) {
    for (const auto& c : pack_.captions) {
      size_t k = marker_prefix(f, c);
      if (k == 0) continue;
      p.kind = "caption";
      p.label.clear();
      p.text = std::string(utf8::trim(std::string_view(p.text).substr(skip_form(p.text, k))));
      box_.clear();
      push(std::move(p));
      return true;
    }
    return false;
  }

  bool credit(const std::string& f, const std::string& text) {
    for (const auto& c : pack_.credits) {
      if (!starts_with(f, c)) continue;
      if (!out_.empty() && out_.back().kind == "caption" && out_.back().credit.empty()) out_.back().credit = text;
      return true;  // a credit without a photo caption is page furniture
    }
    return false;
  }

  bool box(Provision& p, std::string& tf) {
    for (const auto& [marker, kind] : pack_.boxes) {
      size_t k = marker_prefix(tf, marker);
      if (k == 0) continue;
      box_ = kind;
      p.text = std::string(utf8::trim(std::string_view(p.text).substr(skip_form(p.text, k))));
      tf = block_form(p.text);
      if (p.text.empty()) return true;
      p.kind = kind;
      p.section = section_;
      push(std::move(p));
      return true;
    }
    if (!box_.empty() && !p.label.empty() && p.kind.empty()) box_.clear();
    return false;
  }

  // A level's marker opens a block: "在国际一级，…", "At the national level, …".
  void section(const std::string& tf) {
    for (const auto& [marker, level] : pack_.sections)
      if (starts_with(tf, marker)) section_ = level;
  }

  // A heading names its level anywhere: "二、国际一级的承诺", "B. Commitments at the national level".
  std::string heading_section(const std::string& tf) const {
    std::string level;
    for (const auto& [marker, lvl] : pack_.sections)
      if (tf.find(marker) != std::string::npos) level = lvl;
    return level;
  }

  bool looks_like_heading(const Provision& p, const std::string& tf, const std::optional<Label>& label) {
    if (tf.empty()) return false;
    char32_t last = utf8::last_char(p.text);
    bool punct = pack_.terminal.find(last) != std::u32string::npos || last == U'，' || last == ',' || last == ':' ||
                 last == U'：' || last == U'、';
    // Only whether it is short matters: count no further than the longest heading.
    size_t len = length_up_to(p.text, 120);
    // "（一）国际一级": a Chinese numeral in parentheses heads a subsection when it titles one.
    if (label && (is_heading_style(label->style) || label->style == "paren-zh")) return !punct && len <= 120;
    if (label || signature(tf)) return false;
    if (!box_.empty() && len > 25) return false;
    return !punct && len <= (pack_.cjk ? 40u : 90u) && !starts_with_pledge(tf);
  }

  // "常驻代表别所浩郎(签名)", "(Signed) Kōro Bessho": the mark ends or opens the line.
  bool signature(const std::string& tf) const {
    return std::any_of(pack_.signatures.begin(), pack_.signatures.end(), [&](const std::string& m) {
      return starts_with(tf, m) || (tf.size() >= m.size() && tf.compare(tf.size() - m.size(), m.size(), m) == 0);
    });
  }

  void emit_heading(Provision p, const std::string& tf, const std::optional<Label>& label) {
    p.kind = "heading";
    box_.clear();
    intro_.reset();
    // "II. At the national level" opens a section; any other heading closes it.
    std::string level = heading_section(tf);
    section_ = level;
    p.section = level;
    // Labelled headings nest: 一. > A. ; paragraphs nest under the innermost heading.
    while (!stack_.empty() && !is_heading_style(stack_.back().style)) stack_.pop_back();
    if (label) {
      place(p, label->style);
    } else {
      p.parent.clear();
    }
    push(std::move(p));
    if (label) stack_.back().index = out_.size() - 1;
  }

  // Puts the provision in the label hierarchy and sets its parent.
  void place(Provision& p, const std::string& style) {
    size_t at = stack_.size();
    for (size_t i = 0; i < stack_.size(); ++i)
      if (stack_[i].style == style) at = i;
    if (at < stack_.size()) stack_.resize(at);
    if (!stack_.empty())
      p.parent = out_[stack_.back().index].id;
    else if (intro_)
      p.parent = out_[*intro_].id;
    stack_.push_back({style, out_.size()});
  }

  bool starts_with_pledge(const std::string& tf) const {
    // "<State> 承诺…" / "Belgium commits to …": the author speaks in the first person of a pledge.
    size_t at = 0;
    if (auto m = StateNames::instance().match_at(tf, 0))
      at = m->end;
    else if (!pack_.cjk)
      return false;
    while (at < tf.size() && tf[at] == ' ') ++at;
    std::string rest = tf.substr(at);
    auto pledges = [&] {
      return at > 0 && std::any_of(pack_.pledge_verbs.begin(), pack_.pledge_verbs.end(),
                                   [&](const std::string& v) { return starts_with(rest, v); });
    };
    // Before and after the adverbs: "will continue" is a pledge verb of its own.
    if (pledges()) return true;
    for (const char* adverb : {"还", "将", "也", "再次", "郑重", "also ", "further ", "hereby ", "will "})
      if (starts_with(rest, adverb)) rest = rest.substr(std::string(adverb).size());
    return pledges();
  }

  // An item listed right under "At the national level" / "一、在国内层面" that opens with what
  // will be done ("（一）继续推进…", "• Continue to …"): a pledge even without "commits to:" above
  // it. Not a numbered paragraph (prose: "22. 促进和保护人权不仅是…") nor an item of a list that
  // another paragraph introduces ("…例如：(e) 实施…行动计划").
  bool listed_pledge(const std::string& tf, const std::optional<Label>& label) const {
    if (!label || section_.empty() || label->style == "num" || intro_) return false;
    for (const auto& a : pack_.pledge_actions)
      if (starts_with(tf, a) &&
          (pack_.cjk || tf.size() == a.size() || !std::isalpha(static_cast<unsigned char>(tf[a.size()]))))
        return true;
    return false;
  }

  bool pledge_intro(const std::string& tf) const {
    if (!ends_with_colon(tf)) return false;
    std::string body = drop_colon(tf);
    // In a pledge document, "如果当选，比利时将：" / "If elected, Belgium will:" introduces pledges too.
    for (std::string_view future : {"将", " will"})
      if (pledges_ && body.size() > future.size() &&
          body.compare(body.size() - future.size(), future.size(), future) == 0)
        return true;
    for (const char* tail : {"将", " to", " itself to", " themselves to"})
      if (body.size() > std::string(tail).size() &&
          body.compare(body.size() - std::string(tail).size(), std::string::npos, tail) == 0)
        body.resize(body.size() - std::string(tail).size());
    for (const auto& v : pack_.pledge_verbs)
      if (body.size() >= v.size() && body.compare(body.size() - v.size(), v.size(), v) == 0) return true;
    return false;
  }

  void classify(Provision& p, const std::string& tf, const std::optional<Label>& label) {
    const std::string style = label ? label->style : "";
    bool upr = style == "num-sub";
    if (!label) {
      stack_.clear();
      intro_.reset();
    } else if (intro_ && intro_level_ && !style.empty()) {
      // An item at the intro's own level or above ends its list.
      for (size_t i = 0; i < stack_.size() && i <= *intro_level_; ++i)
        if (stack_[i].style == style) intro_.reset();
    }
    if (label) place(p, style);
    p.section = section_;

    if (upr) {
      p.kind = "recommendation";
      recommendation(p);
    } else if (!box_.empty()) {
      p.kind = box_;
    } else if (resolution_ && in_body_ && !label) {
      p.kind = ends_with_full_stop(tf) ? "operative" : "preamble";
    } else if (resolution_ && in_body_ && style == "num") {
      p.kind = "operative";
    } else if (intro_ && label && pledge_context_) {
      p.kind = "pledge";
    } else if (pledges_ && !pledge_intro(tf) && (starts_with_pledge(tf) || listed_pledge(tf, label))) {
      p.kind = "pledge";
    } else if (label && (style == "num" || style == "num-sub")) {
      p.kind = "paragraph";
    } else if (label) {
      p.kind = "list_item";
    } else {
      // A short line is text (a date, a name) unless it ends a sentence or introduces a list
      // ("中国承诺：").
      p.kind = !signature(tf) &&
                       (length_up_to(p.text, 25) > 25 ||
                        pack_.terminal.find(utf8::last_char(p.text)) != std::u32string::npos || ends_with_colon(tf))
                   ? "paragraph"
                   : "text";
    }
    if (p.kind == "preamble" || p.kind == "operative") {
      auto v = opening_verb(p.text, pack_);
      p.verb = v.printed;
      p.verb_id = v.id;
    }
    push(std::move(p));
    const Provision& added = out_.back();
    if (ends_with_colon(tf)) {
      intro_ = out_.size() - 1;
      pledge_context_ = pledge_intro(tf);
      intro_level_.reset();
      if (label) intro_level_ = stack_.size() - 1;
    }
    if (ends_with_colon(tf) && added.kind != "recommendation") {
      // "The following recommendations … enjoy its support:" sets the position of those below it.
      position_ = upr_position(match_form(pack_, added.text));
    }
  }

  std::string upr_position(const std::string& tf) const {
    for (const auto& [marker, pos] : pack_.positions)
      if (tf.find(marker) != std::string::npos) return pos;
    return "";
  }

  void recommendation(Provision& p) {
    p.recommending = recommending_states(p.text);
    p.position = position_;
  }

  const DocumentMeta& meta_;
  const RulePack& pack_;
  const Header& header_;
  bool resolution_ = false, pledges_ = false, in_body_ = false, after_annex_ = false;
  int notes_seen_ = 0;
  std::set<std::string> awaited_notes_;  // footnote references whose notes have not come yet
  std::vector<Provision> out_;
  std::vector<Level> stack_;
  std::optional<size_t> intro_;
  std::optional<size_t> intro_level_;
  bool pledge_context_ = false;
  std::string section_;
  std::string box_;
  std::string position_;
};

}  // namespace

std::vector<Provision> build_provisions(const std::vector<Block>& blocks, const std::vector<bool>& consumed,
                                        const DocumentMeta& meta, const RulePack& pack, const Header& header) {
  Builder b(meta, pack, header);
  b.reserve(blocks.size());
  for (size_t i = 0; i < blocks.size(); ++i) b.add(blocks[i], consumed[i]);
  return b.take();
}

}  // namespace rightstrack::parse
