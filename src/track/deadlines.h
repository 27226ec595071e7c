// When a commitment falls due. Pledges: the end of the membership term they were made for
// (31 December of its last year). Requests due at a Human Rights Council session: that session's
// first day as the document gives it, else estimated from the Council's calendar of three regular
// sessions a year since 2007 (session 4 in March 2007, then June, September, March …: session 22
// → 2013-03-01; the real session began 25 February 2013). Mandates renewed for N years: N years
// after the adoption, or the end of the session that adopted them. Otherwise no due date.
#pragma once

#include <string>

#include "core/commitment.h"
#include "core/document.h"

namespace rightstrack::track {

// First day of regular HRC session `session`: from the table, else estimated ("" when unknown).
std::string hrc_session_start(int session);
// The estimate alone ("" before session 4).
std::string estimated_session_start(int session);
// Last day of a listed session ("" when the table does not list it).
std::string hrc_session_end(int session);

// ISO date, or "" when the commitment has no deadline that can be told.
std::string due_date(const Commitment& c, const DocumentMeta& meta);

// True when a commitment due on `due` is still open on `today` (both ISO dates).
bool overdue(const Commitment& c, const std::string& today);

}  // namespace rightstrack::track
