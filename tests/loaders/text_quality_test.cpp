// Scores the text loader against hand annotations (tests/loaders/annotations/): the four
// real reports in ../shared/reports/ and our own rewrites of them in data/reports/.
// Prints precision and recall per entity type, for relations and for claims; fails
// below entity F1 0.90 for any type, relation recall 0.70 or claim recall 0.90.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "loaders/file_io.hpp"
#include "loaders/text_extract.hpp"
#include "test_support.hpp"

namespace linkchart::loaders {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

struct Count {
  std::size_t tp = 0, fp = 0, fn = 0;
  [[nodiscard]] double precision() const { return tp + fp == 0 ? 1.0 : double(tp) / double(tp + fp); }
  [[nodiscard]] double recall() const { return tp + fn == 0 ? 1.0 : double(tp) / double(tp + fn); }
  [[nodiscard]] double f1() const {
    const double p = precision(), r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
};

struct Scores {
  std::map<std::string, Count> entities;  // by type
  Count relations;
  Count claims;
  std::vector<std::string> misses;        // what was missed or wrong, for the log
};

const TextExtractor& extractor() {
  static const auto schema = testing::bundled_schema();
  static const auto ex = [] {
    auto files = gazetteer_files(fs::path(LINKCHART_DATA_DIR) / "gazetteer");
    auto e = TextExtractor::load(files, fs::path(LINKCHART_DATA_DIR) / "patterns.json", schema);
    if (!e) {
      for (const auto& p : e.error()) ADD_FAILURE() << p.to_string();
      std::abort();
    }
    return std::move(*e);
  }();
  return ex;
}

std::string relation_key(const std::string& a, const std::string& type, const std::string& b) {
  static const auto schema = testing::bundled_schema();
  const auto* t = schema.find(type);
  if (t != nullptr && !t->directed && b < a) return b + " " + type + " " + a;
  return a + " " + type + " " + b;
}

void score_report(const json& gold, const ExtractedReport& got, Scores& s) {
  const std::string who = gold.at("report").get<std::string>() + ": ";
  // entities, per type
  for (const auto& type : {"state", "official", "agency", "unit", "region"}) {
    std::set<std::string> want, have;
    if (gold.at("entities").contains(type))
      for (const auto& id : gold.at("entities").at(type)) want.insert(id.get<std::string>());
    for (const auto& e : got.entities)
      if (graph::to_string(e.type) == type) have.insert(e.id);
    auto& c = s.entities[type];
    for (const auto& id : have) {
      if (want.contains(id))
        ++c.tp;
      else {
        ++c.fp;
        s.misses.push_back(who + "extra " + type + " " + id);
      }
    }
    for (const auto& id : want)
      if (!have.contains(id)) {
        ++c.fn;
        s.misses.push_back(who + "missed " + type + " " + id);
      }
  }
  // relations, as a set of triples
  std::set<std::string> want, have;
  for (const auto& r : gold.at("relations")) want.insert(relation_key(r[0], r[1], r[2]));
  for (const auto& r : got.relations) have.insert(relation_key(r.source, r.type, r.target));
  for (const auto& k : have) {
    if (want.contains(k))
      ++s.relations.tp;
    else {
      ++s.relations.fp;
      s.misses.push_back(who + "extra relation " + k);
    }
  }
  for (const auto& k : want)
    if (!have.contains(k)) {
      ++s.relations.fn;
      s.misses.push_back(who + "missed relation " + k);
    }
  // claims: same quantity and qualifier, and the counted head word in what was found
  std::vector<bool> used(got.claims.size(), false);
  for (const auto& c : gold.at("claims")) {
    const double q = c[0].get<double>();
    const std::string qual = c[1].is_null() ? "" : c[1].get<std::string>();
    const std::string head = c[2].get<std::string>();
    bool found = false;
    for (std::size_t i = 0; i < got.claims.size() && !found; ++i) {
      const auto& g = got.claims[i];
      const std::string gq = g.qualifier ? std::string(graph::to_string(*g.qualifier)) : "";
      if (used[i] || std::abs(g.quantity - q) > 1e-9 || gq != qual || g.counted.find(head) == std::string::npos) continue;
      used[i] = found = true;
    }
    if (found)
      ++s.claims.tp;
    else {
      ++s.claims.fn;
      s.misses.push_back(who + "missed claim " + c.dump());
    }
  }
  for (std::size_t i = 0; i < got.claims.size(); ++i)
    if (!used[i]) {
      ++s.claims.fp;
      s.misses.push_back(who + "extra claim " + std::to_string(got.claims[i].quantity) + " " + got.claims[i].counted);
    }
}

std::optional<Scores> score_corpus(const fs::path& annotations, const fs::path& reports) {
  if (!fs::is_directory(reports)) return std::nullopt;
  Scores s;
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(annotations))
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  EXPECT_GE(files.size(), 2u) << annotations;
  for (const auto& f : files) {
    auto gold_text = read_file(f);
    EXPECT_TRUE(gold_text.has_value());
    const json gold = json::parse(*gold_text);
    const fs::path report = reports / gold.at("report").get<std::string>();
    auto text = read_file(report);
    EXPECT_TRUE(text.has_value()) << report;
    if (!text) continue;
    score_report(gold, extractor().extract(*text, report.stem().string(), report.string()), s);
  }
  return s;
}

void print_scores(const std::string& corpus, const Scores& s) {
  std::printf("\n  text loader on %s\n  %-10s %9s %9s %9s   (tp/fp/fn)\n", corpus.c_str(), "", "precision", "recall", "F1");
  for (const auto& [type, c] : s.entities)
    std::printf("  %-10s %9.2f %9.2f %9.2f   (%zu/%zu/%zu)\n", type.c_str(), c.precision(), c.recall(), c.f1(), c.tp, c.fp, c.fn);
  std::printf("  %-10s %9.2f %9.2f %9.2f   (%zu/%zu/%zu)\n", "relations", s.relations.precision(), s.relations.recall(),
              s.relations.f1(), s.relations.tp, s.relations.fp, s.relations.fn);
  std::printf("  %-10s %9.2f %9.2f %9.2f   (%zu/%zu/%zu)\n", "claims", s.claims.precision(), s.claims.recall(),
              s.claims.f1(), s.claims.tp, s.claims.fp, s.claims.fn);
  for (const auto& m : s.misses) std::printf("    %s\n", m.c_str());
}

void print_and_check(const std::string& corpus, const Scores& s, double entity_f1 = 0.90, double relation_recall = 0.70,
                     double claim_recall = 0.90) {
  print_scores(corpus, s);
  for (const auto& [type, c] : s.entities) EXPECT_GE(c.f1(), entity_f1) << corpus << ": entity F1 for " << type;
  EXPECT_GE(s.relations.recall(), relation_recall) << corpus << ": relation recall";
  EXPECT_GE(s.claims.recall(), claim_recall) << corpus << ": claim recall";
}

TEST(TextQuality, RealReportsMeetTheThresholds) {
  const fs::path reports = LINKCHART_SHARED_REPORTS;
  auto s = score_corpus(fs::path(LINKCHART_TEST_DIR) / "loaders/annotations/shared", reports);
  if (!s) GTEST_SKIP() << "the report corpus is not at " << reports << " (it sits beside the project)";
  print_and_check("the four real reports (../shared/reports)", *s);
}

TEST(TextQuality, RewritesMeetTheThresholds) {
  auto s = score_corpus(fs::path(LINKCHART_TEST_DIR) / "loaders/annotations/rewrites",
                        fs::path(LINKCHART_DATA_DIR) / "reports");
  ASSERT_TRUE(s.has_value()) << "data/reports is missing";
  print_and_check("our rewrites (data/reports)", *s);
}

// Texts written after the loader, in other styles (an official statement, a wire
// report), annotated before the loader first read them. Never tuned on: the bar is
// lower, and the scores say how the loader does on text it has not seen.
TEST(TextQuality, HeldOutTexts) {
  auto s = score_corpus(fs::path(LINKCHART_TEST_DIR) / "loaders/annotations/heldout",
                        fs::path(LINKCHART_TEST_DIR) / "loaders/heldout");
  ASSERT_TRUE(s.has_value());
  print_and_check("held-out texts (tests/loaders/heldout)", *s, 0.5, 0.4, 0.75);
}

// Three more texts in other registers (a think-tank assessment, a government statement
// in the first person, a news story with quotes), written and annotated in session 4
// before the loader read them, to find where it does not generalise. Unlike the held-out
// texts they were then used for development: their first scores are in the README.
TEST(TextQuality, GeneralisationTexts) {
  auto s = score_corpus(fs::path(LINKCHART_TEST_DIR) / "loaders/annotations/generalisation",
                        fs::path(LINKCHART_TEST_DIR) / "loaders/generalisation");
  ASSERT_TRUE(s.has_value());
  print_and_check("generalisation texts (tests/loaders/generalisation)", *s, 0.5, 0.4, 0.75);
}

}  // namespace
}  // namespace linkchart::loaders
