"""JSON report (schema version "1", documented in README.md).

Offsets are code points into the document text; lines and columns are
1-based and computed here, the only place that needs them.
"""
from __future__ import annotations

import json
from typing import Any, Iterable, TextIO

from .. import __version__
from ..document import Document
from ..model import DocumentReport, Finding
from .summary import summarize

SCHEMA_VERSION = "1"


def finding_dict(f: Finding, doc: Document) -> dict[str, Any]:
    line, col = doc.position(f.start)
    end_line, end_col = doc.position(f.end)
    out = {
        "rule": f.rule, "category": f.category, "severity": f.severity,
        "confidence": round(f.confidence, 3),
        "start": f.start, "end": f.end,
        "line": line, "column": col, "end_line": end_line, "end_column": end_col,
        "text": doc.text[f.start:f.end], "message": f.message,
        "fixes": [x.to_dict() for x in f.fixes],
    }
    if f.signals:
        out["signals"] = list(f.signals)
    if f.data:
        out["data"] = f.data
    return out


def document_dict(r: DocumentReport) -> dict[str, Any]:
    doc = Document(text=r.text, source=r.source)
    out: dict[str, Any] = {
        "source": r.source, "id": r.id, "language": r.language, "score": r.score,
        "verdict": r.verdict, "words": r.words,
        "findings": [finding_dict(f, doc) for f in r.findings],
    }
    if r.notes:
        out["notes"] = list(r.notes)
    if "extracted" in r.meta:  # offsets are into this extracted text, not the file
        out["extracted"] = r.meta["extracted"]
    if r.error:
        out["error"] = r.error
    return out


def tool_dict() -> dict[str, Any]:
    return {"name": "newsqa", "version": __version__}


def render(reports: Iterable[DocumentReport], out: TextIO, **_: Any) -> None:
    reports = list(reports)
    payload = {
        "version": SCHEMA_VERSION,
        "tool": tool_dict(),
        "documents": [document_dict(r) for r in reports],
        "summary": summarize(reports),
    }
    json.dump(payload, out, ensure_ascii=False, indent=2)
    out.write("\n")
