#!/usr/bin/env python3
"""Checks the XLIFF import fixtures in this directory.

* validates the well-formed readable files against the OASIS schemas
  (1.2 -> xliff-core-1.2-transitional.xsd, 2.0 -> xliff_2.0_with_modules.xsd);
* recomputes, with an independent reference reader written from the counting
  rule in README.md, the translated-segment count and the (source, target)
  plain-text pairs of every readable file and compares them with expected.json;
* checks that every hostile file is refused for the expected reason, and that
  the malformed / truncated / invalid-UTF-8 files fail at the expected line
  with two unrelated parsers (libxml2 through lxml, and expat).

Never expands entities, never loads a DTD, never touches the network.
Needs lxml (pip install lxml).  Usage:
    python3 verify_fixtures.py [--schemas /work/shared/xliff]
"""
import argparse
import json
import sys
import xml.parsers.expat
from pathlib import Path

from lxml import etree

HERE = Path(__file__).resolve().parent
NS12 = "urn:oasis:names:tc:xliff:document:1.2"
NS20 = "urn:oasis:names:tc:xliff:document:2.0"
NOT_TRANSLATED_12 = {
    "new", "needs-translation", "needs-adaptation", "needs-l10n",
    "needs-review-translation", "needs-review-adaptation", "needs-review-l10n",
}
TRANSLATED_20 = {"translated", "reviewed", "final"}
# inline elements whose content is native code (dropped with their content)
DROP_12 = {"x", "bx", "ex", "ph", "bpt", "ept", "it", "sub"}
DROP_20 = {"ph", "sc", "ec", "sm", "em"}


def safe_parser():
    return etree.XMLParser(resolve_entities=False, load_dtd=False,
                           no_network=True, huge_tree=False)


def plain(el, ns, drop):
    """Text of el with inline codes removed, <g>/<pc>/<mrk> content kept."""
    out = [el.text or ""]
    for child in el:
        local = etree.QName(child).localname if isinstance(child.tag, str) else None
        if local is not None and not (etree.QName(child).namespace == ns and local in drop):
            out.append(plain(child, ns, drop))
        out.append(child.tail or "")
    return "".join(out)


def read12(root):
    """(total segments, [(source, target)] of translated segments)."""
    q = lambda n: f"{{{NS12}}}{n}"
    total, pairs = 0, []
    for tu in root.iter(q("trans-unit")):
        src = tu.find(q("source"))
        tgt = tu.find(q("target"))          # direct child only: not alt-trans
        segsrc = tu.find(q("seg-source"))
        state = tgt.get("state") if tgt is not None else None
        state_ok = state is None or state not in NOT_TRANSLATED_12
        if segsrc is not None:
            src_mrks = [m for m in segsrc.iter(q("mrk")) if m.get("mtype") == "seg"]
        else:
            src_mrks = []
        if src_mrks:
            tgt_mrks = {}
            if tgt is not None:
                tgt_mrks = {m.get("mid"): m for m in tgt.iter(q("mrk")) if m.get("mtype") == "seg"}
            for m in src_mrks:
                total += 1
                tm = tgt_mrks.get(m.get("mid"))
                ttext = plain(tm, NS12, DROP_12) if tm is not None else ""
                if ttext.strip() and state_ok:
                    pairs.append((plain(m, NS12, DROP_12), ttext))
        else:
            stext = plain(src, NS12, DROP_12)
            if not stext.strip():
                continue                    # structural unit (codes only): no segment
            total += 1
            ttext = plain(tgt, NS12, DROP_12) if tgt is not None else ""
            if ttext.strip() and state_ok:
                pairs.append((stext, ttext))
    return total, pairs


def read20(root):
    q = lambda n: f"{{{NS20}}}{n}"
    total, pairs = 0, []
    for unit in root.iter(q("unit")):
        for seg in unit.findall(q("segment")):   # direct children only: not mtc:match
            total += 1
            state = seg.get("state", "initial")  # spec default
            tgt = seg.find(q("target"))
            ttext = plain(tgt, NS20, DROP_20) if tgt is not None else ""
            if state in TRANSLATED_20 and ttext.strip():
                pairs.append((plain(seg.find(q("source")), NS20, DROP_20), ttext))
    return total, pairs


def first_error_line_libxml2(path):
    try:
        etree.parse(str(path), safe_parser())
    except etree.XMLSyntaxError as e:
        return e.lineno, e.msg
    return None, None


