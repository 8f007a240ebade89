// Every kind of bad graph file gets a message that says what was expected, at the
// right line and column; all problems in a file are reported; no partial graph.
#include <gtest/gtest.h>

#include <random>

#include "loaders/json_graph.hpp"
#include "tests/loaders/test_support.hpp"

namespace linkchart::loaders {
namespace {

using testing::position_of;

// Wraps entity and relation lines into a graph document with one report.
std::string document(std::string_view entities, std::string_view relations,
                     std::string_view claims = "") {
  return std::string(R"({"format": "linkchart-graph", "version": 1,
  "reports": [{"id": "r", "title": "A report"}],
  "entities": [)") + std::string(entities) + R"(],
  "relations": [)" + std::string(relations) + R"(],
  "claims": [)" + std::string(claims) + "]\n}\n";
}

constexpr std::string_view two_entities = R"(
    {"id": "kim", "name": "Kim", "type": "official"},
    {"id": "kp", "name": "North Korea", "type": "state"})";

graph::Diagnostics errors_of(std::string_view text) {
  auto g = parse_graph(text, testing::bundled_schema(), "bad.json");
  EXPECT_FALSE(g) << "expected the load to fail";
  return g ? graph::Diagnostics{} : g.error();
}

void expect_error_at(const graph::Error& e, std::string_view text, std::string_view needle,
                     std::string_view message_part, int nth = 0) {
  auto where = position_of(text, needle, nth);
  EXPECT_EQ(e.where.file, "bad.json");
  EXPECT_EQ(e.where.line, where.line) << e.to_string();
  EXPECT_EQ(e.where.column, where.column) << e.to_string();
  EXPECT_NE(e.message.find(message_part), std::string::npos) << e.to_string();
}

TEST(JsonErrors, MalformedJsonNamesLineAndColumn) {
  std::string text = "{\"format\": \"linkchart-graph\",\n  \"version\": 1,\n  \"reports\": [}\n";
  auto errors = errors_of(text);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].code, graph::ErrorCode::parse_error);
  EXPECT_EQ(errors[0].where.line, 3u);
  EXPECT_EQ(errors[0].where.column, 15u);
  EXPECT_NE(errors[0].message.find("malformed JSON"), std::string::npos);
  EXPECT_EQ(errors[0].to_string().rfind("bad.json:3:15: malformed JSON", 0), 0u) << errors[0].to_string();
}

TEST(JsonErrors, TruncatedFileAndInvalidUtf8AreSyntaxErrors) {
  EXPECT_EQ(errors_of("{\"format\": \"linkchart-graph\", \"version\"")[0].code, graph::ErrorCode::parse_error);
  EXPECT_EQ(errors_of("")[0].code, graph::ErrorCode::parse_error);
  auto bad_utf8 = errors_of("{\"format\": \"linkchart-graph\", \"version\": 1, \"reports\": [{\"id\": \"\xFF\"}]}");
  ASSERT_EQ(bad_utf8.size(), 1u);
  EXPECT_EQ(bad_utf8[0].code, graph::ErrorCode::parse_error);
}

TEST(JsonErrors, UnknownEntityType) {
  std::string text = document(R"({"id": "x", "name": "X", "type": "person"})", "");
  auto errors = errors_of(text);
  ASSERT_EQ(errors.size(), 1u);
  expect_error_at(errors[0], text, "\"person\"",
                  "unknown entity type 'person'; expected one of state, official, agency, unit, region");
}

TEST(JsonErrors, RelationEndpointThatDoesNotExist) {
  std::string text = document(two_entities,
                              R"({"source": "kim", "type": "leader_of", "target": "kpp", "evidence": [{"report": "r"}]})");
  auto errors = errors_of(text);
  ASSERT_EQ(errors.size(), 1u);
  expect_error_at(errors[0], text, "\"kpp\"", "relation target 'kpp' is not an entity id (did you mean 'kp'?)");
}

TEST(JsonErrors, RelationTypeNotAllowedBetweenThoseTypes) {
  std::string text = document(two_entities,
                              R"({"source": "kp", "type": "leader_of", "target": "kim", "evidence": [{"report": "r"}]})");
  auto errors = errors_of(text);
  ASSERT_EQ(errors.size(), 1u);
  expect_error_at(errors[0], text, "\"leader_of\"",
                  "relation 'leader_of' is not allowed from state 'kp' to official 'kim'");
}

TEST(JsonErrors, UnknownRelationTypeListsTheKnownOnes) {
  std::string text = document(two_entities,
                              R"({"source": "kim", "type": "rules", "target": "kp", "evidence": [{"report": "r"}]})");
  auto errors = errors_of(text);
  ASSERT_EQ(errors.size(), 1u);
  expect_error_at(errors[0], text, "\"rules\"", "unknown relation type 'rules'; expected one of: leader_of,");
}

TEST(JsonErrors, DuplicateIdWithADifferentType) {
  std::string text = document(R"({"id": "kp", "name": "North Korea", "type": "state"},
    {"id": "kp", "name": "North Korea", "type": "agency"})", "");
  auto errors = errors_of(text);
  ASSERT_EQ(errors.size(), 1u);
  expect_error_at(errors[0], text, "\"kp\"", "entity id 'kp' is defined twice with different types (state and agency)", 1);
}

