"""GitHub Actions workflow commands: one annotation per finding.

``::error file=PATH,line=L,col=C,endLine=L2,endColumn=C2,title=RULE::MESSAGE``
(``warning`` and ``notice`` for the other severities). Columns are given only
for findings on one line, as GitHub draws them only there. A JSON Lines
record is annotated on its line of the file. An HTML page or WARC record
checked as its extracted text is annotated on the file, with the place in
the extracted text in the title.

GitHub shows at most 10 annotations of each level per step, so every error
is written first, then the warnings, then the notices (the report is not
streamed for that reason). Run notes ("grammar not checked: ...") become
``::warning title=newsqa::`` lines. With ``$GITHUB_STEP_SUMMARY`` set, a
Markdown table of documents is appended to that file.

Scraped strings pass through ``inert`` first (a newline in a file name
cannot start a forged ``::error``); messages then escape ``%``, CR and LF,
and property values also ``:`` and ``,``.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TextIO

from ..model import DocumentReport
from .base import RenderSettings
from .inert import inert
from .summary import run_notes, summarize

STREAMS = False
NEEDS_RULE_INFOS = False
LEVELS = {"error": "error", "warning": "warning", "info": "notice"}
ORDER = ("error", "warning", "notice")


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
    """
    >>> command("error", "forged\\n::error::x", file="a\\nb.txt", line=1)
    '::error file=a␊b.txt,line=1::forged␊::error::x'
    """
    fields = ",".join(f"{k}={escape_property(inert(str(v)))}" for k, v in props.items() if v is not None)
    message = escape_data(inert(message))
    return f"::{level} {fields}::{message}" if fields else f"::{level}::{message}"


def annotations(r: DocumentReport) -> list[tuple[str, str]]:
    """(level, workflow command) for each finding of one document."""
    if r.error:
        return [("error", command("error", f"not checked: {r.error}", file=r.source, line=r.record_line,
                                  title="newsqa"))]
    out = []
    record_line = r.record_line
    for f in r.findings:
        title = f.rule if record_line is None else f"{f.rule} (record {r.id})"
        if record_line is not None:
            props = {"file": r.source, "line": record_line, "endLine": record_line, "title": title}
        elif r.extracted is not None:  # the page's text is not the file's: annotate the file
            line, col = r.position(f.start)
            where = f"record {r.id}, " if r.id is not None else ""
            props = {"file": r.source, "title": f"{f.rule} ({where}extracted text {line}:{col})"}
        else:
            line, col = r.position(f.start)
            end_line, end_col = r.position(f.end)
            one_line = end_line == line
            props = {"file": r.source, "line": line, "col": col if one_line else None,
                     "endLine": end_line, "endColumn": end_col if one_line else None,
                     "title": title}
        out.append((LEVELS[f.severity], command(LEVELS[f.severity], f.message, **props)))
    return out


def step_summary(reports: list[DocumentReport]) -> str:
    """A Markdown table for the job's summary page."""
    s = summarize(reports)
    sev, v = s["by_severity"], s["verdicts"]
    lines = ["## newsqa", "",
             f"{s['documents']} documents: {v['pass']} pass, {v['warn']} warn, {v['fail']} fail"
             + (f", {s['errors']} not readable" if s["errors"] else "")
             + f"; {sev['error']} errors, {sev['warning']} warnings, {sev['info']} info.", "",
             "| document | verdict | score | errors | warnings |", "|---|---|---:|---:|---:|"]
    for r in reports:
        name = _cell(r.source if r.id is None else f"{r.source} [{r.id}]")
        if r.error:
            lines.append(f"| {name} | not readable | | | |")
            continue
        count = {k: sum(f.severity == k for f in r.findings) for k in ("error", "warning")}
        lines.append(f"| {name} | {r.verdict} | {r.score:.0f} | {count['error']} | {count['warning']} |")
    for note in s["notes"]:
        lines += ["", f"> {_cell(note)}"]
    return "\n".join(lines) + "\n"


def _cell(s: str) -> str:
    """Inert, and unable to break the table or start Markdown or HTML."""
    return inert(s).replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace("`", "\\`")


def render(reports: Iterable[DocumentReport], out: TextIO, settings: RenderSettings) -> None:
    reports = list(reports)
    found = [a for r in reports for a in annotations(r)]
    for level in ORDER:
        for lvl, line in found:
            if lvl == level:
                out.write(line + "\n")
    for note in run_notes(reports):
        out.write(command("warning", note, title="newsqa") + "\n")
    out.flush()
    if settings.step_summary:
        with open(settings.step_summary, "a", encoding="utf-8") as summary:
            summary.write(step_summary(reports))
