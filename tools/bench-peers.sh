#!/usr/bin/env bash
# Whole-command speed beside the tools a user would pick instead: builds setu in release mode, sets up a
# Python virtual environment from PyPI (indic-nlp-library, pyahocorasick, translate-toolkit 2.5.1 for tmdb,
# rapidfuzz), generates the data with Setu's generators (never committed) and runs tools/bench_peers.py,
# which alternates Setu and the peer (A B A B …, 3 pairs) and prints one JSON line per comparison.
#   bash tools/bench-peers.sh [--runs N] [--only segment|terms|import|lookup]
set -euo pipefail
cd "$(dirname "$0")/.."

data=bench-data
mkdir -p "$data"
[ -s "$data/news-100mb.txt" ] || python3 tools/gen_corpus.py --mb 100 --seed 7 > "$data/news-100mb.txt"
[ -s "$data/news-10mb.txt" ] || python3 tools/gen_corpus.py --mb 10 --seed 7 > "$data/news-10mb.txt"
for entries in 100 100000; do
  [ -s "$data/glossary-$entries.tsv" ] || python3 tools/gen_glossary.py --entries "$entries" --seed 7 > "$data/glossary-$entries.tsv"
done
[ -s "$data/tm-100k.tmx" ] || python3 tools/gen_tm.py --units 100000 --seed 7 --tmx "$data/tm-100k.tmx" \
  --queries "$data/fuzzy-100k.jsonl" --concordance-queries "$data/conc-100k.jsonl" --exact-queries "$data/exact-100k.jsonl" >&2

venv=$data/peers-venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q indic-nlp-library pyahocorasick "translate-toolkit==2.5.1" rapidfuzz lxml >&2
fi

# The installed build (README, "Installing"): release, Swift runtime linked in, which starts a process in
# about half the time of a dynamically linked one.
swift build -c release --static-swift-stdlib --product setu --scratch-path .build/static >&2
setu="$(swift build -c release --static-swift-stdlib --scratch-path .build/static --show-bin-path)/setu"
# Large glossaries are cached per glossary and per build (README, "Commands"): the first of the alternating
# runs builds the cache, the median is of the runs that read it, as a user's second command does. Kept with
# the generated data, not in the user's cache folder.
export SETU_CACHE_DIR="${SETU_CACHE_DIR:-$PWD/$data/cache}"
python3 tools/bench_peers.py --setu "$setu" --python "$venv/bin/python" --data "$data" "$@"
