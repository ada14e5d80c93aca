#!/bin/sh
# How long Graphviz takes to draw a big stancegraph DOT file.
#
#   bench/dot_sfdp.sh [NODES] [STANCEGRAPH]      (defaults: 5000, build/app/stancegraph)
#
# Writes a synthetic events JSONL (NODES actors, two edges per actor, counts
# 1..4, dates over a year), turns it into DOT with `stancegraph merge`, then
# times `sfdp -Tpng` on it and the whole `merge -o big.png` path. Past
# DotOptions::large_graph (1,000) drawn nodes the DOT is written for sfdp
# (overlap=prism, no edge labels, no legend), which is what is measured here.
# Not a test: run it by hand and record the times in the README.
#
# Measured (2 cores, Graphviz 2.43, 5,000 nodes / 10,000 edges, the machine
# shared with other builds): sfdp -Tsvg 4.9 s; sfdp -Tpng 4.6-7.7 s (a
# 3840x2489, 11 MB PNG); `stancegraph merge -o big.png` 4.4-7.9 s. Without
# size="40,40" the PNG was 82 MB and took 17 s; without overlap=prism the
# layout takes 2 s but nodes overlap.
set -eu
nodes=${1:-5000}
binary=${2:-build/app/stancegraph}
work=$(mktemp -d "${TMPDIR:-/tmp}/sg-bench-dot.XXXXXX")
trap 'rm -rf "$work"' EXIT

command -v sfdp >/dev/null || { echo "sfdp not found: install graphviz" >&2; exit 77; }

awk -v n="$nodes" 'BEGIN {
  split("cooperate demand disapprove support consult reject", stance, " ")
  seed = 12345
  for (i = 0; i < n; ++i) {
    for (k = 0; k < 2; ++k) {
      seed = (seed * 1103515245 + 12345) % 2147483648
      j = seed % n; if (j == i) j = (i + 1) % n
      s = stance[1 + (i + k) % 6]
      repeats = 1 + seed % 4
      for (r = 0; r < repeats; ++r) {
        printf "{\"doc\":\"bench-%d.txt\",\"sentence_index\":%d,\"sentence\":\"A%d and A%d.\",", i, k * 4 + r, i, j
        printf "\"actor\":\"A%d\",\"actor_name\":\"Actor %d\",\"stance\":\"%s\",\"polarity\":%d,", i, i, s, (k ? -1 : 1)
        printf "\"target\":\"A%d\",\"target_name\":\"Actor %d\",\"date\":\"2022-%02d-%02d\"}\n", j, j, 1 + (i + r) % 12, 1 + (i * 7) % 28
      }
    }
  }
}' > "$work/events.jsonl"

seconds() {  # seconds() COMMAND...: run it, print the wall time
  start=$(date +%s.%N)
  "$@"
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

"$binary" merge -q "$work/events.jsonl" -o "$work/big.dot"
echo "graph: $(grep -c ' \[label=' "$work/big.dot") nodes, $(grep -c ' -> ' "$work/big.dot") edges"
head -n 3 "$work/big.dot"
echo "sfdp -Tsvg big.dot:             $(seconds sfdp -Tsvg "$work/big.dot" -o "$work/big.svg") s"
echo "sfdp -Tpng big.dot:             $(seconds sfdp -Tpng "$work/big.dot" -o "$work/big.png") s"
echo "stancegraph merge -o big.png:   $(seconds "$binary" merge -q "$work/events.jsonl" -o "$work/direct.png") s"
echo "png: $(wc -c < "$work/direct.png") bytes; $(nproc) cores; $(sfdp -V 2>&1)"
