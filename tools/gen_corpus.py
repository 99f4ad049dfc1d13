#!/usr/bin/env python3
"""Deterministic generator of Hindi news-like text for Setu's benchmarks.

Usage: tools/gen_corpus.py --mb 10 --seed 7 > bench-data/news-10mb.txt

The text mimics scraped Hindi news pages: headlines without punctuation, paragraphs of sentences
ending in danda or full stop, initials (एस. जयशंकर), abbreviations (डॉ.), decimals, English names in
Hindi lines, markdown images, bare URLs, number-only lines, boilerplate and repeated lines.
Generated data is never committed (bench-data/ is ignored).
"""
import argparse
import random
import sys

NAMES = ["एस. जयशंकर", "सर्गेई लावरोव", "नरेंद्र मोदी", "व्लादिमीर पुतिन", "रणधीर जायसवाल", "एंटोनियो गुटेरेस",
         "डॉ. मनमोहन सिंह", "प्रो. अजय सूद", "राहुल गांधी", "अमित शाह", "निर्मला सीतारमण", "पी. चिदंबरम",
         "मैक्सिम रायजेनकोव", "S Jaishankar", "PM Modi"]
PLACES = ["अस्ताना", "कज़ाकिस्तान", "मॉस्को", "दिल्ली", "मुंबई", "बेलारूस", "ताजिकिस्तान", "उज्बेकिस्तान",
          "पुश्किन पार्क", "लखनऊ", "पटना", "भोपाल", "जयपुर", "फ्रांस", "यूक्रेन", "रूस", "भारत"]
ORGS = ["शंघाई सहयोग संगठन", "एससीओ", "विदेश मंत्रालय", "संयुक्त राष्ट्र", "भारतीय रिजर्व बैंक", "आरबीआई",
        "सुप्रीम कोर्ट", "चुनाव आयोग", "रूसी सेना", "भारतीय दूतावास", "लोकसभा", "नीति आयोग"]
SUBJECTS = ["सरकार", "मंत्रालय", "विपक्ष", "अदालत", "पुलिस", "प्रवक्ता", "विशेषज्ञों", "अधिकारियों", "किसानों",
            "छात्रों", "नागरिकों", "वैज्ञानिकों", "कंपनी", "बैंक"]
OBJECTS = ["द्विपक्षीय सहयोग", "सुरक्षा व्यवस्था", "आर्थिक विकास", "व्यापार समझौते", "ऊर्जा क्षेत्र", "रक्षा सौदे",
           "शिक्षा नीति", "स्वास्थ्य सेवाओं", "महंगाई", "बेरोजगारी", "मानसून", "बजट प्रस्तावों", "नागरिकों की वापसी"]
VERBS = ["पर चर्चा की", "को मंजूरी दी", "पर जोर दिया", "की समीक्षा की", "पर चिंता जताई", "का स्वागत किया",
         "पर सवाल उठाए", "की घोषणा की", "पर बयान जारी किया", "को लेकर बैठक की"]
FILLERS = ["इस दौरान", "बता दें कि", "सूत्रों के मुताबिक", "आधिकारिक बयान में कहा गया कि", "उन्होंने कहा कि",
           "जानकारी के अनुसार", "गौरतलब है कि", "इसके अलावा", "वहीं"]
TIMES = ["मंगलवार को", "बुधवार को", "पिछले महीने", "वर्ष 2023 के दिसंबर में", "सुबह 10.30 बजे", "८ जुलाई को",
         "2024-25 में", "हाल ही में"]
ENGLISH = ["SCO Summit", "Foreign Minister", "Breaking News", "Bilateral Talks", "Press Release"]
BOILERPLATE = ["ट्रेंडिंग न्यूज", "टॉप हेडलाइंस", "विज्ञापन", "Advertisement", "शेयर करें"]


def sentence(rng):
    parts = []
    if rng.random() < 0.4:
        parts.append(rng.choice(FILLERS))
    if rng.random() < 0.1:
        parts.append(rng.choice(ENGLISH) + ":")
    parts.append(rng.choice(NAMES + ORGS + SUBJECTS))
    parts.append(rng.choice(["ने", "के", "की ओर से"]))
    parts.append(rng.choice(TIMES))
    parts.append(rng.choice(PLACES) + " में")
    parts.append(rng.choice(OBJECTS))
    if rng.random() < 0.3:
        parts.append("और " + rng.choice(OBJECTS))
    if rng.random() < 0.25:
        parts.append(f"करीब {rng.randint(2, 500)}.{rng.randint(0, 9)} प्रतिशत")
    parts.append(rng.choice(VERBS))
    end = rng.choices(["।", ".", "?", "!", "।\"", ".'"], weights=[60, 30, 4, 2, 2, 2])[0]
    return " ".join(parts) + end


def headline(rng):
    return f"{rng.choice(NAMES)} ने {rng.choice(PLACES)} में {rng.choice(OBJECTS)} {rng.choice(VERBS)}"


def lines(rng):
    seen = []
    while True:
        kind = rng.random()
        if kind < 0.15:
            line = headline(rng)
        elif kind < 0.17:
            line = f"![{headline(rng)}](https://img.example.com/{rng.randint(1, 10**9)}.jpg?w=1200)"
        elif kind < 0.19:
            line = str(rng.randint(0, 999))
        elif kind < 0.20:
            line = rng.choice(BOILERPLATE)
        elif kind < 0.205:
            line = f"https://news.example.com/article/{rng.randint(1, 10**6)}"
        elif kind < 0.22 and seen:
            line = rng.choice(seen)
        else:
            line = " ".join(sentence(rng) for _ in range(rng.randint(1, 6)))
        if len(seen) < 64:
            seen.append(line)
        elif rng.random() < 0.01:
            seen[rng.randrange(64)] = line
        yield line
        if rng.random() < 0.3:
            yield ""


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, required=True, help="size in megabytes (10^6 bytes)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    target = int(args.mb * 1_000_000)
    written = 0
    out = sys.stdout.buffer
    batch = []
    for line in lines(rng):
        data = (line + "\n").encode("utf-8")
        if written + len(data) > target:
            break
        batch.append(data)
        written += len(data)
        if len(batch) >= 4096:
            out.write(b"".join(batch))
            batch.clear()
    out.write(b"".join(batch))


if __name__ == "__main__":
    main()
