// Every path and neighbourhood query against brute-force enumeration, on thousands of
// random small graphs with random options.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <random>
#include <set>

#include "graph/network.hpp"
#include "graph/path.hpp"
#include "tests/graph/test_schema.hpp"

namespace linkchart::graph {
namespace {

using Route = std::vector<std::uint32_t>;
constexpr double inf = std::numeric_limits<double>::infinity();

struct RandomCase {
  EntityGraph graph{testing::small_schema()};
  PathOptions options;
};

RandomCase make_case(std::mt19937& rng) {
  RandomCase c;
  auto& g = c.graph;
  std::uniform_int_distribution<int> coin(0, 99);
  int reports = 3;
  for (int r = 0; r < reports; ++r)
    (void)g.add_report({"r" + std::to_string(r), "R", "", "", "", "", ""});
  int n = std::uniform_int_distribution<int>(2, 8)(rng);
  for (int i = 0; i < n; ++i) {
    auto type = all_entity_types[static_cast<std::size_t>(std::uniform_int_distribution<int>(0, 4)(rng))];
    (void)g.add_entity({"e" + std::to_string(i), "E" + std::to_string(i), type, {}, ""});
  }
  const char* types[] = {"linked", "tied", "near"};
  int m = std::uniform_int_distribution<int>(0, n * 2)(rng);
  std::uniform_int_distribution<std::uint32_t> pick(0, static_cast<std::uint32_t>(n - 1));
  for (int k = 0; k < m; ++k) {
    Evidence ev{.report = ReportId{static_cast<std::uint32_t>(std::uniform_int_distribution<int>(0, reports - 1)(rng))}};
    if (coin(rng) < 40) ev.attributed_to = EntityId{pick(rng)};
    auto r = g.add_relation(EntityId{pick(rng)}, types[std::uniform_int_distribution<int>(0, 2)(rng)],
                            EntityId{pick(rng)}, ev);
    EXPECT_TRUE(r);
  }
  auto& o = c.options;
  o.directed = coin(rng) < 40;
  o.weighted = coin(rng) < 40;
  o.hub_penalty = coin(rng) < 25;
  if (coin(rng) < 30)
    for (EntityType t : all_entity_types)
      if (coin(rng) < 60) o.through_types.push_back(t);
  if (coin(rng) < 30)
    for (const char* t : types)
      if (coin(rng) < 60) o.relation_types.emplace_back(t);
  if (coin(rng) < 30) o.avoid.push_back(EntityId{pick(rng)});
  return c;
}

// The brute-force model of the documented semantics.
class Model {
 public:
  Model(const EntityGraph& g, const PathOptions& o) : g_(g), o_(o) {
    n_ = static_cast<std::uint32_t>(g.entity_count());
    degree_.assign(n_, 0);
    for (std::uint32_t v = 0; v < n_; ++v) {
      std::set<std::uint32_t> others;
      for (const auto& inc : g.incidences(EntityId{v}))
        if (inc.other.value != v) others.insert(inc.other.value);
      degree_[v] = others.size();
    }
  }
  std::uint32_t size() const { return n_; }