TEST(JsonErrors, NumbersOutOfRange) {
  std::string text = document(two_entities,
                              R"({"source": "kim", "type": "leader_of", "target": "kp",
     "evidence": [{"report": "r", "sentence": -1, "start": 1.5, "end": 4}]})",
                              R"({"id": "c", "quantity": -5, "counted": "troops", "evidence": {"report": "r", "start": 9, "end": 2}})");
  auto errors = errors_of(text);
  ASSERT_EQ(errors.size(), 4u);
  expect_error_at(errors[0], text, "-1", "field 'sentence' is out of range: -1; expected a whole number from 0 to 4294967295");
  expect_error_at(errors[1], text, "1.5", "field 'start' is out of range: 1.5");
  expect_error_at(errors[2], text, "-5", "field 'quantity' is out of range: -5; expected a finite number of at least 0");
  expect_error_at(errors[3], text, "2}", "span end 2 is before its start 9");
}

TEST(JsonErrors, EveryProblemInTheFileIsReportedInOrder) {
  std::string text = document(R"({"id": "a", "name": "A", "type": "robot"},
    {"id": "b", "type": "state"},
    {"id": "c", "name": "C", "type": "state", "nickname": "see"})",
                              R"({"source": "zz", "type": "supports", "target": "c", "evidence": [{"report": "nope"}]},
    {"source": "c", "type": "supports", "target": "c", "evidence": []})");
  auto errors = errors_of(text);
  ASSERT_EQ(errors.size(), 6u);
  expect_error_at(errors[0], text, "\"robot\"", "unknown entity type 'robot'");
  expect_error_at(errors[1], text, "{\"id\": \"b\"", "missing field 'name' (a string)");
  expect_error_at(errors[2], text, "\"see\"", "unknown field 'nickname' in an entity; expected one of: id, name, type, aliases, note");
  expect_error_at(errors[3], text, "\"zz\"", "relation source 'zz' is not an entity id");
  expect_error_at(errors[4], text, "\"nope\"", "report 'nope' is not a report id");
  expect_error_at(errors[5], text, "[]", "a relation needs at least one evidence record");
}

TEST(JsonErrors, WrongKindsOfValues) {
  std::string text = R"({"format": "linkchart-graph", "version": "1", "reports": {}, "entities": [42]})";
  auto errors = errors_of(text);
  ASSERT_EQ(errors.size(), 3u);
  expect_error_at(errors[0], text, "\"1\"", "field 'version' must be a whole number from 0 to 1000, found a string");
  expect_error_at(errors[1], text, "{}", "field 'reports' must be an array, found an object");
  expect_error_at(errors[2], text, "42", "expected an entity (an object), found a number");
}

TEST(JsonErrors, WrongFormatOrVersion) {
  std::string text = R"({"format": "graphml", "version": 2})";
  auto errors = errors_of(text);
  ASSERT_EQ(errors.size(), 2u);
  expect_error_at(errors[0], text, "\"graphml\"", "expected 'linkchart-graph'");
  expect_error_at(errors[1], text, "2}", "unsupported graph format version 2");
}

TEST(JsonErrors, BadDatesAndQualifiers) {
  std::string text = document(two_entities, "",
                              R"({"id": "c", "quantity": 5, "qualifier": "roughly", "counted": "x", "evidence": {"report": "r", "date": "2025-13"}})");
  auto errors = errors_of(text);
  ASSERT_EQ(errors.size(), 2u);
  expect_error_at(errors[0], text, "\"roughly\"", "unknown qualifier 'roughly'");
  expect_error_at(errors[1], text, "\"2025-13\"", "date '2025-13' is not valid; expected YYYY, YYYY-MM or YYYY-MM-DD");
}

TEST(JsonErrors, NotAnObjectAtTheTop) {
  auto errors = errors_of("[1, 2]");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].where.line, 1u);
  EXPECT_EQ(errors[0].where.column, 1u);
  EXPECT_NE(errors[0].message.find("expected a linkchart graph (an object), found an array"), std::string::npos);
}

}  // namespace
}  // namespace linkchart::loaders

namespace linkchart::loaders {
namespace {

// Thousands of damaged copies of a good file: each either loads or fails with located
// errors; none crashes (the sanitizer build runs this too).
TEST(JsonErrors, DamagedFilesNeverCrashAndAlwaysSayWhere) {
  const std::string good = document(R"({"id": "kim", "name": "Kim", "type": "official", "aliases": ["K"]},
    {"id": "kp", "name": "North Korea", "type": "state"})",
                                    R"({"source": "kim", "type": "leader_of", "target": "kp",
     "evidence": [{"report": "r", "sentence": 1, "start": 0, "end": 5, "attributed_to": "kp", "hedged": true}]})",
                                    R"({"id": "c", "subject": "kp", "quantity": 5000, "qualifier": "over", "counted": "troops", "evidence": {"report": "r"}})");
  ASSERT_TRUE(parse_graph(good, testing::bundled_schema(), "good.json"));
  std::mt19937 rng(5);
  const std::string alphabet = "{}[]\":,0123456789-.eE truefalsenull\\u\xC3\xA9\xFF";
  int failed = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string text = good;
    int edits = 1 + static_cast<int>(rng() % 4);
    for (int k = 0; k < edits && !text.empty(); ++k) {
      std::size_t at = rng() % text.size();
      switch (rng() % 3) {
        case 0: text[at] = alphabet[rng() % alphabet.size()]; break;
        case 1: text.erase(at, 1 + rng() % 8); break;
        default: text.insert(at, 1, alphabet[rng() % alphabet.size()]);
      }
    }
    auto g = parse_graph(text, testing::bundled_schema(), "damaged.json");
    if (g) continue;
    ++failed;
    ASSERT_FALSE(g.error().empty());
    for (const auto& e : g.error()) {
      EXPECT_EQ(e.where.file, "damaged.json");
      EXPECT_FALSE(e.message.empty());
      EXPECT_GE(e.where.line, 1u) << e.to_string();
    }
  }
  EXPECT_GT(failed, 1000);
}

}  // namespace
}  // namespace linkchart::loaders
