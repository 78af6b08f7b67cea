"""One self-contained HTML page for editors: ``qa check --format html -o report.html``.

Each document's text is shown with its flagged spans highlighted by
severity (one ``<mark>`` per finding); the message, evidence and ranked fixes
appear on hover, focus or click, and in a list under the text. Filters by
severity, category and rule; documents sorted by score, worst first; a
summary with inline SVG plots (score distribution, findings by rule).

Scraped text is hostile input: every string passes through ``inert`` (no
bidi override reorders what the editor reads, no control character shows
raw) and is then escaped, nothing is ever parsed as markup, and a
Content-Security-Policy allows only the report's own
script and stylesheet (by their SHA-256 hashes) and nothing from the
network, so the page works offline and a ``<script>`` or ``onerror`` that
slipped into a document stays text.

Offsets are code points of the document text, as everywhere; for a page
checked as its extracted text that is what is shown. Run notes ("grammar
not checked: ...") are listed in the summary. The report is not streamed:
it sorts the documents, so it needs them all. A finding whose span
crosses another's (neither holds the other) is highlighted up to the end of
the enclosing one, so every finding keeps exactly one element.
"""
from __future__ import annotations

import base64
import hashlib
from collections import Counter
from functools import lru_cache
from html import escape
from importlib.resources import files
from typing import Any, Iterable, TextIO

from .. import __version__
from ..model import SEVERITIES, DocumentReport, Finding
from .base import RenderSettings
from .inert import inert, inert_block
from .summary import summarize

STREAMS = False
NEEDS_RULE_INFOS = False
SEVERITY_ORDER = SEVERITIES[::-1]  # error, warning, info
SCORE_BINS = 10
TOP_RULES = 12


def esc(value: Any) -> str:
    """Text and attribute values on one line: inert, then escaped (quotes too).
    Lone surrogates, which UTF-8 cannot hold, become U+FFFD.

    >>> esc('<img src=x onerror="alert(1)">\u202e')
    '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;�'
    """
    return escape(inert(str(value)), quote=True)


def esc_text(value: str) -> str:
    """Document text for the ``<pre>``: line breaks (CRLF too) and tabs kept,
    every other control character made visible, then escaped."""
    return escape("\r".join(inert_block(part) for part in value.split("\r")), quote=True)


@lru_cache(maxsize=1)
def assets() -> tuple[str, str]:
    """(stylesheet, script), shipped next to this module."""
    folder = files(__package__) / "html_report"
    return (folder / "report.css").read_text(encoding="utf-8"), (folder / "report.js").read_text(encoding="utf-8")


def csp_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def content_security_policy(style: str, script: str) -> str:
    """Nothing but the report's own style and script; no network, no frames, no forms."""
    return (f"default-src 'none'; style-src {csp_hash(style)}; script-src {csp_hash(script)}; "
            "img-src 'none'; base-uri 'none'; form-action 'none'")


def render(reports: Iterable[DocumentReport], out: TextIO, settings: RenderSettings) -> None:
    reports = sorted(reports, key=lambda r: (r.error is None, r.score, r.source, r.id or ""))
    style, script = assets()
    findings = [f for r in reports for f in r.findings]
    out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
    out.write(f'<meta http-equiv="Content-Security-Policy" content="{esc(content_security_policy(style, script))}">\n')
    out.write('<meta name="viewport" content="width=device-width, initial-scale=1">\n')
    out.write(f"<title>newsqa report: {len(reports)} document{'s' if len(reports) != 1 else ''}</title>\n")
    out.write(f"<style>{style}</style>\n</head>\n<body>\n")
    out.write(_header(reports, findings))
    out.write('<div class="layout">\n<aside class="side">\n')
    out.write(_filters(findings))
    out.write(_toc(reports))
    out.write("</aside>\n<main>\n")
    out.write(_summary(reports))
    for n, r in enumerate(reports):
        out.write(_document(n, r))
    out.write('</main>\n</div>\n<div id="pop" role="tooltip" hidden></div>\n')
    out.write(f"<script>{script}</script>\n</body>\n</html>\n")


