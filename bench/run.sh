#!/usr/bin/env bash
# The throughput benchmark (not a test): stancegraph extract over real wire
# text at -j1 and -j2, against `wc -w` on the same bytes as the floor.
#   bench/run.sh            # Reuters-21578 bodies (JSONL) and the 2017 politics CSV
#   bench/run.sh --big 1024 # also a 1 GB JSONL for peak memory
# Prints documents/s, sentences/s, MB/s, peak RSS and events per run.
set -euo pipefail
cd "$(dirname "$0")/.."
big_mb=0
if [ "${1:-}" = "--big" ]; then big_mb=${2:-1024}; fi
work=${SG_BENCH_DIR:-/tmp/sg-bench}
SG_BUILD_DIR=build-bench scripts/build.sh -DCMAKE_BUILD_TYPE=Release -DSG_BUILD_TESTS=OFF >/dev/null
python3 bench/make_corpus.py "$work" --big-mb "$big_mb"
bin=build-bench/app/stancegraph

run() {  # name, jobs, input, extra...
  local name=$1 jobs=$2 input=$3
  shift 3
  local log; log=$(mktemp)
  /usr/bin/time -f "%e %M" -o "$log.time" "$bin" extract -j "$jobs" "$input" "$@" -o /dev/null 2>"$log"
  read -r seconds rss_kb <"$log.time"
  local summary; summary=$(grep '^stancegraph: [0-9]* documents' "$log" | tail -1)
  local docs sentences events bytes
  docs=$(sed -E 's/^stancegraph: ([0-9]+) documents.*/\1/' <<<"$summary")
  sentences=$(sed -E 's/.* ([0-9]+) sentences.*/\1/' <<<"$summary")
  events=$(sed -E 's/.* ([0-9]+) events.*/\1/' <<<"$summary")
  bytes=$(find "$input" -type f -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
  awk -v n="$name" -v j="$jobs" -v s="$seconds" -v d="$docs" -v z="$sentences" -v e="$events" \
      -v b="$bytes" -v r="$rss_kb" 'BEGIN {
    if (s < 0.01) s = 0.01
    printf "| %s | -j%d | %.2f s | %.0f | %.0f | %.1f | %.0f MB | %d |\n", n, j, s, d / s, z / s, b / s / 1048576, r / 1024, e }'
  rm -f "$log" "$log.time"
}

floor() {  # name, input
  local start end
  start=$(date +%s.%N); wc -w "$2" >/dev/null; end=$(date +%s.%N)
  awk -v n="$1" -v s="$(echo "$end - $start" | bc)" -v b="$(stat -c %s "$2")" \
      'BEGIN { printf "| %s | wc -w | %.2f s | | | %.1f | | |\n", n, s, b / s / 1048576 }'
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -r)"
echo "| input | run | time | documents/s | sentences/s | MB/s | peak RSS | events |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
for input in reuters21578.jsonl politics2017.csv reuters21578x5.jsonl; do
  floor "$input" "$work/$input"
  run "$input" 1 "$work/$input"
  run "$input" 2 "$work/$input"
done
# The same 100,000 texts as files and as one JSONL: what the files cost.
run "files/ (100,000 .txt)" 1 "$work/files"
run files.jsonl 1 "$work/files.jsonl"
if [ "$big_mb" -gt 0 ]; then
  floor big.jsonl "$work/big.jsonl"
  run big.jsonl 2 "$work/big.jsonl"
fi
