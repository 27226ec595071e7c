// SHA-256 digests in lowercase hex: the identity of a stored document's content.
#pragma once

#include <string>
#include <string_view>

namespace rightstrack {

std::string sha256_hex(std::string_view data);

}  // namespace rightstrack