def _header(reports: list[DocumentReport], findings: list[Finding]) -> str:
    s = summarize(reports)
    mean = "n/a" if s["mean_score"] is None else f"{s['mean_score']:.0f}"
    return ('<header class="top"><h1>newsqa report</h1>'
            f'<p class="muted">{s["documents"]} documents · {s["words"]:,} words · '
            f'<span id="shown-total">{len(findings)}</span> of {len(findings)} findings shown · '
            f'mean score {esc(mean)} · newsqa {esc(__version__)}</p></header>\n')


def _filters(findings: list[Finding]) -> str:
    parts = ['<section class="filters" aria-label="Filters"><h2 class="muted">Filters</h2>']
    by_severity = Counter(f.severity for f in findings)
    groups = (
        ("severity", "Severity", [(s, by_severity.get(s, 0)) for s in SEVERITY_ORDER]),
        ("category", "Category", sorted(Counter(f.category for f in findings).items())),
        ("rule", "Rule", sorted(Counter(f.rule for f in findings).items())),
    )
    for key, legend, values in groups:
        parts.append(f'<fieldset class="{key}s"><legend>{legend}</legend>')
        if key != "severity":
            parts.append(f'<button type="button" data-group="{key}" data-all="on">all</button> '
                         f'<button type="button" data-group="{key}" data-all="off">none</button>')
        for value, count in values:
            css = f' class="sev {esc(value)}"' if key == "severity" else ""
            parts.append(f'<label{css}><input type="checkbox" data-filter="{key}" value="{esc(value)}" checked> '
                         f'{esc(value)} <span class="muted">({count})</span></label>')
        parts.append("</fieldset>")
    parts.append('<p class="help">Keyboard: <kbd>Tab</kbd> to a highlight shows its details, '
                 '<kbd>Enter</kbd> pins them, <kbd>j</kbd>/<kbd>k</kbd> next/previous finding, '
                 '<kbd>Esc</kbd> closes.</p></section>\n')
    return "".join(parts)


def _label(r: DocumentReport) -> str:
    return r.source if r.id is None else f"{r.source} [{r.id}]"


def _toc(reports: list[DocumentReport]) -> str:
    items = []
    for n, r in enumerate(reports):
        score = "unreadable" if r.error else f"{r.score:.0f}"
        items.append(f'<li><a href="#doc-{n}">{esc(_label(r))}</a> '
                     f'<span class="verdict {esc(r.verdict)}">{esc(r.verdict)}</span> '
                     f'<span class="muted">{esc(score)}</span></li>')
    return f'<nav class="toc" aria-label="Documents, worst first"><h2 class="muted">Documents</h2><ol>{"".join(items)}</ol></nav>\n'


# -- summary ---------------------------------------------------------------

def _summary(reports: list[DocumentReport]) -> str:
    s = summarize(reports)
    figures = [("documents", s["documents"]), ("unreadable", s["errors"]), ("words", f"{s['words']:,}"),
               *((f"{sev} findings", s["by_severity"][sev]) for sev in SEVERITY_ORDER),
               *((f"verdict {v}", n) for v, n in s["verdicts"].items())]
    rows = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in figures)
    return ('<section class="card summary" aria-label="Summary">'
            f'<div><h2>Summary</h2><dl class="figures">{rows}</dl></div>'
            f'<div><h2>Score distribution</h2>{score_histogram(reports)}</div>'
            f'<div><h2>Findings by rule</h2>{rule_bars(s["by_rule"])}</div>{_run_notes(s["notes"])}'
            '</section>\n')


def _run_notes(notes: list[str]) -> str:
    if not notes:
        return ""
    items = "".join(f"<li>{esc(note)}</li>" for note in notes)
    return f'<div class="run-notes"><h2>Run notes</h2><ul class="notes">{items}</ul></div>'



