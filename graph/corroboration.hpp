// How well a relation is corroborated: how many reports carry it, how many independent
// sources stand behind it, and the confidence that follows.
//
// Independent sources are counted, not reports: each named source ("according to the
// NIS") counts once however many reports cite it, and each report that states the
// relation without naming a source counts as a source of its own. Two outlets both
// citing the same NIS briefing are one source.
//
//   confidence = 1 - prod over sources s of (1 - p(s)),
//   p(s) = 0.5, or 0.25 if everything s says about the relation is hedged
//
// One source gives 0.5, two 0.75, three 0.875; a hedged single source 0.25. `path
// --weighted` charges -ln(confidence) per hop, so the cheapest path is the chain whose
// hop confidences multiply to the most.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "graph/entity_graph.hpp"

namespace linkchart::graph {

struct Corroboration {
  std::size_t reports = 0;                // distinct reports with evidence
  std::size_t sources = 0;                // independent sources (see above)
  std::vector<EntityId> named_sources{};  // the attributed ones, in id order
  std::vector<ReportId> unattributed{};   // reports that state it without naming a source
  bool hedged = false;                    // every statement of it is hedged
  double confidence = 0;
};

// O(evidence of the relation).
[[nodiscard]] Corroboration corroboration(const EntityGraph& graph, RelationId id);

// The cost of a hop along the relation under `path --weighted`: -ln(confidence).
[[nodiscard]] double weighted_cost(const Corroboration& c);

}  // namespace linkchart::graph
