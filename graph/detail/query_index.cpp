#include "graph/detail/query_index.hpp"

#include <algorithm>
#include <numeric>

#include "graph/detail/graph_storage.hpp"
#include "graph/corroboration.hpp"
#include "graph/entity_graph.hpp"

namespace linkchart::graph::detail {

namespace {

std::shared_ptr<const QueryIndex> build(const EntityGraph& graph) {
  const GraphStorage& s = graph.storage();
  auto index = std::make_shared<QueryIndex>();
  const auto n = static_cast<std::uint32_t>(s.entities.size());
  struct Item {
    std::uint32_t source, target;
    Arc arc;
  };
  std::vector<Item> items;
  items.reserve(s.relations.size() * 2);
  const auto types = s.schema.relation_types();
  for (std::uint32_t r = 0; r < s.relations.size(); ++r) {
    const Relation& rel = s.relations[r];
    auto type = static_cast<std::uint16_t>(
        std::find_if(types.begin(), types.end(), [&](const RelationType& t) { return t.name == rel.type; }) -
        types.begin());
    bool undirected = type < types.size() && !types[type].directed;
    items.push_back({rel.source.value, rel.target.value, Arc{r, type, true, undirected}});
    if (rel.source != rel.target)
      items.push_back({rel.target.value, rel.source.value, Arc{r, type, false, undirected}});
  }
  // Sorted by source, then target, so that parallel relations between two entities are
  // neighbours in the index (algorithms treat them as one step), then by relation.
  std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
    return std::tie(a.source, a.target, a.arc.relation) < std::tie(b.source, b.target, b.arc.relation);
  });
  std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
  edges.reserve(items.size());
  index->arcs.reserve(items.size());
  for (const auto& item : items) {
    edges.emplace_back(item.source, item.target);
    index->arcs.push_back(item.arc);
  }
  index->csr = Csr(boost::edges_are_sorted, edges.begin(), edges.end(), index->arcs.begin(), n);

  index->degree.assign(n, 0);
  index->entity_type.resize(n);
  for (std::uint32_t v = 0; v < n; ++v) {
    index->entity_type[v] = static_cast<std::uint8_t>(s.entities[v].type);
    std::uint32_t previous = n;
    for (auto a = index->arcs_begin(v); a < index->arcs_end(v); ++a) {
      auto t = index->arc_target(a);
      if (t != previous && t != v) ++index->degree[v];
      previous = t;
    }
  }
  index->support.resize(s.relations.size());
  for (std::uint32_t r = 0; r < s.relations.size(); ++r)
    index->support[r] = static_cast<float>(weighted_cost(corroboration(graph, RelationId{r})));
  return index;
}

}  // namespace

const QueryIndex& query_index(const EntityGraph& graph) {
  const GraphStorage& s = graph.storage();
  std::lock_guard lock(s.index_mutex);
  if (!s.index) s.index = build(graph);
  return *s.index;
}

}  // namespace linkchart::graph::detail
