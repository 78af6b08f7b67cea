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
    }
