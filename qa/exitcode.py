"""Exit status, decided in one place.

| status | meaning |
|---|---|
| 0 | no finding at or above the failing level |
| 1 | at least one finding at or above the failing level |
| 2 | the tool failed: bad arguments or configuration, an input that could not be read, grammar required but unavailable |
"""
from __future__ import annotations

from typing import Iterable

from .model import DocumentReport, severity_rank

OK, FINDINGS, FAILURE = 0, 1, 2


def exit_status(reports: Iterable[DocumentReport], fail_level: str = "error") -> int:
    """
    >>> exit_status([])
    0
    """
    threshold = severity_rank(fail_level)
    status = OK
    for r in reports:
        if r.error is not None:
            return FAILURE
        if status == OK and any(severity_rank(f.severity) >= threshold for f in r.findings):
            status = FINDINGS
    return status
