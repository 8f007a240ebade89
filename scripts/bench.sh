#!/usr/bin/env bash
# Builds the benchmarks, generates scale-free graphs of the given sizes (default 10k,
# 100k and 1M entities, about 5 relations each) and prints linkchart's times beside
# python-igraph's and NetworkX's on the same files (bench/compare.py).
#   scripts/bench.sh [ENTITIES ...]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh --bench
cmake -S . -B build-bench -DLINKCHART_BENCH=ON -DLINKCHART_TESTS=OFF -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build-bench -j "$(nproc)" >/dev/null
sizes=("$@")
[[ ${#sizes[@]} -eq 0 ]] && sizes=(10000 100000 1000000)
mkdir -p build-bench/graphs
files=()
for n in "${sizes[@]}"; do
  f=build-bench/graphs/g$n.json
  [[ -f $f ]] || build-bench/bench/make_graph "$n" "$f"
  files+=("$f")
done
/usr/bin/python3 bench/compare.py build-bench/bench/graph_bench "${files[@]}"
