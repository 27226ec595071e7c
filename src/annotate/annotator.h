// The annotate stage: gives every provision its concepts (with spans and the rule that found
// them), its citations as canonical UN symbols, and — for operative paragraphs — its request;
// the document gets the union of its provisions' citations.
#pragma once

#include "core/document.h"

namespace rightstrack::annotate {

// Replaces the annotations made by rules and keeps those a person made (source "user").
void annotate_document(Document& doc);

}  // namespace rightstrack::annotate
