#include "graph/network.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <set>

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/property_map/function_property_map.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/filtered_graph.hpp>

#include "graph/detail/costs.hpp"
#include "graph/detail/graph_storage.hpp"
#include "graph/detail/query_index.hpp"
#include "graph/detail/stamped.hpp"

namespace linkchart::graph {

using detail::Arc;

namespace {

// The arcs a walk may take under `options` (relation types and direction).
struct WalkFilter {
  const detail::QueryIndex* ix = nullptr;
  const std::vector<char>* relation_ok = nullptr;
  bool directed = false;
  bool operator()(const detail::CsrEdge& e) const {
    const Arc& a = ix->arc(e.idx);
    if (directed && !a.forward && !a.undirected) return false;
    return relation_ok->empty() || (*relation_ok)[a.type];
  }
};

// Entities a walk may enter under `options` (types and avoided); the centre always.
struct EntityFilter {
  const detail::QueryIndex* ix = nullptr;
  const PathOptions* options = nullptr;
  std::uint32_t centre = 0;
  bool operator()(std::uint32_t v) const {
    if (v == centre) return true;
    for (EntityId a : options->avoid)
      if (a.value == v) return false;
    if (options->through_types.empty()) return true;
    auto t = static_cast<EntityType>(ix->entity_type[v]);
    return std::find(options->through_types.begin(), options->through_types.end(), t) !=
           options->through_types.end();
  }
};

std::vector<char> relation_mask(const EntityGraph& graph, const PathOptions& options) {
  std::vector<char> mask;
  if (options.relation_types.empty()) return mask;
  const auto types = graph.schema().relation_types();
  mask.assign(types.size() + 1, 0);
  for (const auto& name : options.relation_types)
    for (std::size_t i = 0; i < types.size(); ++i)
      if (types[i].name == name) mask[i] = 1;
  return mask;
}

struct DepthReached {};

// Depths in an O(1)-reset array, so that a small ego network costs what it visits, not
// the size of the graph. The depth array is also the search's colour map: an entity with
// a depth has been discovered (see DepthColourMap), so each entity reached costs one
// random memory access, not one for its colour and another for its depth.
struct EgoScratch {
  detail::Stamped<std::uint32_t> depth;
  std::vector<Neighbour> reached;
};
thread_local EgoScratch ego_scratch;

// Boost's colour map for breadth_first_search, read from the depths: white until the
// entity has a depth. The visitor gives a discovered entity its depth before the search
// marks it grey, and the centre gets depth 0 when it is marked; grey and black need not
// be told apart (the visitor has no use for them).
struct DepthColourMap {
  using key_type = std::uint32_t;
  using value_type = boost::default_color_type;
  using reference = boost::default_color_type;
  using category = boost::read_write_property_map_tag;
  detail::Stamped<std::uint32_t>* depth;
};
boost::default_color_type get(const DepthColourMap& m, std::uint32_t v) {
  return m.depth->set(v) ? boost::gray_color : boost::white_color;
}
void put(const DepthColourMap& m, std::uint32_t v, boost::default_color_type c) {
  if (c != boost::white_color && !m.depth->set(v)) m.depth->put(v, 0);
}

class DepthLimitedVisitor : public boost::default_bfs_visitor {
 public:
  DepthLimitedVisitor(EgoScratch& scratch, std::size_t limit) : s_(&scratch), limit_(limit) {}
  template <class E, class G>
  void tree_edge(const E& e, const G& g) const {
    auto v = static_cast<std::uint32_t>(boost::target(e, g));
    const std::uint32_t d = s_->depth.get(static_cast<std::uint32_t>(boost::source(e, g))) + 1;
    s_->depth.put(v, d);
    s_->reached.push_back(Neighbour{EntityId{v}, d});
  }
  template <class V, class G>
  void examine_vertex(const V& v, const G&) const {
    // BFS examines vertices in order of depth: once one at the limit comes up, every
    // vertex within the limit has been discovered.
    if (s_->depth.get(static_cast<std::uint32_t>(v)) >= limit_) throw DepthReached{};
  }