def score_histogram(reports: list[DocumentReport], width: int = 300, height: int = 140) -> str:
    """Documents per score band of 10, coloured by the band's usual verdict.

    >>> "<rect" in score_histogram([])
    False
    """
    counts = [0] * SCORE_BINS
    for r in reports:
        if r.error is None:
            counts[min(int(r.score // (100 / SCORE_BINS)), SCORE_BINS - 1)] += 1
    top = max(counts) or 1
    plot_h, bar_w = height - 30, width / SCORE_BINS
    parts = [f'<svg width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="score distribution">',
             f'<line class="axis" x1="0" y1="{plot_h}" x2="{width}" y2="{plot_h}"/>']
    for i, count in enumerate(counts):
        low = i * 100 // SCORE_BINS
        if count:
            h = max(1.0, (plot_h - 14) * count / top)  # room for the count above the bar
            band = "fail" if low < 60 else "warn" if low < 85 else "pass"
            parts.append(f'<rect class="bar {band}" x="{i * bar_w + 2:.1f}" y="{plot_h - h:.1f}" '
                         f'width="{bar_w - 4:.1f}" height="{h:.1f}"><title>score {low}–{low + 10}: '
                         f'{count} document{"s" if count != 1 else ""}</title></rect>')
            parts.append(f'<text x="{i * bar_w + bar_w / 2:.1f}" y="{plot_h - h - 3:.1f}" '
                         f'text-anchor="middle">{count}</text>')
        if i % 2 == 0:
            parts.append(f'<text x="{i * bar_w + 2:.1f}" y="{plot_h + 14}">{low}</text>')
    parts.append(f'<text x="{width - 2}" y="{plot_h + 14}" text-anchor="end">100</text>')
    parts.append(f'<text x="{width / 2:.0f}" y="{height - 2}" text-anchor="middle">score</text></svg>')
    return "".join(parts)


def rule_bars(by_rule: dict[str, int], width: int = 380) -> str:
    """Horizontal bars for the most frequent rules."""
    items = list(by_rule.items())[:TOP_RULES]
    if not items:
        return '<p class="empty-state">no findings</p>'
    row, label_w = 18, 170
    height = row * len(items) + 4
    top = max(n for _, n in items)
    parts = [f'<svg width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="findings by rule">']
    for i, (rule, count) in enumerate(items):
        y = i * row + 2
        w = max(1.0, (width - label_w - 40) * count / top)
        parts.append(f'<text class="label" x="{label_w - 6}" y="{y + 12}" text-anchor="end">{esc(rule)}</text>')
        parts.append(f'<rect class="bar" x="{label_w}" y="{y + 2}" width="{w:.1f}" height="{row - 5}">'
                     f'<title>{esc(rule)}: {count}</title></rect>')
        parts.append(f'<text x="{label_w + w + 4:.1f}" y="{y + 12}">{count}</text>')
    parts.append("</svg>")  # rules past the top ones are in the rule filter, with their counts
    return "".join(parts)


# -- documents -------------------------------------------------------------

def _document(n: int, r: DocumentReport) -> str:
    head = [f'<h2>{esc(_label(r))}</h2>']
    extracted = r.extracted or {}
    title = extracted.get("title") or r.meta.get("title")  # a page's, or a JSON Lines record's
    if title:
        head.append(f'<p class="title">{esc(title)}</p>')
    facts = [("verdict", f'<span class="verdict {esc(r.verdict)}">{esc(r.verdict)}</span>')]
    if r.error is None:
        facts += [("score", esc(f"{r.score:.0f}")), ("language", esc(r.language)), ("words", esc(r.words)),
                  ("findings", f'<span class="shown">{len(r.findings)}</span> of {len(r.findings)}')]
    for key in ("author", "date", "url", "sitename"):
        value = extracted.get(key) or (r.meta.get(key) if key == "url" else None)
        if isinstance(value, str) and value:
            facts.append((key, esc(value)))  # a URL is text here, never a link
    head.append('<dl class="facts">' + "".join(f"<div><dt>{k}</dt><dd>{v}</dd></div>" for k, v in facts)
                + "</dl>")
    notes = list(r.notes) + ([f"not checked: {r.error}"] if r.error else [])
    if notes:
        head.append('<ul class="notes">' + "".join(f"<li>{esc(x)}</li>" for x in notes) + "</ul>")
    parts = [f'<article class="doc {esc(r.verdict)}" id="doc-{n}"><header>{"".join(head)}</header>']
    if r.error is None:
        text = r.text
        parts.append(f'<pre class="text">{highlight(text, r.findings, n)}</pre>')
        parts.append(_finding_list(n, r, text))
    parts.append("</article>\n")
    return "".join(parts)


def _attrs(f: Finding) -> str:
    return (f'data-severity="{esc(f.severity)}" data-category="{esc(f.category)}" '
            f'data-rule="{esc(f.rule)}"')


def highlight(text: str, findings: Iterable[Finding], doc_n: int = 0) -> str:
    """The escaped text with one ``<mark>`` per finding, nested where spans nest.

    >>> from qa.model import Finding
    >>> f = Finding("Repetition.Token", "repetition", "error", 4, 11, "m")
    >>> highlight("<b> the the", [f])  # doctest: +ELLIPSIS
    '&lt;b&gt; <mark ...>the the</mark>'
    """
    findings = list(findings)
    order = sorted(range(len(findings)), key=lambda i: (findings[i].start, -findings[i].end, i))
    out: list[str] = []
    pos = 0
    open_ends: list[int] = []

    def close_until(limit: int) -> None:
        nonlocal pos
        while open_ends and open_ends[-1] <= limit:
            end = open_ends.pop()
            out.append(esc_text(text[pos:end]))
            pos = end
            out.append("</mark>")

    for i in order:
        f = findings[i]
        start = max(pos, min(f.start, len(text)))
        end = max(start, min(f.end, len(text)))
        close_until(start)
        out.append(esc_text(text[pos:start]))
        pos = start
        if open_ends and end > open_ends[-1]:
            end = open_ends[-1]  # crossing spans: stay inside the enclosing mark
        empty = " empty" if end == start else ""
        out.append(f'<mark class="f {esc(f.severity)}{empty}" tabindex="0" role="button" {_attrs(f)} '
                   f'aria-describedby="f-{doc_n}-{i}">')
        open_ends.append(end)
    close_until(len(text))
    out.append(esc_text(text[pos:]))
    return "".join(out)


def _finding_list(n: int, r: DocumentReport, text: str) -> str:
    if not r.findings:
        return '<p class="empty-state">no problems found</p>'
    items = []
    for i, f in enumerate(r.findings):
        line, col = r.position(f.start)
        parts = [f'<li class="finding {esc(f.severity)}" id="f-{n}-{i}" {_attrs(f)}>',
                 f'<p><span class="where muted">{line}:{col}</span> <span class="sev {esc(f.severity)}">'
                 f'{esc(f.severity)}</span> <code class="rule">{esc(f.rule)}</code> '
                 f'<span class="muted">{esc(f.category)} · confidence {f.confidence:.0%}</span></p>',
                 f'<p class="msg">{esc(f.message)}</p>']
        evidence = [f'flagged: <span class="flagged">{esc(text[f.start:f.end])}</span>']
        if f.signals:
            evidence.append("signals: " + ", ".join(esc(s) for s in f.signals))
        parts.append(f'<p class="evidence muted">{"; ".join(evidence)}</p>')
        if f.fixes:
            fixes = []
            for fix in f.fixes:  # already ranked, best first
                old = text[fix.start:fix.end]
                change = (f"“{esc(old)}” → “{esc(fix.replacement)}”" if fix.replacement and old
                          else f"insert “{esc(fix.replacement)}”" if fix.replacement else f"delete “{esc(old)}”")
                detail = f" — {esc(fix.description)}" if fix.description else ""
                fixes.append(f"<li>{change} <span class=\"muted\">[{esc(fix.applicability)}, "
                             f"{fix.confidence:.0%}]</span>{detail}</li>")
            parts.append(f'<ol class="fixes">{"".join(fixes)}</ol>')
        parts.append("</li>")
        items.append("".join(parts))
    return f'<ol class="findings">{"".join(items)}</ol>'
