"""SARIF 2.1.0, for code-scanning views (GitHub, GitLab, IDEs).

- ``tool.driver.rules`` lists every rule the run knows (``qa rules``), plus
  any rule that reported without being known in advance (LanguageTool's);
  each result names its rule by ``ruleId`` and ``ruleIndex``.
- Regions are 1-based; ``columnKind`` is ``unicodeCodePoints``, which is what
  our columns count. ``charOffset``/``charLength`` are code points of the
  decoded text (a byte-order mark is not counted).
- A JSON Lines record is located on its line of the file, with the offsets
  into the record's text under ``properties``; its fixes are left out, as
  they do not address the file. A page checked as its extracted text (HTML,
  WARC) has no region, the same properties plus ``textOrigin: extracted``,
  and no fixes.
- ``safe`` and ``unsafe`` fixes become SARIF ``fixes`` (display-only advice
  does not); ``partialFingerprints`` carry the baseline fingerprint.
- Documents that could not be read are ``toolExecutionNotifications``.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from .. import __version__
from ..baseline import fingerprints
from ..document import Document
from ..model import DocumentReport, Finding, RuleInfo
from ..sources.html import is_extracted

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def artifact_uri(source: str) -> str:
    """
    >>> artifact_uri("content/día 1.md")
    'content/d%C3%ADa%201.md'
    """
    if source == "-":
        return "stdin"
    path = Path(source)
    return path.as_uri() if path.is_absolute() else quote(path.as_posix(), safe="/")


def region(doc: Document, start: int, end: int, snippet: bool = True) -> dict[str, Any]:
    line, col = doc.position(start)
    end_line, end_col = doc.position(end)
    out: dict[str, Any] = {"startLine": line, "startColumn": col, "endLine": end_line, "endColumn": end_col,
                           "charOffset": start, "charLength": end - start}
    if snippet and end > start:
        out["snippet"] = {"text": doc.text[start:end]}
    return out


def rule_descriptor(info: RuleInfo) -> dict[str, Any]:
    help_text = info.description
    if info.why:
        help_text += f"\n\nWhy it matters: {info.why}"
    if info.instead:
        help_text += f"\n\nInstead: {info.instead}"
    if info.flag:
        help_text += "\n\nFlagged: " + " | ".join(info.flag[:2])
    out: dict[str, Any] = {
        "id": info.id,
        "name": info.id.replace(".", ""),
        "shortDescription": {"text": info.description},
        "fullDescription": {"text": f"{info.description} {info.why}".strip()},
        "help": {"text": help_text},
        "defaultConfiguration": {"level": LEVELS[info.severity]},
        "properties": {"category": info.category, "kind": info.kind, "tags": [info.category],
                       "languages": list(info.languages)},
    }
    if info.link:
        out["helpUri"] = info.link
    return out


def _fixes(f: Finding, doc: Document, uri: str) -> list[dict[str, Any]]:
    out = []
    for fix in f.fixes:
        if fix.applicability == "display":
            continue
        old = doc.text[fix.start:fix.end]
        text = fix.description or (f"replace “{old}” with “{fix.replacement}”" if fix.replacement
                                   else f"delete “{old}”")
        out.append({
            "description": {"text": text},
            "artifactChanges": [{
                "artifactLocation": {"uri": uri},
                "replacements": [{"deletedRegion": region(doc, fix.start, fix.end, snippet=False),
                                  "insertedContent": {"text": fix.replacement}}],
            }],
            "properties": {"applicability": fix.applicability, "confidence": round(fix.confidence, 3)},
        })
    return out


def result(f: Finding, r: DocumentReport, doc: Document, rule_index: int, fp: str) -> dict[str, Any]:
    uri = artifact_uri(r.source)
    properties: dict[str, Any] = {"category": f.category, "confidence": round(f.confidence, 3)}
    record_line = r.meta.get("line")
    extracted = is_extracted(r.meta)
    if record_line is not None:
        reg = {"startLine": record_line}
        properties.update(record=r.id, textStart=f.start, textEnd=f.end, text=doc.text[f.start:f.end])
    elif extracted:  # offsets into the page's extracted text locate nothing in the file
        reg = None
        properties.update(textStart=f.start, textEnd=f.end, text=doc.text[f.start:f.end],
                          textOrigin="extracted")
        if r.id is not None:
            properties["record"] = r.id
    else:
        reg = region(doc, f.start, f.end)
    location: dict[str, Any] = {"artifactLocation": {"uri": uri}}
    if reg is not None:
        location["region"] = reg
    out: dict[str, Any] = {
        "ruleId": f.rule,
        "ruleIndex": rule_index,
        "level": LEVELS[f.severity],
        "message": {"text": f.message},
        "locations": [{"physicalLocation": location}],
        "partialFingerprints": {"newsqa/v1": fp},
        "rank": round(f.confidence * 100, 1),
        "properties": properties,
    }
    if record_line is None and not extracted:
        fixes = _fixes(f, doc, uri)
        if fixes:
            out["fixes"] = fixes
    return out


def sarif_log(reports: Iterable[DocumentReport], rule_infos: Iterable[RuleInfo] = ()) -> dict[str, Any]:
    rules = [rule_descriptor(i) for i in rule_infos]
    index = {d["id"]: n for n, d in enumerate(rules)}
    results: list[dict[str, Any]] = []
    notifications: list[dict[str, Any]] = []
    for r in reports:
        if r.error:
            notifications.append({
                "level": "error", "message": {"text": f"not checked: {r.error}"},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(r.source)}}}],
            })
            continue
        doc = Document(text=r.text, source=r.source)
        for f, fp in zip(r.findings, fingerprints(r)):
            if f.rule not in index:  # reported without being known in advance
                index[f.rule] = len(rules)
                rules.append({"id": f.rule, "shortDescription": {"text": f.message},
                              "defaultConfiguration": {"level": LEVELS[f.severity]},
                              "properties": {"category": f.category}})
            results.append(result(f, r, doc, index[f.rule], fp))
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "newsqa", "version": __version__, "semanticVersion": __version__,
                                "rules": rules}},
            "invocations": [{"executionSuccessful": not notifications,
                             "toolExecutionNotifications": notifications}],
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def render(reports: Iterable[DocumentReport], out: TextIO, rule_infos: Iterable[RuleInfo] = (),
           **_: Any) -> None:
    json.dump(sarif_log(reports, rule_infos), out, ensure_ascii=False, indent=2)
    out.write("\n")
