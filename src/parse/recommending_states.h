// Recommending States: a UPR recommendation names the States that made it in parentheses at its
// end — "Ratify … (France) (Lithuania);", "批准…（多民族玻利维亚国、伊朗伊斯兰共和国）；".
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace rightstrack::parse {

// The alpha-3 codes of the States in the trailing parentheses, in order; empty when the last
// parenthesis names no State.
std::vector<std::string> recommending_states(std::string_view text);

}  // namespace rightstrack::parse
