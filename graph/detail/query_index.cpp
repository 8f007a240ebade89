#include "graph/detail/query_index.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <numeric>
#include <stdexcept>

#if defined(__linux__)
#include <sys/mman.h>
#ifndef MADV_COLLAPSE
#define MADV_COLLAPSE 25  // Linux 6.1; glibc 2.36's headers lack the name
#endif
#endif

#include "graph/detail/graph_storage.hpp"
#include "graph/corroboration.hpp"
#include "graph/entity_graph.hpp"

namespace linkchart::graph::detail {

namespace {

// Asks the kernel to back a large array with 2 MB pages. Queries on big graphs read the
// index at random (a million entities: 4 MB of row starts, 40 MB of neighbours, 80 MB of
// arc properties). The array is already filled, so MADV_HUGEPAGE alone waits for the
// kernel's background scan, and MADV_COLLAPSE (Linux 6.1) asks for it now; on the shared
// machines here the kernel collapses little of it (6 MB of 130 MB). Measured 2026-11-22:
// copying the arrays into memory marked before first touch put all of them on huge
// pages and changed nothing (1M-entity shortest path, alternating runs: 8.4-10.2 us
// either way), so the hint stays as it is: the search's misses are not TLB misses.
template <class T>
void prefer_huge_pages(std::vector<T>& v) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  constexpr std::uintptr_t huge = std::uintptr_t{2} << 20;
  const auto begin = reinterpret_cast<std::uintptr_t>(v.data());
  const auto end = begin + v.size() * sizeof(T);
  const std::uintptr_t first = (begin + huge - 1) & ~(huge - 1), last = end & ~(huge - 1);
  if (last <= first) return;
  void* at = reinterpret_cast<void*>(first);
  (void)madvise(at, last - first, MADV_HUGEPAGE);
#if defined(MADV_COLLAPSE)
  (void)madvise(at, last - first, MADV_COLLAPSE);
#endif
#else
  (void)v;
#endif
}

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
  // arc indices are 32-bit (half the row-start array a search reads at random): 4 billion
  // arcs, 2 billion relations, far beyond what a JSON graph file can hold in memory
  if (items.size() > std::numeric_limits<std::uint32_t>::max())
    throw std::length_error("more than 2^32 arcs: too many relations for the query index");
  index->csr = Csr(boost::edges_are_sorted, edges.begin(), edges.end(), index->arcs.begin(), n);
  prefer_huge_pages(index->csr.m_forward.m_rowstart);
  prefer_huge_pages(index->csr.m_forward.m_column);
  prefer_huge_pages(index->arcs);

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
