#!/usr/bin/env python3
"""Deterministic generator of large synthetic glossaries in Setu's format, for matcher benchmarks.

Usage: tools/gen_glossary.py --entries 100000 --seed 7 > bench-data/glossary-100k.tsv
Names are built from Hindi syllables (1–3 words of 2–4 syllables), each with a Latin form; the
core glossary's real entries are not included. Generated data is never committed.
"""
import argparse
import random

ONSETS = ["क", "ख", "ग", "च", "ज", "ट", "ड", "त", "द", "न", "प", "ब", "भ", "म", "य", "र", "ल", "व", "श", "स", "ह",
          "प्र", "क्र", "स्व", "त्र"]
VOWELS = ["", "ा", "ि", "ी", "ु", "ू", "े", "ै", "ो", "ौ", "ं"]
LATIN = {"क": "k", "ख": "kh", "ग": "g", "च": "ch", "ज": "j", "ट": "t", "ड": "d", "त": "t", "द": "d", "न": "n",
         "प": "p", "ब": "b", "भ": "bh", "म": "m", "य": "y", "र": "r", "ल": "l", "व": "v", "श": "sh", "स": "s",
         "ह": "h", "प्र": "pr", "क्र": "kr", "स्व": "sw", "त्र": "tr"}
VLATIN = {"": "a", "ा": "a", "ि": "i", "ी": "i", "ु": "u", "ू": "u", "े": "e", "ै": "ai", "ो": "o", "ौ": "au", "ं": "an"}
TYPES = ["person", "place", "organization", "term", "title", "event"]


def word(rng):
    hindi, latin = "", ""
    for _ in range(rng.randint(2, 4)):
        onset, vowel = rng.choice(ONSETS), rng.choice(VOWELS)
        hindi += onset + vowel
        latin += LATIN[onset] + VLATIN[vowel]
    return hindi, latin


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--entries", type=int, required=True)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    seen = set()
    print("# synthetic benchmark glossary")
    count = 0
    while count < args.entries:
        words = [word(rng) for _ in range(rng.choice([1, 1, 2, 2, 3]))]
        hindi = " ".join(w[0] for w in words)
        if hindi in seen:
            continue
        seen.add(hindi)
        english = " ".join(w[1].capitalize() for w in words) + f" {count}"
        print(f"{english}\t{hindi}\t{rng.choice(TYPES)}")
        count += 1


if __name__ == "__main__":
    main()
