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
