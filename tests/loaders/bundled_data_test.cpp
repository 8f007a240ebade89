// The bundled graph of the four Kursk reports (data/kursk.json): it loads, it is in
// canonical form, every relation traces to a report, its spans point into the real
// report files, and none of its text is copied from them.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "loaders/file_io.hpp"
#include "loaders/json_graph.hpp"
#include "tests/loaders/test_support.hpp"

namespace linkchart::loaders {
namespace {

const std::string kursk = std::string(LINKCHART_DATA_DIR) + "/kursk.json";
const std::filesystem::path shared_reports = LINKCHART_SHARED_REPORTS;

graph::EntityGraph load_bundled() {
  auto g = load_graph(kursk, testing::bundled_schema());
  if (!g) {
    for (const auto& e : g.error()) ADD_FAILURE() << e.to_string();
    return graph::EntityGraph{};
  }
  return std::move(*g);
}

TEST(BundledData, LoadsWithEveryEntityType) {
  auto g = load_bundled();
  EXPECT_EQ(g.report_count(), 4u);
  std::set<graph::EntityType> types;
  for (const auto& e : g.entities()) types.insert(e.type);
  EXPECT_EQ(types.size(), graph::all_entity_types.size());
  EXPECT_GE(g.relation_count(), 40u);
  EXPECT_GE(g.claim_count(), 10u);
}

TEST(BundledData, IsInCanonicalForm) {
  auto g = load_bundled();
  auto text = read_file(kursk);
  ASSERT_TRUE(text);
  auto saved = to_json(g);
  ASSERT_TRUE(saved);
  EXPECT_TRUE(*saved == *text) << "data/kursk.json is not as linkchart saves it; run "
                                  "'linkchart format data/kursk.json -o data/kursk.json'";
}

TEST(BundledData, EveryRelationAndClaimHasASpanAndASummary) {
  auto g = load_bundled();
  for (const auto& r : g.relations()) {
    ASSERT_FALSE(r.evidence.empty());
    for (const auto& ev : r.evidence) {
      EXPECT_TRUE(ev.start && ev.end && ev.sentence) << g.entity(r.source).key << " " << r.type;
      EXPECT_FALSE(ev.summary.empty()) << g.entity(r.source).key << " " << r.type;
    }
  }
  for (const auto& c : g.claims()) {
    EXPECT_TRUE(c.evidence.start && c.evidence.end) << c.key;
    EXPECT_TRUE(c.evidence.attributed_to || c.evidence.hedged) << c.key << ": who says so?";
  }
}

TEST(BundledData, KeepsTheFiguresTheReportsDisagreeOn) {
  auto g = load_bundled();
  std::multiset<double> figures;
  for (const auto& c : g.claims()) figures.insert(c.quantity);
  for (double expected : {5000.0, 10000.0, 15000.0, 600.0, 2000.0, 1000.0, 40000.0})
    EXPECT_TRUE(figures.contains(expected)) << expected;
  EXPECT_GE(figures.count(5000.0), 3u) << "three reports give 5,000";
}

class BundledSpans : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::is_directory(shared_reports))
      GTEST_SKIP() << "the report corpus is not at " << shared_reports
                   << " (it sits beside the repository in the team's checkout)";
  }
  std::string report_text(const graph::EntityGraph& g, graph::ReportId id) {
    auto text = read_file(shared_reports / g.report(id).file);
    EXPECT_TRUE(text) << g.report(id).file;
    return text.value_or("");
  }
};

TEST_F(BundledSpans, PointAtWholeSentencesOfTheRightReport) {
  auto g = load_bundled();
  auto check = [&](const graph::Evidence& ev, const std::string& what) {
    std::string text = report_text(g, ev.report);
    ASSERT_TRUE(ev.start && ev.end) << what;
    ASSERT_LE(*ev.end, text.size()) << what;
    ASSERT_LT(*ev.start, *ev.end) << what;
    // A sentence starts after a line break or a space, and ends at the end of a line or
    // with punctuation.
    EXPECT_TRUE(*ev.start == 0 || text[*ev.start - 1] == '\n' || text[*ev.start - 1] == ' ') << what;
    char last = text[*ev.end - 1];
    EXPECT_TRUE(*ev.end == text.size() || text[*ev.end] == '\n' || last == '.' ||
                last == '"' || static_cast<unsigned char>(last) >= 0x80)
        << what << ": ends with '" << last << "'";
  };
  for (const auto& r : g.relations())
    for (const auto& ev : r.evidence) check(ev, g.entity(r.source).key + " " + r.type);
  for (const auto& c : g.claims()) check(c.evidence, c.key);
}

TEST_F(BundledSpans, NoTextIsCopiedFromTheReports) {
  std::set<std::string> windows;  // every 48-byte run of each report
  for (const auto& entry : std::filesystem::directory_iterator(shared_reports)) {
    if (entry.path().extension() != ".txt") continue;
    auto text = read_file(entry.path());
    ASSERT_TRUE(text);
    for (std::size_t i = 0; i + 48 <= text->size(); ++i) windows.insert(text->substr(i, 48));
  }
  ASSERT_FALSE(windows.empty());
  // the hand-built graph, our rewrites of the reports, and every other bundled file
  std::vector<std::filesystem::path> ours{kursk};
  for (const auto& entry : std::filesystem::recursive_directory_iterator(LINKCHART_DATA_DIR))
    if (entry.is_regular_file() && entry.path() != kursk) ours.push_back(entry.path());
  ASSERT_GE(ours.size(), 10u);
  for (const auto& file : ours) {
    auto mine = read_file(file);
    ASSERT_TRUE(mine);
    for (std::size_t i = 0; i + 48 <= mine->size(); ++i)
      ASSERT_FALSE(windows.contains(mine->substr(i, 48)))
          << file << " copies report text: " << mine->substr(i, 48);
  }
}

}  // namespace
}  // namespace linkchart::loaders
