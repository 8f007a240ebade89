#!/usr/bin/python3
"""Runs linkchart's graph_bench and the same queries through python-igraph and NetworkX
on the same graph files and entity pairs, and prints the times side by side.

    /usr/bin/python3 bench/compare.py BUILD/bench/graph_bench GRAPH.json [GRAPH.json ...]
    /usr/bin/python3 bench/compare.py --rounds 5 BUILD/bench/graph_bench GRAPH.json

--rounds R measures the point-to-point shortest path only, R times over, alternating
linkchart and the peers (graph loaded once on the Python side), and prints each round's
medians and ratios and the median ratio over the rounds: on a shared machine whose speed
drifts by tens of percent between minutes, ratios from neighbouring runs are steadier
than one pair of runs.

Debian's python3-igraph and python3-networkx live in /usr/bin/python3 (install them
with scripts/install-deps.sh --bench). Times are medians of single queries over the
same pairs as graph_bench (pair i = ((i*7919 + 13) mod n, (i*104729 + 7) mod n)):
1,000 for shortest paths, 200 for Dijkstra and ego networks, 20 for 5 shortest paths.
Loads are one run each: linkchart's includes building its query index; the peers'
include Python's json.load and building their graph.
"""
import json
import math
import statistics
import subprocess
import sys
import time

import igraph
import networkx as nx

QUERIES = {"shortest_path": 1000, "dijkstra": 200, "k_shortest_5": 20, "ego_depth_2": 200}


def pairs(n, count):
    return [((i * 7919 + 13) % n, (i * 104729 + 7) % n) for i in range(count)]


def median_ms(fn, items):
    times = []
    for item in items:
        start = time.perf_counter()
        fn(item)
        times.append((time.perf_counter() - start) * 1000.0)
    return statistics.median(times)


def nx_or_none(fn, G, a, b):
    try:
        return fn(G, a, b)
    except nx.NetworkXNoPath:
        return None


def ours(binary, path):
    out = subprocess.run([binary, path, "--benchmark_format=json"], capture_output=True, text=True, check=True)
    result = {}
    for b in json.loads(out.stdout)["benchmarks"]:
        name = b["name"].split("/")[0]
        if "median_us" in b:
            result[name] = b["median_us"] / 1000.0
        else:
            scale = {"ms": 1.0, "us": 0.001, "ns": 1e-6, "s": 1000.0}[b["time_unit"]]
            result[name] = b["real_time"] * scale
    return result


def load_peer(path):
    start = time.perf_counter()
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    index = {e["id"]: i for i, e in enumerate(doc["entities"])}
    edges, weights = [], []
    for r in doc["relations"]:
        edges.append((index[r["source"]], index[r["target"]]))
        # linkchart's --weighted cost (graph/corroboration.hpp): -ln(confidence), with
        # confidence 1 - 0.5^k over k independent sources (each named source once, plus
        # each report stating it unattributed; the generated graphs have no hedges)
        named = {ev["attributed_to"] for ev in r["evidence"] if ev.get("attributed_to")}
        own = {ev["report"] for ev in r["evidence"] if not ev.get("attributed_to")}
        weights.append(-math.log(1.0 - 0.5 ** (len(named) + len(own))))
    g = igraph.Graph(n=len(index), edges=edges)
    g.es["weight"] = weights
    igraph_load = (time.perf_counter() - start) * 1000.0
    start = time.perf_counter()
    G = nx.Graph()
    G.add_nodes_from(range(len(index)))
    for (a, b), w in zip(edges, weights):
        G.add_edge(a, b, weight=w)
    nx_load = igraph_load + (time.perf_counter() - start) * 1000.0
    return g, G, igraph_load, nx_load


