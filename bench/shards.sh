#!/usr/bin/env bash
# Map and reduce by hand: 64 shards of the Reuters-21578 JSONL extracted
# separately (two at a time), merged, and compared byte for byte with one
# build over everything. Prints the times. Run bench/run.sh first (it builds
# the binary and the corpus).
set -euo pipefail
cd "$(dirname "$0")/.."
work=${SG_BENCH_DIR:-/tmp/sg-bench}
bin=$PWD/build-bench/app/stancegraph
input=$work/reuters21578.jsonl
[ -x "$bin" ] && [ -f "$input" ] || { echo "run bench/run.sh first" >&2; exit 1; }
rm -rf "$work/shards" && mkdir -p "$work/shards"
split -n l/64 -d -a 2 --additional-suffix=.jsonl "$input" "$work/shards/part-"

start=$(date +%s.%N)
"$bin" build -q -j 2 "$input" -o "$work/whole.graphml"
whole=$(echo "$(date +%s.%N) - $start" | bc)

start=$(date +%s.%N)
ls "$work"/shards/part-*.jsonl | xargs -P 2 -I{} "$bin" extract -q -j 1 {} -o {}.events
extracted=$(echo "$(date +%s.%N) - $start" | bc)

start=$(date +%s.%N)
"$bin" merge -q "$work"/shards/part-*.events -o "$work/merged.graphml"
merged=$(echo "$(date +%s.%N) - $start" | bc)

if cmp -s "$work/whole.graphml" "$work/merged.graphml"; then same=identical; else same=DIFFERENT; fi
printf "one build: %.2f s | 64 extracts (2 at a time): %.2f s | merge of 64 shards: %.2f s | graphs %s\n" \
  "$whole" "$extracted" "$merged" "$same"
