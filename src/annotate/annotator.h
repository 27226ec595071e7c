// The annotate stage: gives every provision its concepts (with spans and the rule that found
// them), its citations as canonical UN symbols, and — for operative paragraphs — its request;
// the document gets the union of its provisions' citations.
#pragma once

#include "core/document.h"
#include "core/status.h"

namespace rightstrack::annotate {

// Sources of the annotations people make. A removal is kept as a marker so that annotating again
// does not bring the concept back; markers are not concepts of the provision.
inline constexpr const char* kUser = "user";
inline constexpr const char* kUserRemoved = "user:removed";

// Replaces the annotations made by rules and keeps what people decided (kUser, kUserRemoved).
void annotate_document(Document& doc);
// A person adds a concept to a provision (it must exist in the taxonomy) or removes one.
Status tag(Provision& p, const std::string& concept_id);
Status untag(Provision& p, const std::string& concept_id);

}  // namespace rightstrack::annotate
