"""JSON report (schema version "1", documented in README.md).

Offsets are code points into the document text; lines and columns are
1-based and computed here, the only place that needs them.
"""
from __future__ import annotations

from typing import Any, Iterable, TextIO

from .. import __version__
from ..model import DocumentReport, Finding
from .base import RenderSettings
from .inert import json_inert
from .summary import summarize

SCHEMA_VERSION = "1"
STREAMS = False
NEEDS_RULE_INFOS = False


def finding_dict(f: Finding, r: DocumentReport) -> dict[str, Any]:
    line, col = r.position(f.start)
    end_line, end_col = r.position(f.end)
    out = {
        "rule": f.rule, "category": f.category, "severity": f.severity,
        "confidence": round(f.confidence, 3),
        "start": f.start, "end": f.end,
        "line": line, "column": col, "end_line": end_line, "end_column": end_col,
        "text": r.text[f.start:f.end], "message": f.message,
        "fixes": [x.to_dict() for x in f.fixes],
    }
    if f.signals:
        out["signals"] = list(f.signals)
    if f.evidence:  # a merged span: the signals it absorbed, without their own fixes
        out["evidence"] = [signal_dict(s, r) for s in f.evidence]
    if f.data:
        out["data"] = f.data
    return out


def signal_dict(f: Finding, r: DocumentReport) -> dict[str, Any]:
    line, col = r.position(f.start)
    return {"rule": f.rule, "category": f.category, "severity": f.severity,
            "confidence": round(f.confidence, 3), "start": f.start, "end": f.end,
            "line": line, "column": col, "text": r.text[f.start:f.end], "message": f.message}


def document_dict(r: DocumentReport) -> dict[str, Any]:
    out: dict[str, Any] = {
        "source": r.source, "id": r.id, "language": r.language, "score": r.score,
        "verdict": r.verdict, "words": r.words,
        "findings": [finding_dict(f, r) for f in r.findings],
    }
    if r.notes:
        out["notes"] = list(r.notes)
    if r.extracted is not None:  # offsets are into this extracted text, not the file
        out["extracted"] = dict(r.extracted)
    if r.error:
        out["error"] = r.error
    return out


def tool_dict() -> dict[str, Any]:
    return {"name": "newsqa", "version": __version__}


def render(reports: Iterable[DocumentReport], out: TextIO, settings: RenderSettings) -> None:
    """The report as ``json_inert(payload, indent=2)`` would write it, each
    document's part serialised as its report arrives: with ``--jobs`` the
    main process checks documents beside its workers, so the encoding (the
    indenting encoder is pure Python, about 0.1 ms a document) shares their
    time instead of following it alone."""
    kept: list[DocumentReport] = []
    documents: list[str] = []
    for r in reports:
        kept.append(r)
        documents.append(_nested(json_inert(document_dict(r), indent=2), 2))
    head = json_inert({"version": SCHEMA_VERSION, "tool": tool_dict()}, indent=2)
    listed = ",\n".join(f"{_INDENT * 2}{d}" for d in documents)
    out.write(f"{head[:-2]},\n{_INDENT}\"documents\": "
              + (f"[\n{listed}\n{_INDENT}]" if documents else "[]")
              + f",\n{_INDENT}\"summary\": {_nested(json_inert(summarize(kept), indent=2), 1)}\n}}")
    out.write("\n")


_INDENT = "  "


def _nested(text: str, depth: int) -> str:
    """``text``, an indented JSON value, as it reads ``depth`` levels deep in
    an enclosing value (a JSON text holds no raw line break but its own)."""
    return text.replace("\n", "\n" + _INDENT * depth)
