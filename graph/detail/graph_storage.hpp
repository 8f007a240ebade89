// Private to graph/: the Boost.Graph storage behind EntityGraph. Vertex i is EntityId i
// (vecS, and entities are never removed); each edge carries its RelationId.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "graph/detail/query_index.hpp"
#include "graph/schema.hpp"
#include "graph/types.hpp"

namespace linkchart::graph::detail {

struct EdgeProperties {
  std::uint32_t relation = 0;
};

// The edge list is a vector too (relations are never removed): a std::list would cost
// an allocation per relation.
using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS,
                                         boost::no_property, EdgeProperties, boost::no_property,
                                         boost::vecS>;
using Vertex = boost::graph_traits<BoostGraph>::vertex_descriptor;
using Edge = boost::graph_traits<BoostGraph>::edge_descriptor;

struct GraphStorage {
  Schema schema;
  std::vector<Report> reports;
  std::vector<Entity> entities;
  std::vector<Relation> relations;
  std::vector<Claim> claims;
  BoostGraph graph;

  std::unordered_map<std::string, std::uint32_t> report_by_key;
  std::unordered_map<std::string, std::uint32_t> entity_by_key;
  std::unordered_map<std::string, std::uint32_t> claim_by_key;
  // Folded names, keys and aliases -> entities; built on first lookup (names_valid).
  mutable std::unordered_map<std::string, std::vector<std::uint32_t>> entities_by_folded_name;
  mutable bool names_valid = false;

  // The query index, built on first query; any change to entities or relations drops it.
  mutable std::mutex index_mutex;
  mutable std::shared_ptr<const QueryIndex> index;

  GraphStorage() = default;
  GraphStorage(const GraphStorage& other)
      : schema(other.schema), reports(other.reports), entities(other.entities),
        relations(other.relations), claims(other.claims), graph(other.graph),
        report_by_key(other.report_by_key), entity_by_key(other.entity_by_key),
        claim_by_key(other.claim_by_key) {}
  void invalidate_names() {
    std::lock_guard lock(index_mutex);
    names_valid = false;
  }
  void invalidate_index() {
    std::lock_guard lock(index_mutex);
    index.reset();
  }
};

}  // namespace linkchart::graph::detail
