// Text loader throughput (Google Benchmark): generates a corpus of report-like text
// (default 100 MB, in reports of about 3 KB) from sentence templates filled with names
// from the bundled gazetteer, figures, attributions and hedges, then extracts it report
// by report on one core. Reports MB/s (bytes_per_second) and sentences per second.
//
//   extract_bench [--corpus-mb N] [--write-corpus DIR] [--benchmark_* flags]
//
// --write-corpus writes the generated reports to DIR (one file each, 00000.txt, ...)
// and exits: the same text for `linkchart extract`, or to check that a change to the
// loader leaves its output unchanged.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "loaders/detail/text_tokens.hpp"
#include "loaders/file_io.hpp"
#include "loaders/json_schema.hpp"
#include "loaders/text_extract.hpp"

namespace {

using namespace linkchart;

std::size_t corpus_mb = 100;

struct Names {
  std::vector<std::string> states, demonyms, officials, agencies, regions, capitals;
};

Names names_from(const std::vector<loaders::GazetteerEntry>& entries) {
  Names n;
  for (const auto& e : entries) {
    switch (e.type) {
      case graph::EntityType::state:
        n.states.push_back(e.name);
        if (!e.demonyms.empty()) n.demonyms.push_back(e.demonyms.front());
        if (!e.capitals.empty()) n.capitals.push_back(e.capitals.front());
        break;
      case graph::EntityType::official: n.officials.push_back(e.name); break;
      case graph::EntityType::agency: n.agencies.push_back(e.name); break;
      case graph::EntityType::region: n.regions.push_back(e.name); break;
      case graph::EntityType::unit: break;
    }
  }
  return n;
}

// One report: a headline and sentences from templates, {S} state, {D} demonym, {O}
// official, {A} agency, {R} region, {C} capital, {N} a figure, {U} an unknown name.
std::string make_report(std::mt19937_64& rng, const Names& n) {
  static const std::vector<std::string> templates = {
      "{S} has sent approximately {N} troops to {S}, according to {A}.",
      "{D} lawmaker {U} said that around {N} {D} construction workers had been relocated to {R} since September.",
      "The {A} confirmed that at least {N} {D} soldiers were killed in the fighting near {R}.",
      "{D} leader {O} met {O} in {C} on Tuesday, and the two discussed direct flights.",
      "{O}, a close aide to President {O}, visited {S} at the direction of the Kremlin.",
      "Reports from {D} intelligence suggest that as many as {N} {D} workers are employed in {S}.",
      "{S} reportedly receives fuel, food and technology from {C} in exchange for its support.",
      "A {S} sanctions monitoring group warned that {S} may send up to {N} additional workers to {S}.",
      "{D} forces fought alongside {D} troops against {S} earlier this year, the {A} said.",
      "According to {A}, more than {N} {D} soldiers have been sent to the {R}.",
      "{D} Foreign Minister {U} publicly thanked {O} for his nation's support.",
      "Each worker is estimated to earn around ${N} a month, {U} of the {U} Institute said.",
      "The deployment could reach {N}, though the exact figures remain unverified.",
      "Analysts in {C} believe the move will deepen ties between {S} and {S}.",
      "{D} state media did not confirm the announcement made in {C} by {O}.",
      "In July 2024, the {A} reported that {D} engineers and deminers were stationed in {R}.",
      // background sentences, as real reports have them: few names, no figures
      "The situation remains fluid, and observers caution that much of what is known comes from a handful of sources.",
      "Officials declined to say how long the arrangement would last or what it would cost either side.",
      "Such moves have drawn sharp criticism from human rights groups, who say the workers have little choice.",
      "It was not immediately clear whether the figures included those already serving in the area.",
      "The ministry did not respond to a request for comment on Friday.",
      "Analysts say the long-term effects on the regional balance of power are hard to predict.",
      "The war in {S} continues to evolve as both sides adapt their tactics to drones and electronic warfare.",
      "Satellite images reviewed by independent researchers appear to show new construction at several sites.",
  };
  static const std::vector<std::string> unknown = {"Park Min-jun", "Olena Kovalenko", "Ivan Petrov", "Maria Schmidt",
                                                   "Chen Wei", "Tomasz Nowak", "Aiko Tanaka", "Samuel Okafor"};
  const auto pick = [&](const std::vector<std::string>& v) -> const std::string& {
    return v[std::uniform_int_distribution<std::size_t>(0, v.size() - 1)(rng)];
  };
  std::string out = pick(n.demonyms) + " officials weigh new deployment to " + pick(n.regions) + "\n\n";
  std::size_t sentences = 0;
  while (out.size() < 3000) {
    const std::string& t = pick(templates);
    for (std::size_t i = 0; i < t.size(); ++i) {
      if (t[i] == '{' && i + 2 < t.size() && t[i + 2] == '}') {
        switch (t[i + 1]) {
          case 'S': out += pick(n.states); break;
          case 'D': out += pick(n.demonyms); break;
          case 'O': out += pick(n.officials); break;
          case 'A': out += pick(n.agencies); break;
          case 'R': out += pick(n.regions); break;
          case 'C': out += pick(n.capitals); break;
          case 'U': out += pick(unknown); break;
          case 'N': {
            const auto v = std::uniform_int_distribution<int>(1, 400)(rng) * 50;
            const std::string digits = std::to_string(v);
            if (digits.size() > 3) {
              out.append(digits, 0, digits.size() - 3);
              out += ',';
              out.append(digits, digits.size() - 3, 3);
            } else {
              out += digits;
            }
            break;
          }
          default: out += t.substr(i, 3);
        }
        i += 2;
        continue;
      }
      out += t[i];
    }
    out += (++sentences % 4 == 0) ? "\n\n" : " ";
  }
  return out;
}

struct Corpus {
  std::vector<std::string> reports;
  std::size_t bytes = 0;
};

const loaders::TextExtractor& extractor() {
  static const auto ex = [] {
    auto schema = loaders::load_schema(std::string(LINKCHART_DATA_DIR) + "/schema.json");
    auto files = loaders::gazetteer_files(std::string(LINKCHART_DATA_DIR) + "/gazetteer");
    auto e = loaders::TextExtractor::load(files, std::string(LINKCHART_DATA_DIR) + "/patterns.json", *schema);
    if (!e) {
      std::fprintf(stderr, "%s\n", e.error().front().to_string().c_str());
      std::exit(1);
    }
    return std::move(*e);
  }();
  return ex;
}

const Corpus& corpus() {
  static const Corpus c = [] {
    Corpus out;
    std::vector<std::vector<loaders::GazetteerEntry>> lists;
    for (const auto& f : loaders::gazetteer_files(std::string(LINKCHART_DATA_DIR) + "/gazetteer"))
      lists.push_back(*loaders::load_gazetteer(f));
    const Names n = names_from(*loaders::merge_gazetteers(std::move(lists)));
    std::mt19937_64 rng(20261122);
    while (out.bytes < corpus_mb << 20) {
      out.reports.push_back(make_report(rng, n));
      out.bytes += out.reports.back().size();
    }
    return out;
  }();
  return c;
}

void BM_Extract(benchmark::State& state) {
  const auto& c = corpus();
  const auto& ex = extractor();
  std::size_t sentences = 0, entities = 0, relations = 0, claims = 0;
  for (auto _ : state) {
    sentences = entities = relations = claims = 0;
    for (std::size_t i = 0; i < c.reports.size(); ++i) {
      auto r = ex.extract(c.reports[i], "r", "r.txt");
      sentences += r.sentences;
      entities += r.entities.size();
      relations += r.relations.size();
      claims += r.claims.size();
      benchmark::DoNotOptimize(r);
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * c.bytes));
  state.counters["MB"] = static_cast<double>(c.bytes) / (1 << 20);
  state.counters["sentences_per_s"] =
      benchmark::Counter(static_cast<double>(sentences) * static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
  state.counters["relations"] = static_cast<double>(relations);
  state.counters["claims"] = static_cast<double>(claims);
  state.counters["entities"] = static_cast<double>(entities);
}
BENCHMARK(BM_Extract)->Unit(benchmark::kSecond)->Iterations(3)->UseRealTime();

// Real report text at its real density: the four bundled rewrites (data/reports),
// extracted over and over to the same total size.
void BM_ExtractBundledReports(benchmark::State& state) {
  std::vector<std::string> texts;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(LINKCHART_DATA_DIR) + "/reports"))
    if (entry.path().extension() == ".txt") texts.push_back(*loaders::read_file(entry.path()));
  std::sort(texts.begin(), texts.end());
  const std::size_t target = corpus_mb << 20;
  const auto& ex = extractor();
  std::size_t bytes = 0;
  for (auto _ : state) {
    bytes = 0;
    for (std::size_t i = 0; bytes < target; ++i) {
      const auto& t = texts[i % texts.size()];
      benchmark::DoNotOptimize(ex.extract(t, "r", "r.txt"));
      bytes += t.size();
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_ExtractBundledReports)->Unit(benchmark::kSecond)->Iterations(3)->UseRealTime();

// The first stage alone: splitting the same corpus into tokens and sentences.
void BM_Tokenize(benchmark::State& state) {
  const auto& c = corpus();
  for (auto _ : state)
    for (const auto& r : c.reports) benchmark::DoNotOptimize(loaders::detail::tokenize(r, {}));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * c.bytes));
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kSecond)->Iterations(3)->UseRealTime();

}  // namespace

