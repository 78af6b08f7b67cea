"""Figures over all documents, shared by every renderer."""
from __future__ import annotations

from collections import Counter
from typing import Any, Iterable

from ..model import DocumentReport


def summarize(reports: Iterable[DocumentReport]) -> dict[str, Any]:
    reports = list(reports)
    checked = [r for r in reports if r.error is None]
    by_severity = Counter(f.severity for r in checked for f in r.findings)
    by_rule = Counter(f.rule for r in checked for f in r.findings)
    verdicts = Counter(r.verdict for r in reports)
    words = sum(r.words for r in checked)
    return {
        "documents": len(reports),
        "errors": len(reports) - len(checked),  # inputs that could not be read
        "words": words,
        "findings": sum(by_severity.values()),
        "by_severity": {s: by_severity.get(s, 0) for s in ("error", "warning", "info")},
        "by_rule": dict(by_rule.most_common()),
        "verdicts": {v: verdicts.get(v, 0) for v in ("pass", "warn", "fail", "error")},
        "mean_score": round(sum(r.score for r in checked) / len(checked), 1) if checked else None,
        "fixable": fixable(checked),
        "notes": run_notes(reports),
    }


def run_notes(reports: Iterable[DocumentReport]) -> list[str]:
    """Each distinct document note once, with how many documents it concerns
    ("grammar not checked: ..." for every document says it once).

    >>> from qa.model import DocumentReport as R
    >>> r = lambda *n: R("a", None, "es", "", 0, (), 100.0, "pass", notes=n)
    >>> run_notes([r("grammar off"), r("grammar off", "slow")])
    ['grammar off (2 of 2 documents)', 'slow (1 of 2 documents)']
    """
    return notes_summary([r.notes for r in reports])


def notes_summary(notes_per_document: list[tuple[str, ...]]) -> list[str]:
    """``run_notes`` from each document's notes alone (a run keeps no more)."""
    counts = Counter(note for notes in notes_per_document for note in dict.fromkeys(notes))
    if len(notes_per_document) == 1:
        return list(counts)
    return [f"{note} ({n} of {len(notes_per_document)} documents)" for note, n in counts.items()]


def fixable(reports: Iterable[DocumentReport]) -> dict[str, int]:
    """Findings ``--fix`` would fix, and those only ``--unsafe-fixes`` would."""
    safe = unsafe = 0
    for r in reports:
        for f in r.findings:
            kinds = {x.applicability for x in f.fixes}
            if "safe" in kinds:
                safe += 1
            elif "unsafe" in kinds:
                unsafe += 1
    return {"safe": safe, "unsafe": unsafe}
