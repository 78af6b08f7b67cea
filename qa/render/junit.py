"""JUnit XML: one test case per document, for CI test-report views.

A document fails when its verdict is ``fail`` or it has a finding at or above
the failing level; the failure lists its findings as
``line:col severity rule message``. A document that could not be read is an
``<error>``. Characters that XML 1.0 cannot hold are written as ``\\xNN``.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from typing import Any, TextIO

import regex

from ..document import Document
from ..model import DocumentReport, severity_rank

_NOT_XML = regex.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def clean(s: str) -> str:
    """
    >>> clean("bell\\x07")
    'bell\\\\x07'
    """
    return _NOT_XML.sub(lambda m: f"\\x{ord(m.group()):02x}", s)


def _lines(r: DocumentReport, findings) -> str:
    doc = Document(text=r.text, source=r.source)
    out = list(r.meta.get("reader_notes", ())[:1])  # for a page: where the offsets point
    for f in findings:
        line, col = doc.position(f.start)
        out.append(f"{line}:{col} {f.severity} {f.rule} {f.message}")
    return clean("\n".join(out))


def render(reports: Iterable[DocumentReport], out: TextIO, fail_level: str = "error", **_: Any) -> None:
    threshold = severity_rank(fail_level)
    suite = ET.Element("testsuite", name="newsqa")
    counts = {"tests": 0, "failures": 0, "errors": 0}
    for r in reports:
        counts["tests"] += 1
        name = r.source if r.id is None else f"{r.source} [{r.id}]"
        case = ET.SubElement(suite, "testcase", classname=clean(r.source), name=clean(name))
        if r.error:
            counts["errors"] += 1
            ET.SubElement(case, "error", message=clean(r.error), type="unreadable")
            continue
        failing = [f for f in r.findings if severity_rank(f.severity) >= threshold]
        if failing or r.verdict == "fail":
            counts["failures"] += 1
            message = (f"verdict {r.verdict}, score {r.score:.0f}: "
                       f"{len(failing)} finding(s) at or above {fail_level}")
            failure = ET.SubElement(case, "failure", message=message, type=r.verdict)
            failure.text = _lines(r, r.findings)
        elif r.findings:
            ET.SubElement(case, "system-out").text = _lines(r, r.findings)
    for key, value in counts.items():
        suite.set(key, str(value))
    root = ET.Element("testsuites", name="newsqa", **{k: str(v) for k, v in counts.items()})
    root.append(suite)
    ET.indent(root)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(ET.tostring(root, encoding="unicode"))
    out.write("\n")
