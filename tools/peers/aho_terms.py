"""Peer for `setu terms`: pyahocorasick whole-word matching of a glossary's Hindi spellings, one JSON line
per line with hits (no folding, no inflection, no segmentation)."""
import json
import sys

import ahocorasick

automaton = ahocorasick.Automaton()
with open(sys.argv[1], encoding="utf-8") as glossary:
    for line in glossary:
        if line.startswith("#") or not line.strip():
            continue
        fields = line.rstrip("\n").split("\t")
        if len(fields) < 3:
            continue
        for spelling in fields[1].split("|"):
            spelling = spelling.strip()
            if spelling:
                automaton.add_word(spelling, (spelling, fields[0]))
automaton.make_automaton()


def boundary(text, index):
    return index < 0 or index >= len(text) or not (text[index].isalnum() or "\u0900" <= text[index] <= "\u097f")


out = sys.stdout
with open(sys.argv[2], encoding="utf-8") as text:
    for number, line in enumerate(text, 1):
        hits = []
        for end, (spelling, english) in automaton.iter(line):
            start = end - len(spelling) + 1
            if boundary(line, start - 1) and boundary(line, end + 1):
                hits.append({"start": start, "end": end + 1, "surface": spelling, "english": english})
        if hits:
            out.write(json.dumps({"line": number, "terms": hits}, ensure_ascii=False) + "\n")
