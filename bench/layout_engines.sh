#!/usr/bin/env bash
# How long each Graphviz engine takes to draw link charts of growing size, through
# linkchart render (SVG, labelled edges), so that the default engine can be chosen by
# size. Uses bench/make_graph (scale-free, M relations per entity, default 2).
#   bench/layout_engines.sh BUILD_DIR [M]
set -euo pipefail
build=${1:?usage: bench/layout_engines.sh BUILD_DIR [M]}
m=${2:-2}
lc=$build/cli/linkchart
make_graph=$build/bench/make_graph
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '| entities | relations | dot | neato | sfdp |\n| ---: | ---: | ---: | ---: | ---: |\n'
for n in 25 50 100 200 400; do
  "$make_graph" "$n" "$tmp/g.json" "$m" >/dev/null
  relations=$("$lc" stats "$tmp/g.json" --json | grep '"relations"' | head -1 | tr -dc 0-9)
  row="| $n | $relations |"
  for engine in dot neato sfdp; do
    start=$(date +%s.%N)
    if out=$("$lc" render "$tmp/g.json" -o "$tmp/g.svg" --engine "$engine" --time-budget 60 --no-legend 2>&1) &&
       ! grep -q "drawn with sfdp instead" <<<"$out"; then
      row+=" $(echo "$(date +%s.%N) - $start" | bc -l | xargs printf '%.2f') s |"
    else
      row+=" > 60 s |"
    fi
  done
  echo "$row"
done
