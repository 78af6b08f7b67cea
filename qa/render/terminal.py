"""The editor's report: the text with damaged spans highlighted, findings
with their fixes, a score and a verdict per document, and a summary.

Scraped text is never passed to ``console.print`` as markup (``[b]`` in an
article would be parsed); it is wrapped in ``Text`` and stylized by offset.
"""
from __future__ import annotations

from typing import Any, Iterable

from rich.console import Console, Group
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text
from rich.theme import Theme

from ..document import Document
from ..model import DocumentReport, Finding
from .summary import summarize

THEME = Theme({
    "qa.error": "bold red", "qa.warning": "yellow", "qa.info": "cyan",
    "qa.span.error": "bold white on red", "qa.span.warning": "black on yellow",
    "qa.span.info": "underline cyan", "qa.span.garble": "bold white on magenta",
    "qa.garble": "bold magenta", "qa.rule": "dim", "qa.fix": "green", "qa.pos": "bold",
    "qa.pass": "bold green", "qa.warn": "bold yellow", "qa.fail": "bold red",
    "qa.note": "italic yellow", "qa.source": "bold blue", "qa.dim": "dim",
})
CONTEXT_CHARS = 90  # of text shown around a finding when its line is long


def make_console(file=None, color: bool | None = None, width: int | None = None) -> Console:
    """``color=None`` lets rich decide (TTY, NO_COLOR, FORCE_COLOR, TERM)."""
    kwargs: dict[str, Any] = {"theme": THEME, "file": file, "width": width, "highlight": False}
    if color is False:
        kwargs["no_color"] = True
        kwargs["color_system"] = None
    return Console(**kwargs)


def _ordered(findings: Iterable[Finding]) -> list[Finding]:
    """Merged garble spans first, then by position; signals already listed
    inside a merged span (its evidence) are not repeated."""
    findings = list(findings)
    merged = [f for f in findings if f.roles.merged_span]
    covered = {_key(s) for f in merged for s in f.evidence}
    rest = [f for f in findings if not f.roles.merged_span and _key(f) not in covered]
    return merged + rest


def _key(f: Finding) -> str:
    return f"{f.rule}@{f.start}-{f.end}"


def _span_style(f: Finding) -> str:
    return "qa.span.garble" if f.category == "garble" and f.severity != "info" else f"qa.span.{f.severity}"


def _excerpt(doc: Document, findings: list[Finding]) -> Table | None:
    """The lines that hold findings, with the spans stylized in place."""
    if not findings:
        return None
    lines: dict[int, list[Finding]] = {}
    for f in findings:
        lines.setdefault(doc.position(f.start)[0], []).append(f)
    grid = Table.grid(padding=(0, 1))
    grid.add_column(justify="right", style="qa.dim", no_wrap=True)
    grid.add_column(ratio=1)
    text = doc.text
    for line_no in sorted(lines):
        start = doc.line_starts[line_no - 1]
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        # long lines (a whole paragraph) are cut to a window around the findings
        lo = max(start, min(f.start for f in lines[line_no]) - CONTEXT_CHARS)
        hi = min(end, max(f.end for f in lines[line_no]) + CONTEXT_CHARS)
        piece = Text(text[lo:hi].rstrip("\r"))
        # info spans first so stronger styles are applied over them
        for f in sorted(lines[line_no], key=lambda f: ("info", "warning", "error").index(f.severity)):
            piece.stylize(_span_style(f), max(0, f.start - lo), max(0, min(f.end, hi) - lo))
        line = Text()
        if lo > start:
            line.append("…", style="qa.dim")
        line.append_text(piece)
        if hi < end:
            line.append("…", style="qa.dim")
        grid.add_row(f"{line_no} │", line)
    return grid


def _finding_row(doc: Document, f: Finding) -> tuple[Text, Text, Text]:
    line, col = doc.position(f.start)
    style = "qa.garble" if f.category == "garble" and f.severity != "info" else f"qa.{f.severity}"
    t = Text(f.message)
    t.append(f"  {f.rule}", style="qa.rule")
    if f.confidence < 1:
        t.append(f" ({f.confidence:.0%})", style="qa.dim")
    for signal in f.evidence:  # a merged span: one line per signal
        t.append(f"\n· {signal.message}  ")
        t.append(signal.rule, style="qa.rule")
    for fix in f.fixes[:3]:
        t.append("\n")
        if fix.applicability == "display":
            t.append(f"note: {fix.description}", style="qa.dim")
            continue
        old = doc.text[fix.start:fix.end]
        new = fix.replacement
        t.append("fix: ", style="qa.dim")
        if new:
            t.append(f"“{old}” → “{new}”" if old else f"insert “{new}”", style="qa.fix")
        else:
            t.append(f"delete “{_clip(old)}”", style="qa.fix")
        t.append(f"  [{fix.applicability}, {fix.confidence:.0%}]", style="qa.dim")
    return Text(f"{line}:{col}", style="qa.pos"), Text(f.severity, style=style), t


def _clip(s: str, n: int = 40) -> str:
    s = s.replace("\n", "⏎")
    return s if len(s) <= n else s[: n - 1] + "…"


def render_document(r: DocumentReport, show_info: bool = False) -> Panel:
    title = Text()
    title.append(r.source, style="qa.source")
    if r.id and r.id != r.source:
        title.append(f" [{r.id}]", style="qa.dim")
    if r.error:
        return Panel(Text(f"not checked: {r.error}", style="qa.fail"), title=title, title_align="left",
                     border_style="red")
    doc = Document(text=r.text, source=r.source)
    listed = _ordered(r.findings)  # a merged span's evidence is listed in its message
    shown = [f for f in listed if show_info or f.severity != "info"]
    parts: list[Any] = []
    for note in r.notes:
        parts.append(Text(f"⚠ {note}", style="qa.note"))
    excerpt = _excerpt(doc, shown)
    if excerpt is not None:
        parts.append(Padding(excerpt, (0, 0, 1, 0)))
    if shown:
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True)
        grid.add_column(no_wrap=True)
        grid.add_column(ratio=1)
        for f in shown:
            grid.add_row(*_finding_row(doc, f))
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
        table.add_row("top rules", ", ".join(f"{k} ({n})" for k, n in top))
    return table


def render(reports: Iterable[DocumentReport], out=None, console: Console | None = None,
           show_info: bool = False, quiet: bool = False, **_: Any) -> None:
    console = console or make_console(out)
    reports = list(reports)
    for r in reports:
        if quiet and r.verdict == "pass":
            continue
        console.print(render_document(r, show_info=show_info))
    console.print(render_summary(reports))
