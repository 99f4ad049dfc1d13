#!/usr/bin/env python3
"""Opens XLIFF files with translate-toolkit's readers (the XLIFF 2.0 reader for version 2.x, the 1.2 reader
otherwise) and checks that they see what Setu wrote: one unit per <unit>/<trans-unit>, each with its Hindi
source, and the targets Setu marked translated.

    pip install translate-toolkit
    python3 tools/check-xliff.py out.xlf out12.xlf

Exits 1 when a file cannot be read or the counts disagree; 2 when translate-toolkit is missing.
"""
import re
import sys

try:
    from translate.storage import xliff, xliff2
except ImportError:
    print("check-xliff: translate-toolkit is not installed (pip install translate-toolkit)", file=sys.stderr)
    sys.exit(2)

failed = False
for path in sys.argv[1:]:
    data = open(path, "rb").read()
    text = data.decode("utf-8")
    version2 = re.search(r'<xliff[^>]*version="2\.', text) is not None
    store = (xliff2.Xliff2File if version2 else xliff.xlifffile).parsestring(data)
    units = [unit for unit in store.units if not unit.isheader()]
    expected = len(re.findall(r"<unit\b" if version2 else r"<trans-unit\b", text))
    with_source = sum(1 for unit in units if (unit.source or "").strip())
    targets = sum(1 for unit in units if (unit.target or "").strip())
    expected_targets = len(re.findall(r"<target\b", re.sub(r"<mtc:matches>.*?</mtc:matches>|<alt-trans\b.*?</alt-trans>", "", text, flags=re.S)))
    ok = len(units) == expected and with_source == expected and targets == expected_targets
    print(f"{path}: XLIFF {'2.0' if version2 else '1.2'}, translate-toolkit sees {len(units)} units "
          f"({expected} written), {with_source} with a source, {targets} targets ({expected_targets} written)"
          + ("" if ok else "  MISMATCH"))
    failed |= not ok
sys.exit(1 if failed else 0)
