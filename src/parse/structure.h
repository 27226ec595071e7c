// Structure: turns a document's body blocks into provisions — their kind (preamble, operative,
// pledge, recommendation, heading, list_item, caption, footnote, contribution, paragraph, text),
// label, section (national / international), parent and clause verb.
#pragma once

#include <string>
#include <vector>

#include "core/document.h"
#include "parse/header.h"
#include "parse/layout.h"
#include "parse/rule_pack.h"

namespace rightstrack::parse {

std::vector<Provision> build_provisions(const std::vector<Block>& blocks, const std::vector<bool>& consumed,
                                        const DocumentMeta& meta, const RulePack& pack, const Header& header);

}  // namespace rightstrack::parse
