#include "loaders/json_graph.hpp"

#include <gtest/gtest.h>

#include <filesystem>

#include <nlohmann/json.hpp>

#include "loaders/file_io.hpp"
#include "tests/loaders/test_support.hpp"

namespace linkchart::loaders {
namespace {

// A small graph in the documented format, written for these tests.
constexpr std::string_view sample = R"({
  "format": "linkchart-graph",
  "version": 1,
  "reports": [
    {"id": "a", "title": "Report A", "outlet": "Outlet A", "date": "2025-03-01", "url": "https://example.org/a"},
    {"id": "b", "title": "Report B \"quoted\" \u00e9t\u00e9", "date": "2025"}
  ],
  "entities": [
    {"id": "kp", "name": "North Korea", "type": "state", "aliases": ["DPRK"]},
    {"id": "kim", "name": "Kim Jong Un", "type": "official", "note": "leader"},
    {"id": "troops", "name": "Troops", "type": "unit"},
    {"id": "kursk", "name": "Kursk", "type": "region"},
    {"id": "nis", "name": "NIS", "type": "agency"}
  ],
  "relations": [
    {"source": "kim", "type": "leader_of", "target": "kp",
     "evidence": [{"report": "a", "sentence": 3, "start": 10, "end": 52, "summary": "named as leader"},
                  {"report": "b", "attributed_to": "nis", "date": "2025-01", "hedged": true}]},
    {"source": "kp", "type": "sent", "target": "troops", "evidence": [{"report": "a"}]},
    {"source": "troops", "type": "deployed_to", "target": "kursk", "evidence": [{"report": "b", "text": "as quoted"}]}
  ],
  "claims": [
    {"id": "c1", "subject": "troops", "quantity": 5000, "qualifier": "approximately",
     "counted": "troops", "evidence": {"report": "a", "attributed_to": "nis"}},
    {"id": "c2", "quantity": 800.5, "counted": "pay", "unit": "USD per month", "evidence": {"report": "b"}}
  ]
})";

TEST(JsonGraph, LoadsEverythingInTheSample) {
  auto g = parse_graph(sample, testing::bundled_schema(), "sample.json");
  ASSERT_TRUE(g) << g.error().front().to_string();
  EXPECT_EQ(g->report_count(), 2u);
  EXPECT_EQ(g->entity_count(), 5u);
  EXPECT_EQ(g->relation_count(), 3u);
  EXPECT_EQ(g->evidence_count(), 4u);
  EXPECT_EQ(g->claim_count(), 2u);
  EXPECT_EQ(g->report(graph::ReportId{1}).title, "Report B \"quoted\" \xC3\xA9t\xC3\xA9");
  const auto& leader = g->relation(graph::RelationId{0});
  ASSERT_EQ(leader.evidence.size(), 2u);
  EXPECT_EQ(leader.evidence[0].sentence, 3u);
  EXPECT_EQ(leader.evidence[0].start, 10u);
  EXPECT_EQ(leader.evidence[1].attributed_to, g->find_entity("nis"));
  EXPECT_TRUE(leader.evidence[1].hedged);
  EXPECT_EQ(g->claim(graph::ClaimId{0}).qualifier, graph::Qualifier::approximately);
  EXPECT_EQ(g->claim(graph::ClaimId{1}).quantity, 800.5);
  EXPECT_FALSE(g->claim(graph::ClaimId{1}).subject);
}

TEST(JsonGraph, RoundTripsWithoutLossAndSavesIdenticalBytes) {
  auto first = parse_graph(sample, testing::bundled_schema(), "sample.json");
  ASSERT_TRUE(first);
  auto saved = to_json(*first);
  ASSERT_TRUE(saved);
  auto second = parse_graph(*saved, testing::bundled_schema(), "saved.json");
  ASSERT_TRUE(second) << second.error().front().to_string();
  EXPECT_EQ(*first, *second);
  auto saved_again = to_json(*second);
  ASSERT_TRUE(saved_again);
  EXPECT_EQ(*saved, *saved_again);
  EXPECT_EQ(saved->back(), '\n');
}

// Graphs are written directly, not through a JSON tree: the bytes must be nlohmann's
// dump(2) of the same document, and a name that is not UTF-8 must still be refused.
TEST(JsonGraph, SavedBytesAreADumpOfTheSameDocument) {
  auto g = load_graph(std::string(LINKCHART_DATA_DIR) + "/kursk.json", testing::bundled_schema());
  ASSERT_TRUE(g);
  auto saved = to_json(*g);
  ASSERT_TRUE(saved);
  EXPECT_EQ(nlohmann::ordered_json::parse(*saved).dump(2) + "\n", *saved);
  auto odd = parse_graph(sample, testing::bundled_schema(), "sample.json");
  ASSERT_TRUE(odd);
  ASSERT_TRUE(odd->add_entity({"odd", "Quote \" backslash \\ tab \t control \x01 curly \xE2\x80\x9C", graph::EntityType::agency}));
  auto odd_saved = to_json(*odd);
  ASSERT_TRUE(odd_saved);
  EXPECT_EQ(nlohmann::ordered_json::parse(*odd_saved).dump(2) + "\n", *odd_saved);
  ASSERT_TRUE(odd->add_entity({"bad", "Not \xFF UTF-8", graph::EntityType::agency}));
  auto refused = to_json(*odd);
  ASSERT_FALSE(refused);
  EXPECT_NE(refused.error().message.find("cannot save the graph"), std::string::npos) << refused.error().message;
}

