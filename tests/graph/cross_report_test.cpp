// Reasoning across reports on small graphs: corroboration by independent sources,
// figures as ranges, disagreement versus change over time, first and last seen, diff.
#include <gtest/gtest.h>

#include <cmath>

#include "graph/claims.hpp"
#include "graph/corroboration.hpp"
#include "graph/timeline.hpp"
#include "test_schema.hpp"

namespace linkchart::graph {
namespace {

struct World {
  EntityGraph g{testing::small_schema()};
  std::vector<ReportId> reports;
  EntityId state, unit, agency, agency2, region;

  World() {
    for (const char* date : {"2025-01", "2025-06", "2025-11", ""})
      reports.push_back(*g.add_report({std::string("r") + std::to_string(reports.size()), "t", "", "", date, "", ""}));
    state = *g.add_entity({"nk", "North Korea", EntityType::state});
    unit = *g.add_entity({"nk_troops", "North Korean troops", EntityType::unit});
    agency = *g.add_entity({"nis", "NIS", EntityType::agency});
    agency2 = *g.add_entity({"gur", "GUR", EntityType::agency});
    region = *g.add_entity({"kursk", "Kursk", EntityType::region});
  }
  Evidence ev(int report, std::optional<EntityId> by = std::nullopt, bool hedged = false, std::string date = {}) {
    Evidence e;
    e.report = reports[static_cast<std::size_t>(report)];
    e.attributed_to = by;
    e.hedged = hedged;
    e.date = std::move(date);
    return e;
  }
  ClaimId claim(double q, std::optional<Qualifier> qual, std::string counted, int report, std::string date = {}) {
    Claim c;
    c.key = "c" + std::to_string(g.claim_count());
    c.subject = unit;
    c.quantity = q;
    c.qualifier = qual;
    c.counted = std::move(counted);
    c.evidence = ev(report, std::nullopt, false, std::move(date));
    return *g.add_claim(std::move(c));
  }
};

TEST(Corroboration, TwoOutletsCitingOneSourceAreOneSource) {
  World w;
  auto r = *w.g.add_relation(w.unit, "deployed_to", w.region, w.ev(0, w.agency));
  (void)w.g.add_relation(w.unit, "deployed_to", w.region, w.ev(1, w.agency));
  auto c = corroboration(w.g, r);
  EXPECT_EQ(c.reports, 2u);
  EXPECT_EQ(c.sources, 1u) << "both reports cite the NIS";
  EXPECT_DOUBLE_EQ(c.confidence, 0.5);
  // a report saying it on its own authority, and a second named source
  (void)w.g.add_relation(w.unit, "deployed_to", w.region, w.ev(2));
  (void)w.g.add_relation(w.unit, "deployed_to", w.region, w.ev(2, w.agency2, true));
  c = corroboration(w.g, r);
  EXPECT_EQ(c.reports, 3u);
  EXPECT_EQ(c.sources, 3u);
  EXPECT_DOUBLE_EQ(c.confidence, 1 - 0.5 * 0.5 * 0.75) << "a hedged-only source counts for less";
  EXPECT_FALSE(c.hedged);
  EXPECT_NEAR(weighted_cost(c), -std::log(c.confidence), 1e-12);
}

TEST(Claims, RangesFollowTheQualifiers) {
  const auto c = [](double q, std::optional<Qualifier> qual) {
    Claim x;
    x.quantity = q;
    x.qualifier = qual;
    return range_of(x);
  };
  using Q = Qualifier;
  EXPECT_TRUE(overlap(c(600, Q::at_least), c(2000, Q::over))) << "at least 600 does not contradict over 2,000";
  EXPECT_TRUE(overlap(c(5000, Q::approximately), c(5000, std::nullopt)));
  EXPECT_TRUE(overlap(c(5000, std::nullopt), c(5400, Q::approximately)));
  EXPECT_FALSE(overlap(c(10000, Q::up_to), c(10000, Q::over))) << "could reach 10,000 against over 10,000";
  EXPECT_TRUE(overlap(c(10000, Q::up_to), c(10000, Q::at_least))) << "both allow exactly 10,000";
  EXPECT_FALSE(overlap(c(4000, Q::approximately), c(5000, Q::approximately)));
  EXPECT_FALSE(overlap(c(12, Q::exactly), c(13, Q::exactly)));
  EXPECT_TRUE(overlap(c(300, Q::at_most), c(40000, Q::up_to)));
}

TEST(Claims, DisagreementsAreGroupedAndChangesOverTimeAreNot) {
  World w;
  auto over = w.claim(10000, Qualifier::over, "personnel", 2);
  auto reach = w.claim(10000, Qualifier::up_to, "troops", 1);
  auto five = w.claim(5000, Qualifier::approximately, "construction troops", 1);
  auto earlier = w.claim(4000, Qualifier::approximately, "construction troops", 1, "2024");
  auto dead = w.claim(600, Qualifier::at_least, "soldiers killed", 2);
  auto more_dead = w.claim(2000, Qualifier::over, "military fatalities", 0);
  auto groups = group_claims(w.g);
  ASSERT_FALSE(groups.empty());
  // the head counts: over 10,000 and up to 10,000 cannot both be true; 4,000 is last year's
  const ClaimGroup& heads = groups.front();
  EXPECT_TRUE(heads.disagrees());
  EXPECT_EQ(heads.measure, "count");
  ASSERT_EQ(heads.conflicts.size(), 2u) << "over 10,000 against up to 10,000 and against about 5,000";
  const auto has = [&](const auto& pairs, ClaimId a, ClaimId b) {
    return std::any_of(pairs.begin(), pairs.end(),
                       [&](const auto& p) { return (p.first == a && p.second == b) || (p.first == b && p.second == a); });
  };
  EXPECT_TRUE(has(heads.conflicts, over, reach));
  EXPECT_TRUE(has(heads.conflicts, over, five)) << "over 10,000 troops against about 5,000: same subject, same time";
  EXPECT_FALSE(has(heads.conflicts, five, earlier));
  EXPECT_TRUE(has(heads.changes, five, earlier)) << "4,000 in 2024 and 5,000 in 2025 is a change";
  // the dead, under the unit's state when it has one
  (void)w.g.add_relation(w.unit, "part_of", w.state, w.ev(0));
  groups = group_claims(w.g);
  const auto dead_group = std::find_if(groups.begin(), groups.end(), [](const auto& g) { return g.measure == "killed"; });
  ASSERT_NE(dead_group, groups.end());
  EXPECT_EQ(dead_group->subject, w.state);
  EXPECT_EQ(dead_group->claims, (std::vector<ClaimId>{dead, more_dead}));
  EXPECT_FALSE(dead_group->disagrees());
}

TEST(Timeline, FirstAndLastSeenAndWhatChanged) {
  World w;
  auto r = *w.g.add_relation(w.unit, "deployed_to", w.region, w.ev(1));
  (void)w.g.add_relation(w.unit, "deployed_to", w.region, w.ev(2, w.agency, false, "2024-07"));
  (void)w.g.add_relation(w.unit, "deployed_to", w.region, w.ev(3));  // undated report: no date
  auto seen_at = seen(w.g, r);
  EXPECT_EQ(seen_at.first, "2024-07") << "the evidence's own date comes first";
  EXPECT_EQ(seen_at.last, "2025-06");
  auto later = *w.g.add_relation(w.unit, "part_of", w.state, w.ev(2));
  w.claim(3000, std::nullopt, "soldiers", 2);
  auto d = diff(w.g, "2025-06", "2025-12");
  ASSERT_EQ(d.appeared.size(), 1u);
  EXPECT_EQ(d.after.relation(d.appeared[0]).type, "part_of");
  ASSERT_EQ(d.changed.size(), 1u) << "the deployment gained the 2025-11 report";
  EXPECT_EQ(d.changed[0].evidence_before, 1u);
  EXPECT_EQ(d.changed[0].evidence_after, 2u);
  EXPECT_GT(d.changed[0].confidence_after, d.changed[0].confidence_before);
  EXPECT_EQ(d.new_claims.size(), 1u);
  ASSERT_EQ(d.new_entities.size(), 1u);
  EXPECT_EQ(d.after.entity(d.new_entities[0]).key, "nk");
  (void)later;
}

}  // namespace
}  // namespace linkchart::graph
