#!/usr/bin/env bash
# The throughput benchmark (not a test): stancegraph extract over real wire
# text at -j1 and -j2, against `wc -w` on the same bytes as the floor.
#   bench/run.sh            # Reuters-21578 bodies (JSONL) and the 2017 politics CSV
#   bench/run.sh --big 1024 # also a 1 GB JSONL for peak memory
# Prints documents/s, sentences/s, MB/s, peak RSS and events per run, each the
# best of SG_BENCH_RUNS runs (3; the 1 GB run once).
set -euo pipefail
cd "$(dirname "$0")/.."
big_mb=0
if [ "${1:-}" = "--big" ]; then big_mb=${2:-1024}; fi
work=${SG_BENCH_DIR:-/tmp/sg-bench}
SG_BUILD_DIR=build-bench scripts/build.sh -DCMAKE_BUILD_TYPE=Release -DSG_BUILD_TESTS=OFF >/dev/null
python3 bench/make_corpus.py "$work" --big-mb "$big_mb"
bin=build-bench/app/stancegraph

# Shared machines are noisy: each row is the fastest of $runs runs (peak RSS
# the largest), the usual way to report a time that noise can only lengthen.
runs=${SG_BENCH_RUNS:-3}

run() {  # name, jobs, input, extra...
  local name=$1 jobs=$2 input=$3
  shift 3
  local log; log=$(mktemp)
  local seconds="" rss_kb=0 s r i
  for ((i = 0; i < ${RUNS:-$runs}; i++)); do
    /usr/bin/time -f "%e %M" -o "$log.time" "$bin" extract -j "$jobs" "$input" "$@" -o /dev/null 2>"$log"
    read -r s r <"$log.time"
    if [ -z "$seconds" ] || [ "$(echo "$s < $seconds" | bc)" = 1 ]; then seconds=$s; fi
    if [ "$r" -gt "$rss_kb" ]; then rss_kb=$r; fi
  done
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
  local start end best="" i
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s.%N); wc -w "$2" >/dev/null; end=$(date +%s.%N)
    local s; s=$(echo "$end - $start" | bc)
    if [ -z "$best" ] || [ "$(echo "$s < $best" | bc)" = 1 ]; then best=$s; fi
  done
  awk -v n="$1" -v s="$best" -v b="$(stat -c %s "$2")" \
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
  RUNS=1 run big.jsonl 2 "$work/big.jsonl"
fi
