#!/usr/bin/env bash
# The main job on the bundled data: installs what is missing, builds linkchart, reads
# the four bundled reports (data/reports/*.txt, our own retellings of the Kursk reports)
# through the text loader into a graph, answers a path question with its evidence and
# draws the diagram and the HTML report.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh --target linkchart >/dev/null
lc=build/cli/linkchart
mkdir -p out
graph=out/kursk.json

echo "== linkchart extract data/reports/002_shoigu_in_pyongyang.txt (what the loader finds in one report)"
"$lc" extract data/reports/002_shoigu_in_pyongyang.txt
echo
echo "== linkchart build data/reports/*.txt --meta data/reports/reports.json -o $graph"
"$lc" build data/reports/*.txt --meta data/reports/reports.json -o "$graph"
echo
echo "== linkchart stats $graph"
"$lc" stats "$graph"
echo
echo "== linkchart path $graph \"Kim Jong Un\" \"Sumy\""
"$lc" path "$graph" "Kim Jong Un" "Sumy"
echo
echo "== linkchart claims $graph --conflicts (figures the reports disagree on)"
"$lc" claims "$graph" --conflicts
echo
echo "== linkchart entities $graph --merges --type unit (which names were found to be one group, and why)"
"$lc" entities "$graph" --merges --type unit
echo
echo "== linkchart render $graph -o out/kursk.svg"
"$lc" render "$graph" -o out/kursk.svg --title "North Korean deployments to Russia: four reports"
"$lc" render "$graph" -o out/kursk.png --title "North Korean deployments to Russia: four reports"
echo
echo "== linkchart report $graph -o out/kursk.html --path \"Kim Jong Un\" \"Sumy\""
"$lc" report "$graph" -o out/kursk.html --path "Kim Jong Un" "Sumy" \
  --title "How Kim Jong Un is linked to the Sumy region"
echo
echo "The graph built from the reports is $(pwd)/$graph."
echo "The diagram is in $(pwd)/out/kursk.svg (and out/kursk.png); open it in a browser."
echo "The report, with the path, its evidence and the figures the reports disagree on, is $(pwd)/out/kursk.html."
