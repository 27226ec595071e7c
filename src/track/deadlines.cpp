#include "track/deadlines.h"

#include <cstdio>
#include <map>
#include <utility>

#include "core/split.h"

namespace rightstrack::embedded {
extern const std::string_view track_hrc_sessions;
}

namespace rightstrack::track {
namespace {

std::string plus_years(const std::string& date, int years) {
  if (date.size() < 10) return "";
  int y = std::stoi(date.substr(0, 4)) + years;
  return std::to_string(y) + date.substr(4, 6);
}

const std::map<int, std::pair<std::string, std::string>>& sessions() {
  static const auto kSessions = [] {
    std::map<int, std::pair<std::string, std::string>> out;
    for (const auto& line : split(embedded::track_hrc_sessions, '\n')) {
      if (line.empty() || line[0] == '#') continue;
      auto cols = split(line, '\t');
      if (cols.size() == 3) out[std::stoi(std::string(cols[0]))] = {std::string(cols[1]), std::string(cols[2])};
    }
    return out;
  }();
  return kSessions;
}

}  // namespace

std::string hrc_session_start(int session) {
  auto it = sessions().find(session);
  return it != sessions().end() ? it->second.first : estimated_session_start(session);
}

std::string hrc_session_end(int session) {
  auto it = sessions().find(session);
  return it != sessions().end() ? it->second.second : "";
}

std::string estimated_session_start(int session) {
  if (session < 4) return "";
  static const char* kMonths[] = {"03", "06", "09"};
  int year = 2007 + (session - 4) / 3;
  return std::to_string(year) + "-" + kMonths[(session - 4) % 3] + "-01";
}

std::string due_date(const Commitment& c, const DocumentMeta& meta) {
  if (c.kind == "pledge" && meta.term) return std::to_string(meta.term->second) + "-12-31";
  if (c.due_session) {
    if (meta.session == c.due_session && !meta.session_dates.empty()) return meta.session_dates.front();
    return hrc_session_start(*c.due_session);
  }
  if (c.years) {
    std::string from = meta.adoption && !meta.adoption->date.empty()             ? meta.adoption->date
                       : !meta.session_dates.empty()                             ? meta.session_dates.back()
                       : meta.session && !hrc_session_end(*meta.session).empty() ? hrc_session_end(*meta.session)
                                                                                 : meta.date;
    return plus_years(from, *c.years);
  }
  return "";
}

bool overdue(const Commitment& c, const std::string& today) {
  bool open = c.status == "not_started" || c.status == "in_progress" || c.status == "partially_implemented";
  return open && !c.due_date.empty() && c.due_date < today;
}

}  // namespace rightstrack::track
