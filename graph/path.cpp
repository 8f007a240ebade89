#include "graph/path.hpp"

#include <algorithm>
#include <cassert>

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/visitors.hpp>

#include "graph/detail/graph_storage.hpp"

namespace linkchart::graph {

namespace {

// Records, for every vertex reached, the edge it was first reached by, and stops the
// search early once the goal is discovered.
struct ReachedGoal {};

class PredecessorRecorder : public boost::default_bfs_visitor {
 public:
  PredecessorRecorder(std::vector<std::optional<detail::Edge>>& parent, detail::Vertex goal)
      : parent_(&parent), goal_(goal) {}

  void tree_edge(const detail::Edge& e, const detail::BoostGraph& g) const {
    auto v = boost::target(e, g);
    (*parent_)[v] = e;
    if (v == goal_) throw ReachedGoal{};
  }

 private:
  std::vector<std::optional<detail::Edge>>* parent_;
  detail::Vertex goal_;
};

}  // namespace

std::optional<Path> shortest_path(const EntityGraph& graph, EntityId from, EntityId to) {
  const auto& s = graph.storage();
  assert(from.value < s.entities.size() && to.value < s.entities.size());
  Path path{from, to, {}};
  if (from == to) return path;

  std::vector<std::optional<detail::Edge>> parent(boost::num_vertices(s.graph));
  std::vector<boost::default_color_type> colour(boost::num_vertices(s.graph));
  try {
    boost::breadth_first_search(
        s.graph, from.value,
        boost::visitor(PredecessorRecorder{parent, to.value})
            .color_map(boost::make_iterator_property_map(
                colour.begin(), boost::get(boost::vertex_index, s.graph))));
  } catch (const ReachedGoal&) {
    // Found: the recorded tree already holds the path.
  }
  if (!parent[to.value]) return std::nullopt;

  for (detail::Vertex v = to.value; v != from.value;) {
    const detail::Edge& e = *parent[v];
    detail::Vertex u = boost::source(e, s.graph) == v ? boost::target(e, s.graph)
                                                      : boost::source(e, s.graph);
    RelationId rel{s.graph[e].relation};
    EntityId hop_from{static_cast<std::uint32_t>(u)};
    path.hops.push_back(Hop{hop_from, rel, EntityId{static_cast<std::uint32_t>(v)},
                            s.relations[rel.value].source == hop_from});
    v = u;
  }
  std::reverse(path.hops.begin(), path.hops.end());
  return path;
}

}  // namespace linkchart::graph
