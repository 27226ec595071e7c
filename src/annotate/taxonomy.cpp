#include "annotate/taxonomy.h"

#include <string_view>

#include "core/split.h"

namespace rightstrack::embedded {
extern const std::string_view taxonomy_instruments, taxonomy_bodies, taxonomy_groups, taxonomy_themes,
    taxonomy_sdg_goals, taxonomy_sdg_targets, taxonomy_sdg_topics, taxonomy_implications, taxonomy_stop,
    taxonomy_states, taxonomy_states_intl;
}

namespace rightstrack::annotate {
namespace {

// Calls f(fields, line_number) for each data line (not blank, not a # comment).
template <typename F>
void for_each_row(std::string_view data, F&& f) {
  int number = 0;
  for (const auto& line : split(data, '\n')) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    f(split(line, '\t'), number);
  }
}

std::string field(const std::vector<std::string>& f, size_t i) { return i < f.size() ? f[i] : std::string(); }

}  // namespace

const Taxonomy& Taxonomy::instance() {
  static const Taxonomy t;
  return t;
}

Taxonomy::Taxonomy() {
  load_concepts(embedded::taxonomy_instruments, "instruments.tsv", "instrument");
  load_concepts(embedded::taxonomy_bodies, "bodies.tsv", "body");
  load_concepts(embedded::taxonomy_groups, "groups.tsv", "group");
  load_concepts(embedded::taxonomy_themes, "themes.tsv", "theme");
  load_states(embedded::taxonomy_states);
  for_each_row(embedded::taxonomy_states_intl, [&](const std::vector<std::string>& f, int line) {
    if (f.size() < 3 || !find(f[0])) return;
    for (const auto& name : split(f[2], '|')) add_pattern(name, f[0], f[1], "states_intl.tsv:" + std::to_string(line));
  });
  load_sdgs(embedded::taxonomy_sdg_goals, embedded::taxonomy_sdg_targets, embedded::taxonomy_sdg_topics);
  load_implications(embedded::taxonomy_implications);
  load_stops(embedded::taxonomy_stop);
}

void Taxonomy::add_concept(Concept c) {
  if (index_.count(c.id)) return;
  index_[c.id] = concepts_.size();
  concepts_.push_back(std::move(c));
}

void Taxonomy::add_pattern(const std::string& text, const std::string& id, const std::string& lang,
                           const std::string& rule) {
  if (!text.empty()) patterns_.push_back({text, id, lang, rule});
}

void Taxonomy::load_concepts(std::string_view data, const std::string& file, const std::string& kind) {
  for_each_row(data, [&](const std::vector<std::string>& f, int line) {
    if (f.size() < 4) return;
    std::string rule = file + ":" + std::to_string(line);
    add_concept({f[0], kind, f[1], f[2], f[3], split(field(f, 4), ';')});
    if (concepts_.back().uhri == std::vector<std::string>{""}) concepts_.back().uhri.clear();
    add_pattern(f[2], f[0], "en", rule);
    add_pattern(f[3], f[0], "zh", rule);
    for (const auto& p : split(field(f, 5), '|')) add_pattern(p, f[0], "en", rule);
    for (const auto& p : split(field(f, 6), '|')) add_pattern(p, f[0], "zh", rule);
  });
}

void Taxonomy::load_states(std::string_view data) {
  for_each_row(data, [&](const std::vector<std::string>& f, int line) {
    if (f.size() < 5 || f[0] == "!") return;
    std::string rule = "states.tsv:" + std::to_string(line);
    add_concept({f[0], "state", "", f[1], f[3], {}});
    add_pattern(f[1], f[0], "en", rule);
    add_pattern(f[2], f[0], "en", rule);
    add_pattern(f[3], f[0], "zh", rule);
    add_pattern(f[4], f[0], "zh", rule);
    for (const auto& alias : split(field(f, 5), ';')) {
      bool cjk = !alias.empty() && static_cast<unsigned char>(alias[0]) >= 0xE0;
      add_pattern(alias, f[0], cjk ? "zh" : "en", rule);
    }
  });
  for_each_row(data, [&](const std::vector<std::string>& f, int line) {
    if (f.size() > 1 && f[0] == "!") {
      bool cjk = static_cast<unsigned char>(f[1][0]) >= 0xE0;
      add_pattern(f[1], "", cjk ? "zh" : "en", "states.tsv:" + std::to_string(line));
    }
  });
}

