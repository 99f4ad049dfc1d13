#!/usr/bin/env python3
"""Writes Sources/SetuGlossary/EnglishLexicon+Words.swift: the 40,000 most frequent English words of
wordfreq (lower-case letters only, two letters or more), most frequent first, as one string.

Setu's romanizer looks loanwords and foreign names up in it (कंप्यूटर → computer, बाइडेन → Biden).
wordfreq's data is CC BY-SA 4.0 (Robyn Speer and contributors, https://github.com/rspeer/wordfreq);
the list keeps that licence and this attribution. Run: pip install wordfreq && python3 tools/make-english-lexicon.py
"""
import re
import sys
from pathlib import Path

from wordfreq import top_n_list

words = [w for w in top_n_list("en", 45000) if re.fullmatch(r"[a-z]{2,}", w)][:40000]
out = Path(__file__).resolve().parent.parent / "Sources/SetuGlossary/EnglishLexicon+Words.swift"
body = "\n".join(words)
assert '"""' not in body
out.write_text(
    "// The 40,000 most frequent English words of wordfreq (CC BY-SA 4.0, Robyn Speer and contributors,\n"
    "// https://github.com/rspeer/wordfreq), most frequent first. Written by tools/make-english-lexicon.py; do not\n"
    "// edit by hand.\n\n"
    "extension EnglishLexicon {\n"
    "    static let frequentWords = #\"\"\"\n" + body + "\n\"\"\"#\n}\n",
    encoding="utf-8")
print(f"{out}: {len(words)} words", file=sys.stderr)
