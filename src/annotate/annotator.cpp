#include "annotate/annotator.h"

#include <algorithm>

#include "annotate/citations.h"
#include "annotate/concept_matcher.h"
#include "annotate/requests.h"
#include "annotate/taxonomy.h"

namespace rightstrack::annotate {

void annotate_document(Document& doc) {
  const auto& matcher = ConceptMatcher::instance();
  doc.cites.clear();
  // The title lines cite too: "Voluntary pledges … pursuant to General Assembly resolution 60/251".
  for (const std::string* line : {&doc.meta.title, &doc.meta.subtitle})
    for (const auto& c : find_citations(*line, doc.meta.language, doc.meta.body))
      if (c != doc.meta.symbol && std::find(doc.cites.begin(), doc.cites.end(), c) == doc.cites.end())
        doc.cites.push_back(c);
  for (auto& p : doc.provisions) {
    // What people decided stays: concepts they added, and concepts they removed (which the rules
    // must not bring back).
    std::vector<Annotation> kept;
    std::vector<std::string> removed;
    for (auto& a : p.annotations) {
      if (a.source == kUserRemoved) removed.push_back(a.concept_id);
      if (a.source == kUser || a.source == kUserRemoved) kept.push_back(std::move(a));
    }
    p.annotations = matcher.match(p.text);
    std::erase_if(p.annotations, [&](const Annotation& a) {
      return std::find(removed.begin(), removed.end(), a.concept_id) != removed.end();
    });
    p.annotations.insert(p.annotations.end(), kept.begin(), kept.end());
    p.cites = find_citations(p.text, doc.meta.language, doc.meta.body);
    p.cites.erase(std::remove(p.cites.begin(), p.cites.end(), doc.meta.symbol), p.cites.end());
    p.request = find_request(p, doc.meta.language);
    for (const auto& c : p.cites)
      if (std::find(doc.cites.begin(), doc.cites.end(), c) == doc.cites.end()) doc.cites.push_back(c);
  }
}

Status tag(Provision& p, const std::string& concept_id) {
  if (!Taxonomy::instance().find(concept_id)) return Status::invalid_input("unknown concept '" + concept_id + "'");
  std::erase_if(p.annotations,
                [&](const Annotation& a) { return a.concept_id == concept_id && a.source == kUserRemoved; });
  for (const auto& a : p.annotations)
    if (a.concept_id == concept_id && a.source == kUser) return Status::ok();
  p.annotations.push_back({concept_id, 0, 0, kUser});
  return Status::ok();
}

Status untag(Provision& p, const std::string& concept_id) {
  bool had = false;
  for (const auto& a : p.annotations) had = had || (a.concept_id == concept_id && a.source != kUserRemoved);
  if (!had) return Status::not_found("provision " + p.id + " has no concept '" + concept_id + "'");
  std::erase_if(p.annotations, [&](const Annotation& a) { return a.concept_id == concept_id; });
  p.annotations.push_back({concept_id, 0, 0, kUserRemoved});
  return Status::ok();
}

}  // namespace rightstrack::annotate
