#include "loaders/entity_resolution.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "loaders/detail/json_checker.hpp"
#include "loaders/file_io.hpp"

namespace linkchart::loaders {

using detail::Json;
using detail::Pointer;

namespace {

std::vector<std::string> strings(detail::JsonChecker& check, const Json& o, const Pointer& at, const char* key,
                                 bool required) {
  std::vector<std::string> out;
  const Json* list = check.array_field(o, at, key, required);
  for (std::size_t i = 0; list != nullptr && i < list->size(); ++i) {
    if ((*list)[i].is_string())
      out.push_back((*list)[i].get<std::string>());
    else
      check.error(at / key / i, "expected a string");
  }
  return out;
}

// Classes that name the same kind of people: a formation of builders may be called
// troops in one report and workers in another.
bool same_kind(const std::string& a, const std::string& b) {
  const std::set<std::string> people{"troops", "workers"};
  return a == b || (people.contains(a) && people.contains(b));
}

void rename(ExtractedReport& r, const std::string& from, const std::string& into) {
  auto it = std::find_if(r.entities.begin(), r.entities.end(), [&](const auto& e) { return e.id == from; });
  if (it == r.entities.end()) return;
  auto target = std::find_if(r.entities.begin(), r.entities.end(), [&](const auto& e) { return e.id == into; });
  if (target != r.entities.end()) {
    target->mentions.insert(target->mentions.end(), it->mentions.begin(), it->mentions.end());
    r.entities.erase(it);
  } else {
    it->id = into;
  }
  for (auto& rel : r.relations) {
    if (rel.source == from) rel.source = into;
    if (rel.target == from) rel.target = into;
    if (rel.evidence.attributed_to == from) rel.evidence.attributed_to = into;
  }
  // a relation that now joins an entity to itself says nothing
  std::erase_if(r.relations, [](const auto& rel) { return rel.source == rel.target; });
  for (auto& c : r.claims) {
    if (c.subject == from) c.subject = into;
    if (c.evidence.attributed_to == from) c.evidence.attributed_to = into;
  }
}

}  // namespace

std::expected<MergeRules, graph::Diagnostics> parse_merge_rules(std::string_view text, std::string_view file_name) {
  detail::JsonChecker check(text, std::string(file_name));
  MergeRules out;
  auto doc = check.parse();
  if (doc) {
    const Pointer root;
    if (check.expect_object(*doc, root, "a merges file", {"format", "version", "description", "merge", "forbid"})) {
      if (auto f = check.string_field(*doc, root, "format", true); f && *f != "linkchart-merges")
        check.error(root / "format", "format is '" + *f + "'; expected 'linkchart-merges'");
      if (auto v = check.unsigned_field(*doc, root, "version", 1000, true); v && *v != 1)
        check.error(root / "version", "unsupported merges version " + std::to_string(*v));
      check.string_field(*doc, root, "description", false);
      for (const char* key : {"merge", "forbid"}) {
        const Json* list = check.array_field(*doc, root, key, false);
        for (std::size_t i = 0; list != nullptr && i < list->size(); ++i) {
          const Json& item = (*list)[i];
          const Pointer at = root / key / i;
          if (!check.expect_object(item, at, "a rule", {"ids", "reports", "reason"})) continue;
          MergeRule rule;
          rule.ids = strings(check, item, at, "ids", true);
          rule.reports = strings(check, item, at, "reports", false);
          rule.reason = check.string_field(item, at, "reason", true).value_or("");
          if (rule.ids.size() < 2) check.error(at / "ids", "a rule needs at least two ids");
          (std::string_view(key) == "merge" ? out.merge : out.forbid).push_back(std::move(rule));
        }
      }
    }
  }
  auto problems = check.diagnostics();
  if (!problems.empty()) return std::unexpected(std::move(problems));
  return out;
}

std::expected<MergeRules, graph::Diagnostics> load_merge_rules(const std::filesystem::path& path) {
  auto text = read_file(path);
  if (!text) return std::unexpected(graph::Diagnostics{text.error()});
  return parse_merge_rules(*text, path.string());
}

std::vector<MergeDecision> resolve_entities(std::vector<ExtractedReport>& reports, const MergeRules& rules) {
  std::vector<MergeDecision> decisions;
  // 1. the file's merges, first: they are the analyst's word
  for (const auto& rule : rules.merge) {
    const std::string& into = rule.ids.front();
    for (std::size_t k = 1; k < rule.ids.size(); ++k) {
      MergeDecision d{into, rule.ids[k], "", "merges file: " + rule.reason, {}};
      for (auto& r : reports) {
        if (!rule.reports.empty() && std::find(rule.reports.begin(), rule.reports.end(), r.id) == rule.reports.end())
          continue;
        auto it = std::find_if(r.entities.begin(), r.entities.end(), [&](const auto& e) { return e.id == rule.ids[k]; });
        if (it == r.entities.end()) continue;
        if (d.from_name.empty()) d.from_name = it->name;
        rename(r, rule.ids[k], into);
        d.reports.push_back(r.id);
      }
      if (!d.reports.empty()) decisions.push_back(std::move(d));
    }
  }
  // 2. formations of the same state, modifiers and kind, never named apart in one report
  struct Seen {
    ExtractedEntity entity;  // a copy: renaming changes the reports' lists
    std::set<std::string> reports;
  };
  std::map<std::string, Seen> units;  // by id, first report order
  std::vector<std::string> order;
  for (const auto& r : reports)
    for (const auto& e : r.entities) {
      if (e.type != graph::EntityType::unit || e.formation.empty() || e.modifiers.empty()) continue;
      ExtractedEntity copy;
      copy.id = e.id;
      copy.name = e.name;
      copy.state = e.state;
      copy.formation = e.formation;
      copy.modifiers = e.modifiers;
      auto [it, fresh] = units.try_emplace(e.id, Seen{std::move(copy), {}});
      it->second.reports.insert(r.id);
      if (fresh) order.push_back(e.id);
    }
  const auto forbidden = [&](const std::string& a, const std::string& b) {
    return std::any_of(rules.forbid.begin(), rules.forbid.end(), [&](const MergeRule& f) {
      return std::find(f.ids.begin(), f.ids.end(), a) != f.ids.end() && std::find(f.ids.begin(), f.ids.end(), b) != f.ids.end();
    });
  };
  std::set<std::string> merged_away;
  for (std::size_t i = 0; i < order.size(); ++i) {
    if (merged_away.contains(order[i])) continue;
    const Seen& keep = units.at(order[i]);
    for (std::size_t j = i + 1; j < order.size(); ++j) {
      if (merged_away.contains(order[j])) continue;
      const Seen& other = units.at(order[j]);
      const auto& a = keep.entity;
      const auto& b = other.entity;
      if (a.state != b.state || a.modifiers != b.modifiers || !same_kind(a.formation, b.formation)) continue;
      const bool named_apart = std::any_of(keep.reports.begin(), keep.reports.end(),
                                           [&](const std::string& r) { return other.reports.contains(r); });
      if (named_apart || forbidden(a.id, b.id)) continue;
      MergeDecision d{a.id, b.id, b.name,
                      "same state and the same kind of formation ('" + a.modifiers + " " + a.formation + "' and '" +
                          b.modifiers + " " + b.formation + "'), and no report names both",
                      {}};
      const std::string from = b.id;
      for (auto& r : reports) {
        if (std::none_of(r.entities.begin(), r.entities.end(), [&](const auto& e) { return e.id == from; })) continue;
        rename(r, from, d.into);
        d.reports.push_back(r.id);
      }
      merged_away.insert(from);
      decisions.push_back(std::move(d));
    }
  }
  return decisions;
}

}  // namespace linkchart::loaders