def peers(path, with_betweenness):
    g, G, ig_load, nx_load = load_peer(path)
    n = g.vcount()
    r_ig, r_nx = {"load": ig_load}, {"load": nx_load}
    p = pairs(n, QUERIES["shortest_path"])
    r_ig["shortest_path"] = median_ms(lambda ab: g.get_shortest_paths(ab[0], ab[1], output="vpath"), p)
    r_nx["shortest_path"] = median_ms(lambda ab: nx_or_none(nx.shortest_path, G, *ab), p)
    p = pairs(n, QUERIES["dijkstra"])
    r_ig["dijkstra"] = median_ms(lambda ab: g.get_shortest_paths(ab[0], ab[1], weights="weight", output="vpath"), p)
    r_nx["dijkstra"] = median_ms(lambda ab: nx_or_none(nx.bidirectional_dijkstra, G, *ab), p)
    p = pairs(n, QUERIES["k_shortest_5"])
    # igraph's k shortest paths took 26 s a query on 1M entities: too slow to repeat.
    if hasattr(g, "get_k_shortest_paths") and n <= 200000:
        r_ig["k_shortest_5"] = median_ms(lambda ab: g.get_k_shortest_paths(ab[0], ab[1], k=5), p)

    def nx_k(ab):
        it = nx.shortest_simple_paths(G, *ab)
        try:
            for _ in range(5):
                if next(it, None) is None:
                    break
        except nx.NetworkXNoPath:
            pass

    r_nx["k_shortest_5"] = median_ms(nx_k, p)
    p = pairs(n, QUERIES["ego_depth_2"])
    r_ig["ego_depth_2"] = median_ms(lambda ab: g.neighborhood(ab[0], order=2), p)
    r_nx["ego_depth_2"] = median_ms(lambda ab: nx.single_source_shortest_path_length(G, ab[0], cutoff=2), p)
    if with_betweenness:
        r_ig["betweenness"] = median_ms(lambda _: g.betweenness(), [0])
    start = time.perf_counter()
    g.pagerank()
    r_ig["pagerank"] = (time.perf_counter() - start) * 1000.0
    try:
        start = time.perf_counter()
        nx.pagerank(G)
        r_nx["pagerank"] = (time.perf_counter() - start) * 1000.0
    except ImportError:
        pass  # NetworkX's pagerank needs scipy
    return n, r_ig, r_nx


def fmt(ms):
    if ms is None:
        return "-"
    return f"{ms * 1000:.1f} us" if ms < 1 else f"{ms:.1f} ms" if ms < 1000 else f"{ms / 1000:.2f} s"


def ratio(peer, mine):
    return "-" if peer is None or not mine else f"{peer / mine:.1f}x"


def rounds(count, binary, path):
    g, G, _, _ = load_peer(path)
    p = pairs(g.vcount(), QUERIES["shortest_path"])
    r_ig, r_nx = [], []
    print("| round | linkchart | igraph | igraph / linkchart | NetworkX | NetworkX / linkchart |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: |")
    for k in range(count):
        out = subprocess.run([binary, path, "--benchmark_format=json", "--benchmark_filter=^shortest_path"],
                             capture_output=True, text=True, check=True)
        mine = json.loads(out.stdout)["benchmarks"][0]["median_us"] / 1000.0
        ig = median_ms(lambda ab: g.get_shortest_paths(ab[0], ab[1], output="vpath"), p)
        nxt = median_ms(lambda ab: nx_or_none(nx.shortest_path, G, *ab), p)
        r_ig.append(ig / mine)
        r_nx.append(nxt / mine)
        print(f"| {k + 1} | {fmt(mine)} | {fmt(ig)} | {ig / mine:.1f}x | {fmt(nxt)} | {nxt / mine:.1f}x |", flush=True)
    print(f"\n{g.vcount():,} entities, shortest path, median ratio over {count} rounds: "
          f"igraph / linkchart {statistics.median(r_ig):.1f}x, NetworkX / linkchart {statistics.median(r_nx):.1f}x")
    return 0


def main():
    if len(sys.argv) >= 5 and sys.argv[1] == "--rounds":
        return rounds(int(sys.argv[2]), sys.argv[3], sys.argv[4])
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    binary = sys.argv[1]
    rows = []
    for path in sys.argv[2:]:
        mine = ours(binary, path)
        n, ig, nxr = peers(path, "betweenness" in mine)
        for q in ["load", "shortest_path", "dijkstra", "k_shortest_5", "ego_depth_2", "betweenness", "pagerank"]:
            if q not in mine:
                continue
            rows.append((f"{n:,}", q, fmt(mine[q]), fmt(ig.get(q)), ratio(ig.get(q), mine[q]), fmt(nxr.get(q)),
                         ratio(nxr.get(q), mine[q])))
    print("| entities | query | linkchart | igraph | igraph / linkchart | NetworkX | NetworkX / linkchart |")
    print("| ---: | --- | ---: | ---: | ---: | ---: | ---: |")
    for r in rows:
        print("| " + " | ".join(r) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
