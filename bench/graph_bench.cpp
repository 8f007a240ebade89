// Query and load speed on one graph file (Google Benchmark). bench/compare.py runs the
// same queries, on the same file and the same entity pairs, through NetworkX and
// python-igraph, and prints the ratios.
//
//   graph_bench GRAPH.json [--benchmark_* flags]
//
// Each query benchmark runs one query per iteration over a fixed list of entity pairs
// (pair i: ((i * 7919 + 13) mod n, (i * 104729 + 7) mod n), as in compare.py) and also
// reports the median single-query time as the counter median_us.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "graph/network.hpp"
#include "graph/path.hpp"
#include "loaders/json_graph.hpp"
#include "loaders/json_schema.hpp"

namespace {

using namespace linkchart;

std::string graph_file;
graph::Schema schema;
std::optional<graph::EntityGraph> loaded;

graph::EntityGraph& the_graph() {
  if (!loaded) {
    auto g = loaders::load_graph(graph_file, schema);
    if (!g) {
      std::fprintf(stderr, "%s\n", g.error().front().to_string().c_str());
      std::exit(1);
    }
    loaded = std::move(*g);
    (void)graph::shortest_path(*loaded, graph::EntityId{0}, graph::EntityId{0});  // builds the index
  }
  return *loaded;
}

std::pair<graph::EntityId, graph::EntityId> pair_at(std::size_t i, std::size_t n) {
  return {graph::EntityId{static_cast<std::uint32_t>((i * 7919 + 13) % n)},
          graph::EntityId{static_cast<std::uint32_t>((i * 104729 + 7) % n)}};
}

// Runs `query(i)` once per iteration and records the median.
template <class F>
void timed(benchmark::State& state, F&& query) {
  std::vector<double> times;
  std::size_t i = 0;
  for (auto _ : state) {
    auto start = std::chrono::steady_clock::now();
    query(i++);
    times.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count());
  }
  std::nth_element(times.begin(), times.begin() + static_cast<std::ptrdiff_t>(times.size() / 2), times.end());
  state.counters["median_us"] = times[times.size() / 2];
}

void load(benchmark::State& state) {
  for (auto _ : state) {
    auto g = loaders::load_graph(graph_file, schema);
    if (!g) state.SkipWithError("load failed");
    (void)graph::shortest_path(*g, graph::EntityId{0}, graph::EntityId{0});  // the query index
    benchmark::DoNotOptimize(g);
  }
}

void shortest(benchmark::State& state) {
  auto& g = the_graph();
  std::size_t hops = 0;
  timed(state, [&](std::size_t i) {
    auto [a, b] = pair_at(i, g.entity_count());
    auto p = graph::shortest_path(g, a, b);
    hops += p ? p->length() : 0;
  });
  benchmark::DoNotOptimize(hops);
}

void dijkstra(benchmark::State& state) {
  auto& g = the_graph();
  graph::PathOptions o;
  o.weighted = true;
  timed(state, [&](std::size_t i) {
    auto [a, b] = pair_at(i, g.entity_count());
    benchmark::DoNotOptimize(graph::shortest_path(g, a, b, o));
  });
}

void k_shortest(benchmark::State& state) {
  auto& g = the_graph();
  timed(state, [&](std::size_t i) {
    auto [a, b] = pair_at(i, g.entity_count());
    benchmark::DoNotOptimize(graph::k_shortest_paths(g, a, b, 5));
  });
}

void ego(benchmark::State& state) {
  auto& g = the_graph();
  timed(state, [&](std::size_t i) {
    auto [a, b] = pair_at(i, g.entity_count());
    benchmark::DoNotOptimize(graph::neighbours(g, a, 2));
  });
}

void betweenness(benchmark::State& state) {
  auto& g = the_graph();
  for (auto _ : state) benchmark::DoNotOptimize(graph::centrality(g, graph::Centrality::betweenness));
}

void pagerank(benchmark::State& state) {
  auto& g = the_graph();
  for (auto _ : state) benchmark::DoNotOptimize(graph::centrality(g, graph::Centrality::pagerank));
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || argv[1][0] == '-') {
    std::fprintf(stderr, "usage: graph_bench GRAPH.json [--benchmark_* flags]\n");
    return 2;
  }
  graph_file = argv[1];
  auto s = loaders::load_schema(std::string(LINKCHART_DATA_DIR) + "/schema.json");
  if (!s) return 1;
  schema = *s;
  std::size_t n = the_graph().entity_count();
  benchmark::RegisterBenchmark("load", load)->Unit(benchmark::kMillisecond)->Iterations(n > 500000 ? 1 : 3);
  benchmark::RegisterBenchmark("shortest_path", shortest)->Unit(benchmark::kMicrosecond)->Iterations(1000);
  benchmark::RegisterBenchmark("dijkstra", dijkstra)->Unit(benchmark::kMicrosecond)->Iterations(200);
  benchmark::RegisterBenchmark("k_shortest_5", k_shortest)->Unit(benchmark::kMillisecond)->Iterations(20);
  benchmark::RegisterBenchmark("ego_depth_2", ego)->Unit(benchmark::kMicrosecond)->Iterations(200);
  if (n <= 20000) benchmark::RegisterBenchmark("betweenness", betweenness)->Unit(benchmark::kMillisecond)->Iterations(1);
  benchmark::RegisterBenchmark("pagerank", pagerank)->Unit(benchmark::kMillisecond)->Iterations(n > 500000 ? 1 : 3);
  int bargc = argc - 1;
  benchmark::Initialize(&bargc, argv + 1);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
