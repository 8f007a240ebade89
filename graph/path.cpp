#include "graph/path.hpp"

#include <algorithm>
#include <array>
#include <cassert>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <tuple>


#include "graph/detail/costs.hpp"
#include "graph/detail/query_index.hpp"
#include "graph/detail/stamped.hpp"

namespace linkchart::graph {

using detail::Arc;
using detail::QueryIndex;

std::vector<EntityId> Path::entities() const {
  std::vector<EntityId> out{start};
  for (const auto& hop : hops) out.push_back(hop.to);
  return out;
}

namespace {

constexpr std::uint32_t none = std::numeric_limits<std::uint32_t>::max();
constexpr double infinity = std::numeric_limits<double>::infinity();

// Steps a search must not take, on top of the options (Yen's algorithm adds these).
struct Blocks {
  std::vector<std::uint32_t> vertices;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> steps;  // (from, to)

  bool vertex(std::uint32_t v) const {
    return std::find(vertices.begin(), vertices.end(), v) != vertices.end();
  }
  bool step(std::uint32_t u, std::uint32_t v) const {
    return std::find(steps.begin(), steps.end(), std::make_pair(u, v)) != steps.end();
  }
};

// The options, compiled for the index.
class Query {
 public:
  Query(const EntityGraph& g, const PathOptions& options, EntityId from, EntityId to)
      : graph(g), ix(detail::query_index(g)), opt(options), from_(from.value), to_(to.value) {
    if (!options.relation_types.empty()) {
      const auto types = g.schema().relation_types();
      relation_ok_.assign(types.size() + 1, 0);
      for (const auto& name : options.relation_types)
        for (std::size_t i = 0; i < types.size(); ++i)
          if (types[i].name == name) relation_ok_[i] = 1;
    }
    type_ok_.fill(options.through_types.empty());
    for (EntityType t : options.through_types) type_ok_[static_cast<std::size_t>(t)] = true;
  }

  // May a search walking from an arc's tail to its head use it?
  bool forward_ok(const Arc& a) const {
    if (opt.directed && !a.forward && !a.undirected) return false;
    return relation_ok_.empty() || relation_ok_[a.type];
  }
  // May a search walking backwards (from the target) use the arc v->u to mean u->v?
  bool backward_ok(const Arc& a) const {
    if (opt.directed && a.forward && !a.undirected) return false;
    return relation_ok_.empty() || relation_ok_[a.type];
  }
  bool vertex_ok(std::uint32_t v) const {
    if (v == from_ || v == to_) return true;
    for (EntityId a : opt.avoid)
      if (a.value == v) return false;
    return type_ok_[ix.entity_type[v]];
  }
  // The cost of taking arc `a` into entity v.
  double cost(const Arc& a, std::uint32_t v) const { return detail::arc_cost(ix, opt, a, v); }
  bool unit_cost() const { return !opt.weighted && !opt.hub_penalty; }
  // Whether arcs or entities need checking at all (most queries have no filters).
  bool filters_arcs() const { return opt.directed || !relation_ok_.empty(); }
  bool filters_entities() const { return !opt.avoid.empty() || !opt.through_types.empty(); }

  // The cheapest allowed arc from u to v, or none.
  std::uint64_t best_arc(std::uint32_t u, std::uint32_t v, double* cost_out) const {
    std::uint64_t best = std::numeric_limits<std::uint64_t>::max();
    double best_cost = infinity;
    // Arcs are sorted by target: the ones to v are a run found by binary search.
    for (auto a = ix.first_arc_to(u, v); a < ix.arcs_end(u) && ix.arc_target(a) == v; ++a) {
      if (!forward_ok(ix.arc(a))) continue;
      double c = cost(ix.arc(a), v);
      if (c < best_cost) {
        best_cost = c;
        best = a;
      }
    }
    if (cost_out != nullptr) *cost_out = best_cost;
    return best;
  }

  std::optional<Path> to_path(const std::vector<std::uint32_t>& route) const {
    Path p{EntityId{route.front()}, EntityId{route.back()}, {}, 0};
    for (std::size_t i = 0; i + 1 < route.size(); ++i) {
      double c = 0;
      auto a = best_arc(route[i], route[i + 1], &c);
      if (c == infinity) return std::nullopt;
      const Arc& arc = ix.arc(a);
      p.hops.push_back(Hop{EntityId{route[i]}, RelationId{arc.relation}, EntityId{route[i + 1]}, arc.forward});
      p.cost += c;
    }
    return p;
  }

