// Time in the graph: when each relation was first and last seen, and what changed
// between two dates.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "graph/entity_graph.hpp"

namespace linkchart::graph {

// The earliest and latest dates of a relation's evidence (the evidence's own date,
// from a phrase such as "since September", else its report's), as written (YYYY,
// YYYY-MM or YYYY-MM-DD); empty when no evidence is dated. Dates compare by the first
// day they can mean. O(evidence).
struct Seen {
  std::string first{};
  std::string last{};
};
[[nodiscard]] Seen seen(const EntityGraph& graph, RelationId id);

// What the graph knew on `to` that it did not on `from` (both as in as_of: by report
// publication date). Ids refer to `after`.
struct Change {
  RelationId relation{};
  std::size_t evidence_before = 0, evidence_after = 0;
  double confidence_before = 0, confidence_after = 0;
};
struct GraphDiff {
  EntityGraph before;
  EntityGraph after;
  std::vector<RelationId> appeared{};  // relations with no evidence on `from`
  std::vector<Change> changed{};       // relations with more evidence on `to`
  std::vector<ClaimId> new_claims{};
  std::vector<EntityId> new_entities{};  // with relations on `to` and none on `from`
};
// Both dates must be valid (latest_day). O(size of the graph).
[[nodiscard]] GraphDiff diff(const EntityGraph& graph, std::string_view from, std::string_view to);

}  // namespace linkchart::graph