int main(int argc, char** argv) {
  for (int i = 1; i + 1 < argc; ++i)
    if (std::strcmp(argv[i], "--corpus-mb") == 0) corpus_mb = std::stoul(argv[i + 1]);
  std::vector<char*> rest;
  for (int i = 0; i < argc; ++i) {
    if (std::strcmp(argv[i], "--corpus-mb") == 0) {
      ++i;
      continue;
    }
    rest.push_back(argv[i]);
  }
  for (int i = 1; i + 1 < argc; ++i)
    if (std::strcmp(argv[i], "--write-corpus") == 0) {
      const std::filesystem::path dir = argv[i + 1];
      std::filesystem::create_directories(dir);
      for (std::size_t k = 0; k < corpus().reports.size(); ++k) {
        char name[32];
        std::snprintf(name, sizeof name, "%05zu.txt", k);
        std::FILE* f = std::fopen((dir / name).c_str(), "wb");
        if (f == nullptr || std::fwrite(corpus().reports[k].data(), 1, corpus().reports[k].size(), f) !=
                                 corpus().reports[k].size()) {
          std::fprintf(stderr, "cannot write %s\n", (dir / name).c_str());
          return 1;
        }
        std::fclose(f);
      }
      std::fprintf(stderr, "%zu reports written to %s\n", corpus().reports.size(), dir.c_str());
      return 0;
    }
  int n = static_cast<int>(rest.size());
  benchmark::Initialize(&n, rest.data());
  std::fprintf(stderr, "generating a %zu MB corpus...\n", corpus_mb);
  std::fprintf(stderr, "%zu reports, %.1f MB\n", corpus().reports.size(), static_cast<double>(corpus().bytes) / (1 << 20));
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
