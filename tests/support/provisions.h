// Test helpers over parsed documents.
#pragma once

#include <string>
#include <vector>

#include "core/document.h"

namespace rightstrack::testing {

inline std::vector<const Provision*> of_kind(const Document& d, const std::string& kind) {
  std::vector<const Provision*> out;
  for (const auto& p : d.provisions)
    if (p.kind == kind) out.push_back(&p);
  return out;
}

}  // namespace rightstrack::testing
