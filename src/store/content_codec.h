// Content codec: the text of a document as read is kept compressed (zstd), so storing a
// document writes half the bytes of its text or less; every backend keeps it the same way.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"

namespace rightstrack {

// A zstd frame of `text` (level 1: UN documents compress 2–2.3× at hundreds of MB/s).
Result<std::string> compress_content(std::string_view text);

// The text of a frame made by compress_content; a damaged frame is a corruption error.
Result<std::string> decompress_content(std::string_view frame);

}  // namespace rightstrack
