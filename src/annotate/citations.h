// Citations: the UN documents a text cites, as canonical symbols. Resolutions cited by number
// get their body's series from the nearest body named before them (大会第60/251号决议 →
// A/RES/60/251; 理事会第5/1号和第5/2号决议 → A/HRC/RES/5/1, A/HRC/RES/5/2; 人权委员会第1993/87号决议
// → E/CN.4/RES/1993/87; 安理会1325号决议 → S/RES/1325(2000) with the year from a table), or from
// the citing document's own body ("its resolution 18/18"). Symbols printed as such
// (A/HRC/44/44 和 Add.1) and document links (undocs.org/…) are taken as they are.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace rightstrack::annotate {

// `language` of the text; `own_body` of the citing document (GA, HRC, …) for bare "resolution 5/1".
std::vector<std::string> find_citations(std::string_view text, const std::string& language,
                                        const std::string& own_body);
// S/RES/<number>(<year>) using the table of Security Council resolutions per year; without a
// known year, S/RES/<number>.
std::string security_council_symbol(int number, int year = 0);

}  // namespace rightstrack::annotate
