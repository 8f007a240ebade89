#include "graph/as_of.hpp"

#include <gtest/gtest.h>

#include "tests/graph/test_schema.hpp"

namespace linkchart::graph {
namespace {

TEST(AsOf, LatestDayOfPartialDates) {
  EXPECT_EQ(latest_day("2025"), "2025-12-31");
  EXPECT_EQ(latest_day("2025-06"), "2025-06-31");
  EXPECT_EQ(latest_day("2025-06-17"), "2025-06-17");
  for (const char* bad : {"", "25", "2025-13", "2025-00", "2025-06-32", "2025-6", "2025/06", "june"})
    EXPECT_FALSE(latest_day(bad)) << bad;
}

TEST(AsOf, KeepsOnlyWhatReportsPublishedByThenSay) {
  EntityGraph g(testing::small_schema());
  auto early = *g.add_report({"early", "E", "", "", "2025-01-10", "", ""});
  auto june = *g.add_report({"june", "J", "", "", "2025-06", "", ""});
  auto undated = *g.add_report({"undated", "U", "", "", "", "", ""});
  auto kim = *g.add_entity({"kim", "Kim", EntityType::official, {}, ""});
  auto nk = *g.add_entity({"nk", "NK", EntityType::state, {}, ""});
  auto shoigu = *g.add_entity({"shoigu", "Shoigu", EntityType::official, {}, ""});
  ASSERT_TRUE(g.add_relation(kim, "leader_of", nk, Evidence{.report = early}));
  ASSERT_TRUE(g.add_relation(kim, "leader_of", nk, Evidence{.report = june}));
  ASSERT_TRUE(g.add_relation(kim, "met_with", shoigu, Evidence{.report = june}));
  ASSERT_TRUE(g.add_relation(shoigu, "linked", nk, Evidence{.report = undated}));
  ASSERT_TRUE(g.add_claim({"c", nk, 5, std::nullopt, "x", "", Evidence{.report = june}}));

  auto march = as_of(g, "2025-03");
  EXPECT_EQ(march.graph.report_count(), 1u);
  EXPECT_EQ(march.graph.entity_count(), 3u);
  ASSERT_EQ(march.graph.relation_count(), 1u);
  EXPECT_EQ(march.graph.relation(RelationId{0}).evidence.size(), 1u);
  EXPECT_EQ(march.graph.claim_count(), 0u);
  EXPECT_EQ(march.reports_left_out, 1u);
  EXPECT_EQ(march.undated_left_out, 1u);
  EXPECT_EQ(march.relations_left_out, 2u);
  EXPECT_EQ(march.claims_left_out, 1u);

  // A report dated only "2025-06" may be from the 30th: not yet known on the 15th.
  EXPECT_EQ(as_of(g, "2025-06-15").graph.report_count(), 1u);
  auto july = as_of(g, "2025-07");
  EXPECT_EQ(july.graph.report_count(), 2u);
  EXPECT_EQ(july.graph.relation_count(), 2u);
  EXPECT_EQ(july.graph.relation(RelationId{0}).evidence.size(), 2u);
  EXPECT_EQ(july.graph.claim_count(), 1u);
}

}  // namespace
}  // namespace linkchart::graph
