"""Peer for `setu segment`: the Indic NLP Library's sentence splitter over each line of a file."""
import sys

from indicnlp.tokenize.sentence_tokenize import sentence_split

out = sys.stdout
with open(sys.argv[1], encoding="utf-8") as text:
    for line in text:
        line = line.strip()
        if line:
            for sentence in sentence_split(line, lang="hi"):
                out.write(sentence + "\n")
