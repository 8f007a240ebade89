// Private to graph/: the Boost.Graph storage behind EntityGraph. Vertex i is EntityId i
// (vecS, and entities are never removed); each edge carries its RelationId.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "graph/schema.hpp"
#include "graph/types.hpp"

namespace linkchart::graph::detail {

struct EdgeProperties {
  std::uint32_t relation = 0;
};

using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS,
                                         boost::no_property, EdgeProperties>;
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
  std::unordered_map<std::string, std::vector<std::uint32_t>> entities_by_folded_name;
};

}  // namespace linkchart::graph::detail