  double step_cost(std::uint32_t u, std::uint32_t v) const {
    double best = inf;
    for (std::uint32_t r = 0; r < g_.relation_count(); ++r) {
      const Relation& rel = g_.relation(RelationId{r});
      bool fwd = rel.source.value == u && rel.target.value == v;
      bool bwd = rel.target.value == u && rel.source.value == v;
      if (!fwd && !bwd) continue;
      if (u == v) continue;
      bool undirected = !g_.schema().find(rel.type)->directed;
      if (o_.directed && !fwd && !undirected) continue;
      if (!o_.relation_types.empty() &&
          std::find(o_.relation_types.begin(), o_.relation_types.end(), rel.type) == o_.relation_types.end())
        continue;
      double c = 1.0;
      if (o_.weighted) {
        // confidence = 1 - prod (1 - p(source)); a source is a named one, or a report that
        // names none; p = 0.5, or 0.25 when all it says is hedged (graph/corroboration.hpp)
        std::map<std::pair<int, std::uint32_t>, bool> firm;  // (named?, id) -> says something unhedged
        for (const auto& ev : rel.evidence) {
          auto key = ev.attributed_to ? std::make_pair(1, ev.attributed_to->value) : std::make_pair(0, ev.report.value);
          firm[key] = firm[key] || !ev.hedged;
        }
        double doubt = 1;
        for (const auto& [key, f] : firm) doubt *= f ? 0.5 : 0.75;
        c = static_cast<double>(static_cast<float>(-std::log(1 - doubt)));
      }
      if (o_.hub_penalty) c += 0.5 * std::log2(1.0 + static_cast<double>(degree_[v]));
      best = std::min(best, c);
    }
    return best;
  }
  bool vertex_ok(std::uint32_t v, std::uint32_t s, std::uint32_t t) const {
    if (v == s || v == t) return true;
    for (EntityId a : o_.avoid)
      if (a.value == v) return false;
    if (o_.through_types.empty()) return true;
    auto type = g_.entity(EntityId{v}).type;
    return std::find(o_.through_types.begin(), o_.through_types.end(), type) != o_.through_types.end();
  }
  double route_cost(const Route& r) const {
    double c = 0;
    for (std::size_t i = 0; i + 1 < r.size(); ++i) c += step_cost(r[i], r[i + 1]);
    return c;
  }
  bool valid(const Route& r, std::uint32_t s, std::uint32_t t) const {
    if (r.empty() || r.front() != s || r.back() != t) return false;
    std::set<std::uint32_t> seen(r.begin(), r.end());
    if (seen.size() != r.size()) return false;
    for (std::uint32_t v : r)
      if (!vertex_ok(v, s, t)) return false;
    return route_cost(r) < inf;
  }
  // Every simple route from s to t, with at most max_hops hops.
  std::vector<Route> all_routes(std::uint32_t s, std::uint32_t t, std::size_t max_hops) const {
    std::vector<Route> out;
    Route stack{s};
    std::function<void()> walk = [&] {
      std::uint32_t u = stack.back();
      if (u == t) {
        out.push_back(stack);
        return;
      }
      if (stack.size() - 1 >= max_hops) return;
      for (std::uint32_t v = 0; v < n_; ++v) {
        if (std::find(stack.begin(), stack.end(), v) != stack.end()) continue;
        if (!vertex_ok(v, s, t) || step_cost(u, v) == inf) continue;
        stack.push_back(v);
        walk();
        stack.pop_back();
      }
    };
    if (s == t) return {Route{s}};
    walk();
    return out;
  }

