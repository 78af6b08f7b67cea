"""GitHub Actions workflow commands: one annotation per finding.

``::error file=PATH,line=L,col=C,endLine=L2,endColumn=C2,title=RULE::MESSAGE``
(``warning`` and ``notice`` for the other severities). Columns are given only
for findings on one line, as GitHub draws them only there. A JSON Lines
record is annotated on its line of the file. Messages escape ``%``, CR and
LF; property values also escape ``:`` and ``,``. An HTML page checked as its
extracted text is annotated on the file, with the place in the extracted
text in the title.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TextIO

from ..document import Document
from ..model import DocumentReport
from ..sources.html import is_extracted

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(s: str) -> str:
    """
    >>> escape_data("50% off\\r\\nnow")
    '50%25 off%0D%0Anow'
    """
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    """
    >>> escape_property("a,b:c")
    'a%2Cb%3Ac'
    """
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


def command(level: str, message: str, **props: Any) -> str:
    fields = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items() if v is not None)
    return f"::{level} {fields}::{escape_data(message)}" if fields else f"::{level}::{escape_data(message)}"


def _split_record(source: str) -> tuple[str, int | None]:
    """A JSON Lines line that could not be read is named ``path:LINE``."""
    path, _, line = source.rpartition(":")
    if path.endswith(".jsonl") and line.isdigit():
        return path, int(line)
    return source, None


def render(reports: Iterable[DocumentReport], out: TextIO, show_info: bool = True, **_: Any) -> None:
    for r in reports:
        if r.error:
            path, line = _split_record(r.source)
            out.write(command("error", f"not checked: {r.error}", file=path, line=line, title="newsqa") + "\n")
            continue
        doc = Document(text=r.text, source=r.source)
        record_line = r.meta.get("line")
        for f in r.findings:
            if f.severity == "info" and not show_info:
                continue
            title = f.rule if record_line is None else f"{f.rule} (record {r.id})"
            if record_line is not None:
                props = {"file": r.source, "line": record_line, "endLine": record_line, "title": title}
            elif is_extracted(r.meta):  # the page's text is not the file's: annotate the file
                line, col = doc.position(f.start)
                where = f"record {r.id}, " if r.id else ""
                props = {"file": r.source, "title": f"{f.rule} ({where}extracted text {line}:{col})"}
            else:
                line, col = doc.position(f.start)
                end_line, end_col = doc.position(f.end)
                one_line = end_line == line
                props = {"file": r.source, "line": line, "col": col if one_line else None,
                         "endLine": end_line, "endColumn": end_col if one_line else None,
                         "title": title}
            out.write(command(LEVELS[f.severity], f.message, **props) + "\n")
        out.flush()
