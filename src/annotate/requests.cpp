#include "annotate/requests.h"

#include <algorithm>
#include <regex>

#include "annotate/taxonomy.h"
#include "core/numerals.h"
#include "core/utf8.h"

namespace rightstrack::annotate {
namespace {

// "三" / "three" / "3" (years of a mandate), "第二十二届" / "twenty-second" (sessions).
std::optional<int> number_in(const std::string& s, const std::string& language) {
  return language == "zh" ? chinese_number(s) : english_number(s);
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// The first body or mechanism named after the verb: the addressee of "请 X …" / "Requests X to".
std::string addressee(const Provision& p) {
  const auto& tax = Taxonomy::instance();
  for (const auto& a : p.annotations) {
    if (a.source.rfind("implied:", 0) == 0) continue;
    const Concept* c = tax.find(a.concept_id);
    if (c && c->kind == "body" && a.concept_id != "HRC" && a.concept_id != "GA") return a.concept_id;
  }
  return "";
}

// "报告" (a report) and not only inside "特别报告员" (a special rapporteur), who is often asked to
// be given resources rather than to report.
bool mentions_report(const std::string& t) {
  for (size_t at = t.find("报告"); at != std::string::npos; at = t.find("报告", at + 1))
    if (t.compare(at + 6, 3, "员") != 0) return true;
  return false;
}

}  // namespace

std::optional<Request> find_request(const Provision& p, const std::string& language) {
  if (p.kind != "operative") return std::nullopt;
  const bool zh = language == "zh";
  std::string t = zh ? utf8::remove_spaces(p.text) : lower(utf8::collapse_spaces(p.text));
  Request r;
  // "延长三年", "再延长两年", "延长其任务，为期三年".
  static const std::regex kZhYears("(?:延长|为期)(一|二|两|三|四|五|六|七|八|九|十|[0-9]+)年");
  // "extend the mandate … for a period of three years", "extend, for a period of two years, the mandate".
  static const std::regex kEnYears(
      "(?:extend|renew)[a-z ]*mandate[^.;]*?(?:for a (?:further )?period of|for) ([a-z0-9]+) years?|"
      "(?:extend|renew),? for a (?:further )?period of ([a-z0-9]+) years?,? the mandate");
  static const std::regex kZhSession("第([零一二三四五六七八九十0-9]+)届会议");
  static const std::regex kEnSession(
      "at (?:its|the) (?:([0-9]+)(?:st|nd|rd|th)|([a-z]+(?:-[a-z]+)?)) (?:regular )?session");
  std::smatch m;
  // std::regex recurses once per character it tries: a paragraph longer than any real request is
  // not searched (8 KB; the longest operative paragraph of the samples is under 1 KB).
  if (t.size() > 8192) return std::nullopt;
  // The regular expressions only run where their key word occurs: they are slow on long paragraphs.
  bool renewal_words = zh ? t.find("延长") != std::string::npos && t.find("任务") != std::string::npos
                          : t.find("mandate") != std::string::npos;
  if (renewal_words && std::regex_search(t, m, zh ? kZhYears : kEnYears)) {
    r.kind = "mandate_renewal";
    r.years = number_in(m[1].matched ? m[1].str() : m[2].str(), language);
  } else if (p.verb_id == "request" || p.verb_id == "invite") {
    bool report = zh ? mentions_report(t) : t.find("report") != std::string::npos;
    bool resources = zh ? t.find("资源") != std::string::npos : t.find("resources") != std::string::npos;
    if (report)
      r.kind = "report";
    else if (resources)
      r.kind = "resources";
    else
      r.kind = "action";
  } else if (p.verb_id == "decide" &&
             (zh ? t.find("小组讨论") != std::string::npos : t.find("panel discussion") != std::string::npos)) {
    r.kind = "panel";
  } else {
    return std::nullopt;
  }
  r.addressee = addressee(p);
  // The session something is due at: after "提交" / "submit" when there is one, else the first named.
  size_t from = zh ? t.find("提交") : t.find("submit");
  std::string tail = from == std::string::npos ? t : t.substr(from);
  bool session_words = zh ? t.find("届会议") != std::string::npos : t.find("session") != std::string::npos;
  if (session_words && (std::regex_search(tail, m, zh ? kZhSession : kEnSession) ||
                        std::regex_search(t, m, zh ? kZhSession : kEnSession)))
    r.due_session = number_in(m[1].matched ? m[1].str() : m[2].str(), language);
  return r;
}

}  // namespace rightstrack::annotate
