"""Document score (0-100) and verdict.

penalty = sum over findings of WEIGHT[severity] * confidence
score   = 100 * exp(-penalty / (2 + words / 100))

Longer texts tolerate a few more findings (the length term): one confident
error (penalty 2.7) takes a 600-word article to 71 and a 100-word one to 41.
Verdict: "fail" if the score is below ``fail_below`` or any finding at or
above ``fail_level`` (default: error) has confidence >= 0.5; "warn" if the
score is below ``warn_below`` or any warning has confidence >= 0.5; else
"pass". The exit status follows the verdict (``qa.exitcode``).
"""
from __future__ import annotations

import math
from typing import Iterable

from .model import Finding, severity_rank

WEIGHT = {"error": 3.0, "warning": 1.0, "info": 0.1}


def score(findings: Iterable[Finding], words: int) -> float:
    """
    >>> score([], 500)
    100.0
    """
    penalty = sum(WEIGHT[f.severity] * f.confidence for f in findings)
    return round(100.0 * math.exp(-penalty / (2.0 + words / 100.0)), 1)


def verdict(findings: list[Finding], value: float, warn_below: float, fail_below: float,
            fail_level: str = "error") -> str:
    threshold = severity_rank(fail_level)
    if value < fail_below or any(severity_rank(f.severity) >= threshold and f.confidence >= 0.5
                                 for f in findings):
        return "fail"
    if value < warn_below or any(f.severity == "warning" and f.confidence >= 0.5 for f in findings):
        return "warn"
    return "pass"
