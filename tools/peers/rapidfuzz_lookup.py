"""Peer for `setu lookup --fuzzy`: rapidfuzz's ratio over every stored Hindi source (brute force), for each
query of a file, in one process (loading the TMX once)."""
import re
import sys

from rapidfuzz import fuzz, process

sources = []
with open(sys.argv[1], encoding="utf-8") as tmx:
    for line in tmx:
        match = re.search(r'<tuv xml:lang="hi[^"]*"><seg>(.*?)</seg>', line)
        if match:
            sources.append(match.group(1))
for query in open(sys.argv[2], encoding="utf-8"):
    query = query.strip()
    if query:
        for text, score, index in process.extract(query, sources, scorer=fuzz.ratio, limit=10, score_cutoff=70):
            print(f"{score:.0f}\t{text}")
