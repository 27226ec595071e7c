#include "annotate/annotator.h"

#include <algorithm>

#include "annotate/citations.h"
#include "annotate/concept_matcher.h"
#include "annotate/requests.h"

namespace rightstrack::annotate {

void annotate_document(Document& doc) {
  const auto& matcher = ConceptMatcher::instance();
  doc.cites.clear();
  for (auto& p : doc.provisions) {
    std::vector<Annotation> kept;
    for (auto& a : p.annotations)
      if (a.source == "user") kept.push_back(std::move(a));
    p.annotations = matcher.match(p.text);
    p.annotations.insert(p.annotations.end(), kept.begin(), kept.end());
    p.cites = find_citations(p.text, doc.meta.language, doc.meta.body);
    p.cites.erase(std::remove(p.cites.begin(), p.cites.end(), doc.meta.symbol), p.cites.end());
    p.request = find_request(p, doc.meta.language);
    for (const auto& c : p.cites)
      if (std::find(doc.cites.begin(), doc.cites.end(), c) == doc.cites.end()) doc.cites.push_back(c);
  }
}

}  // namespace rightstrack::annotate
