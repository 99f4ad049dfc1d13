#!/usr/bin/env python3
"""Runs each Setu command and the tool a user would pick instead, alternately (A B A B …), as whole
processes on the same input, and prints one JSON line per comparison:
{"work", "setu_command", "peer", "setu_seconds", "peer_seconds", "ratio", "setu_peak_mb", "peer_peak_mb", "runs"}
with medians over the runs (ratio = Setu ÷ peer). Called by tools/bench-peers.sh, which prepares the
virtual environment and the data.

    python3 tools/bench_peers.py --setu PATH --python VENV_PYTHON --data bench-data [--runs 3] [--only NAME]
"""
import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

PEERS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "peers")


def run(command, setup=None):
    """Wall seconds and peak resident MB of one process (its children included)."""
    if setup:
        setup()
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    with open(os.devnull, "wb") as sink:
        result = subprocess.run(command, stdout=sink, stderr=subprocess.PIPE)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"bench_peers: {' '.join(command)} failed: {result.stderr.decode(errors='replace')[-400:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    # ru_maxrss of children is the maximum over all children so far; report it only when it grew.
    return seconds, max(peak, before) / 1024


def compare(name, setu_command, peer_command, peer_name, runs, setup=None):
    setu_times, peer_times, setu_peaks, peer_peaks = [], [], [], []
    for _ in range(runs):
        seconds, peak = run(setu_command, setup)
        setu_times.append(seconds)
        setu_peaks.append(peak)
        seconds, peak = run(peer_command, setup)
        peer_times.append(seconds)
        peer_peaks.append(peak)
    setu, peer = statistics.median(setu_times), statistics.median(peer_times)
    print(json.dumps({
        "work": name, "setu_command": " ".join(setu_command[1:]), "peer": peer_name,
        "setu_seconds": round(setu, 3), "peer_seconds": round(peer, 3), "ratio": round(setu / peer, 2),
        "runs": runs,
    }, ensure_ascii=False), flush=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--setu", required=True)
    parser.add_argument("--python", required=True)
    parser.add_argument("--data", required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only")
    args = parser.parse_args()
    data, setu, python, runs = args.data, args.setu, args.python, args.runs
    scratch = tempfile.mkdtemp(prefix="setu-peers-")

    def wanted(name):
        return args.only is None or args.only in name

    try:
        if wanted("segment"):
            for mb in (100,):
                text = f"{data}/news-{mb}mb.txt"
                for fmt in ("text", "jsonl"):
                    compare(f"segment {mb} MB ({fmt})", [setu, "segment", "--format", fmt, text],
                            [python, f"{PEERS}/indic_split.py", text], "indic-nlp sentence_split", runs)
        if wanted("terms"):
            for entries in (100, 100000):
                glossary = f"{data}/glossary-{entries}.tsv"
                for extra in ([], ["--no-suggestions"]):
                    compare(f"terms 10 MB, {entries} entries{' ' + extra[0] if extra else ''}",
                            [setu, "terms", "--format", "jsonl", *extra, "--glossary", glossary, f"{data}/news-10mb.txt"],
                            [python, f"{PEERS}/aho_terms.py", glossary, f"{data}/news-10mb.txt"], "pyahocorasick whole-word", runs)
        if wanted("import"):
            database = os.path.join(scratch, "tm.sqlite")

            def fresh():
                for suffix in ("", "-wal", "-shm", "-journal"):
                    if os.path.exists(database + suffix):
                        os.remove(database + suffix)
            compare("import 100k TMX units", [setu, "import", "--db", database, "--glossary", "glossaries", f"{data}/tm-100k.tmx"],
                    [python, f"{PEERS}/tmdb_import.py", database, f"{data}/tm-100k.tmx"], "translate-toolkit 2.5.1 tmdb", runs, setup=fresh)
        if wanted("lookup"):
            database = os.path.join(scratch, "lookup.sqlite")
            if not os.path.exists(database):
                subprocess.run([setu, "import", "--db", database, f"{data}/tm-100k.tmx"], check=True, stdout=subprocess.DEVNULL)
            queries = [json.loads(line)["query"] for line in open(f"{data}/fuzzy-100k.jsonl", encoding="utf-8")][:20]
            query_file = os.path.join(scratch, "queries.txt")
            open(query_file, "w", encoding="utf-8").write("\n".join(queries) + "\n")
            compare("20 fuzzy lookups, 100k units (one process each)",
                    ["bash", "-c", f'while IFS= read -r q; do "{setu}" lookup --db "{database}" --fuzzy "$q" >/dev/null; done < "{query_file}"'],
                    [python, f"{PEERS}/rapidfuzz_lookup.py", f"{data}/tm-100k.tmx", query_file], "rapidfuzz brute force (one process)", runs)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