  const EntityGraph& graph;
  const QueryIndex& ix;
  const PathOptions& opt;

 private:
  std::uint32_t from_, to_;
  std::vector<char> relation_ok_;
  std::array<bool, 5> type_ok_{};
};

// Scratch space reused across queries on one thread. On a million entities the search
// is bound by memory, not by work: what it touches at random must be small. Whether
// each side has seen an entity is one bit (the two sides' words side by side: 256 KB
// for a million entities, which stays in cache); who reached it, and by which arc, is
// appended to the side's trail, written in order rather than scattered. The bits set
// are cleared at the next reset, in time proportional to the entities visited.
struct Scratch {
  struct Step {
    std::uint32_t entity = 0;
    std::uint32_t from = 0;  // the trail position of the entity it was reached from
    std::uint64_t arc = 0;   // the arc, stored at that entity, that reached it
  };
  std::vector<std::uint64_t> bits;  // entity v, side s: bit v % 64 of word 2 * (v / 64) + s
  std::vector<Step> trail[2];        // each side's visits, level after level
  std::uint64_t frontier_arcs[2] = {0, 0};  // the work expanding each frontier would take
  std::size_t frontier_begin[2] = {0, 0};   // the frontier: trail[side][frontier_begin..]

  void reset(std::size_t n) {
    if (bits.size() < 2 * (n / 64 + 1)) {
      bits.assign(2 * (n / 64 + 1), 0);
    } else {
      for (int side = 0; side < 2; ++side)
        for (const Step& st : trail[side]) bits[2 * (st.entity / 64)] = bits[2 * (st.entity / 64) + 1] = 0;
    }
    trail[0].clear();
    trail[1].clear();
  }
  void start(int side, std::uint32_t v) {
    bits[2 * (v / 64) + side] |= std::uint64_t{1} << (v % 64);
    trail[side].push_back({v, none, 0});
    frontier_begin[side] = 0;
  }
  // Where `side` reached v (v was seen by it): found by a scan, done once a query.
  std::uint32_t position(int side, std::uint32_t v) const {
    for (std::size_t i = trail[side].size(); i-- > 0;)
      if (trail[side][i].entity == v) return static_cast<std::uint32_t>(i);
    return none;
  }
};
thread_local Scratch scratch;

// How many frontier entities ahead of the scan their relations are fetched. Measured at
// 1M entities, alternating runs: 4 and 8 the same, both 7-25% faster than none.
constexpr std::size_t prefetch_ahead = 4;

// Fewest-hop route by bidirectional breadth-first search, a whole level at a time. If
// `hops` is given it receives the route's hops as well: the first allowed relation
// between two entities is the one with the lowest id, which is what Query::to_path
// would choose at unit cost, so the path needs no second look at the relations.
std::optional<std::vector<std::uint32_t>> bfs_route(const Query& q, std::uint32_t s, std::uint32_t t,
                                                    const Blocks& blocks, std::vector<Hop>* hops = nullptr) {
  if (s == t) return std::vector<std::uint32_t>{s};
  Scratch& sc = scratch;
  sc.reset(q.ix.size());
  sc.start(0, s);
  sc.start(1, t);
  sc.frontier_arcs[0] = q.ix.arcs_end(s) - q.ix.arcs_begin(s);
  sc.frontier_arcs[1] = q.ix.arcs_end(t) - q.ix.arcs_begin(t);
  const bool check_arcs = q.filters_arcs() || !blocks.steps.empty();
  const bool check_entities = q.filters_entities() || !blocks.vertices.empty();
  std::uint32_t meet_u = none, meet_v = none;  // meet: u (forward side) -> v (backward side)
  std::uint32_t meet_here = none;              // trail position of the expanded end of the meeting
  std::uint64_t meet_arc = 0;                  // the arc that met, stored at the expanded side
  bool met_forward = true;                     // whether the forward side expanded it
  const auto* rowstart = q.ix.csr.m_forward.m_rowstart.data();
  const std::uint32_t* column = q.ix.csr.m_forward.m_column.data();
  std::uint64_t* bits = sc.bits.data();
  while (meet_u == none && sc.frontier_begin[0] < sc.trail[0].size() && sc.frontier_begin[1] < sc.trail[1].size()) {
    // Expand the side whose frontier has fewer arcs to scan: on graphs with hubs this
    // lets the other side meet a hub instead of scanning all of its relations.
    const int here = sc.frontier_arcs[0] <= sc.frontier_arcs[1] ? 0 : 1;
    const int there = 1 - here;
    const bool forward = here == 0;
    auto& trail = sc.trail[here];
    const std::size_t first = sc.frontier_begin[here], last = trail.size();
    for (std::size_t f = first; f < last && meet_u == none; ++f) {
      // Each entity's relations are a read at random from tens of megabytes: ask for the
      // ones a few entities ahead now, so that the misses overlap with this scan.
      if (f + prefetch_ahead < last) __builtin_prefetch(column + rowstart[trail[f + prefetch_ahead].entity]);
      const std::uint32_t u = trail[f].entity;
      const std::uint64_t end = rowstart[u + 1];
      for (std::uint64_t a = rowstart[u]; a < end; ++a) {
        const std::uint32_t v = column[a];
        std::uint64_t* word = bits + 2 * (v / 64);
        const std::uint64_t bit = std::uint64_t{1} << (v % 64);
        if (v == u || (word[here] & bit)) continue;
        if (check_arcs) {
          const Arc& arc = q.ix.arc(a);
          if (forward ? !q.forward_ok(arc) : !q.backward_ok(arc)) continue;
          if (forward ? blocks.step(u, v) : blocks.step(v, u)) continue;
        }
        if (check_entities && (!q.vertex_ok(v) || blocks.vertex(v))) continue;
        if (word[there] & bit) {
          // The first meeting is a shortest route: no entity within the levels
          // expanded so far was seen by both sides, so no route is shorter than those
          // levels plus this step.
          meet_u = forward ? u : v;
          meet_v = forward ? v : u;
          meet_here = static_cast<std::uint32_t>(f);
          meet_arc = a;
          met_forward = forward;
          break;
        }
        word[here] |= bit;
        trail.push_back({v, static_cast<std::uint32_t>(f), a});
      }
    }
    if (meet_u != none) break;
    sc.frontier_begin[here] = last;
    // The new frontier's work, summed in a loop of its own: these reads miss the cache,
    // and here they overlap, where inside the scan above each one stalled it.
    std::uint64_t next_arcs = 0, most = 0;
    std::size_t hub = last;
    for (std::size_t f = last; f < trail.size(); ++f) {
      const std::uint32_t v = trail[f].entity;
      const std::uint64_t arcs = rowstart[v + 1] - rowstart[v];
      next_arcs += arcs;
      if (arcs > most) {
        most = arcs;
        hub = f;
      }
    }
    // The frontier's best-connected entity goes first: a meeting is likeliest through
    // it, and the search stops at the first. Any order within a level gives a route of
    // the same length (the meeting is always with the other side's frontier), and no
    // later entry points at these yet, so the swap is safe.
    if (hub != last) std::swap(trail[hub], trail[last]);
    for (std::size_t f = last; f < std::min(last + prefetch_ahead, trail.size()); ++f)
      __builtin_prefetch(column + rowstart[trail[f].entity]);
    sc.frontier_arcs[here] = next_arcs;
  }
  if (meet_u == none) return std::nullopt;
  // Each side's half of the route, walked back along its trail from the meeting.
  const std::uint32_t pos[2] = {
      met_forward ? meet_here : sc.position(0, meet_u),
      met_forward ? sc.position(1, meet_v) : meet_here,
  };
  std::vector<std::uint32_t> route;
  std::vector<std::uint64_t> arcs;  // arcs[i]: the arc of hop i, stored where the search stood
  for (std::uint32_t p = pos[0]; p != none; p = sc.trail[0][p].from) {
    route.push_back(sc.trail[0][p].entity);
    if (sc.trail[0][p].from != none) arcs.push_back(sc.trail[0][p].arc);
  }
  std::reverse(route.begin(), route.end());
  std::reverse(arcs.begin(), arcs.end());
  arcs.push_back(meet_arc);
  for (std::uint32_t p = pos[1]; p != none; p = sc.trail[1][p].from) {
    route.push_back(sc.trail[1][p].entity);
    if (sc.trail[1][p].from != none) arcs.push_back(sc.trail[1][p].arc);
  }
  if (hops != nullptr) {
    // A hop from x to y along an arc stored at `at`: x is the relation's source when the
    // arc, read from `at`, says its own end is the source and `at` is x, or the reverse.
    auto hop = [&](std::uint32_t x, std::uint32_t y, std::uint64_t a, std::uint32_t at) {
      const Arc& arc = q.ix.arc(a);
      return Hop{EntityId{x}, RelationId{arc.relation}, EntityId{y}, at == x ? arc.forward : !arc.forward};
    };
    hops->clear();
    const std::size_t meet = static_cast<std::size_t>(std::find(route.begin(), route.end(), meet_u) - route.begin());
    for (std::size_t i = 0; i + 1 < route.size(); ++i) {
      // forward half: stored at route[i]; the meeting: at the expanded end; backward
      // half: stored at route[i + 1]
      const std::uint32_t at = i < meet ? route[i] : i == meet ? (met_forward ? meet_u : meet_v) : route[i + 1];
      hops->push_back(hop(route[i], route[i + 1], arcs[i], at));
    }
  }
  return route;
}

// Cheapest route by bidirectional Dijkstra: a search from each end, the one with the
// nearer frontier stepping next, until the two frontiers together are no nearer than
// the best meeting found. Boost.Graph's Dijkstra is one-directional: on a million
// entities it settled most of the graph for one pair (877 ms median, 1.5x igraph);
// this one settles a small ball around each end.
struct DijkstraScratch {
  struct Slot {
    std::uint32_t stamp[2] = {0, 0};
    std::uint32_t parent[2] = {0, 0};
    double dist[2] = {0, 0};
  };
  std::vector<Slot> slots;
  std::vector<std::pair<double, std::uint32_t>> heap[2];
  std::uint32_t generation = 0;

