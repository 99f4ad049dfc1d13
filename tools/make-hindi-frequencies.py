#!/usr/bin/env python3
"""Writes Sources/SetuGlossary/HindiWordFrequency+Words.swift: the Hindi words of wordfreq with their Zipf
frequency (log10 of occurrences per billion words), most frequent first, one `word<TAB>centi-Zipf` per line.

Setu's glossary builder uses them as a general-language reference: a word common in all Hindi (सरकार,
पहली) is weak evidence of a term, a word rare in general Hindi but repeated in a corpus is strong evidence;
base forms of inflected words are chosen by frequency (सीटों → सीट, not सीटा).
wordfreq's data is CC BY-SA 4.0 (Robyn Speer and contributors, https://github.com/rspeer/wordfreq);
the list keeps that licence and this attribution. Run: pip install wordfreq && python3 tools/make-hindi-frequencies.py
"""
import sys
import unicodedata
from pathlib import Path

from wordfreq import top_n_list, zipf_frequency

def devanagari(word):
    return all(0x0900 <= ord(c) <= 0x097F or c in "\u200c\u200d" for c in word)

rows = []
for word in top_n_list("hi", 100000):
    word = unicodedata.normalize("NFC", word)
    if not devanagari(word):
        continue
    rows.append(f"{word}\t{round(zipf_frequency(word, 'hi') * 100)}")
out = Path(__file__).resolve().parent.parent / "Sources/SetuGlossary/HindiWordFrequency+Words.swift"
body = "\n".join(rows)
assert '"""' not in body
out.write_text(
    "// Hindi words of wordfreq with Zipf frequencies × 100 (CC BY-SA 4.0, Robyn Speer and contributors,\n"
    "// https://github.com/rspeer/wordfreq), most frequent first. Written by tools/make-hindi-frequencies.py; do not\n"
    "// edit by hand.\n\n"
    "extension HindiWordFrequency {\n"
    "    static let table = #\"\"\"\n" + body + "\n\"\"\"#\n}\n",
    encoding="utf-8")
print(f"{out}: {len(rows)} words", file=sys.stderr)