void Taxonomy::load_sdgs(std::string_view goals, std::string_view targets, std::string_view topics) {
  for_each_row(goals, [&](const std::vector<std::string>& f, int line) {
    if (f.size() < 5) return;
    std::string id = "SDG-" + f[0], rule = "sdg_goals.tsv:" + std::to_string(line);
    add_concept({id, "sdg", "AGENDA-2030", f[1] + ": " + f[3], f[2] + "：" + f[4], {}});
    add_pattern(f[1], id, "en", rule);
    add_pattern(f[2], id, "zh", rule);
    for (const std::string& p : {"sustainable development goal " + f[0], "SDG " + f[0], "SDG" + f[0], "Goal " + f[0],
                                 "Goals " + f[0], "SDGs " + f[0]})
      add_pattern(p, id, "en", rule);
    add_pattern("可持续发展目标" + f[0], id, "zh", rule);
    add_pattern("目标" + f[0], id, "zh", rule);
  });
  for_each_row(targets, [&](const std::vector<std::string>& f, int line) {
    if (f.size() < 3) return;
    std::string id = "SDG-" + f[0], rule = "sdg_targets.tsv:" + std::to_string(line);
    add_concept({id, "sdg", "SDG-" + f[0].substr(0, f[0].find('.')), f[1], f[2], {}});
    for (const std::string& p : {"target " + f[0], "targets " + f[0], "SDG target " + f[0]})
      add_pattern(p, id, "en", rule);
    add_pattern("具体目标" + f[0], id, "zh", rule);
  });
  for_each_row(topics, [&](const std::vector<std::string>& f, int line) {
    if (f.size() < 3) return;
    std::string rule = "sdg_topics.tsv:" + std::to_string(line);
    for (const auto& p : split(f[1], '|')) add_pattern(p, f[0], "en", rule);
    for (const auto& p : split(f[2], '|')) add_pattern(p, f[0], "zh", rule);
  });
  const std::string rule = "sdg_goals.tsv";
  for (const char* p : {"sustainable development goals", "SDGs", "global goals"})
    add_pattern(p, "AGENDA-2030", "en", rule);
  add_pattern("可持续发展目标", "AGENDA-2030", "zh", rule);
}

void Taxonomy::load_implications(std::string_view data) {
  for_each_row(data, [&](const std::vector<std::string>& f, int) {
    if (f.size() >= 2)
      for (const auto& to : split(f[1], '|'))
        if (!to.empty()) implications_[f[0]].push_back(to);
  });
  // An SDG target implies its goal.
  for (const auto& c : concepts_)
    if (c.kind == "sdg" && c.id.find('.') != std::string::npos) implications_[c.id].push_back(c.parent);
}

void Taxonomy::load_stops(std::string_view data) {
  for_each_row(data, [&](const std::vector<std::string>& f, int line) {
    if (f.size() >= 2) add_pattern(f[1], "", f[0], "stop.tsv:" + std::to_string(line));
  });
}

const Concept* Taxonomy::find(const std::string& id) const {
  auto it = index_.find(id);
  return it == index_.end() ? nullptr : &concepts_[it->second];
}

const std::vector<std::string>& Taxonomy::implied(const std::string& id) const {
  static const std::vector<std::string> kNone;
  auto it = implications_.find(id);
  return it == implications_.end() ? kNone : it->second;
}

}  // namespace rightstrack::annotate
