#!/usr/bin/env bash
# Installs what linkchart needs to build and test, from Debian 12's packages. Safe to
# run again: it installs only what is missing. Needs root (or sudo) when it installs.
#   scripts/install-deps.sh          what building and running linkchart needs
#   scripts/install-deps.sh --test   also what the tests need (GoogleTest, Chromium)
#   scripts/install-deps.sh --bench  also Google Benchmark and the peers for bench/
set -euo pipefail

packages=(g++ cmake make pkg-config
          libboost-graph-dev libgraphviz-dev graphviz nlohmann-json3-dev libcli11-dev
          libxml2-dev libgtest-dev)
case "${1:-}" in
  --test) packages+=(chromium fonts-dejavu-core) ;;
  --bench) packages+=(libbenchmark-dev python3-networkx python3-igraph) ;;
esac

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

as_root=()
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null; then as_root=(sudo); else
    echo "install-deps: need root to install: ${missing[*]:-(nothing)}" >&2
  fi
fi

if ((${#missing[@]})); then
  echo "install-deps: installing ${missing[*]}"
  "${as_root[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# On some images Graphviz's plugins are not registered after install, and 'dot -Tsvg'
# answers "Format: svg not recognized": 'dot -c' writes the plugin configuration.
if ! echo 'digraph { a -> b }' | dot -Tsvg >/dev/null 2>&1; then
  echo "install-deps: registering Graphviz plugins (dot -c)"
  "${as_root[@]}" dot -c
fi
if ! echo 'digraph { a -> b }' | dot -Tpng >/dev/null 2>&1; then
  echo "install-deps: Graphviz cannot render PNG even after 'dot -c'" >&2
  exit 1
fi