 private:
  const EntityGraph& g_;
  const PathOptions& o_;
  std::uint32_t n_;
  std::vector<std::size_t> degree_;
};

Route route_of(const Path& p) {
  Route r;
  for (EntityId e : p.entities()) r.push_back(e.value);
  return r;
}

TEST(QueryProperties, MatchBruteForceOnRandomGraphs) {
  std::mt19937 rng(424242);
  std::size_t compared_paths = 0, compared_k = 0, compared_all = 0, compared_ego = 0;
  for (int graphs = 0; graphs < 1200; ++graphs) {
    RandomCase c = make_case(rng);
    const EntityGraph& g = c.graph;
    const PathOptions& o = c.options;
    ASSERT_TRUE(validate(g, o));
    Model model(g, o);
    const std::uint32_t n = model.size();
    for (std::uint32_t s = 0; s < n; ++s) {
      for (std::uint32_t t = 0; t < n; ++t) {
        SCOPED_TRACE("graph " + std::to_string(graphs) + " " + std::to_string(s) + "->" + std::to_string(t));
        auto routes = model.all_routes(s, t, n);
        std::vector<double> costs;
        for (const auto& r : routes) costs.push_back(model.route_cost(r));
        std::sort(costs.begin(), costs.end());

        // Shortest.
        auto p = shortest_path(g, EntityId{s}, EntityId{t}, o);
        ASSERT_EQ(p.has_value(), !routes.empty());
        if (p) {
          ++compared_paths;
          ASSERT_TRUE(model.valid(route_of(*p), s, t));
          EXPECT_NEAR(p->cost, costs.front(), 1e-9);
          EXPECT_NEAR(model.route_cost(route_of(*p)), p->cost, 1e-9);
          testing::expect_valid_walk(g, *p, EntityId{s}, EntityId{t});
        }

        // k shortest.
        std::size_t k = 1 + static_cast<std::size_t>(graphs % 4);
        auto ks = k_shortest_paths(g, EntityId{s}, EntityId{t}, k, o);
        ASSERT_EQ(ks.size(), std::min(k, routes.size()));
        std::set<Route> distinct;
        for (std::size_t i = 0; i < ks.size(); ++i) {
          ++compared_k;
          ASSERT_TRUE(model.valid(route_of(ks[i]), s, t));
          EXPECT_NEAR(ks[i].cost, costs[i], 1e-9) << "k=" << i;
          distinct.insert(route_of(ks[i]));
        }
        EXPECT_EQ(distinct.size(), ks.size());

        // All simple paths up to H hops.
        std::size_t h = static_cast<std::size_t>(graphs % 4);
        auto all = all_simple_paths(g, EntityId{s}, EntityId{t}, h, 100000, o);
        std::set<Route> expected;
        for (const auto& r : model.all_routes(s, t, h)) expected.insert(r);
        std::set<Route> actual;
        for (const auto& path : all.paths) actual.insert(route_of(path));
        EXPECT_EQ(actual, expected);
        EXPECT_FALSE(all.truncated);
        compared_all += actual.size();
      }

      // Ego network.
      std::size_t depth = static_cast<std::size_t>(graphs % 3);
      auto ego = neighbours(g, EntityId{s}, depth, o);
      std::map<std::uint32_t, std::size_t> expected{{s, 0}};
      for (std::size_t d = 1; d <= depth; ++d)
        for (std::uint32_t v = 0; v < n; ++v) {
          if (expected.contains(v) || !model.vertex_ok(v, s, s)) continue;
          for (const auto& [u, du] : expected)
            if (du == d - 1 && model.step_cost(u, v) < inf) {
              expected[v] = d;
              break;
            }
        }
      std::map<std::uint32_t, std::size_t> actual;
      for (const auto& nb : ego) actual[nb.entity.value] = nb.depth;
      EXPECT_EQ(actual, expected) << "ego of " << s << " depth " << depth;
      ++compared_ego;
    }
  }
  EXPECT_GT(compared_paths, 5000u);
  EXPECT_GT(compared_k, 8000u);
  EXPECT_GT(compared_all, 5000u);
  EXPECT_GT(compared_ego, 5000u);
}

TEST(QueryProperties, ViaPathsPassThroughTheStopsInOrder) {
  std::mt19937 rng(7);
  int found = 0;
  for (int graphs = 0; graphs < 3000; ++graphs) {
    RandomCase c = make_case(rng);
    Model model(c.graph, c.options);
    const std::uint32_t n = model.size();
    if (n < 3) continue;
    std::uniform_int_distribution<std::uint32_t> pick(0, n - 1);
    std::uint32_t s = pick(rng), v = pick(rng), t = pick(rng);
    if (s == v || v == t || s == t) continue;
    auto p = shortest_path_via(c.graph, EntityId{s}, {EntityId{v}}, EntityId{t}, c.options);
    // A stop the caller names is allowed whatever the type and avoid filters say.
    PathOptions relaxed = c.options;
    relaxed.avoid.erase(std::remove(relaxed.avoid.begin(), relaxed.avoid.end(), EntityId{v}), relaxed.avoid.end());
    Model through(c.graph, relaxed);
    auto ok_with_stop = [&](const Route& r) {
      for (std::uint32_t x : r)
        if (x != v && !through.vertex_ok(x, s, t)) return false;
      return true;
    };
    bool exists = false;
    for (const auto& r : Model(c.graph, PathOptions{.directed = c.options.directed,
                                                    .relation_types = c.options.relation_types})
                             .all_routes(s, t, n))
      if (std::find(r.begin(), r.end(), v) != r.end() && ok_with_stop(r)) exists = true;
    if (!exists) {
      EXPECT_FALSE(p) << "graph " << graphs;
      continue;
    }
    if (!p) continue;  // the greedy legs can miss a path that exists (documented)
    ++found;
    auto r = route_of(*p);
    EXPECT_TRUE(ok_with_stop(r)) << "graph " << graphs;
    EXPECT_EQ(std::set<std::uint32_t>(r.begin(), r.end()).size(), r.size()) << "not simple";
    EXPECT_NE(std::find(r.begin(), r.end(), v), r.end());
  }
  EXPECT_GT(found, 100);
}

TEST(Network, CentralityOnAStar) {
  EntityGraph g(testing::small_schema());
  (void)g.add_report({"r", "R", "", "", "", "", ""});
  for (int i = 0; i < 5; ++i) (void)g.add_entity({"e" + std::to_string(i), "E", EntityType::region, {}, ""});
  for (std::uint32_t i = 1; i < 5; ++i)
    ASSERT_TRUE(g.add_relation(EntityId{0}, "linked", EntityId{i}, Evidence{.report = ReportId{0}}));
  ASSERT_TRUE(g.add_relation(EntityId{0}, "tied", EntityId{1}, Evidence{.report = ReportId{0}}));  // parallel
  auto degree = centrality(g, Centrality::degree);
  EXPECT_EQ(degree.front().entity, EntityId{0});
  EXPECT_EQ(degree.front().value, 4);
  auto between = centrality(g, Centrality::betweenness);
  EXPECT_EQ(between.front().entity, EntityId{0});
  EXPECT_DOUBLE_EQ(between.front().value, 6.0);  // C(4,2) pairs of leaves
  EXPECT_DOUBLE_EQ(between.back().value, 0.0);
  auto pr = centrality(g, Centrality::pagerank);
  double sum = 0;
  for (const auto& s : pr) sum += s.value;
  EXPECT_NEAR(sum, 1.0, 1e-9);
  EXPECT_EQ(pr.front().entity, EntityId{0});
  // Closed form for a star with k leaves: centre = (1 - d + d * k * leaf) / n ...
  // checked instead against the fixed point: leaf = (1-d)/n + d * centre / k.
  double centre = pr.front().value, leaf = pr.back().value;
  EXPECT_NEAR(leaf, 0.15 / 5 + 0.85 * centre / 4, 1e-9);
}

TEST(Network, ComponentsLargestFirst) {
  EntityGraph g(testing::small_schema());
  (void)g.add_report({"r", "R", "", "", "", "", ""});
  for (int i = 0; i < 6; ++i) (void)g.add_entity({"e" + std::to_string(i), "E", EntityType::region, {}, ""});
  ASSERT_TRUE(g.add_relation(EntityId{4}, "linked", EntityId{5}, Evidence{.report = ReportId{0}}));
  ASSERT_TRUE(g.add_relation(EntityId{1}, "linked", EntityId{2}, Evidence{.report = ReportId{0}}));
  ASSERT_TRUE(g.add_relation(EntityId{2}, "linked", EntityId{3}, Evidence{.report = ReportId{0}}));
  auto parts = components(g);
  ASSERT_EQ(parts.size(), 3u);
  EXPECT_EQ(parts[0], (std::vector<EntityId>{EntityId{1}, EntityId{2}, EntityId{3}}));
  EXPECT_EQ(parts[1], (std::vector<EntityId>{EntityId{4}, EntityId{5}}));
  EXPECT_EQ(parts[2], (std::vector<EntityId>{EntityId{0}}));
}

TEST(Network, ConnectJoinsTerminalsAndExtractKeepsEvidence) {
  EntityGraph g(testing::small_schema());
  (void)g.add_report({"r", "R", "", "", "", "", ""});
  for (int i = 0; i < 6; ++i) (void)g.add_entity({"e" + std::to_string(i), "E", EntityType::region, {}, ""});
  // 0 - 1 - 2 - 3, 1 - 4; 5 alone.
  for (auto [a, b] : {std::pair{0u, 1u}, {1u, 2u}, {2u, 3u}, {1u, 4u}})
    ASSERT_TRUE(g.add_relation(EntityId{a}, "linked", EntityId{b},
                               Evidence{.report = ReportId{0}, .attributed_to = EntityId{5}}));
  auto c = connect(g, {EntityId{0}, EntityId{3}, EntityId{4}, EntityId{5}});
  EXPECT_EQ(c.subgraph.entities, (std::vector<EntityId>{EntityId{0}, EntityId{1}, EntityId{2}, EntityId{3}, EntityId{4}}));
  EXPECT_EQ(c.subgraph.relations.size(), 4u);
  EXPECT_EQ(c.unreached, std::vector<EntityId>{EntityId{5}});
  EntityGraph part = extract(g, c.subgraph);
  EXPECT_EQ(part.relation_count(), 4u);
  EXPECT_EQ(part.entity_count(), 6u) << "the attributed source comes along";
  EXPECT_EQ(part.report_count(), 1u);
}

}  // namespace
}  // namespace linkchart::graph