  void reset(std::size_t n) {
    if (slots.size() < n) slots.resize(n);
    if (++generation == 0) {
      for (auto& s : slots) s.stamp[0] = s.stamp[1] = 0;
      generation = 1;
    }
    heap[0].clear();
    heap[1].clear();
  }
  double dist(int side, std::uint32_t v) const {
    return slots[v].stamp[side] == generation ? slots[v].dist[side] : infinity;
  }
  std::uint32_t parent(int side, std::uint32_t v) const {
    return slots[v].stamp[side] == generation ? slots[v].parent[side] : none;
  }
  void set(int side, std::uint32_t v, double d, std::uint32_t parent) {
    slots[v].stamp[side] = generation;
    slots[v].dist[side] = d;
    slots[v].parent[side] = parent;
  }
  void push(int side, double d, std::uint32_t v) {
    heap[side].emplace_back(d, v);
    std::push_heap(heap[side].begin(), heap[side].end(), std::greater<>());
  }
  std::pair<double, std::uint32_t> pop(int side) {
    std::pop_heap(heap[side].begin(), heap[side].end(), std::greater<>());
    auto top = heap[side].back();
    heap[side].pop_back();
    return top;
  }
};
thread_local DijkstraScratch dijkstra_scratch;

std::optional<std::vector<std::uint32_t>> dijkstra_route(const Query& q, std::uint32_t s, std::uint32_t t,
                                                         const Blocks& blocks) {
  if (s == t) return std::vector<std::uint32_t>{s};
  DijkstraScratch& sc = dijkstra_scratch;
  sc.reset(q.ix.size());
  sc.set(0, s, 0.0, none);
  sc.set(1, t, 0.0, none);
  sc.push(0, 0.0, s);
  sc.push(1, 0.0, t);
  double best = infinity;
  std::uint32_t meet_u = none, meet_v = none;  // the route: s .. meet_u -> meet_v .. t
  while (!sc.heap[0].empty() && !sc.heap[1].empty()) {
    const double top0 = sc.heap[0].front().first, top1 = sc.heap[1].front().first;
    if (top0 + top1 >= best) break;  // no route through unsettled entities is cheaper
    const int side = top0 <= top1 ? 0 : 1;
    const int other = 1 - side;
    auto [d, u] = sc.pop(side);
    if (d > sc.dist(side, u)) continue;  // a stale heap entry
    for (auto a = q.ix.arcs_begin(u); a < q.ix.arcs_end(u); ++a) {
      std::uint32_t v = q.ix.arc_target(a);
      if (v == u) continue;
      const Arc& arc = q.ix.arc(a);
      if (side == 0 ? !q.forward_ok(arc) || blocks.step(u, v) : !q.backward_ok(arc) || blocks.step(v, u)) continue;
      if (!q.vertex_ok(v) || blocks.vertex(v)) continue;
      // A hop costs its relation plus the entity it enters: v going forward, u going back.
      const double nd = d + q.cost(arc, side == 0 ? v : u);
      if (nd < sc.dist(side, v)) {
        sc.set(side, v, nd, u);
        sc.push(side, nd, v);
      }
      if (const double there = sc.dist(other, v); there < infinity && nd + there < best) {
        best = nd + there;
        meet_u = side == 0 ? u : v;
        meet_v = side == 0 ? v : u;
      }
    }
  }
  if (best == infinity) return std::nullopt;
  std::vector<std::uint32_t> route;
  for (std::uint32_t v = meet_u; v != none; v = sc.parent(0, v)) route.push_back(v);
  std::reverse(route.begin(), route.end());
  for (std::uint32_t v = meet_v; v != none; v = sc.parent(1, v)) route.push_back(v);
  return route;
}

std::optional<std::vector<std::uint32_t>> route(const Query& q, std::uint32_t s, std::uint32_t t,
                                                const Blocks& blocks) {
  return q.unit_cost() ? bfs_route(q, s, t, blocks) : dijkstra_route(q, s, t, blocks);
}

// Orders paths: cheapest, then fewest hops, then by entity ids (deterministic).
bool path_before(const Path& a, const Path& b) {
  if (std::abs(a.cost - b.cost) > 1e-9) return a.cost < b.cost;
  if (a.hops.size() != b.hops.size()) return a.hops.size() < b.hops.size();
  return a.entities() < b.entities();
}

std::vector<std::uint32_t> ids(const Path& p) {
  std::vector<std::uint32_t> out;
  for (EntityId e : p.entities()) out.push_back(e.value);
  return out;
}

}  // namespace

std::expected<void, Error> validate(const EntityGraph& graph, const PathOptions& options) {
  for (const auto& name : options.relation_types)
    if (graph.schema().find(name) == nullptr)
      return std::unexpected(Error{ErrorCode::invalid_argument, "unknown relation type '" + name + "'", {}});
  for (EntityId e : options.avoid)
    if (e.value >= graph.entity_count())
      return std::unexpected(Error{ErrorCode::invalid_argument, "an entity to avoid is not in the graph", {}});
  return {};
}

std::optional<Path> shortest_path(const EntityGraph& graph, EntityId from, EntityId to,
                                  const PathOptions& options) {
  assert(from.value < graph.entity_count() && to.value < graph.entity_count());
  Query q(graph, options, from, to);
  if (q.unit_cost()) {
    Path p{from, to, {}, 0};
    if (!bfs_route(q, from.value, to.value, Blocks{}, &p.hops)) return std::nullopt;
    p.cost = static_cast<double>(p.hops.size());
    return p;
  }
  auto r = route(q, from.value, to.value, Blocks{});
  if (!r) return std::nullopt;
  return q.to_path(*r);
}

std::optional<Path> shortest_path_via(const EntityGraph& graph, EntityId from,
                                      const std::vector<EntityId>& via, EntityId to,
                                      const PathOptions& options) {
  std::vector<EntityId> stops{from};
  stops.insert(stops.end(), via.begin(), via.end());
  stops.push_back(to);
  Blocks blocks;
  std::vector<std::uint32_t> whole{from.value};
  for (std::size_t i = 0; i + 1 < stops.size(); ++i) {
    // The later stops must not be used by an earlier leg.
    Blocks leg = blocks;
    for (std::size_t j = i + 2; j < stops.size(); ++j) leg.vertices.push_back(stops[j].value);
    Query q(graph, options, stops[i], stops[i + 1]);
    auto r = route(q, stops[i].value, stops[i + 1].value, leg);
    if (!r) return std::nullopt;
    for (std::size_t k = 1; k < r->size(); ++k) whole.push_back((*r)[k]);
    for (std::size_t k = 0; k + 1 < r->size(); ++k) blocks.vertices.push_back((*r)[k]);
  }
  Query q(graph, options, from, to);
  return q.to_path(whole);
}

std::vector<Path> k_shortest_paths(const EntityGraph& graph, EntityId from, EntityId to,
                                   std::size_t k, const PathOptions& options) {
  std::vector<Path> found;
  if (k == 0) return found;
  Query q(graph, options, from, to);
  auto first = route(q, from.value, to.value, Blocks{});
  if (!first) return found;
  found.push_back(*q.to_path(*first));
  std::vector<Path> candidates;
  std::set<std::vector<std::uint32_t>> seen{ids(found.front())};
  while (found.size() < k) {
    const std::vector<std::uint32_t> last = ids(found.back());
    for (std::size_t i = 0; i + 1 < last.size(); ++i) {
      std::vector<std::uint32_t> root(last.begin(), last.begin() + static_cast<std::ptrdiff_t>(i) + 1);
      Blocks blocks;
      blocks.vertices.assign(root.begin(), root.end() - 1);
      for (const Path& p : found) {
        auto pid = ids(p);
        if (pid.size() > i + 1 && std::equal(root.begin(), root.end(), pid.begin()))
          blocks.steps.emplace_back(pid[i], pid[i + 1]);
      }
      auto spur = route(q, root.back(), to.value, blocks);
      if (!spur) continue;
      std::vector<std::uint32_t> whole = root;
      whole.insert(whole.end(), spur->begin() + 1, spur->end());
      if (!seen.insert(whole).second) continue;
      if (auto p = q.to_path(whole)) candidates.push_back(std::move(*p));
    }
    if (candidates.empty()) break;
    auto best = std::min_element(candidates.begin(), candidates.end(), path_before);
    found.push_back(std::move(*best));
    candidates.erase(best);
  }
  return found;
}

PathList all_simple_paths(const EntityGraph& graph, EntityId from, EntityId to, std::size_t max_hops,
                          std::size_t limit, const PathOptions& options) {
  PathList out;
  Query q(graph, options, from, to);
  if (from == to) {
    out.paths.push_back(Path{from, to, {}, 0});
    return out;
  }
  // Distance to the target, walking backwards, up to max_hops: prunes the search.
  std::map<std::uint32_t, std::uint32_t> to_target{{to.value, 0}};
  std::vector<std::uint32_t> frontier{to.value}, next;
  for (std::uint32_t d = 1; d <= max_hops && !frontier.empty(); ++d) {
    next.clear();
    for (std::uint32_t u : frontier)
      for (auto a = q.ix.arcs_begin(u); a < q.ix.arcs_end(u); ++a) {
        std::uint32_t v = q.ix.arc_target(a);
        if (v == u || !q.backward_ok(q.ix.arc(a)) || !q.vertex_ok(v) || to_target.contains(v)) continue;
        to_target.emplace(v, d);
        next.push_back(v);
      }
    frontier.swap(next);
  }
  const std::size_t cap = std::max<std::size_t>(limit, 1) * 20 + 10000;
  std::vector<std::uint32_t> stack{from.value};
  std::vector<std::vector<std::uint32_t>> routes;
  auto extend = [&](auto&& self) -> void {
    if (routes.size() >= cap) {
      out.truncated = true;
      return;
    }
    std::uint32_t u = stack.back();
    std::size_t left = max_hops - (stack.size() - 1);
    std::uint32_t previous = none;
    for (auto a = q.ix.arcs_begin(u); a < q.ix.arcs_end(u); ++a) {
      std::uint32_t v = q.ix.arc_target(a);
      if (v == previous || v == u || !q.forward_ok(q.ix.arc(a))) continue;
      previous = v;  // parallel relations to v are one step
      auto d = to_target.find(v);
      if (d == to_target.end() || d->second + 1 > left || !q.vertex_ok(v)) continue;
      if (std::find(stack.begin(), stack.end(), v) != stack.end()) continue;
      stack.push_back(v);
      if (v == to.value) routes.push_back(stack);
      else self(self);
      stack.pop_back();
    }
  };
  if (max_hops > 0) extend(extend);
  for (const auto& r : routes)
    if (auto p = q.to_path(r)) out.paths.push_back(std::move(*p));
  std::sort(out.paths.begin(), out.paths.end(), path_before);
  if (out.paths.size() > limit) {
    out.paths.resize(limit);
    out.truncated = true;
  }
  return out;
}

std::optional<Hop> best_hop(const EntityGraph& graph, EntityId from, EntityId to,
                            const PathOptions& options, double* cost) {
  Query q(graph, options, from, to);
  double c = infinity;
  auto a = q.best_arc(from.value, to.value, &c);
  if (cost != nullptr) *cost = c;
  if (c == infinity) return std::nullopt;
  const Arc& arc = q.ix.arc(a);
  return Hop{from, RelationId{arc.relation}, to, arc.forward};
}

}  // namespace linkchart::graph
