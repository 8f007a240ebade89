#include "graph/path.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <random>

#include "tests/graph/test_schema.hpp"

namespace linkchart::graph {
namespace {

Evidence any_evidence() { return Evidence{.report = ReportId{0}}; }

EntityGraph chain_graph(int n) {
  EntityGraph g(testing::small_schema());
  (void)g.add_report({"r", "Report", "", "", "", "", ""});
  for (int i = 0; i < n; ++i)
    (void)g.add_entity({"e" + std::to_string(i), "E" + std::to_string(i), EntityType::region, {}, ""});
  return g;
}

using testing::expect_valid_walk;

TEST(ShortestPath, FollowsRelationsEitherWay) {
  EntityGraph g = chain_graph(4);
  // e0 -> e1 <- e2 -> e3
  ASSERT_TRUE(g.add_relation(EntityId{0}, "linked", EntityId{1}, any_evidence()));
  ASSERT_TRUE(g.add_relation(EntityId{2}, "linked", EntityId{1}, any_evidence()));
  ASSERT_TRUE(g.add_relation(EntityId{2}, "linked", EntityId{3}, any_evidence()));
  auto p = shortest_path(g, EntityId{0}, EntityId{3});
  ASSERT_TRUE(p);
  ASSERT_EQ(p->length(), 3u);
  EXPECT_TRUE(p->hops[0].forward);
  EXPECT_FALSE(p->hops[1].forward);
  EXPECT_TRUE(p->hops[2].forward);
  expect_valid_walk(g, *p, EntityId{0}, EntityId{3});
}

TEST(ShortestPath, PrefersFewerHops) {
  EntityGraph g = chain_graph(5);
  for (std::uint32_t i = 0; i + 1 < 5; ++i)
    ASSERT_TRUE(g.add_relation(EntityId{i}, "linked", EntityId{i + 1}, any_evidence()));
  ASSERT_TRUE(g.add_relation(EntityId{4}, "linked", EntityId{1}, any_evidence()));
  auto p = shortest_path(g, EntityId{0}, EntityId{4});
  ASSERT_TRUE(p);
  EXPECT_EQ(p->length(), 2u);
}

TEST(ShortestPath, NoPathBetweenSeparateParts) {
  EntityGraph g = chain_graph(4);
  ASSERT_TRUE(g.add_relation(EntityId{0}, "linked", EntityId{1}, any_evidence()));
  ASSERT_TRUE(g.add_relation(EntityId{2}, "linked", EntityId{3}, any_evidence()));
  EXPECT_FALSE(shortest_path(g, EntityId{0}, EntityId{3}));
}

TEST(ShortestPath, FromAnEntityToItselfIsEmpty) {
  EntityGraph g = chain_graph(1);
  auto p = shortest_path(g, EntityId{0}, EntityId{0});
  ASSERT_TRUE(p);
  EXPECT_EQ(p->length(), 0u);
}

TEST(ShortestPath, SameAnswerEveryTime) {
  EntityGraph g = chain_graph(4);
  // Two equally short routes from e0 to e3.
  ASSERT_TRUE(g.add_relation(EntityId{0}, "linked", EntityId{1}, any_evidence()));
  ASSERT_TRUE(g.add_relation(EntityId{0}, "linked", EntityId{2}, any_evidence()));
  ASSERT_TRUE(g.add_relation(EntityId{1}, "linked", EntityId{3}, any_evidence()));
  ASSERT_TRUE(g.add_relation(EntityId{2}, "linked", EntityId{3}, any_evidence()));
  auto first = shortest_path(g, EntityId{0}, EntityId{3});
  for (int i = 0; i < 10; ++i) EXPECT_EQ(shortest_path(g, EntityId{0}, EntityId{3}), first);
  EXPECT_EQ(first->hops[0].to, EntityId{1});  // the relation added first wins the tie
}

// Length of the shortest simple path by enumerating every simple path (exponential;
// only for tiny graphs). -1 if none.
int brute_force_shortest(const EntityGraph& g, EntityId from, EntityId to) {
  if (from == to) return 0;
  int best = -1;
  std::vector<bool> on_path(g.entity_count(), false);
  std::function<void(EntityId, int)> walk = [&](EntityId at, int depth) {
    if (at == to) {
      if (best < 0 || depth < best) best = depth;
      return;
    }
    on_path[at.value] = true;
    for (const auto& inc : g.incidences(at))
      if (!on_path[inc.other.value]) walk(inc.other, depth + 1);
    on_path[at.value] = false;
  };
  walk(from, 0);
  return best;
}

TEST(ShortestPath, MatchesBruteForceOnRandomGraphs) {
  std::mt19937 rng(20261122);
  int graphs = 0, pairs_with_path = 0;
  for (; graphs < 1500; ++graphs) {
    int n = std::uniform_int_distribution<int>(2, 8)(rng);
    EntityGraph g = chain_graph(n);
    int m = std::uniform_int_distribution<int>(0, n * 2)(rng);
    std::uniform_int_distribution<std::uint32_t> pick(0, static_cast<std::uint32_t>(n - 1));
    for (int k = 0; k < m; ++k)
      ASSERT_TRUE(g.add_relation(EntityId{pick(rng)}, "linked", EntityId{pick(rng)}, any_evidence()));
    for (std::uint32_t a = 0; a < static_cast<std::uint32_t>(n); ++a) {
      for (std::uint32_t b = 0; b < static_cast<std::uint32_t>(n); ++b) {
        int expected = brute_force_shortest(g, EntityId{a}, EntityId{b});
        auto p = shortest_path(g, EntityId{a}, EntityId{b});
        ASSERT_EQ(p.has_value(), expected >= 0) << "graph " << graphs << " " << a << "->" << b;
        if (!p) continue;
        ++pairs_with_path;
        ASSERT_EQ(static_cast<int>(p->length()), expected) << "graph " << graphs;
        expect_valid_walk(g, *p, EntityId{a}, EntityId{b});
      }
    }
  }
  EXPECT_GT(pairs_with_path, 10000);
}

}  // namespace
}  // namespace linkchart::graph