namespace linkchart::graph {
namespace {

TEST(QueryProperties, ConnectGivesATreeJoiningEveryReachableTerminal) {
  std::mt19937 rng(99);
  int checked = 0;
  for (int graphs = 0; graphs < 1000; ++graphs) {
    RandomCase c = make_case(rng);
    const std::uint32_t n = static_cast<std::uint32_t>(c.graph.entity_count());
    std::uniform_int_distribution<std::uint32_t> pick(0, n - 1);
    std::vector<EntityId> terminals;
    for (int k = 0; k < 3; ++k) terminals.push_back(EntityId{pick(rng)});
    auto result = connect(c.graph, terminals, c.options);
    Model model(c.graph, c.options);
    // Which terminals can reach the first one (terminals may pass any filter).
    std::set<EntityId> expected_unreached;
    for (EntityId t : terminals) {
      if (t == terminals.front()) continue;
      bool reachable = false;
      PathOptions o = c.options;
      o.avoid.clear();  // entity filters are applied below, terminals exempt
      o.through_types.clear();
      // Reaching t through the tree may pass other terminals: check through any of them.
      for (const auto& r : Model(c.graph, o).all_routes(terminals.front().value, t.value, n)) {
        bool ok = true;
        for (std::uint32_t v : r) {
          bool is_terminal = std::find(terminals.begin(), terminals.end(), EntityId{v}) != terminals.end();
          if (!is_terminal && !model.vertex_ok(v, terminals.front().value, t.value)) ok = false;
        }
        if (ok) reachable = true;
      }
      if (!reachable) expected_unreached.insert(t);
    }
    std::set<EntityId> unreached(result.unreached.begin(), result.unreached.end());
    EXPECT_EQ(unreached, expected_unreached) << "graph " << graphs;
    // A tree: one relation fewer than entities, and every entity joined.
    const auto& part = result.subgraph;
    EXPECT_EQ(part.relations.size() + 1, part.entities.size()) << "graph " << graphs;
    std::map<EntityId, EntityId> root;
    for (EntityId e : part.entities) root[e] = e;
    std::function<EntityId(EntityId)> find = [&](EntityId e) { return root[e] == e ? e : root[e] = find(root[e]); };
    for (RelationId r : part.relations) root[find(c.graph.relation(r).source)] = find(c.graph.relation(r).target);
    for (EntityId e : part.entities) EXPECT_EQ(find(e), find(terminals.front())) << "graph " << graphs;
    for (EntityId t : terminals) {
      if (!unreached.contains(t)) {
        EXPECT_TRUE(std::binary_search(part.entities.begin(), part.entities.end(), t)) << "graph " << graphs;
      }
    }
    ++checked;
  }
  EXPECT_EQ(checked, 1000);
}

}  // namespace
}  // namespace linkchart::graph