TEST(JsonGraph, EmptyGraphRoundTrips) {
  constexpr std::string_view empty = R"({"format": "linkchart-graph", "version": 1})";
  auto g = parse_graph(empty, testing::bundled_schema(), "empty.json");
  ASSERT_TRUE(g);
  EXPECT_EQ(g->entity_count(), 0u);
  auto again = parse_graph(*to_json(*g), testing::bundled_schema(), "again.json");
  ASSERT_TRUE(again);
  EXPECT_EQ(*g, *again);
}

TEST(JsonGraph, SaveReplacesTheFileAtomically) {
  auto g = parse_graph(sample, testing::bundled_schema(), "sample.json");
  ASSERT_TRUE(g);
  // A folder of its own: other tests write temporary files into the shared one.
  std::filesystem::path dir = std::string(LINKCHART_TEST_OUTPUT_DIR) + "/atomic-save";
  std::filesystem::create_directories(dir);
  std::filesystem::path out = dir / "saved.json";
  ASSERT_TRUE(write_file_atomically(out, "old contents"));
  ASSERT_TRUE(save_graph(*g, out));
  auto back = load_graph(out, testing::bundled_schema());
  ASSERT_TRUE(back);
  EXPECT_EQ(*back, *g);
  for (const auto& entry : std::filesystem::directory_iterator(out.parent_path()))
    EXPECT_EQ(entry.path().filename().string().find(".tmp-"), std::string::npos) << entry.path();
}

TEST(JsonGraph, WriteIntoMissingDirectoryFailsCleanly) {
  auto result = write_file_atomically("/nonexistent-dir/x.json", "{}");
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code, graph::ErrorCode::io_error);
  EXPECT_NE(result.error().to_string().find("/nonexistent-dir/x.json"), std::string::npos);
}

TEST(JsonGraph, MissingFileIsAnIoErrorNamingTheFile) {
  auto g = load_graph("/no/such/graph.json", testing::bundled_schema());
  ASSERT_FALSE(g);
  ASSERT_EQ(g.error().size(), 1u);
  EXPECT_EQ(g.error()[0].code, graph::ErrorCode::io_error);
  EXPECT_EQ(g.error()[0].where.file, "/no/such/graph.json");
}

TEST(JsonSchema, BundledSchemaLoads) {
  auto schema = load_schema(std::string(LINKCHART_DATA_DIR) + "/schema.json");
  ASSERT_TRUE(schema) << schema.error().front().to_string();
  const auto* deployed = schema->find("deployed_to");
  ASSERT_NE(deployed, nullptr);
  EXPECT_EQ(deployed->phrase, "deployed to");
  EXPECT_TRUE(deployed->directed);
  for (const auto& type : schema->relation_types()) {
    EXPECT_FALSE(type.phrase.empty()) << type.name;
    EXPECT_FALSE(type.description.empty()) << type.name;
  }
}

TEST(JsonSchema, ReportsEveryProblemWithItsPosition) {
  constexpr std::string_view text = R"({"format": "linkchart-schema", "version": 1,
  "relation_types": [
    {"name": "a", "phrase": "a", "source": ["person"], "target": ["region"]},
    {"name": "b", "phrase": "b", "source": ["unit"], "target": ["region"], "colour": "red"},
    {"name": "c", "phrase": "c", "source": ["unit"], "target": ["region"]},
    {"name": "c", "phrase": "again", "source": ["unit"], "target": ["region"]}
  ]})";
  auto schema = parse_schema(text, "schema.json");
  ASSERT_FALSE(schema);
  ASSERT_EQ(schema.error().size(), 3u);
  auto where = testing::position_of(text, "\"person\"");
  EXPECT_EQ(schema.error()[0].where.line, where.line);
  EXPECT_EQ(schema.error()[0].where.column, where.column);
  EXPECT_NE(schema.error()[0].message.find("unknown entity type \"person\""), std::string::npos);
  EXPECT_NE(schema.error()[1].message.find("unknown field 'colour'"), std::string::npos);
  EXPECT_NE(schema.error()[2].message.find("defined twice"), std::string::npos);
}

}  // namespace
}  // namespace linkchart::loaders

namespace linkchart::loaders {
namespace {

TEST(JsonGraph, ProgressIsReportedUpToTheEnd) {
  // A document of a few megabytes, so that progress is reported more than once.
  std::string text = R"({"format": "linkchart-graph", "version": 1, "reports": [{"id": "r", "title": "R"}], "entities": [)";
  for (int i = 0; i < 60000; ++i)
    text += (i ? "," : "") + std::string(R"({"id": "e)") + std::to_string(i) + R"(", "name": "Entity number )" +
            std::to_string(i) + R"(", "type": "unit"})";
  text += "]}";
  std::vector<std::pair<std::size_t, std::size_t>> calls;
  auto g = parse_graph(text, testing::bundled_schema(), "big.json",
                       [&](std::size_t done, std::size_t total) { calls.emplace_back(done, total); });
  ASSERT_TRUE(g);
  EXPECT_EQ(g->entity_count(), 60000u);
  ASSERT_GE(calls.size(), 3u);
  for (std::size_t i = 1; i < calls.size(); ++i) EXPECT_GE(calls[i].first, calls[i - 1].first);
  EXPECT_EQ(calls.back(), std::make_pair(text.size(), text.size()));
  // The same problems, at the same places, with and without progress.
  std::string bad = text.substr(0, text.size() - 2) + R"(, {"id": "x", "name": "X", "type": "robot"}]})";
  auto plain = parse_graph(bad, testing::bundled_schema(), "bad.json");
  auto metered = parse_graph(bad, testing::bundled_schema(), "bad.json", [](std::size_t, std::size_t) {});
  ASSERT_FALSE(plain);
  ASSERT_FALSE(metered);
  EXPECT_EQ(plain.error().front().to_string(), metered.error().front().to_string());
}

}  // namespace
}  // namespace linkchart::loaders
