// Path queries: how is A connected to B, through whom, at what cost. A path is a
// sequence of distinct entities; between two consecutive entities it takes the
// cheapest relation that the options allow (parallel relations are one step).
//
// Costs. Unweighted, every hop costs 1. With `weighted`, a hop along relation r costs
//     -ln(confidence(r))
// with the confidence of graph/corroboration.hpp (independent sources: each named
// source once, however many reports cite it, and each report that names none): one
// source costs 0.69, two 0.29, three 0.13, a hedged single source 1.39. The cheapest
// path is the chain whose hop confidences multiply to the most. With `hub_penalty`,
// entering an entity v adds
//     0.5 * log2(1 + degree(v))
// (degree = distinct neighbours), so paths through entities linked to everything
// ("Russia") cost more than paths through specific ones.
#pragma once

#include <cstddef>
#include <expected>
#include <optional>
#include <string>
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
  double cost = 0;          // see the header comment

  [[nodiscard]] std::size_t length() const { return hops.size(); }
  [[nodiscard]] std::vector<EntityId> entities() const;
  bool operator==(const Path&) const = default;
};

struct PathOptions {
  bool directed = false;                     // follow relations only in their direction
  std::vector<EntityType> through_types{};   // entities a path may pass through (empty: any);
                                             // the two ends are always allowed
  std::vector<std::string> relation_types{}; // relation types a path may use (empty: any)
  std::vector<EntityId> avoid{};             // entities a path must not touch
  bool weighted = false;                     // cost by corroboration (see above)
  bool hub_penalty = false;                  // cost for entering high-degree entities
};

// Fails (invalid_argument) when a relation type is not in the schema or an id is out
// of range; the query functions below assume valid options.
[[nodiscard]] std::expected<void, Error> validate(const EntityGraph& graph, const PathOptions& options);

// The cheapest path, or nullopt. Unweighted: bidirectional breadth-first search,
// O(entities + relations) at worst and usually far less. Weighted or with the hub
// penalty: bidirectional Dijkstra, O((E + V) log V) at worst.
// Ties are broken the same way every time.
[[nodiscard]] std::optional<Path> shortest_path(const EntityGraph& graph, EntityId from,
                                                EntityId to, const PathOptions& options = {});

// The cheapest path that passes through `via` in order: the cheapest path to the first
// stop, then from there to the next, each leg avoiding the entities of the legs before
// it. Greedy: it can miss a path that exists when an early leg blocks a later one.
[[nodiscard]] std::optional<Path> shortest_path_via(const EntityGraph& graph, EntityId from,
                                                    const std::vector<EntityId>& via, EntityId to,
                                                    const PathOptions& options = {});

// Up to k cheapest paths, cheapest first (Yen's algorithm over the same search),
// distinct as entity sequences. O(k * length * one search).
[[nodiscard]] std::vector<Path> k_shortest_paths(const EntityGraph& graph, EntityId from,
                                                 EntityId to, std::size_t k,
                                                 const PathOptions& options = {});

struct PathList {
  std::vector<Path> paths;  // cheapest first, then fewest hops, then by entity ids
  bool truncated = false;   // more paths exist than `limit`
};

// Every path of at most `max_hops` hops, up to `limit` of them. Depth-first search
// pruned by the distance to the target; exponential in max_hops on dense graphs.
[[nodiscard]] PathList all_simple_paths(const EntityGraph& graph, EntityId from, EntityId to,
                                        std::size_t max_hops, std::size_t limit,
                                        const PathOptions& options = {});

// The cost of one hop and the relation it takes, as the options see them; nullopt if no
// allowed relation joins the two entities that way.
[[nodiscard]] std::optional<Hop> best_hop(const EntityGraph& graph, EntityId from, EntityId to,
                                          const PathOptions& options, double* cost = nullptr);

}  // namespace linkchart::graph
