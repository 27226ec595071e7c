// How a provision's annotations are kept in its row: a blob of varints, four per annotation
// (concept term, begin, length, source term), the strings in the terms table. Annotations are
// the bulk of what ingest writes, and the text form (still read from older rows) was three times
// the size of the provision's own text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/provision.h"
#include "core/result.h"
#include "store/sqlite/term_dictionary.h"
#include "store/varint.h"

namespace rightstrack::sqlite {

Result<std::string> encode_annotations(const std::vector<Annotation>& anns, TermDictionary& terms);
Result<std::vector<Annotation>> decode_annotations(std::string_view blob, TermDictionary& terms);
// Rows written before schema 5: "concept\x1fbegin\x1fend\x1fsource" records separated by \x1e.
Result<std::vector<Annotation>> decode_annotations_text(std::string_view packed);

}  // namespace rightstrack::sqlite
