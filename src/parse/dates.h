// Dates as UN documents print them: 2021年5月26日, 2007 年 6 月 18 日, 26 May 2021, May 26, 2021,
// and ranges (2020年6月30日至7月17日, 30 June–17 July 2020). Results are ISO 8601 strings.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace rightstrack::parse {

struct DateRange {
  std::string first;          // ISO 8601
  std::string last;           // equal to first for a single date
  size_t begin = 0, end = 0;  // byte span in the searched text
};

// The first date or date range in `text` ("zh" or any other language code for English forms).
std::optional<DateRange> find_date(std::string_view text, const std::string& language);
std::string iso_date(int year, int month, int day);

}  // namespace rightstrack::parse
