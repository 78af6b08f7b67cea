"""One line per finding, grep- and editor-friendly:
``path:line:col: severity rule message``."""
from __future__ import annotations

from typing import Any, Iterable, TextIO

from ..document import Document
from ..model import DocumentReport
from ..sources.html import is_extracted


def location(r: DocumentReport) -> str:
    """``path``; ``path[id]`` for a JSON Lines record or a WARC page (its URL);
    ``path[extracted]`` for an HTML page checked as its extracted text."""
    if r.id is not None:
        return f"{r.source}[{r.id}]"
    return f"{r.source}[extracted]" if is_extracted(r.meta) else r.source


def render(reports: Iterable[DocumentReport], out: TextIO, show_info: bool = True, **_: Any) -> None:
    for r in reports:
        if r.error:
            out.write(f"{location(r)}: error: {r.error}\n")
            continue
        doc = Document(text=r.text, source=r.source)
        for f in r.findings:
            if f.severity == "info" and not show_info:
                continue
            line, col = doc.position(f.start)
            out.write(f"{location(r)}:{line}:{col}: {f.severity} {f.rule} {f.message}\n")
