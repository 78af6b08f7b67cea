"""GitLab Code Quality report: a JSON array of issues, shown in merge
requests when a job names it under ``artifacts:reports:codequality``.

Each finding is ``{description, check_name, fingerprint, severity,
location: {path, lines: {begin}}}``; severities map error -> major,
warning -> minor, info -> info, and an unreadable input is a ``critical``
issue named ``newsqa.NotChecked``. The fingerprint is the baseline's (stable
across unrelated edits), hashed with the document's path and id so that it
is unique in the report. A JSON Lines record is located on its line; an
HTML page or WARC record checked as its extracted text on the file's first
line, with the place in the extracted text in the description.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any, TextIO

from ..baseline import fingerprints
from ..model import DocumentReport
from .base import RenderSettings
from .inert import json_inert

STREAMS = False
NEEDS_RULE_INFOS = False
SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


def _fingerprint(*parts: Any) -> str:
    return hashlib.sha256("\0".join(map(str, parts)).encode("utf-8", "surrogatepass")).hexdigest()[:32]


def issues(r: DocumentReport) -> list[dict[str, Any]]:
    if r.error:
        return [{"description": f"not checked: {r.error}", "check_name": "newsqa.NotChecked",
                 "fingerprint": _fingerprint(r.source, r.id, r.error), "severity": "critical",
                 "location": {"path": r.source, "lines": {"begin": r.record_line or 1}}}]
    record_line = r.record_line
    out = []
    for f, fp in zip(r.findings, fingerprints(r)):
        description = f.message
        if record_line is not None:
            line = record_line
        elif r.extracted is not None:  # the offsets locate nothing in the file
            line, col = r.position(f.start)
            description = f"{f.message} (extracted text {line}:{col})"
            line = 1
        else:
            line = r.position(f.start)[0]
        out.append({"description": description, "check_name": f.rule,
                    "fingerprint": _fingerprint(r.source, r.id, fp), "severity": SEVERITIES[f.severity],
                    "location": {"path": r.source, "lines": {"begin": line}}})
    return out


def render(reports: Iterable[DocumentReport], out: TextIO, settings: RenderSettings) -> None:
    out.write(json_inert([issue for r in reports for issue in issues(r)], indent=2))
    out.write("\n")
