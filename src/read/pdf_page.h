// One PDF page's text as lines, as a UN text version would have them: words gathered into lines
// (by position on pages of one column, in poppler's reading order on pages set in columns), first
// lines' indents kept as spaces, a blank line for the space between paragraphs, and the footnotes
// in smaller type at the page's foot set below a rule line of underscores.
#pragma once

#include <string>
#include <vector>

namespace poppler {
class page;
}

namespace rightstrack {

std::vector<std::string> page_lines(const poppler::page& p);

// A line that is only a page number: "3", "- 3 -", "Page 3 of 9", "第3页".
bool is_page_number(const std::string& line);
// The line with its digits made one symbol and its spaces dropped, so "Page 3" and "Page 4" are
// the same furniture.
std::string shape(const std::string& line);

}  // namespace rightstrack
