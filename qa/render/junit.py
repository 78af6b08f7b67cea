"""JUnit XML: one test case per document, for CI test-report views.

A document fails when its verdict is ``fail`` (the same decision as the
exit status); the failure lists its findings as
``line:col severity rule message``. A document that could not be read is an
``<error>``. Run notes ("grammar not checked: ...") are the suite's
``<system-out>``. Characters that XML 1.0 cannot hold are written as
``\\xNN``; control and bidi characters it can hold are written as character
references, so no viewer shows them raw.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from typing import TextIO

import regex

from ..model import DocumentReport, severity_rank
from .base import RenderSettings
from .inert import inert
from .summary import run_notes

STREAMS = False
NEEDS_RULE_INFOS = False

_NOT_XML = regex.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# Allowed in XML but shown raw by a viewer: C1 controls and bidi overrides.
_AS_REFERENCE = regex.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def clean(s: str) -> str:
    """
    >>> clean("bell\\x07")
    'bell\\\\x07'
    """
    return _NOT_XML.sub(lambda m: f"\\x{ord(m.group()):02x}", s)


def _lines(r: DocumentReport, findings) -> str:
    # for a page, first where the offsets point (the reader's notes come first)
    out = [inert(r.notes[0])] if r.extracted is not None and r.notes else []
    for f in findings:
        line, col = r.position(f.start)
        out.append(f"{line}:{col} {f.severity} {inert(f.rule)} {inert(f.message)}")
    return clean("\n".join(out))


def render(reports: Iterable[DocumentReport], out: TextIO, settings: RenderSettings) -> None:
    fail_level = settings.fail_level
    threshold = severity_rank(fail_level)
    reports = list(reports)
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
        if r.verdict == "fail":
            counts["failures"] += 1
            message = (f"verdict {r.verdict}, score {r.score:.0f}: "
                       f"{len(failing)} finding(s) at or above {fail_level}")
            failure = ET.SubElement(case, "failure", message=message, type=r.verdict)
            failure.text = _lines(r, r.findings)
        elif r.findings:
            ET.SubElement(case, "system-out").text = _lines(r, r.findings)
    notes = run_notes(reports)
    if notes:
        ET.SubElement(suite, "system-out").text = clean("\n".join(notes))
    for key, value in counts.items():
        suite.set(key, str(value))
    root = ET.Element("testsuites", name="newsqa", **{k: str(v) for k, v in counts.items()})
    root.append(suite)
    ET.indent(root)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(_AS_REFERENCE.sub(lambda m: f"&#x{ord(m.group()):x};", ET.tostring(root, encoding="unicode")))
    out.write("\n")
