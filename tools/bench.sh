#!/usr/bin/env bash
# Builds Setu's benchmark runner in release mode, generates benchmark data if missing (never committed),
# and prints one JSON line per figure: {"name": …, "value": …, "unit": …}.
set -euo pipefail
cd "$(dirname "$0")/.."

data=bench-data
mkdir -p "$data"
for mb in 1 10 100; do
  [ -s "$data/news-${mb}mb.txt" ] || python3 tools/gen_corpus.py --mb "$mb" --seed 7 > "$data/news-${mb}mb.txt"
done

for entries in 100 10000 100000; do
  [ -s "$data/glossary-$entries.tsv" ] || python3 tools/gen_glossary.py --entries "$entries" --seed 7 > "$data/glossary-$entries.tsv"
done

swift build -c release --package-path tools/bench >&2
runner=tools/bench/.build/release/setu-bench

for mb in 1 10 100; do
  "$runner" segment "${mb}mb" "$data/news-${mb}mb.txt"
done

"$runner" terms core-glossary "$data/news-10mb.txt" glossaries
for entries in 100 10000 100000; do
  "$runner" terms "glossary-$entries" "$data/news-10mb.txt" "$data/glossary-$entries.tsv"
done

# Translation memory: ingest, TMX import/export, lookups, alignment. The setu binary is built from the
# same release build as the runner.
swift build -c release --package-path tools/bench --product setu >&2
setu=tools/bench/.build/release/setu
[ -s "$data/text-10mb.txt" ] || python3 tools/gen_tm.py --text "$data/text-10mb.txt" --mb 10 --seed 7 >&2
for units in 100000 1000000; do
  label=$((units / 1000))k
  [ -s "$data/tm-$label.tmx" ] || python3 tools/gen_tm.py --units "$units" --seed 7 --tmx "$data/tm-$label.tmx" \
    --queries "$data/fuzzy-$label.jsonl" --concordance-queries "$data/conc-$label.jsonl" \
    --exact-queries "$data/exact-$label.jsonl" >&2
done

timed() {  # NAME BYTES COMMAND…: wall time, throughput and peak resident memory of a whole command
  local name=$1 bytes=$2; shift 2
  local report
  report=$( { /usr/bin/time -f "%e %M" "$@" > /dev/null 2>/dev/null; } 2>&1 | tail -1)
  local seconds=${report% *} kilobytes=${report#* }
  echo "{\"name\":\"$name.seconds\",\"value\":$seconds,\"unit\":\"s\"}"
  echo "{\"name\":\"$name.peak_memory\",\"value\":$((kilobytes / 1024)),\"unit\":\"MB\"}"
  [ "$bytes" -gt 0 ] && python3 -c "print('{\"name\":\"$name.throughput\",\"value\":%.2f,\"unit\":\"MB/s\"}' % ($bytes / 1e6 / $seconds))"
  return 0
}

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
timed ingest.text-10mb "$(stat -c %s "$data/text-10mb.txt")" "$setu" ingest --db "$scratch/ingest.sqlite" "$data/text-10mb.txt"
for label in 100k 1000k; do
  timed "import.$label" 0 "$setu" import --db "$scratch/tm-$label.sqlite" "$data/tm-$label.tmx"
  echo "{\"name\":\"store.bytes.$label\",\"value\":$(stat -c %s "$scratch/tm-$label.sqlite"),\"unit\":\"B\"}"
  timed "export.$label" 0 "$setu" export --db "$scratch/tm-$label.sqlite" --tmx "$scratch/out-$label.tmx"
  "$runner" lookup "$label" "$scratch/tm-$label.sqlite" "$data/fuzzy-$label.jsonl" "$data/exact-$label.jsonl" "$data/conc-$label.jsonl"
done
parallel=Tests/SetuAlignTests/Fixtures/parallel
"$runner" align 5000-sentences "$parallel/budget.hi.txt" "$parallel/budget.en.txt" 139
