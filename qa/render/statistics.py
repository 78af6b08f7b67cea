"""``--statistics``: how often each rule fired, instead of the report (as
ruff's ``--statistics``): ``COUNT  RULE  [*]`` per line, most frequent
first, ``[*]`` when ``--fix`` fixes some of them (``[-]`` when only
``--unsafe-fixes`` would)."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TextIO

from ..model import DocumentReport
from .base import RenderSettings
from .inert import inert

STREAMS = False
NEEDS_RULE_INFOS = False


def counts(reports: Iterable[DocumentReport]) -> list[tuple[str, int, str]]:
    """(rule, count, fix mark), most frequent first, then by id."""
    seen: Counter[str] = Counter()
    marks: dict[str, str] = {}
    for r in reports:
        for f in r.findings:
            seen[f.rule] += 1
            kinds = {x.applicability for x in f.fixes}
            mark = "[*]" if "safe" in kinds else "[-]" if "unsafe" in kinds else ""
            if mark == "[*]" or not marks.get(f.rule):
                marks[f.rule] = mark
    return [(rule, n, marks[rule]) for rule, n in sorted(seen.items(), key=lambda kv: (-kv[1], kv[0]))]


def render(reports: Iterable[DocumentReport], out: TextIO, settings: RenderSettings) -> None:
    rows = counts(reports)
    width = max((len(rule) for rule, _, _ in rows), default=0)
    for rule, n, mark in rows:
        out.write(f"{n:>6}  {inert(rule):<{width}}  {mark}".rstrip() + "\n")
