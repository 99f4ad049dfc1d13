#!/usr/bin/env python3
"""Regenerates xliff-invalid-utf8.xlf: an otherwise valid XLIFF 2.0 file in which
one byte inside the text of a <source> (line 6) and one byte inside an element
name (line 7, the <ph> placeholder) are 0xFF, which can never occur in UTF-8.
The 0xFF bytes are inserted between complete UTF-8 sequences, never inside one."""
from pathlib import Path

FF = b"\xff"
lines = [
    '<?xml version="1.0" encoding="UTF-8"?>'.encode(),
    '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="hi-IN" trgLang="en">'.encode(),
    '<file id="f1" original="samachar/mausam.html">'.encode(),
    '<unit id="u1">'.encode(),
    '<segment id="s1" state="translated">'.encode(),
    # line 6: 0xFF in text, between "मान" and "सून"
    "<source>मान".encode() + FF + "सून ने केरल में दस्तक दी।</source>".encode(),
    # line 7: 0xFF inside the element name "ph" -> "p<FF>h"
    "<target><p".encode() + FF + 'h id="1"/>The monsoon has reached Kerala.</target>'.encode(),
    '</segment>'.encode(),
    '</unit>'.encode(),
    '</file>'.encode(),
    '</xliff>'.encode(),
]
out = Path(__file__).with_name("xliff-invalid-utf8.xlf")
out.write_bytes(b"\n".join(lines) + b"\n")
print(f"wrote {out} ({out.stat().st_size} bytes)")
