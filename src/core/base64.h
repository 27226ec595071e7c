// Base64 (RFC 4648, with padding): binary data inside JSON, such as evidence files in an export.
#pragma once

#include <optional>
#include <string>

namespace rightstrack {

std::string base64_encode(const std::string& bytes);
// Nothing when `text` is not padded base64.
std::optional<std::string> base64_decode(const std::string& text);

}  // namespace rightstrack
