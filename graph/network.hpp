// Network questions beyond a single path: what surrounds an entity, what links
// several, who are the brokers, and which parts of the graph hang together.
#pragma once

#include <cstddef>
#include <vector>

#include "graph/entity_graph.hpp"
#include "graph/path.hpp"

namespace linkchart::graph {

// A part of a graph: some entities and the relations among them.
struct Subgraph {
  std::vector<EntityId> entities;     // sorted
  std::vector<RelationId> relations;  // sorted
};

struct Neighbour {
  EntityId entity{};
  std::size_t depth = 0;  // hops from the centre
};

// The ego network: every entity within `depth` hops of `centre` (the centre first,
// then by depth, within a depth in the order found, the same every time), walking only what `options` allows (its relation types,
// entity types, avoided entities and direction; weights are ignored). Boost.Graph's
// breadth-first search, stopped after depth; O(size of the answer + its relations).
[[nodiscard]] std::vector<Neighbour> neighbours(const EntityGraph& graph, EntityId centre,
                                                std::size_t depth, const PathOptions& options = {});

// The relations among `entities` that `options` allows (its relation types), sorted.
[[nodiscard]] Subgraph induced(const EntityGraph& graph, std::vector<EntityId> entities,
                               const PathOptions& options = {});

// A small subgraph linking all `terminals`: the shortest-path heuristic for Steiner
// trees (start from the first terminal; repeatedly join the terminal nearest to the
// tree by a cheapest path, found by one Dijkstra (Boost.Graph) from the whole tree),
// at most twice the smallest such tree. Costs and constraints as for paths. Terminals
// that cannot be reached are listed in `unreached`. O(terminals * (E + V) log V).
struct Connection {
  Subgraph subgraph;
  std::vector<EntityId> unreached;
};
[[nodiscard]] Connection connect(const EntityGraph& graph, const std::vector<EntityId>& terminals,
                                 const PathOptions& options = {});

// A new graph holding `part`: its entities and relations with all their evidence, the
// reports that evidence cites, the entities it is attributed to, and the claims about
// its entities. Same schema. O(size of the part).
[[nodiscard]] EntityGraph extract(const EntityGraph& graph, const Subgraph& part);

enum class Centrality { degree, betweenness, pagerank };

struct Score {
  EntityId entity{};
  double value = 0;
};

// Every entity's score, highest first (ties by id). Parallel relations count once and
// direction is ignored. degree: distinct neighbours, O(E). betweenness: Brandes'
// algorithm (Boost.Graph), the number of shortest paths between other pairs that pass
// through the entity, O(V * E). pagerank: damping 0.85, iterated until the scores move
// less than 1e-10 in total (at most 1000 rounds), O(E) a round; scores sum to 1.
[[nodiscard]] std::vector<Score> centrality(const EntityGraph& graph, Centrality measure);

// Connected components, largest first (ties by smallest id); each sorted.
// Boost.Graph's connected_components, O(V + E).
[[nodiscard]] std::vector<std::vector<EntityId>> components(const EntityGraph& graph);

}  // namespace linkchart::graph
