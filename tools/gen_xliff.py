#!/usr/bin/env python3
"""Writes an XLIFF 2.0 file of translated segments from a TMX file (the units' Hindi sources and English
targets, state="translated"), for the XLIFF import benchmark.

    python3 tools/gen_xliff.py bench-data/tm-100k.tmx > bench-data/translated-100k.xlf
"""
import re
import sys
from xml.sax.saxutils import escape

pattern = re.compile(r'<tuv xml:lang="hi[^"]*"><seg>(.*?)</seg></tuv>.*?<tuv xml:lang="en[^"]*"><seg>(.*?)</seg></tuv>')
out = sys.stdout
out.write('<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="hi-IN" trgLang="en">\n <file id="f1" original="generated.txt">\n')
count = 0
with open(sys.argv[1], encoding="utf-8") as tmx:
    for line in tmx:
        match = pattern.search(line)
        if not match:
            continue
        count += 1
        # The TMX text is already escaped XML.
        out.write(f'  <unit id="u{count}"><segment state="translated"><source>{match.group(1)}</source><target>{match.group(2)}</target></segment></unit>\n')
out.write(' </file>\n</xliff>\n')
print(f"{count} units", file=sys.stderr)
