// Private to graph/: the read-only index the query algorithms run on. Built once from
// the EntityGraph on first query (and rebuilt after the graph changes), it stores every
// relation as two arcs, one each way, in Boost's compressed_sparse_row_graph, which
// is several times faster to traverse than adjacency_list and half its memory.
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

#include <boost/graph/compressed_sparse_row_graph.hpp>

namespace linkchart::graph {
class EntityGraph;
}

namespace linkchart::graph::detail {

struct Arc {
  std::uint32_t relation = 0;
  std::uint16_t type = 0;     // index of the relation type in the schema
  bool forward = true;        // the arc follows the relation's stored direction
  bool undirected = false;    // the relation type has no direction
};

using Csr = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, Arc,
                                               boost::no_property, std::uint32_t, std::uint32_t>;
using CsrVertex = boost::graph_traits<Csr>::vertex_descriptor;
using CsrEdge = boost::graph_traits<Csr>::edge_descriptor;

struct QueryIndex {
  Csr csr;
  std::vector<Arc> arcs;                  // the arcs' properties, in the CSR's edge order
  std::vector<std::uint32_t> degree;      // distinct neighbours of each entity
  std::vector<std::uint8_t> entity_type;  // EntityType of each entity, packed
  std::vector<float> support;             // per relation: its --weighted cost, -ln(confidence)
  // The arcs of entity v are csr.m_forward.m_rowstart[v] .. [v + 1] in m_column and
  // the edge properties; algorithms that need speed read these arrays directly.
  [[nodiscard]] std::uint64_t arcs_begin(std::uint32_t v) const { return csr.m_forward.m_rowstart[v]; }
  [[nodiscard]] std::uint64_t arcs_end(std::uint32_t v) const { return csr.m_forward.m_rowstart[v + 1]; }
  [[nodiscard]] std::uint32_t arc_target(std::uint64_t a) const { return csr.m_forward.m_column[a]; }
  [[nodiscard]] const Arc& arc(std::uint64_t a) const { return arcs[a]; }
  // The first arc of u whose target is not below v (arcs are sorted by target).
  [[nodiscard]] std::uint64_t first_arc_to(std::uint32_t u, std::uint32_t v) const {
    const auto& column = csr.m_forward.m_column;
    return static_cast<std::uint64_t>(
        std::lower_bound(column.begin() + static_cast<std::ptrdiff_t>(arcs_begin(u)),
                         column.begin() + static_cast<std::ptrdiff_t>(arcs_end(u)), v) -
        column.begin());
  }
  [[nodiscard]] std::uint32_t size() const { return static_cast<std::uint32_t>(degree.size()); }
};

// The graph's index, built if needed. Thread-safe; the reference stays valid until the
// graph is next changed.
const QueryIndex& query_index(const EntityGraph& graph);

}  // namespace linkchart::graph::detail
