// Reasoning across the four real reports (../shared/reports), built from their text
// with the bundled gazetteer, patterns and merges file: the figures that disagree, the
// independent sources behind relations, --as-of, and the merges.
#include <gtest/gtest.h>

#include <filesystem>

#include "graph/as_of.hpp"
#include "graph/claims.hpp"
#include "graph/corroboration.hpp"
#include "graph/timeline.hpp"
#include "loaders/entity_resolution.hpp"
#include "loaders/file_io.hpp"
#include "loaders/report_manifest.hpp"
#include "loaders/text_extract.hpp"
#include "test_support.hpp"

namespace linkchart::loaders {
namespace {

namespace fs = std::filesystem;

struct Built {
  graph::EntityGraph graph;
  std::vector<MergeDecision> merges;
};

const Built* four_reports() {
  static const std::optional<Built> built = []() -> std::optional<Built> {
    const fs::path dir = LINKCHART_SHARED_REPORTS;
    if (!fs::is_directory(dir)) return std::nullopt;
    static const auto schema = testing::bundled_schema();
    auto ex = TextExtractor::load(gazetteer_files(fs::path(LINKCHART_DATA_DIR) / "gazetteer"),
                                  fs::path(LINKCHART_DATA_DIR) / "patterns.json", schema);
    auto manifest = load_report_manifest(fs::path(LINKCHART_TEST_DIR) / "loaders/shared_reports.json");
    auto rules = load_merge_rules(fs::path(LINKCHART_DATA_DIR) / "merges.json");
    if (!ex || !manifest || !rules) return std::nullopt;
    std::vector<ExtractedReport> reports;
    for (const auto& m : *manifest) {
      auto text = read_file(dir / m.file);
      if (!text) return std::nullopt;
      auto r = ex->extract(*text, m.key, m.file, m.date);
      r.info = m;
      reports.push_back(std::move(r));
    }
    Built b{graph::EntityGraph(schema), resolve_entities(reports, *rules)};
    auto g = build_graph(reports, *ex, schema, b.merges);
    if (!g) return std::nullopt;
    b.graph = std::move(*g);
    return b;
  }();
  return built ? &*built : nullptr;
}

#define FOUR_REPORTS_OR_SKIP(b)                                                                  \
  const Built* b = four_reports();                                                               \
  if (b == nullptr) GTEST_SKIP() << "the report corpus is not at " << LINKCHART_SHARED_REPORTS; \
  const graph::EntityGraph& g = b->graph

std::string report_of(const graph::EntityGraph& g, graph::ClaimId c) { return g.report(g.claim(c).evidence.report).key; }

TEST(FourReports, TheFiguresThatDisagreeAndNothingElse) {
  FOUR_REPORTS_OR_SKIP(b);
  const auto groups = graph::group_claims(g);
  std::vector<const graph::ClaimGroup*> disagreeing;
  for (const auto& group : groups)
    if (group.disagrees()) disagreeing.push_back(&group);
  // "could reach 10,000" (r001) against "over 10,000" (r000, r003): the only contradiction
  ASSERT_EQ(disagreeing.size(), 1u);
  const auto& troops = *disagreeing.front();
  EXPECT_EQ(g.entity(*troops.subject).key, "north_korea_troops");
  ASSERT_EQ(troops.conflicts.size(), 2u);
  for (const auto& [a, b2] : troops.conflicts) {
    const auto& x = g.claim(a);
    const auto& y = g.claim(b2);
    EXPECT_EQ(x.quantity, 10000);
    EXPECT_EQ(y.quantity, 10000);
    EXPECT_TRUE(report_of(g, a) == "r001" || report_of(g, b2) == "r001");
    EXPECT_NE(x.qualifier, y.qualifier);
  }
  // 600 and 2,000 dead are grouped, and "at least 600" does not contradict "over 2,000"
  const auto dead = std::find_if(groups.begin(), groups.end(), [](const auto& gr) { return gr.measure == "killed"; });
  ASSERT_NE(dead, groups.end());
  EXPECT_EQ(g.entity(*dead->subject).key, "north_korea");
  std::vector<double> figures;
  for (auto id : dead->claims) figures.push_back(g.claim(id).quantity);
  EXPECT_EQ(figures, (std::vector<double>{600, 2000}));
  EXPECT_FALSE(dead->disagrees());
  // the 5,000 builders of r000, r001 (its "engineers") and r002 agree; r002's 4,000 is last year's
  const auto builders = std::find_if(groups.begin(), groups.end(), [&](const auto& gr) {
    return gr.subject && g.entity(*gr.subject).key == "north_korea_construction_troops";
  });
  ASSERT_NE(builders, groups.end());
  EXPECT_EQ(builders->claims.size(), 5u);
  EXPECT_FALSE(builders->disagrees());
  EXPECT_FALSE(builders->changes.empty());
  // the 1,000 "engineers", "soldiers", "combat engineers" are the same sappers, and agree
  const auto sappers = std::find_if(groups.begin(), groups.end(), [&](const auto& gr) {
    return gr.subject && g.entity(*gr.subject).key == "north_korea_sappers";
  });
  ASSERT_NE(sappers, groups.end());
  EXPECT_EQ(sappers->claims.size(), 4u);
  EXPECT_FALSE(sappers->disagrees());
}

const graph::Relation* find_relation(const graph::EntityGraph& g, std::string_view s, std::string_view type,
                                     std::string_view t, graph::RelationId* id = nullptr) {
  for (std::uint32_t i = 0; i < g.relation_count(); ++i) {
    const auto& r = g.relation(graph::RelationId{i});
    if (g.entity(r.source).key == s && r.type == type && g.entity(r.target).key == t) {
      if (id) *id = graph::RelationId{i};
      return &r;
    }
  }
  return nullptr;
}

TEST(FourReports, IndependentSourcesAreCountedOnce) {
  FOUR_REPORTS_OR_SKIP(b);
  graph::RelationId id;
  // the UK MoD (r000) and the Ukrainian government (r003): two reports, two sources
  ASSERT_NE(find_relation(g, "north_korea_troops", "deployed_to", "kursk_region", &id), nullptr);
  auto c = graph::corroboration(g, id);
  EXPECT_EQ(c.reports, 2u);
  EXPECT_EQ(c.sources, 2u);
  EXPECT_DOUBLE_EQ(c.confidence, 0.75);
  // North Korea's support for Russia: r000, r001 and r002 on their own (r000 and r001
  // hedging), and the Russian Foreign Ministry quoted in r001: four sources, three reports
  ASSERT_NE(find_relation(g, "north_korea", "supports", "russia", &id), nullptr);
  c = graph::corroboration(g, id);
  EXPECT_EQ(c.reports, 3u);
  EXPECT_EQ(c.sources, 4u);
  ASSERT_EQ(c.named_sources.size(), 1u);
  EXPECT_EQ(g.entity(c.named_sources[0]).key, "ru_mfa");
  EXPECT_NEAR(c.confidence, 1 - 0.75 * 0.75 * 0.5 * 0.5, 1e-12);
}

TEST(FourReports, AsOfHidesWhatOnlyALaterReportSays) {
  FOUR_REPORTS_OR_SKIP(b);
  // r000 (2025-11) alone says the North Korean troops helped strike Sumy
  ASSERT_NE(find_relation(g, "russia", "attacked", "sumy_region"), nullptr);
  const auto before = graph::as_of(g, "2025-10");
  EXPECT_EQ(find_relation(before.graph, "russia", "attacked", "sumy_region"), nullptr);
  EXPECT_EQ(before.reports_left_out, 3u) << "r000 (2025-11), and r001 and r003, dated only 2025, count from December 31";
  EXPECT_NE(find_relation(graph::as_of(g, "2025-12").graph, "russia", "attacked", "sumy_region"), nullptr);
  // r002 (2025-06) is the first to put Shoigu with Kim
  EXPECT_EQ(find_relation(graph::as_of(g, "2025-05").graph, "sergei_shoigu", "met_with", "kim_jong_un"), nullptr);
  EXPECT_NE(find_relation(graph::as_of(g, "2025-06").graph, "sergei_shoigu", "met_with", "kim_jong_un"), nullptr);
  // and a date phrase dates the evidence: Lavrov thanked Kim "in July 2024" (r001)
  graph::RelationId id;
  ASSERT_NE(find_relation(g, "sergei_lavrov", "thanked", "kim_jong_un", &id), nullptr);
  EXPECT_EQ(graph::seen(g, id).first, "2024-07");
}

TEST(FourReports, TheMergesAreTheRightOnes) {
  FOUR_REPORTS_OR_SKIP(b);
  const auto merged = [&](std::string_view from, std::string_view into) {
    return std::any_of(b->merges.begin(), b->merges.end(), [&](const auto& d) { return d.from == from && d.into == into; });
  };
  EXPECT_TRUE(merged("north_korea_construction_workers", "north_korea_construction_troops"))
      << "construction troops (r000) and construction workers (r002) are one group";
  EXPECT_TRUE(merged("north_korea_engineers", "north_korea_sappers")) << "r000's engineers clear mines";
  EXPECT_TRUE(merged("north_korea_engineers", "north_korea_construction_troops")) << "r001's engineers build";
  EXPECT_FALSE(merged("north_korea_workers", "north_korea_construction_troops"));
  EXPECT_EQ(b->merges.size(), 3u);
  // different people who share a surname stay apart
  EXPECT_TRUE(g.find_entity("kim_jong_il").has_value());
  EXPECT_TRUE(g.find_entity("kim_jong_un").has_value());
  // one entity under different names, each with its reason
  const auto& nis = g.entity(*g.find_entity("kr_nis"));
  std::vector<std::string> names;
  for (const auto& m : nis.merged) names.push_back(m.name);
  EXPECT_NE(std::find(names.begin(), names.end(), "NIS"), names.end());
  EXPECT_NE(std::find(names.begin(), names.end(), "South Korean intelligence"), names.end());
  const auto& kim = g.entity(*g.find_entity("kim_jong_un"));
  EXPECT_TRUE(std::any_of(kim.merged.begin(), kim.merged.end(),
                          [](const auto& m) { return m.name == "Kim" && m.reason.find("short form") != std::string::npos; }));
}

}  // namespace
}  // namespace linkchart::loaders
