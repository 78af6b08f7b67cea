"""One line per finding, grep- and editor-friendly:
``path:line:col: severity rule message``.

Paths, ids and messages pass through ``inert``: a newline in a file name or
a JSON Lines id cannot start a forged report line."""
from __future__ import annotations

from typing import Iterable, TextIO

from ..model import DocumentReport
from .base import RenderSettings
from .inert import inert

STREAMS = True
NEEDS_RULE_INFOS = False


def location(r: DocumentReport) -> str:
    """``path``; ``path[id]`` for a JSON Lines record or a WARC page (its URL);
    ``path[extracted]`` for an HTML page checked as its extracted text."""
    if r.record_line is not None or r.id is not None:
        return inert(f"{r.source}[{r.id}]")
    return inert(f"{r.source}[extracted]" if r.extracted is not None else r.source)


def render(reports: Iterable[DocumentReport], out: TextIO, settings: RenderSettings) -> None:
    for r in reports:
        if r.error:
            out.write(f"{location(r)}: error: {inert(r.error)}\n")
            continue
        for f in r.findings:
            line, col = r.position(f.start)
            out.write(f"{location(r)}:{line}:{col}: {f.severity} {inert(f.rule)} {inert(f.message)}\n")
        out.flush()
