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
- Every rule has ``help`` (text and Markdown, what ``qa rule ID`` prints:
  the same words as its page in ``docs/rules/``); ``helpUri`` only when the
  rule names a link of its own.
- Documents that could not be read are ``toolExecutionNotifications`` at
  level ``error``; run notes ("grammar not checked: ...") at ``warning``.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from .. import __version__
from ..baseline import fingerprints
from ..model import DocumentReport, Finding, RuleInfo
from .base import RenderSettings
from .inert import json_inert
from .rulehelp import help_markdown, help_text, help_uri
from .summary import run_notes

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
STREAMS = False
NEEDS_RULE_INFOS = True


def artifact_uri(source: str) -> str:
    """
    >>> artifact_uri("content/día 1.md")
    'content/d%C3%ADa%201.md'
    """
    if source == "-":
        return "stdin"
    path = Path(source)
    return path.as_uri() if path.is_absolute() else quote(path.as_posix(), safe="/")


def region(r: DocumentReport, start: int, end: int, snippet: bool = True) -> dict[str, Any]:
    line, col = r.position(start)
    end_line, end_col = r.position(end)
    out: dict[str, Any] = {"startLine": line, "startColumn": col, "endLine": end_line, "endColumn": end_col,
                           "charOffset": start, "charLength": end - start}
    if snippet and end > start:
        out["snippet"] = {"text": r.text[start:end]}
    return out


def rule_descriptor(info: RuleInfo) -> dict[str, Any]:
    descriptor = {
        "id": info.id,
        "name": info.id.replace(".", ""),
        "shortDescription": {"text": info.description},
        "fullDescription": {"text": f"{info.description} {info.why}".strip()},
        "help": {"text": help_text(info), "markdown": help_markdown(info)},
        "defaultConfiguration": {"level": LEVELS[info.severity]},
        "properties": {"category": info.category, "kind": info.kind, "tags": [info.category],
                       "languages": list(info.languages)},
    }
    uri = help_uri(info)
    if uri:
        descriptor["helpUri"] = uri
    return descriptor


def _fixes(f: Finding, r: DocumentReport, uri: str) -> list[dict[str, Any]]:
    out = []
    for fix in f.fixes:
        if fix.applicability == "display":
            continue
        old = r.text[fix.start:fix.end]
        text = fix.description or (f"replace “{old}” with “{fix.replacement}”" if fix.replacement
                                   else f"delete “{old}”")
        out.append({
            "description": {"text": text},
            "artifactChanges": [{
                "artifactLocation": {"uri": uri},
                "replacements": [{"deletedRegion": region(r, fix.start, fix.end, snippet=False),
                                  "insertedContent": {"text": fix.replacement}}],
            }],
            "properties": {"applicability": fix.applicability, "confidence": round(fix.confidence, 3)},
        })
    return out


def result(f: Finding, r: DocumentReport, rule_index: int, fp: str) -> dict[str, Any]:
    uri = artifact_uri(r.source)
    properties: dict[str, Any] = {"category": f.category, "confidence": round(f.confidence, 3)}
    record_line = r.record_line
    extracted = r.extracted is not None
    if record_line is not None:
        reg = {"startLine": record_line}
        properties.update(record=r.id, textStart=f.start, textEnd=f.end, text=r.text[f.start:f.end])
    elif extracted:  # offsets into the page's extracted text locate nothing in the file
        reg = None
        properties.update(textStart=f.start, textEnd=f.end, text=r.text[f.start:f.end],
                          textOrigin="extracted")
        if r.id is not None:
            properties["record"] = r.id
    else:
        reg = region(r, f.start, f.end)
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
        fixes = _fixes(f, r, uri)
        if fixes:
            out["fixes"] = fixes
    return out


def sarif_log(reports: Iterable[DocumentReport], rule_infos: Iterable[RuleInfo] = ()) -> dict[str, Any]:
    rules = [rule_descriptor(i) for i in rule_infos]
    index = {d["id"]: n for n, d in enumerate(rules)}
    results: list[dict[str, Any]] = []
    notifications: list[dict[str, Any]] = []
    reports = list(reports)
    for r in reports:
        if r.error:
            notifications.append({
                "level": "error", "message": {"text": f"not checked: {r.error}"},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(r.source)}}}],
            })
            continue
        for f, fp in zip(r.findings, fingerprints(r)):
            if f.rule not in index:  # reported without being known in advance
                index[f.rule] = len(rules)
                rules.append({"id": f.rule, "shortDescription": {"text": f.message},
                              "help": {"text": f.message},
                              "defaultConfiguration": {"level": LEVELS[f.severity]},
                              "properties": {"category": f.category}})
            results.append(result(f, r, index[f.rule], fp))
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "newsqa", "version": __version__, "semanticVersion": __version__,
                                "rules": rules}},
            "invocations": [{"executionSuccessful": not notifications,
                             "toolExecutionNotifications": notifications + [
                                 {"level": "warning", "message": {"text": note}} for note in run_notes(reports)]}],
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def render(reports: Iterable[DocumentReport], out: TextIO, settings: RenderSettings) -> None:
    out.write(json_inert(sarif_log(reports, settings.rule_infos), indent=2))
    out.write("\n")
