#!/usr/bin/env bash
# The main job on the bundled data: installs what is missing, builds linkchart, loads
# the graph of the four Kursk reports, answers a path question with its evidence and
# draws the diagram.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh --target linkchart >/dev/null
lc=build/cli/linkchart
graph=data/kursk.json
mkdir -p out

echo "== linkchart stats $graph"
"$lc" stats "$graph"
echo
echo "== linkchart path $graph \"Kim Jong Un\" \"Sumy\""
"$lc" path "$graph" "Kim Jong Un" "Sumy"
echo
echo "== linkchart render $graph -o out/kursk.svg"
"$lc" render "$graph" -o out/kursk.svg --title "North Korean deployments to Russia: four reports"
"$lc" render "$graph" -o out/kursk.png --title "North Korean deployments to Russia: four reports"
echo
echo "== linkchart report $graph -o out/kursk.html --path \"Kim Jong Un\" \"Sumy\""
"$lc" report "$graph" -o out/kursk.html --path "Kim Jong Un" "Sumy" \
  --title "How Kim Jong Un is linked to the Sumy region"
echo
echo "The diagram is in $(pwd)/out/kursk.svg (and out/kursk.png); open it in a browser."
echo "The report, with the path, its evidence and the figures the reports disagree on, is $(pwd)/out/kursk.html."
