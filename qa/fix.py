"""Fixes as data: a plan of non-overlapping edits, replayed by ``apply_plan``.

>>> from qa import fix_text
>>> fix_text("Johnson &amp; Johnson dijo que los ministros ministros llegaron.", language="es")
'Johnson & Johnson dijo que los ministros llegaron.'

One round checks the text, takes the best applicable fix of every finding
(``safe`` ones, plus ``unsafe`` ones on request; ``display`` fixes are advice
and never applied), drops edits that overlap an edit already taken (safe
before unsafe, then the most confident, then the earliest) and applies the
rest. Dropped edits wait for the next round, which checks the new text. The
rounds stop at a fixed point, when a text repeats, or after ``MAX_ROUNDS``.

Unsafe fixes are guesses, and guesses must not build on each other: they
are taken from the first round's ranked repairs only (later rounds apply
safe fixes) and never from an info finding, which is a hint (``seria
preocupación`` is right; LanguageTool's ``sería`` is a guess), and an
unsafe edit after which its place is still flagged
(a new finding, or the old damage left) is taken back. So ``los culo``
does not become ``el culo`` and then ``el culto``.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from .document import SOURCE_TEXT, Document
from .model import DocumentReport, Finding, edits_conflict

MAX_ROUNDS = 10


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``original`` at ``text[start:end]`` with ``replacement``."""

    rule: str
    start: int
    end: int
    original: str
    replacement: str
    applicability: str = "safe"
    confidence: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return {"rule": self.rule, "start": self.start, "end": self.end, "original": self.original,
                "replacement": self.replacement, "applicability": self.applicability,
                "confidence": round(self.confidence, 3)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Edit:
        return cls(**data)

    def conflicts(self, other: Edit) -> bool:
        return edits_conflict(self.start, self.end, other.start, other.end)


@dataclass(frozen=True, slots=True)
class Plan:
    """Edits of one round, sorted by offset and never overlapping; ``waiting``
    holds the edits that lost a conflict and are left to a later round."""

    edits: tuple[Edit, ...] = ()
    waiting: tuple[Edit, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.edits)

    def to_dict(self) -> dict[str, Any]:
        return {"edits": [e.to_dict() for e in self.edits],
                "waiting": [e.to_dict() for e in self.waiting]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Plan:
        return cls(tuple(map(Edit.from_dict, data.get("edits", ()))),
                   tuple(map(Edit.from_dict, data.get("waiting", ()))))


class PlanMismatch(ValueError):
    """A plan was replayed on a text it was not made for."""


def _candidates(findings: Iterable[Finding], text: str, unsafe: bool) -> list[Edit]:
    seen: set[tuple[int, int, str]] = set()
    out = []
    for f in findings:
        # an info finding is a hint ("seria" may be "sería"), too weak to act on a guess
        allowed = ("safe", "unsafe") if unsafe and f.severity != "info" else ("safe",)
        for fix in _applicable(f, allowed):
            if not 0 <= fix.start <= fix.end <= len(text):
                continue
            replacement = fix.replacement
            if text[fix.start:fix.end] == replacement or (fix.start, fix.end, replacement) in seen:
                continue
            seen.add((fix.start, fix.end, replacement))
            out.append(Edit(f.rule, fix.start, fix.end, text[fix.start:fix.end], replacement,
                            fix.applicability, fix.confidence))
    return out


def _applicable(f: Finding, allowed: tuple[str, ...]) -> list:
    """The best allowed fix of a finding; a merged span, which holds its
    signals' fixes too (they repair different words), gives every allowed
    fix that conflicts with none before it."""
    taken = []
    for fix in f.fixes:
        if fix.applicability in allowed and not any(fix.conflicts(t) for t in taken):
            taken.append(fix)
            if not f.roles.merged_span:
                break
    return taken


def plan_fixes(report_or_findings: DocumentReport | Iterable[Finding], text: str,
               unsafe: bool = False) -> Plan:
    """The edits one round applies to ``text``.

    >>> from qa.model import Finding, Fix
    >>> a = Finding("A.X", "c", "error", 0, 3, "m", fixes=(Fix(0, 3, "x", 0.9, "safe"),))
    >>> b = Finding("B.Y", "c", "error", 2, 5, "m", fixes=(Fix(2, 5, "y", 0.5, "safe"),))
    >>> plan = plan_fixes([a, b], "abcdef")
    >>> [(e.rule, e.replacement) for e in plan.edits], [e.rule for e in plan.waiting]
    ([('A.X', 'x')], ['B.Y'])
    """
    findings = (report_or_findings.findings if isinstance(report_or_findings, DocumentReport)
                else report_or_findings)
    candidates = _candidates(findings, text, unsafe)
    candidates.sort(key=lambda e: (e.applicability != "safe", -e.confidence, e.start, e.end, e.rule))
    taken: list[Edit] = []
    waiting: list[Edit] = []
    for edit in candidates:
        (waiting if any(edit.conflicts(t) for t in taken) else taken).append(edit)
    return Plan(tuple(sorted(taken, key=lambda e: (e.start, e.end))), tuple(waiting))


def keep_to_source(plan: Plan, source: str) -> Plan:
    """Only the edits whose span reads the same in the file's own text: in a
    document checked with non-prose blanked out (Markdown), an edit that
    reaches into code or markup would destroy it.

    >>> plan = Plan((Edit("A.X", 0, 5, "a   b", "a b"), Edit("B.Y", 6, 7, "c", "C")))  # on "a   b c"
    >>> [e.rule for e in keep_to_source(plan, "a`x`b c").edits]
    ['B.Y']
    """
    kept = tuple(e for e in plan.edits if source[e.start:e.end] == e.original)
    return plan if len(kept) == len(plan.edits) else Plan(kept, plan.waiting)


def apply_plan(text: str, plan: Plan) -> str:
    """Replay a plan; raises ``PlanMismatch`` if ``text`` is not the text it was made for.

    >>> apply_plan("abc", Plan((Edit("R.X", 1, 2, "b", "B"),)))
    'aBc'
    """
    out: list[str] = []
    pos = 0
    for edit in plan.edits:
        if edit.start < pos or text[edit.start:edit.end] != edit.original:
            raise PlanMismatch(f"edit {edit.rule} at {edit.start}-{edit.end} does not match the text")
        out.append(text[pos:edit.start])
        out.append(edit.replacement)
        pos = edit.end
    out.append(text[pos:])
    return "".join(out)


@dataclass(frozen=True)
class FixResult:
    text: str  # the file's text after the fixes (Markdown: with its code and markup)
    plans: tuple[Plan, ...]  # one per round that changed something; replay in order
    report: DocumentReport  # the check of the final text
    converged: bool  # False when the round cap was reached or the edits went in a cycle

    @property
    def edits(self) -> int:
        return sum(len(p.edits) for p in self.plans)


def new_span(edit: Edit, plan: Plan) -> tuple[int, int]:
    """Where ``edit``'s replacement lies in the text ``plan`` produces.

    >>> plan = Plan((Edit("A.X", 0, 2, "ab", ""), Edit("B.X", 4, 5, "e", "EE")))
    >>> new_span(plan.edits[1], plan)
    (2, 4)
    """
    shift = sum(len(e.replacement) - (e.end - e.start) for e in plan.edits if e.end <= edit.start and e != edit)
    return edit.start + shift, edit.start + shift + len(edit.replacement)


def still_flagged(edit: Edit, plan: Plan, report: DocumentReport) -> bool:
    """Whether a warning or an error touches ``edit``'s place in the text
    that ``plan`` produced (``report`` is the check of that text)."""
    start, end = new_span(edit, plan)
    return any(f.severity != "info" and _touches(f, start, end) for f in report.findings)


def _touches(f: Finding, start: int, end: int) -> bool:
    """Overlap, where an empty span (a deletion's place, a zero-width
    finding) touches whatever it lies in or next to."""
    if start == end or f.start == f.end:
        return f.start <= end and start <= f.end
    return f.start < end and start < f.end


def fix_document(doc: Document, ctx, unsafe: bool = False, max_rounds: int = MAX_ROUNDS) -> FixResult:
    """Check, fix, check again, until nothing applicable is left."""
    from .pipeline import check_document

    # Markdown is checked with its code and markup blanked: ``source`` is the
    # file's own text, kept in step with ``text``, and edits keep to where both agree
    source = doc.meta.get(SOURCE_TEXT)

    def check(text: str, source: str | None) -> DocumentReport:
        # The language is settled once: a fix must not change which rules apply.
        meta = doc.meta if source is None else {**doc.meta, SOURCE_TEXT: source}
        return check_document(replace(doc, text=text, input_damage=[], meta=meta), ctx)

    def next_plan(report: DocumentReport, text: str, source: str | None, unsafe: bool) -> Plan:
        plan = plan_fixes(report, text, unsafe)
        return plan if source is None else keep_to_source(plan, source)

    def in_source(plan: Plan, source: str | None) -> str | None:
        return None if source is None else apply_plan(source, plan)

    report = check_document(doc, ctx)
    seen = {doc.text}
    plans: list[Plan] = []
    text = doc.text
    for round_no in range(max_rounds):
        plan = next_plan(report, text, source, unsafe and round_no == 0)
        if not plan:
            return FixResult(text if source is None else source, tuple(plans), report, True)
        fixed, fixed_source = apply_plan(text, plan), in_source(plan, source)
        fixed_report = check(fixed, fixed_source)
        while bad := [e for e in plan.edits if e.applicability == "unsafe" and still_flagged(e, plan, fixed_report)]:
            plan = Plan(tuple(e for e in plan.edits if e not in bad), plan.waiting + tuple(bad))
            fixed, fixed_source = apply_plan(text, plan), in_source(plan, source)
            fixed_report = check(fixed, fixed_source) if plan else report
        if not plan:
            return FixResult(text if source is None else source, tuple(plans), report, True)
        text, source, report = fixed, fixed_source, fixed_report
        plans.append(plan)
        if text in seen:
            break
        seen.add(text)
    converged = not next_plan(report, text, source, False)
    if not converged:
        note = f"fixing stopped after {len(plans)} rounds with edits left (they undo each other)"
        report = replace(report, notes=(*report.notes, note))
    return FixResult(text if source is None else source, tuple(plans), report, converged)


def fix_and_explain(text: str, language: str | None = None, unsafe: bool = False,
                    options=None, context=None, format: str = "text") -> FixResult:
    """``fix_text`` with the plans and the final report (as ftfy's ``fix_and_explain``).

    >>> result = fix_and_explain("It&#39;s late.", language="en")
    >>> result.text, [e.rule for p in result.plans for e in p.edits]
    ("It's late.", ['Encoding.Entity'])
    """
    from .context import Context

    ctx = context or Context.create(options)
    doc = Document.from_text(text, language=language, format=format)
    return fix_document(doc, ctx, unsafe=unsafe)


def fix_text(text: str, language: str | None = None, unsafe: bool = False,
             options=None, context=None, format: str = "text") -> str:
    """The text with every safe fix applied (and unsafe ones with ``unsafe=True``)."""
    return fix_and_explain(text, language, unsafe, options, context, format).text
