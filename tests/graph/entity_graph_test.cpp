#include "graph/entity_graph.hpp"

#include <gtest/gtest.h>

#include "tests/graph/test_schema.hpp"

namespace linkchart::graph {
namespace {

class EntityGraphTest : public ::testing::Test {
 protected:
  EntityGraph g{testing::small_schema()};
  ReportId r1 = *g.add_report({"r1", "First report", "Outlet", "", "2025-01", "", ""});
  ReportId r2 = *g.add_report({"r2", "Second report", "", "", "", "", ""});
  EntityId kim = *g.add_entity({"kim", "Kim Jong Un", EntityType::official, {"Kim Jong-un"}, ""});
  EntityId nk = *g.add_entity({"nk", "North Korea", EntityType::state, {"DPRK"}, ""});
  EntityId shoigu = *g.add_entity({"shoigu", "Sergei K. Shoigu", EntityType::official, {}, ""});
};

TEST_F(EntityGraphTest, SameRelationFromTwoReportsIsOneEdgeWithTwoEvidenceRecords) {
  auto a = g.add_relation(kim, "leader_of", nk, Evidence{.report = r1});
  auto b = g.add_relation(kim, "leader_of", nk, Evidence{.report = r2, .summary = "again"});
  ASSERT_TRUE(a && b);
  EXPECT_EQ(*a, *b);
  EXPECT_EQ(g.relation_count(), 1u);
  ASSERT_EQ(g.relation(*a).evidence.size(), 2u);
  EXPECT_EQ(g.relation(*a).evidence[1].summary, "again");
  EXPECT_EQ(g.supporting_reports(*a), (std::vector<ReportId>{r1, r2}));
}

TEST_F(EntityGraphTest, UndirectedRelationMergesEitherWay) {
  auto a = g.add_relation(kim, "met_with", shoigu, Evidence{.report = r1});
  auto b = g.add_relation(shoigu, "met_with", kim, Evidence{.report = r2});
  ASSERT_TRUE(a && b);
  EXPECT_EQ(*a, *b);
  EXPECT_EQ(g.relation_count(), 1u);
}

TEST_F(EntityGraphTest, DifferentTypesBetweenTheSamePairAreDifferentRelations) {
  auto a = g.add_relation(kim, "leader_of", nk, Evidence{.report = r1});
  auto b = g.add_relation(kim, "linked", nk, Evidence{.report = r1});
  ASSERT_TRUE(a && b);
  EXPECT_NE(*a, *b);
  EXPECT_EQ(g.incidences(kim).size(), 2u);
}

TEST_F(EntityGraphTest, RejectsRelationTheSchemaDoesNotAllow) {
  auto r = g.add_relation(nk, "leader_of", kim, Evidence{.report = r1});
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("not allowed from state 'nk' to official 'kim'"), std::string::npos);
  EXPECT_EQ(g.relation_count(), 0u);
}

TEST_F(EntityGraphTest, RejectsUnknownRelationTypeAndBadIds) {
  EXPECT_FALSE(g.add_relation(kim, "owns", nk, Evidence{.report = r1}));
  EXPECT_FALSE(g.add_relation(kim, "leader_of", EntityId{99}, Evidence{.report = r1}));
  EXPECT_FALSE(g.add_relation(kim, "leader_of", nk, Evidence{.report = ReportId{7}}));
  EXPECT_FALSE(g.add_relation(kim, "leader_of", nk,
                              Evidence{.report = r1, .attributed_to = EntityId{42}}));
  EXPECT_FALSE(g.add_relation(kim, "leader_of", nk, Evidence{.report = r1, .start = 9, .end = 3}));
}

TEST_F(EntityGraphTest, DuplicateEntityKeyWithAnotherTypeIsAnError) {
  auto again = g.add_entity({"nk", "North Korea", EntityType::agency, {}, ""});
  ASSERT_FALSE(again);
  EXPECT_NE(again.error().message.find("already a state"), std::string::npos);
}

TEST_F(EntityGraphTest, SameEntityKeyAndTypeAddsAliases) {
  auto again = g.add_entity({"nk", "North Korea", EntityType::state, {"N Korea"}, ""});
  ASSERT_TRUE(again);
  EXPECT_EQ(*again, nk);
  EXPECT_EQ(g.lookup("n. korea"), std::vector<EntityId>{nk});
}

TEST_F(EntityGraphTest, LookupIgnoresCaseAccentsAndPunctuation) {
  EXPECT_EQ(g.lookup("kim jong-un"), std::vector<EntityId>{kim});
  EXPECT_EQ(g.lookup("KIM JONG UN"), std::vector<EntityId>{kim});
  EXPECT_EQ(g.lookup("Kím  Jöng Un"), std::vector<EntityId>{kim});
  EXPECT_EQ(g.lookup("sergei k shoigu"), std::vector<EntityId>{shoigu});
  EXPECT_EQ(g.lookup("d.p.r.k."), std::vector<EntityId>{nk});
  EXPECT_EQ(g.lookup("nk"), std::vector<EntityId>{nk});  // by id
  EXPECT_TRUE(g.lookup("Kim Jong Il").empty());
}

TEST_F(EntityGraphTest, AmbiguousNameFindsEveryCandidate) {
  auto il = *g.add_entity({"kim_il", "Kim Jong Il", EntityType::official, {"Kim"}, ""});
  ASSERT_TRUE(g.add_entity({"kim", "Kim Jong Un", EntityType::official, {"Kim"}, ""}));
  EXPECT_EQ(g.lookup("kim"), (std::vector<EntityId>{kim, il}));
}

TEST_F(EntityGraphTest, SuggestsCloseNames) {
  auto close = g.suggest("Shoygu", 3);
  ASSERT_FALSE(close.empty());
  EXPECT_EQ(close.front(), shoigu);
  EXPECT_TRUE(g.suggest("zzzzzzzzzzzz", 3).empty());
}

TEST_F(EntityGraphTest, ClaimsAreCheckedAndKept) {
  Claim c{.key = "c1", .subject = nk, .quantity = 5000, .qualifier = Qualifier::approximately,
          .counted = "troops", .unit = "", .evidence = Evidence{.report = r1}};
  ASSERT_TRUE(g.add_claim(c));
  EXPECT_FALSE(g.add_claim(c)) << "duplicate key";
  c.key = "c2";
  c.quantity = -1;
  EXPECT_FALSE(g.add_claim(c)) << "negative quantity";
  c.quantity = std::numeric_limits<double>::infinity();
  EXPECT_FALSE(g.add_claim(c)) << "infinite quantity";
  EXPECT_EQ(g.claim_count(), 1u);
}

TEST_F(EntityGraphTest, CopiesCompareEqualAndDivergeIndependently) {
  ASSERT_TRUE(g.add_relation(kim, "leader_of", nk, Evidence{.report = r1}));
  EntityGraph copy = g;
  EXPECT_EQ(copy, g);
  ASSERT_TRUE(copy.add_relation(kim, "leader_of", nk, Evidence{.report = r2}));
  EXPECT_NE(copy, g);
  EXPECT_EQ(g.evidence_count(), 1u);
}

TEST(SchemaTest, RejectsBadRelationTypes) {
  Schema s;
  EXPECT_TRUE(s.add({"a", {EntityType::unit}, {EntityType::region}, true, "a", ""}));
  EXPECT_FALSE(s.add({"a", {EntityType::unit}, {EntityType::region}, true, "a", ""}));
  EXPECT_FALSE(s.add({"", {EntityType::unit}, {EntityType::region}, true, "x", ""}));
  EXPECT_FALSE(s.add({"b", {}, {EntityType::region}, true, "b", ""}));
  EXPECT_FALSE(s.add({"c", {EntityType::unit}, {EntityType::region}, true, "", ""}));
}

TEST(SchemaTest, UndirectedTypeAllowsEitherOrder) {
  RelationType t{"near", {EntityType::unit}, {EntityType::region}, false, "near", ""};
  EXPECT_TRUE(t.allows(EntityType::region, EntityType::unit));
  t.directed = true;
  EXPECT_FALSE(t.allows(EntityType::region, EntityType::unit));
}

}  // namespace
}  // namespace linkchart::graph
