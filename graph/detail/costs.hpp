// Private to graph/: what one step of a path costs under PathOptions (see path.hpp).
#pragma once

#include <cmath>

#include "graph/detail/query_index.hpp"
#include "graph/path.hpp"

namespace linkchart::graph::detail {

// Taking arc `a` into entity `entered`.
inline double arc_cost(const QueryIndex& ix, const PathOptions& options, const Arc& a, std::uint32_t entered) {
  double c = options.weighted ? static_cast<double>(ix.support[a.relation]) : 1.0;
  if (options.hub_penalty) c += 0.5 * std::log2(1.0 + ix.degree[entered]);
  return c;
}

}  // namespace linkchart::graph::detail