def first_error_line_expat(path):
    p = xml.parsers.expat.ParserCreate()
    p.SetParamEntityParsing(xml.parsers.expat.XML_PARAM_ENTITY_PARSING_NEVER)
    try:
        p.Parse(path.read_bytes(), True)
    except xml.parsers.expat.ExpatError as e:
        return e.lineno, xml.parsers.expat.ErrorString(e.code)
    return None, None


class _Refused(Exception):
    pass


def doctype_refusal(path):
    """Parse with expat, refusing at the first DOCTYPE (before any entity is
    declared, expanded or fetched).  Returns (line of the DOCTYPE, entities seen)."""
    p = xml.parsers.expat.ParserCreate()
    p.SetParamEntityParsing(xml.parsers.expat.XML_PARAM_ENTITY_PARSING_NEVER)
    seen = []
    where = {}

    def on_doctype(name, sysid, pubid, has_internal):
        where["line"] = p.CurrentLineNumber
        raise _Refused(name)

    def on_entity(name, *rest):
        seen.append(name)

    p.StartDoctypeDeclHandler = on_doctype
    p.EntityDeclHandler = on_entity
    p.ExternalEntityRefHandler = lambda *a: 0   # never fetch
    try:
        p.Parse(path.read_bytes(), True)
    except _Refused:
        return where["line"], len(seen)
    return None, len(seen)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--schemas", default="/work/shared/xliff")
    args = ap.parse_args()
    sd = Path(args.schemas)
    xsd12 = etree.XMLSchema(etree.parse(str(sd / "xliff-core-1.2-transitional.xsd")))
    xsd20 = etree.XMLSchema(etree.parse(str(sd / "xliff_2.0_with_modules.xsd")))
    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    failures = 0

    def fail(msg):
        nonlocal failures
        failures += 1
        print("  FAIL:", msg)

    for name, exp in expected["readable"].items():
        print(f"{name}")
        tree = etree.parse(str(HERE / name), safe_parser())
        root = tree.getroot()
        ns = etree.QName(root).namespace
        schema = xsd12 if ns == NS12 else xsd20
        valid = schema.validate(tree)
        errs = [f"line {e.line}: {e.message}" for e in schema.error_log]
        print(f"  schema-valid: {valid}" + ("" if valid else f"  ({errs[0]})"))
        if valid != exp["schema_valid"]:
            fail(f"schema validity {valid}, expected {exp['schema_valid']}")
        total, pairs = read12(root) if ns == NS12 else read20(root)
        print(f"  segments: {total}, translated: {len(pairs)}")
        if total != exp["segments"]:
            fail(f"segments {total} != {exp['segments']}")
        if len(pairs) != exp["translated"]:
            fail(f"translated {len(pairs)} != {exp['translated']}")
        want = [tuple(p) for p in exp["pairs"]]
        if pairs != want:
            for got, w in zip(pairs + [None] * len(want), want + [None] * len(pairs)):
                if got != w:
                    fail(f"pair mismatch:\n    got  {got}\n    want {w}")
                    break

    for name, exp in expected["hostile"].items():
        print(f"{name}")
        path = HERE / name
        reason = exp["reason"]
        if reason in ("malformed", "truncated", "invalid-utf8"):
            l1, m1 = first_error_line_libxml2(path)
            l2, m2 = first_error_line_expat(path)
            print(f"  libxml2: line {l1}: {m1}")
            print(f"  expat:   line {l2}: {m2}")
            if l1 != exp["line"] or l2 != exp["line"]:
                fail(f"error line libxml2={l1} expat={l2}, expected {exp['line']}")
        elif reason in ("doctype-entities", "external-entity"):
            line, ents = doctype_refusal(path)
            print(f"  refused at DOCTYPE, line {line}; entities declared before refusal: {ents}")
            if line != exp["line"]:
                fail(f"DOCTYPE line {line}, expected {exp['line']}")
        elif reason == "wrong-source-language":
            tree = etree.parse(str(path), safe_parser())
            root = tree.getroot()
            valid = xsd20.validate(tree)
            print(f"  schema-valid: {valid}; srcLang={root.get('srcLang')} trgLang={root.get('trgLang')}")
            if not valid or root.get("srcLang") != "mr":
                fail("expected a schema-valid file with srcLang=mr")
        elif reason == "unsupported-version":
            tree = etree.parse(str(path), safe_parser())
            root = tree.getroot()
            valid = xsd20.validate(tree)
            print(f"  schema-valid: {valid}; version={root.get('version')}")
            if root.get("version") != "3.0":
                fail("expected version 3.0")
    print("OK" if failures == 0 else f"{failures} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
