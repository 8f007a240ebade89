// Path queries over the entity graph. A relation can be walked either way here: the
// question "how is A connected to B" does not care who acted on whom.
#pragma once

#include <optional>
#include <vector>

#include "graph/entity_graph.hpp"

namespace linkchart::graph {

// One step of a path: from `from` along `relation` to `to`. `forward` is true when the
// step follows the relation's stored direction (from is its source).
struct Hop {
  EntityId from{};
  RelationId relation{};
  EntityId to{};
  bool forward = true;

  bool operator==(const Hop&) const = default;
};

struct Path {
  EntityId start{};
  EntityId end{};
  std::vector<Hop> hops{};  // empty when start == end

  [[nodiscard]] std::size_t length() const { return hops.size(); }
  bool operator==(const Path&) const = default;
};

// A path with the fewest hops from `from` to `to`, or nullopt if they are not
// connected. Ties are broken by the order relations were added, so the answer is
// the same for the same graph. Breadth-first search (Boost.Graph):
// O(entities + relations) time and O(entities) memory.
[[nodiscard]] std::optional<Path> shortest_path(const EntityGraph& graph, EntityId from,
                                                EntityId to);

}  // namespace linkchart::graph
