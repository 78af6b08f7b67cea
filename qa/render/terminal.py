"""The editor's report: the text with damaged spans highlighted, findings
with their fixes, a score and a verdict per document, and a summary.

Scraped text is never passed to ``console.print`` as markup (``[b]`` in an
article would be parsed); it is wrapped in ``Text`` and stylized by offset,
after ``inert`` has made its control sequences visible. Without colour
(``--no-color``, ``NO_COLOR``, a pipe) the spans are marked by a row of
carets under them (``^`` error, ``~`` warning, ``-`` info).

Documents are printed as they finish; on a terminal a progress bar with the
total (when known) and the time left sits below them.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any, Iterable, TextIO

from rich.cells import cell_len
from rich.console import Console, Group
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text
from rich.theme import Theme

from ..model import DocumentReport, Finding
from .base import RenderSettings
from .inert import inert
from .summary import summarize

STREAMS = True
NEEDS_RULE_INFOS = False

THEME = Theme({
    "qa.error": "bold red", "qa.warning": "yellow", "qa.info": "cyan",
    "qa.span.error": "bold white on red", "qa.span.warning": "black on yellow",
    "qa.span.info": "underline cyan", "qa.span.garble": "bold white on magenta",
    "qa.garble": "bold magenta", "qa.rule": "dim", "qa.fix": "green", "qa.pos": "bold",
    "qa.pass": "bold green", "qa.warn": "bold yellow", "qa.fail": "bold red",
    "qa.note": "italic yellow", "qa.source": "bold blue", "qa.dim": "dim",
})
CONTEXT_CHARS = 90  # of text shown around a finding when its line is long
CARETS = {"error": "^", "warning": "~", "info": "-"}


def make_console(file=None, color: bool | None = None, width: int | None = None) -> Console:
    """``color=None`` lets rich decide (TTY, NO_COLOR, FORCE_COLOR, TERM)."""
    kwargs: dict[str, Any] = {"theme": THEME, "file": file, "width": width, "highlight": False}
    if color is False:
        kwargs["no_color"] = True
        kwargs["color_system"] = None
    return Console(**kwargs)


def _ordered(findings: Iterable[Finding]) -> list[Finding]:
    """Merged garble spans first, then by position (a span's signals are its
    evidence, taken in by ``qa.merge.absorb``, not findings of their own)."""
    findings = list(findings)
    return [f for f in findings if f.roles.merged_span] + [f for f in findings if not f.roles.merged_span]


def _span_style(f: Finding) -> str:
    return "qa.span.garble" if f.category == "garble" and f.severity != "info" else f"qa.span.{f.severity}"


def _excerpt(doc: DocumentReport, findings: list[Finding], carets_width: int | None = None) -> Table | None:
    """The lines that hold findings, with the spans stylized in place, or,
    given ``carets_width`` (no colour), cut to that width with carets under."""
    if not findings:
        return None
    lines: dict[int, list[Finding]] = {}
    for f in findings:
        lines.setdefault(doc.position(f.start)[0], []).append(f)
    grid = Table.grid(padding=(0, 1))
    grid.add_column(justify="right", style="qa.dim", no_wrap=True)
    grid.add_column(ratio=1, no_wrap=carets_width is not None)
    text = doc.text
    for line_no in sorted(lines):
        start = doc.line_starts[line_no - 1]
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        # long lines (a whole paragraph) are cut to a window around the findings
        lo = max(start, min(f.start for f in lines[line_no]) - CONTEXT_CHARS)
        hi = min(end, max(f.end for f in lines[line_no]) + CONTEXT_CHARS)
        # one character for one: offsets into the piece stay valid
        plain = inert(text[lo:hi].rstrip("\r").replace("\t", " "))
        # info spans first so stronger styles are applied over them
        ordered = sorted(lines[line_no], key=lambda f: ("info", "warning", "error").index(f.severity))
        spans = [(max(0, f.start - lo), max(0, min(f.end, hi) - lo), f) for f in ordered]
        piece = Text(plain)
        for a, b, f in spans:
            piece.stylize(_span_style(f), a, b)
        line = Text()
        if lo > start:
            line.append("…", style="qa.dim")
        line.append_text(piece)
        if hi < end:
            line.append("…", style="qa.dim")
        if carets_width is None:
            grid.add_row(f"{line_no} │", line)
            continue
        marks = [" "] * len(plain)
        for a, b, f in spans:
            marks[a:b] = [CARETS[f.severity]] * (b - a)
        offset = 1 if lo > start else 0  # the leading ellipsis
        label = f"{line_no} │"
        for row, under in _rows(line.plain, [" "] * offset + marks, carets_width):
            grid.add_row(label, Text(row))
            if under.strip():
                grid.add_row("│", Text(under.rstrip(), style="qa.dim"))
            label = "│"
    return grid


def _rows(plain: str, marks: list[str], width: int) -> Iterable[tuple[str, str]]:
    """``plain`` cut into rows of at most ``width`` cells, each with the
    carets under it (a wide character gets as many as it takes cells).

    >>> list(_rows("ab界c", [" ", "^", "^", " "], 3))
    [('ab', ' ^'), ('界c', '^^ ')]
    """
    row, under, used = [], [], 0
    for ch, mark in zip(plain, marks + [" "] * (len(plain) - len(marks))):
        cells = cell_len(ch)
        if used + cells > width and row:
            yield "".join(row), "".join(under)
            row, under, used = [], [], 0
        row.append(ch)
        under.append(mark * cells)
        used += cells
    if row:
        yield "".join(row), "".join(under)


def _finding_row(doc: DocumentReport, f: Finding) -> tuple[Text, Text, Text]:
    line, col = doc.position(f.start)
    style = "qa.garble" if f.category == "garble" and f.severity != "info" else f"qa.{f.severity}"
    t = Text(inert(f.message))
    t.append(f"  {inert(f.rule)}", style="qa.rule")
    if f.confidence < 1:
        t.append(f" ({f.confidence:.0%})", style="qa.dim")
    for signal in f.evidence:  # a merged span: one line per signal
        t.append(f"\n· {inert(signal.message)}  ")
        t.append(inert(signal.rule), style="qa.rule")
    for fix in f.fixes[:3]:
        t.append("\n")
        if fix.applicability == "display":
            t.append(f"note: {inert(fix.description)}", style="qa.dim")
            continue
        old = inert(doc.text[fix.start:fix.end])
        new = inert(fix.replacement)
        t.append("fix: ", style="qa.dim")
        if new:
            t.append(f"“{old}” → “{new}”" if old else f"insert “{new}”", style="qa.fix")
        else:
            t.append(f"delete “{_clip(old)}”", style="qa.fix")
        t.append(f"  [{fix.applicability}, {fix.confidence:.0%}]", style="qa.dim")
    return Text(f"{line}:{col}", style="qa.pos"), Text(f.severity, style=style), t


def _clip(s: str, n: int = 40) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


def render_document(r: DocumentReport, show_info: bool = False, carets_width: int | None = None) -> Panel:
    """One document's panel; ``carets_width``: mark spans with carets, for
    a console of that width without colour."""
    title = Text()
    title.append(inert(r.source), style="qa.source")
    if r.id and r.id != r.source:
        title.append(f" [{inert(r.id)}]", style="qa.dim")
    elif r.extracted is not None:  # as the text format names it: offsets are into the extracted text
        title.append(" [extracted]", style="qa.dim")
    if r.error:
        return Panel(Text(f"not checked: {inert(r.error)}", style="qa.fail"), title=title, title_align="left",
                     border_style="red")
    listed = _ordered(r.findings)  # a merged span's evidence is listed in its message
    shown = [f for f in listed if show_info or f.severity != "info"]
    parts: list[Any] = []
    for note in r.notes:
        parts.append(Text(f"⚠ {inert(note)}", style="qa.note"))
    excerpt = _excerpt(r, shown, carets_width)
    if excerpt is not None:
        parts.append(Padding(excerpt, (0, 0, 1, 0)))
    if shown:
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True)
        grid.add_column(no_wrap=True)
        grid.add_column(ratio=1)
        for f in shown:
            grid.add_row(*_finding_row(r, f))
        parts.append(grid)
    hidden = len(listed) - len(shown)
    if not shown:
        parts.append(Text("no problems found", style="qa.pass"))
    if hidden and not show_info:
        parts.append(Text(f"(+{hidden} info finding{'s' if hidden > 1 else ''}; --show-info lists them)",
                          style="qa.dim"))
    subtitle = Text()
    subtitle.append(f"{r.language} · {r.words} words · score {r.score:.0f} · ")
    subtitle.append(r.verdict.upper(), style=f"qa.{r.verdict}")
    border = {"pass": "green", "warn": "yellow", "fail": "red"}.get(r.verdict, "red")
    return Panel(Group(*parts), title=title, title_align="left", subtitle=subtitle,
                 subtitle_align="right", border_style=border)


def render_summary(reports: list[DocumentReport]) -> Table:
    s = summarize(reports)
    table = Table(title="newsqa summary", show_header=False, title_justify="left")
    table.add_column(style="qa.dim")
    table.add_column()
    table.add_row("documents", str(s["documents"]) + (f" ({s['errors']} not readable)" if s["errors"] else ""))
    table.add_row("words", str(s["words"]))
    sev = s["by_severity"]
    table.add_row("findings", f"{sev['error']} errors, {sev['warning']} warnings, {sev['info']} info")
    v = s["verdicts"]
    verdicts = Text()
    for name in ("pass", "warn", "fail"):
        verdicts.append(f"{v[name]} {name}  ", style=f"qa.{name}")
    table.add_row("verdicts", verdicts)
    if s["mean_score"] is not None:
        table.add_row("mean score", f"{s['mean_score']:.1f}")
    top = list(s["by_rule"].items())[:5]
    if top:
        table.add_row("top rules", ", ".join(f"{inert(k)} ({n})" for k, n in top))
    fixable = s["fixable"]
    if fixable["safe"] or fixable["unsafe"]:
        table.add_row("fixable", f"{fixable['safe']} with --fix, {fixable['unsafe']} more with --unsafe-fixes")
    for note in s["notes"]:
        table.add_row("note", Text(inert(note), style="qa.note"))
    return table


def render(reports: Iterable[DocumentReport], out: TextIO, settings: RenderSettings) -> None:
    write(reports, make_console(out, color=settings.color), settings)


def write(reports: Iterable[DocumentReport], console: Console, settings: RenderSettings) -> None:
    """Print each document as it arrives, then the summary."""
    plain = console.no_color or console.color_system is None
    # panel borders and padding take 4 cells, the line-number column the rest
    carets_width = max(20, console.width - 12) if plain else None
    seen: list[DocumentReport] = []
    with ProgressBar(console, settings.expected_documents) as advance:
        for r in reports:
            seen.append(replace(r, text=""))  # the summary needs no text; a corpus stays small
            advance()
            if settings.quiet and r.verdict == "pass":
                continue
            console.print(render_document(r, show_info=settings.show_info, carets_width=carets_width))
    console.print(render_summary(seen))


class ProgressBar:
    """A transient bar under whatever the console prints, on a terminal only:
    documents done of the total (when known), time elapsed and time left.
    ``with ProgressBar(console, total) as advance:`` then ``advance()`` per document."""

    def __init__(self, console: Console, total: int | None) -> None:
        self.console, self.total, self.bar = console, total, None

    def __enter__(self):
        if not self.console.is_terminal:
            return lambda: None
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn,
                                   TimeElapsedColumn, TimeRemainingColumn)

        columns = [SpinnerColumn(), TextColumn("checking")]
        if self.total:
            columns += [BarColumn(), MofNCompleteColumn(), TextColumn("documents ·"), TimeElapsedColumn(),
                        TextColumn("· left"), TimeRemainingColumn()]
        else:
            columns += [TextColumn("{task.completed} documents ·"), TimeElapsedColumn()]
        self.bar = Progress(*columns, console=self.console, transient=True)
        self.bar.start()
        task = self.bar.add_task("check", total=self.total or None)
        return lambda: self.bar.advance(task)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()
