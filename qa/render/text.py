"""One line per finding, grep- and editor-friendly:
``path:line:col: severity rule message``."""
from __future__ import annotations

from typing import Any, Iterable, TextIO

from ..model import DocumentReport


def location(r: DocumentReport) -> str:
    """``path`` or, for a JSON Lines record, ``path[id]``."""
    return f"{r.source}[{r.id}]" if r.record_line is not None else r.source


def render(reports: Iterable[DocumentReport], out: TextIO, show_info: bool = True, **_: Any) -> None:
    for r in reports:
        if r.error:
            out.write(f"{location(r)}: error: {r.error}\n")
            continue
        for f in r.findings:
            if f.severity == "info" and not show_info:
                continue
            line, col = r.position(f.start)
            out.write(f"{location(r)}:{line}:{col}: {f.severity} {f.rule} {f.message}\n")