 private:
  EgoScratch* s_;
  std::size_t limit_;
};

}  // namespace

std::vector<Neighbour> neighbours(const EntityGraph& graph, EntityId centre, std::size_t depth,
                                  const PathOptions& options) {
  const auto& ix = detail::query_index(graph);
  auto mask = relation_mask(graph, options);
  EgoScratch& sc = ego_scratch;
  sc.depth.reset(ix.size(), 0);
  sc.reached.assign(1, Neighbour{centre, 0});
  boost::queue<std::uint32_t> queue;
  auto search = [&](const auto& g) {
    try {
      // breadth_first_visit, not breadth_first_search: the latter first paints every
      // entity of the graph white, which made a depth-2 ego network cost time in
      // proportion to the whole graph (1.6 ms on a million entities); the stamped
      // depths read as white already
      boost::breadth_first_visit(g, centre.value, queue, DepthLimitedVisitor(sc, depth), DepthColourMap{&sc.depth});
    } catch (const DepthReached&) {
    }
  };
  if (depth > 0) {
    // Filters are a view over the index; without any, the index itself is walked.
    const bool filtered = options.directed || !mask.empty() || !options.avoid.empty() || !options.through_types.empty();
    if (filtered)
      search(boost::filtered_graph<detail::Csr, WalkFilter, EntityFilter>(
          ix.csr, WalkFilter{&ix, &mask, options.directed}, EntityFilter{&ix, &options, centre.value}));
    else
      search(ix.csr);
  }
  std::vector<Neighbour> out;
  out.reserve(sc.reached.size());
  for (const Neighbour& n : sc.reached)
    if (n.depth <= depth) out.push_back(n);
  return out;  // breadth-first order: by depth, and within a depth as found
}

Subgraph induced(const EntityGraph& graph, std::vector<EntityId> entities, const PathOptions& options) {
  std::sort(entities.begin(), entities.end());
  entities.erase(std::unique(entities.begin(), entities.end()), entities.end());
  const auto& ix = detail::query_index(graph);
  auto mask = relation_mask(graph, options);
  Subgraph out{entities, {}};
  for (EntityId e : entities) {
    for (auto a = ix.arcs_begin(e.value); a < ix.arcs_end(e.value); ++a) {
      const Arc& arc = ix.arc(a);
      if (!arc.forward) continue;  // each relation once, from its source
      if (!mask.empty() && !mask[arc.type]) continue;
      if (std::binary_search(entities.begin(), entities.end(), EntityId{ix.arc_target(a)}))
        out.relations.push_back(RelationId{arc.relation});
    }
  }
  std::sort(out.relations.begin(), out.relations.end());
  return out;
}

namespace {

struct NearestTerminal {
  std::uint32_t vertex;
};

// Stops the search at the first pending terminal it settles: the nearest to the tree.
struct StopAtTerminal : boost::default_dijkstra_visitor {
  const std::vector<char>* pending = nullptr;
  template <class G>
  void examine_vertex(std::uint32_t u, const G&) const {
    if ((*pending)[u]) throw NearestTerminal{u};
  }
};

// Arcs a connecting path may take: the walk filter, into entities the options allow
// (terminals always).
struct ConnectFilter {
  WalkFilter walk;
  const PathOptions* options = nullptr;
  const std::vector<char>* terminal = nullptr;
  bool operator()(const detail::CsrEdge& e) const {
    std::uint32_t v = walk.ix->arc_target(e.idx);
    if (v == e.src || !walk(e)) return false;
    if ((*terminal)[v]) return true;
    return EntityFilter{walk.ix, options, v}(v) && entity_allowed(v);
  }
  bool entity_allowed(std::uint32_t v) const {
    for (EntityId a : options->avoid)
      if (a.value == v) return false;
    if (options->through_types.empty()) return true;
    auto t = static_cast<EntityType>(walk.ix->entity_type[v]);
    return std::find(options->through_types.begin(), options->through_types.end(), t) != options->through_types.end();
  }
};

}  // namespace

Connection connect(const EntityGraph& graph, const std::vector<EntityId>& terminals,
                   const PathOptions& options) {
  Connection out;
  if (terminals.empty()) return out;
  const auto& ix = detail::query_index(graph);
  const std::size_t n = ix.size();
  auto mask = relation_mask(graph, options);
  std::vector<char> is_terminal(n, 0), pending(n, 0), in_tree(n, 0);
  for (EntityId t : terminals) is_terminal[t.value] = 1;
  std::set<EntityId> tree{terminals.front()};
  in_tree[terminals.front().value] = 1;
  std::set<RelationId> relations;
  std::size_t left = 0;
  for (EntityId t : terminals)
    if (!in_tree[t.value] && !pending[t.value]) {
      pending[t.value] = 1;
      ++left;
    }
  boost::filtered_graph<detail::Csr, ConnectFilter> view(
      ix.csr, ConnectFilter{WalkFilter{&ix, &mask, options.directed}, &options, &is_terminal});
  auto weight = boost::make_function_property_map<detail::CsrEdge, double>(
      [&](const detail::CsrEdge& e) { return detail::arc_cost(ix, options, ix.arc(e.idx), ix.arc_target(e.idx)); });
  std::vector<std::uint32_t> parent(n);
  std::vector<double> distance(n);
  while (left > 0) {
    // One Dijkstra (Boost.Graph) from the whole tree at once, stopped at the nearest
    // pending terminal.
    std::vector<std::uint32_t> sources;
    for (EntityId e : tree) sources.push_back(e.value);
    std::iota(parent.begin(), parent.end(), 0u);
    std::optional<std::uint32_t> reached;
    try {
      boost::dijkstra_shortest_paths(view, sources.begin(), sources.end(), parent.data(), distance.data(), weight,
                                     boost::get(boost::vertex_index, ix.csr), std::less<double>(),
                                     boost::closed_plus<double>(), std::numeric_limits<double>::infinity(), 0.0,
                                     StopAtTerminal{{}, &pending});
    } catch (const NearestTerminal& found) {
      reached = found.vertex;
    }
    if (!reached) break;
    // Walk back to the tree, adding each hop's cheapest allowed relation.
    for (std::uint32_t v = *reached; !in_tree[v]; v = parent[v]) {
      std::uint32_t u = parent[v];
      if (auto hop = best_hop(graph, EntityId{u}, EntityId{v}, options)) relations.insert(hop->relation);
      in_tree[v] = 1;
      tree.insert(EntityId{v});
      if (pending[v]) {
        pending[v] = 0;
        --left;
      }
    }
  }
  for (EntityId t : terminals)
    if (pending[t.value]) {
      out.unreached.push_back(t);
      pending[t.value] = 0;
    }
  out.subgraph.entities.assign(tree.begin(), tree.end());
  out.subgraph.relations.assign(relations.begin(), relations.end());
  return out;
}

EntityGraph extract(const EntityGraph& graph, const Subgraph& part) {
  EntityGraph out(graph.schema());
  std::set<EntityId> entities(part.entities.begin(), part.entities.end());
  std::set<ReportId> reports;
  auto note_evidence = [&](const Evidence& ev) {
    reports.insert(ev.report);
    if (ev.attributed_to) entities.insert(*ev.attributed_to);
  };
  for (RelationId r : part.relations) {
    const Relation& rel = graph.relation(r);
    entities.insert(rel.source);
    entities.insert(rel.target);
    for (const auto& ev : rel.evidence) note_evidence(ev);
  }
  std::vector<ClaimId> claims;
  for (std::uint32_t c = 0; c < graph.claim_count(); ++c) {
    const Claim& claim = graph.claim(ClaimId{c});
    if (claim.subject && std::binary_search(part.entities.begin(), part.entities.end(), *claim.subject)) {
      claims.push_back(ClaimId{c});
      note_evidence(claim.evidence);
    }
  }
  std::map<ReportId, ReportId> report_map;
  for (ReportId r : reports) report_map[r] = *out.add_report(graph.report(r));
  std::map<EntityId, EntityId> entity_map;
  for (EntityId e : entities) entity_map[e] = *out.add_entity(graph.entity(e));
  auto remap = [&](Evidence ev) {
    ev.report = report_map.at(ev.report);
    if (ev.attributed_to) ev.attributed_to = entity_map.at(*ev.attributed_to);
    return ev;
  };
  for (RelationId r : part.relations) {
    const Relation& rel = graph.relation(r);
    for (const auto& ev : rel.evidence)
      (void)out.add_relation(entity_map.at(rel.source), rel.type, entity_map.at(rel.target), remap(ev));
  }
  for (ClaimId c : claims) {
    Claim claim = graph.claim(c);
    claim.subject = entity_map.at(*claim.subject);
    claim.evidence = remap(claim.evidence);
    (void)out.add_claim(std::move(claim));
  }
  return out;
}

namespace {

// The graph with parallel relations merged, self-relations dropped, and both
// directions of every pair: what "connected to" means for centrality.
detail::Csr simple_csr(const detail::QueryIndex& ix) {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
  for (std::uint32_t v = 0; v < ix.size(); ++v) {
    std::uint32_t previous = std::numeric_limits<std::uint32_t>::max();
    for (auto a = ix.arcs_begin(v); a < ix.arcs_end(v); ++a) {
      auto t = ix.arc_target(a);
      if (t != previous && t != v) edges.emplace_back(v, t);
      previous = t;
    }
  }
  std::vector<Arc> props(edges.size());
  return detail::Csr(boost::edges_are_sorted, edges.begin(), edges.end(), props.begin(), ix.size());
}

std::vector<double> pagerank(const detail::QueryIndex& ix) {
  const std::size_t n = ix.size();
  if (n == 0) return {};
  std::vector<double> rank(n, 1.0 / static_cast<double>(n)), next(n);
  constexpr double damping = 0.85;
  for (int round = 0; round < 1000; ++round) {
    double dangling = 0;
    for (std::size_t v = 0; v < n; ++v)
      if (ix.degree[v] == 0) dangling += rank[v];
    const double base = (1.0 - damping + damping * dangling) / static_cast<double>(n);
    std::fill(next.begin(), next.end(), base);
    for (std::uint32_t v = 0; v < n; ++v) {
      if (ix.degree[v] == 0) continue;
      const double share = damping * rank[v] / ix.degree[v];
      std::uint32_t previous = std::numeric_limits<std::uint32_t>::max();
      for (auto a = ix.arcs_begin(v); a < ix.arcs_end(v); ++a) {
        auto t = ix.arc_target(a);
        if (t != previous && t != v) next[t] += share;
        previous = t;
      }
    }
    double change = 0;
    for (std::size_t v = 0; v < n; ++v) change += std::abs(next[v] - rank[v]);
    rank.swap(next);
    if (change < 1e-10) break;
  }
  return rank;
}

}  // namespace

std::vector<Score> centrality(const EntityGraph& graph, Centrality measure) {
  const auto& ix = detail::query_index(graph);
  std::vector<double> values(ix.size(), 0.0);
  switch (measure) {
    case Centrality::degree:
      for (std::uint32_t v = 0; v < ix.size(); ++v) values[v] = ix.degree[v];
      break;
    case Centrality::betweenness: {
      detail::Csr simple = simple_csr(ix);
      boost::brandes_betweenness_centrality(
          simple, boost::centrality_map(boost::make_iterator_property_map(
                      values.begin(), boost::get(boost::vertex_index, simple))));
      // Each unordered pair was counted from both ends.
      for (double& v : values) v /= 2.0;
      break;
    }
    case Centrality::pagerank:
      values = pagerank(ix);
      break;
  }
  std::vector<Score> out;
  out.reserve(values.size());
  for (std::uint32_t v = 0; v < values.size(); ++v) out.push_back(Score{EntityId{v}, values[v]});
  std::stable_sort(out.begin(), out.end(), [](const Score& a, const Score& b) { return a.value > b.value; });
  return out;
}

std::vector<std::vector<EntityId>> components(const EntityGraph& graph) {
  const auto& g = graph.storage().graph;
  std::vector<int> component(boost::num_vertices(g));
  int count = component.empty() ? 0 : boost::connected_components(g, component.data());
  std::vector<std::vector<EntityId>> out(static_cast<std::size_t>(count));
  for (std::uint32_t v = 0; v < component.size(); ++v)
    out[static_cast<std::size_t>(component[v])].push_back(EntityId{v});
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  return out;
}

}  // namespace linkchart::graph
