#!/usr/bin/env bash
# Quick start, part one: install what is missing, build, and run stancegraph
# on the bundled samples/. Writes out/samples.{graphml,dot,gexf,json,csv,jsonl}
# and, with Graphviz, out/samples.png.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
mkdir -p out
./build/app/stancegraph build samples \
  -o out/samples.graphml -o out/samples.dot -o out/samples.gexf -o out/samples.json -o out/samples.csv \
  --events out/samples.jsonl
if command -v dot >/dev/null; then
  dot -Tpng out/samples.dot -o out/samples.png
  echo "demo: picture in out/samples.png"
fi
echo "demo: graph in out/samples.graphml (Gephi, networkx), out/samples.gexf (Gephi timeline), events in out/samples.jsonl"
