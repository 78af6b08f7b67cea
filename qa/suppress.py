"""Inline suppressions, and a report of the ones that no longer match.

In any document (Markdown, HTML, plain text, a JSON Lines record's text):

- ``<!-- qa: ignore Garble.Register, Repetition.Token -->`` on a line of its
  own silences those rules in the paragraph that follows it (the next
  non-blank lines, up to a blank line); written after or before text on the
  same line, it silences them on that line only.
- ``<!-- qa: off -->`` ... ``<!-- qa: on -->`` silences every rule in between;
  ``<!-- qa: off Scraping -->`` only the rules named. ``on`` closes every
  open region; a region left open runs to the end of the document.

A JSON Lines record can carry ``"qa_ignore": ["Repetition.Token"]`` (a list
or one string) to silence rules in the whole record.

Rule ids match by prefix, as ``--ignore`` does (``Scraping`` covers
``Scraping.Share``). A finding is silenced when it starts inside the scope.
Every id that silenced nothing is reported as ``Suppression.Unused`` (as
ruff's RUF100), with a safe fix that removes it; ids of grammar rules are
not judged when grammar was not checked.

>>> from qa import check_text
>>> text = "<!-- qa: ignore Repetition -->\\nLos ministros ministros llegaron."
>>> [f.rule for f in check_text(text, language="es").findings]
[]
>>> [f.rule for f in check_text(text.replace("ministros ministros", "ministros"), language="es").findings]
['Suppression.Unused']
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import regex

from .model import Finding, Fix, RuleInfo
from .options import _prefix_match

FIELD = "qa_ignore"  # JSON Lines field

RULES = (
    RuleInfo(
        id="Suppression.Unused", category="suppression", severity="warning",
        description="An inline suppression (<!-- qa: ignore ... -->, <!-- qa: off -->, or a record's "
        "qa_ignore field) that silenced no finding.",
        why="A suppression left behind after the text was fixed hides the next real problem at that "
        "place, and misleads the reader of the source about what is wrong there.",
        instead="Remove the suppression, or only the rule ids in it that no longer match "
        "(the fix does this).",
        flag=("<!-- qa: ignore Repetition.Token -->\nLos ministros llegaron ayer.",),
        ok=("<!-- qa: ignore Repetition.Token -->\nLos ministros ministros llegaron ayer.",),
        source="qa/suppress.py",
    ),
)

_DIRECTIVE = regex.compile(r"<!--[ \t]*qa:[ \t]*(ignore|off|on)\b([^<>]*?)[ \t]*-->", regex.IGNORECASE)
_IDS = regex.compile(r"[A-Za-z][\w.]*")
_BLANK_LINE = regex.compile(r"\n[ \t\r]*(?:\n|$)")
_GRAMMAR = "LT"


@dataclass
class Suppression:
    start: int  # scope, code points into the text
    end: int
    rules: tuple[str, ...]  # empty: every rule
    directive: tuple[int, int] | None  # the comment; None for the JSON Lines field
    used: list[bool]  # per rule id (one entry for "every rule")

    def covers(self, f: Finding) -> int | None:
        """Index of the rule id that silences ``f``, or None."""
        if not self.start <= f.start < self.end and not (f.start == f.end == self.end):
            return None
        if not self.rules:
            return 0
        return next((i for i, p in enumerate(self.rules) if _prefix_match(f.rule, p)), None)


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    return lo, len(text) if hi == -1 else hi


def _next_paragraph(text: str, pos: int) -> tuple[int, int]:
    """From the line after ``pos``, skip blank lines, then up to the next blank line."""
    nl = text.find("\n", pos)
    if nl == -1:
        return len(text), len(text)
    start = nl + 1
    while start < len(text):
        line_end = text.find("\n", start)
        line_end = len(text) if line_end == -1 else line_end
        if text[start:line_end].strip():
            break
        start = line_end + 1
    m = _BLANK_LINE.search(text, start)
    return start, (m.start() if m else len(text))


def parse(text: str, ignored_rules: tuple[str, ...] = ()) -> list[Suppression]:
    """Every suppression in ``text``, plus one over the whole text for the
    rule ids a record's field silences."""
    out: list[Suppression] = []
    if ignored_rules:
        out.append(Suppression(0, len(text), ignored_rules, None, [False] * len(ignored_rules)))
    if "qa:" not in text:
        return out
    open_regions: list[Suppression] = []
    for m in _DIRECTIVE.finditer(text):
        verb, ids = m.group(1).lower(), tuple(_IDS.findall(m.group(2)))
        if verb == "ignore":
            lo, hi = _line_bounds(text, m.start(), m.end())
            alone = not (text[lo:m.start()].strip() or text[m.end():hi].strip())
            start, end = _next_paragraph(text, m.end()) if alone else (lo, hi)
            out.append(Suppression(start, end, ids, m.span(), [False] * max(1, len(ids))))
        elif verb == "off":
            region = Suppression(m.end(), len(text), ids, m.span(), [False] * max(1, len(ids)))
            open_regions.append(region)
            out.append(region)
        else:
            closing = [r for r in open_regions if not ids or set(r.rules) <= set(ids)]
            for region in closing:
                region.end = m.start()
                open_regions.remove(region)
    return out


def apply_suppressions(text: str, ignored_rules: tuple[str, ...], findings: Iterable[Finding],
                       grammar_checked: bool = True) -> list[Finding]:
    """Drop silenced findings and add ``Suppression.Unused`` ones."""
    suppressions = parse(text, ignored_rules)
    if not suppressions:
        return list(findings)
    directives = [s.directive for s in suppressions if s.directive]
    kept = []
    for f in findings:
        if any(a <= f.start and f.end <= b for a, b in directives):
            continue  # about the directive's own markup
        hit = False
        for s in suppressions:
            i = s.covers(f)
            if i is not None:
                s.used[i] = True
                hit = True
        if not hit:
            kept.append(f)
    for s in suppressions:
        kept.extend(_unused(text, s, grammar_checked))
    return kept


def _unused(text: str, s: Suppression, grammar_checked: bool) -> Iterable[Finding]:
    unused = [rule for rule, used in zip(s.rules or ("",), s.used) if not used
              and (grammar_checked or not _prefix_match(rule, _GRAMMAR))]
    if not unused:
        return
    if s.directive is None:
        for rule in unused:
            yield Finding("Suppression.Unused", "suppression", "warning", 0, 0,
                          f"“{rule}” in the record's {FIELD} field matched no finding", 1.0)
        return
    start, end = s.directive
    fix = _removal(text, s, set(unused))
    for rule in unused:
        what = f"“{rule}”" if rule else "this qa: off region"
        yield Finding("Suppression.Unused", "suppression", "warning", start, end,
                      f"unused suppression: {what} matched no finding", 1.0, fixes=(fix,))


def _removal(text: str, s: Suppression, unused: set[str]) -> Fix:
    """Drop the unused ids, or the whole comment (and its line, if alone) when none is left."""
    start, end = s.directive
    left = [r for r in s.rules if r not in unused]
    if left:
        m = _DIRECTIVE.match(text, start)
        new = f"<!-- qa: {m.group(1).lower()} {', '.join(left)} -->"
        return Fix(start, end, new, 1.0, "safe", "remove the unused rule ids")
    lo, hi = _line_bounds(text, start, end)
    if not (text[lo:start].strip() or text[end:hi].strip()):
        start, end = lo, min(hi + 1, len(text))
    return Fix(start, end, "", 1.0, "safe", "remove the unused suppression")
