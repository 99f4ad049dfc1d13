#!/usr/bin/env python3
"""Check the held-out fixtures: sentence rule, gold coverage, bead types,
line layout, and print the bead-count table."""
import json, re, sys
from collections import Counter

DOCS = ["cricket", "court", "monsoon", "space"]
TYPES = ["1-1", "2-1", "1-2", "1-0", "0-1"]

def split_lines(text):
    """Sentence list with the line index of each sentence."""
    out = []
    for li, line in enumerate(text.splitlines()):
        for s in re.split(r'(?<=[।.?!])\s+', line):
            if s.strip():
                out.append((s.strip(), li))
    return out

ok = True
def fail(msg):
    global ok
    ok = False
    print("FAIL:", msg)

rows = []
for name in DOCS:
    hi_text = open(f"{name}.hi.txt", encoding="utf-8").read()
    en_text = open(f"{name}.en.txt", encoding="utf-8").read()
    beads = [json.loads(l) for l in open(f"{name}.gold.jsonl", encoding="utf-8") if l.strip()]
    hi = split_lines(hi_text); en = split_lines(en_text)
    for side, text in (("hi", hi_text), ("en", en_text)):
        if not text.endswith("\n"): fail(f"{name}.{side}.txt: no final newline")
        if any(not l.strip() for l in text.splitlines()): fail(f"{name}.{side}.txt: blank line")
    gh = [s for b in beads for s in b["hi"]]
    ge = [s for b in beads for s in b["en"]]
    if gh != [s for s, _ in hi]: fail(f"{name}: hi gold != rule split")
    if ge != [s for s, _ in en]: fail(f"{name}: en gold != rule split")
    for b in beads:
        if set(b) != {"hi", "en", "type"}: fail(f"{name}: bad keys {b}")
        if b["type"] != f'{len(b["hi"])}-{len(b["en"])}': fail(f"{name}: bad type {b}")
        if b["type"] not in TYPES: fail(f"{name}: unexpected type {b['type']}")
        for s in b["hi"]:
            if s not in hi_text: fail(f"{name}: hi not substring: {s}")
        for s in b["en"]:
            if s not in en_text: fail(f"{name}: en not substring: {s}")
    # line layout: which beads cross a line boundary, and does Hindi line n map to English line n?
    hl = [li for _, li in hi]; el = [li for _, li in en]
    i = j = 0; crossing = []; line_map_same = True
    for k, b in enumerate(beads, 1):
        hls = set(hl[i:i + len(b["hi"])]); els = set(el[j:j + len(b["en"])])
        i += len(b["hi"]); j += len(b["en"])
        if len(hls) > 1 or len(els) > 1: crossing.append(k)
        if hls and els and hls != els: line_map_same = False
    n_hl = len(hi_text.splitlines()); n_el = len(en_text.splitlines())
    c = Counter(b["type"] for b in beads)
    rows.append((name, len(hi), len(en), len(beads), *[c[t] for t in TYPES]))
    print(f"{name}: {n_hl} hi lines, {n_el} en lines, same line layout: {line_map_same and n_hl == n_el}, "
          f"beads crossing a line break: {crossing or 'none'}")
    nonone = [(k, b['type']) for k, b in enumerate(beads, 1) if b['type'] != '1-1']
    print(f"  non-1-1 beads: {nonone}")

print()
print("| Document | Hindi sents | English sents | beads | " + " | ".join(TYPES) + " |")
for r in rows:
    print("| `%s` | " % r[0] + " | ".join(str(x) for x in r[1:]) + " |")
tot = [sum(r[i] for r in rows) for i in range(1, len(rows[0]))]
print("| total | " + " | ".join(str(x) for x in tot) + " |")
print(f"1-1 share: {tot[3]}/{tot[2]} = {tot[3]/tot[2]:.1%}")
print("ALL CHECKS PASSED" if ok else "CHECKS FAILED")
sys.exit(0 if ok else 1)
