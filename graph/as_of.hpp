// The graph as it was known on a date: only the reports published by then, and only
// what they say. Dates are ISO 8601 and may be partial (YYYY, YYYY-MM, YYYY-MM-DD).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "graph/entity_graph.hpp"

namespace linkchart::graph {

// The last day a partial date can mean, as YYYY-MM-DD ("2025-06" -> "2025-06-31", a
// day past the end of short months, which compares correctly); nullopt if `date` is not
// YYYY, YYYY-MM or YYYY-MM-DD.
[[nodiscard]] std::optional<std::string> latest_day(std::string_view date);

struct AsOf {
  EntityGraph graph;
  std::size_t reports_left_out = 0;   // published after the date
  std::size_t undated_left_out = 0;   // no date: cannot be shown to be known by then
  std::size_t relations_left_out = 0; // no evidence from a report known by then
  std::size_t claims_left_out = 0;
};

// The graph with only the reports whose date is surely on or before `date` (a report
// dated "2025-06" counts from 2025-06-31: it may have come out on any day of June), the
// evidence and claims from them, and the relations that keep some evidence. Every
// entity stays. `date` must be valid (see latest_day). O(size of the graph).
[[nodiscard]] AsOf as_of(const EntityGraph& graph, std::string_view date);

}  // namespace linkchart::graph
