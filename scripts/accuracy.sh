#!/usr/bin/env bash
# Prints the accuracy table of the README: stancegraph eval on every gold set,
# precision / recall / F1 at three levels. Needs a build (scripts/build.sh)
# and ../shared/corpus for the seeds, Reuters 2017 and PLOVER sets.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${SG_BUILD_DIR:-build}/app/stancegraph"
corpus=../shared/corpus

row() {  # name, gold, inputs...
  local name=$1 gold=$2
  shift 2
  "$bin" eval -q --errors 0 --gold "$gold" "$@" | awk -v name="$name" '
    /^actor\+target /          { at = sprintf("%s / %s / %s", $5, $6, $7) }
    /^actor\+target\+polarity/ { pol = $7 }
    /^actor\+target\+stance/   { st = $7 }
    END { printf "| %s | %s | %s | %s |\n", name, at, pol, st }'
}

echo "| gold | actor+target P / R / F1 (%) | +polarity F1 | +stance F1 |"
echo "| --- | --- | --- | --- |"
row "samples/ (team-written, 7 articles)" tests/gold/samples.jsonl samples/*.txt
if [ -d "$corpus/seeds" ]; then
  row "seeds (5 scraped pages, every sentence)" tests/gold/seeds.jsonl "$corpus/seeds"
  row "Reuters 2017 (46 stories, 388 sentences)" tests/gold/reuters2017.jsonl \
    "$corpus/reuters-politics-2017/reuters_politics_2017.csv"
  row "Reuters 2017 judged sample (49 sentences)" tests/gold/reuters2017_judged.jsonl \
    "$corpus/reuters-politics-2017/reuters_politics_2017.csv"
  row "Reuters 2017 second judged sample (49 sentences)" tests/gold/reuters2017_judged2.jsonl \
    "$corpus/reuters-politics-2017/reuters_politics_2017.csv"
  row "Reuters 2017 third judged sample (47 sentences)" tests/gold/reuters2017_judged3.jsonl \
    "$corpus/reuters-politics-2017/reuters_politics_2017.csv"
  row "Reuters 2017 fourth judged sample (49 sentences)" tests/gold/reuters2017_judged4.jsonl \
    "$corpus/reuters-politics-2017/reuters_politics_2017.csv"
  row "Reuters 2017 fifth judged sample (49 sentences)" tests/gold/reuters2017_judged5.jsonl \
    "$corpus/reuters-politics-2017/reuters_politics_2017.csv"
  row "Reuters 2017 sixth judged sample (49 sentences)" tests/gold/reuters2017_judged6.jsonl \
    "$corpus/reuters-politics-2017/reuters_politics_2017.csv"
  row "Reuters 2017 sentences that gave no event (60, recall only)" \
    tests/gold/reuters2017_uncovered.jsonl "$corpus/reuters-politics-2017/reuters_politics_2017.csv"
  row "Reuters 2017 second sample of sentences that gave no event (60, recall only)" \
    tests/gold/reuters2017_uncovered2.jsonl "$corpus/reuters-politics-2017/reuters_politics_2017.csv"
  row "PLOVER gold records (dyadic events)" "$corpus/plover-gsr/PLOVER_GSR_CAMEO.txt"
else
  echo "(../shared/corpus is absent: seeds, Reuters 2017 and PLOVER rows skipped)" >&2
fi
