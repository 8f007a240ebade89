// Writes a scale-free test graph in linkchart's JSON format: preferential attachment
// (Barabasi-Albert), each new entity linked to `m` existing ones, so about m relations
// per entity and a few hubs with very many, like real link charts. Deterministic for a
// given size, m and seed.
//
//   make_graph ENTITIES OUT.json [M=5] [SEED=1]
#include <cstdio>
#include <cstdlib>
#include <random>
#include <set>
#include <string>
#include <vector>

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: make_graph ENTITIES OUT.json [M=5] [SEED=1]\n");
    return 2;
  }
  const long n = std::atol(argv[1]);
  const int m = argc > 3 ? std::atoi(argv[3]) : 5;
  const unsigned seed = argc > 4 ? static_cast<unsigned>(std::atoi(argv[4])) : 1u;
  if (n < m + 1 || m < 1) {
    std::fprintf(stderr, "make_graph: need ENTITIES > M >= 1\n");
    return 2;
  }
  std::FILE* out = std::fopen(argv[2], "w");
  if (out == nullptr) {
    std::perror(argv[2]);
    return 1;
  }
  std::mt19937_64 rng(seed);
  const char* types[] = {"state", "official", "agency", "unit"};
  const int reports = 100;
  std::fprintf(out, "{\n  \"format\": \"linkchart-graph\",\n  \"version\": 1,\n  \"reports\": [\n");
  for (int r = 0; r < reports; ++r)
    std::fprintf(out, "    {\"id\": \"r%d\", \"title\": \"Report %d\"}%s\n", r, r, r + 1 < reports ? "," : "");
  std::fprintf(out, "  ],\n  \"entities\": [\n");
  for (long i = 0; i < n; ++i)
    std::fprintf(out, "    {\"id\": \"e%ld\", \"name\": \"Entity %ld\", \"type\": \"%s\"}%s\n", i, i, types[rng() % 4],
                 i + 1 < n ? "," : "");
  std::fprintf(out, "  ],\n  \"relations\": [\n");
  // Endpoint list: picking a uniform element picks an entity in proportion to degree.
  std::vector<long> ends;
  ends.reserve(static_cast<std::size_t>(n) * static_cast<std::size_t>(m) * 2);
  bool first = true;
  auto relation = [&](long a, long b) {
    int report = static_cast<int>(rng() % reports);
    std::fprintf(out, "%s    {\"source\": \"e%ld\", \"type\": \"supports\", \"target\": \"e%ld\", \"evidence\": [{\"report\": \"r%d\"",
                 first ? "" : ",\n", a, b, report);
    if (rng() % 3 == 0) std::fprintf(out, ", \"attributed_to\": \"e%ld\"", static_cast<long>(rng() % static_cast<unsigned long>(n)));
    std::fprintf(out, "}]}");
    first = false;
    ends.push_back(a);
    ends.push_back(b);
  };
  for (long i = 0; i <= m; ++i)
    for (long j = 0; j < i; ++j) relation(i, j);
  for (long i = m + 1; i < n; ++i) {
    std::set<long> targets;
    while (static_cast<int>(targets.size()) < m) targets.insert(ends[rng() % ends.size()]);
    for (long t : targets) relation(i, t);
  }
  std::fprintf(out, "\n  ]\n}\n");
  return std::fclose(out) == 0 ? 0 : 1;
}
