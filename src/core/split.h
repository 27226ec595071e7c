// Splitting the tab- and bar-separated lines of the data files.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace rightstrack {

// Every field, empty ones included: split("a||b", '|') is {"a", "", "b"}.
std::vector<std::string> split(std::string_view s, char sep);

}  // namespace rightstrack
