// Entity resolution across reports: one group or body under different names becomes
// one entity, and every such decision is kept with its reason (graph::MergedEntity),
// for `linkchart entities GRAPH --merges`.
//
// Automatic rule: two formations found from cues, of the same state and with the same
// modifiers, whose classes name the same kind of people ("construction troops" in one
// report, "construction workers" in another) are one group, unless some report names
// both (then it tells them apart). Names the gazetteer matches are one entity already.
//
// A merges file overrides and adds (data/merges.json is read by default):
//
//   {"format": "linkchart-merges", "version": 1,
//    "merge":  [{"ids": ["north_korea_engineers", "north_korea_sappers"], "reports": ["r000"],
//                "reason": "the 1,000 engineers are the ones the NIS says clear mines"}],
//    "forbid": [{"ids": ["a", "b"], "reason": "..."}]}
//
// "merge" folds the later ids into the first, in the listed reports only if "reports"
// is given; "forbid" stops the automatic rule from joining two ids.
#pragma once

#include <expected>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "graph/error.hpp"
#include "loaders/text_extract.hpp"

namespace linkchart::loaders {

struct MergeRule {
  std::vector<std::string> ids{};      // the first is kept
  std::vector<std::string> reports{};  // empty: every report
  std::string reason{};
};

struct MergeRules {
  std::vector<MergeRule> merge{};
  std::vector<MergeRule> forbid{};
};

[[nodiscard]] std::expected<MergeRules, graph::Diagnostics> parse_merge_rules(std::string_view text,
                                                                             std::string_view file_name);
[[nodiscard]] std::expected<MergeRules, graph::Diagnostics> load_merge_rules(const std::filesystem::path& path);

// One decision: `from` (with the name it had) is now `into`.
struct MergeDecision {
  std::string into{};
  std::string from{};
  std::string from_name{};
  std::string reason{};
  std::vector<std::string> reports{};  // where it applied
};

// Applies the automatic rule and `rules` to the extracted reports, rewriting entity ids
// in their entities, relations and claims (an entity merged into one the report already
// has is folded into it). Returns the decisions, in a stable order.
std::vector<MergeDecision> resolve_entities(std::vector<ExtractedReport>& reports, const MergeRules& rules);

}  // namespace linkchart::loaders
