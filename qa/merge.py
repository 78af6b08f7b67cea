"""Merge signals that fall in the same clause into one corrupted span.

Each checker sees one kind of evidence: a determiner that disagrees with its
noun, a vulgar word in running copy, a word repeated across a quote mark, a
LanguageTool match. Alone each is weak (most are ``info``); damaged copy
shows several at once, in the same few words. ``merge_garble`` groups the
signals of a sentence that lie within ``MAX_GAP`` words of each other with
no clause break (; : brackets, dashes) between them, and gives each group
with evidence from two or more independent families a ``Garble.Span``
finding:

- span: from the first signal's start to the last one's end;
- confidence: noisy-or over families, ``1 - prod(1 - c_family)``, where
  ``c_family`` is the strongest confidence in that family (LanguageTool's
  agreement rules and ours are one family: they are not independent). Where
  the calibration file has a combiner for the language, ``qa.calibration``
  replaces it with the learnt one (and the severity with the calibrated);
  this is the fallback;
- severity: ``error`` with >= 2 families and confidence >= ``ERROR_AT``,
  else ``warning``;
- message: a headline naming the families (renderers list the evidence
  under it);
- fixes: the first fix of each signal that is not a neighbour guess (the
  repetition checker's display-only "cannot be recovered" note is kept; an
  info signal's guess is shown, never applied); ``qa.originals`` puts the
  ranked repairs first and drops the signals' fixes that conflict with the
  top one (LanguageTool's ``el culo`` for ``los culo``); an edit two
  sources offer is offered once (``qa.model.one_per_edit``);
- evidence: the signals themselves. Once selection and suppressions are
  settled, ``absorb`` takes them out of the report: a damaged span is one
  finding, its signals are its evidence.

Which rules are signals, and of which family, is data on their ``RuleInfo``
(``RuleRoles``). Ranked repairs for the suspect words are added afterwards
by ``qa.originals.add_originals``: this module only merges.

The pipeline calls it once per document after every checker and grammar
ran, and keeps the return value: the original findings plus the merged ones.
A signal outside every span (a repeat on its own) stays a finding.

>>> from qa.context import Context; from qa.options import Options
>>> from qa.pipeline import check_document
>>> ctx = Context.create(Options(grammar="off"))
>>> text = "En una conferencia de prensa, los culo de lanzar una guerra “guerra” contra Rusia."
>>> span = [f for f in check_document(Document.from_text(text, language="es"), ctx).findings
...         if f.rule == "Garble.Span"][0]
>>> span.severity, text[span.start:span.end]
('error', 'los culo de lanzar una guerra “guerra”')
>>> [fix.replacement for fix in span.fixes][:3]
['culpó', 'culpo', 'culto']
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

import regex

from . import seconded
from .document import Document
from .model import Finding, Fix, RuleInfo, RuleRoles, one_per_edit, severity_rank

RULE = "Garble.Span"
RULES = (
    RuleInfo(
        id=RULE,
        roles=RuleRoles(merged_span=True),
        category="garble",
        severity="error",
        description="Several independent signs of damage in the same clause: a corrupted span.",
        why="Damaged copy is made of real words, so no single check is sure; two or more "
        "unrelated signals in the same few words are.",
        instead="Restore the span from the source; the ranked fixes say which words most likely "
        "stood there.",
        source="qa/merge.py",
        flag=("En una conferencia de prensa, los culo de lanzar una guerra “guerra” contra Rusia.",),
        ok=("En una conferencia de prensa, los culpó de lanzar una guerra “híbrida” contra Rusia.",
            "Dijo que “los culo” era una expresión vulgar."),
        languages=("es",),
    ),
    *seconded.RULES,
)

# Hand-set; docs/garble.md reports what they give on the seed sentence and
# on clean news with injected damage (bench/eval_garble.py).
MAX_GAP = 4  # words between two signals of one span
ERROR_AT = 0.8  # noisy-or confidence that makes a span an error
_CLAUSE_BREAK = regex.compile(r"[;:()\[\]—–]|\s-\s")


def _clusters(doc: Document, signals: list[Finding]) -> list[list[Finding]]:
    words = doc.words
    starts = [w.start for w in words]

    def word_index(offset: int) -> int:
        return bisect_left(starts, offset)

    out: list[list[Finding]] = []
    end = 0  # the current cluster's furthest end, kept as it grows (no rescan per signal)
    for f in sorted(signals, key=lambda f: (f.start, f.end)):
        if out:
            cur = out[-1]
            same_sentence = doc.sentence_of(cur[0].start) == doc.sentence_of(f.start)
            gap_words = word_index(f.start) - word_index(end)
            between = doc.text[end:f.start] if f.start > end else ""
            if same_sentence and gap_words <= MAX_GAP and not _CLAUSE_BREAK.search(between):
                cur.append(f)
                end = max(end, f.end)
                continue
        out.append([f])
        end = f.end
    return out


def _noisy_or(cluster: list[Finding]) -> tuple[float, dict[str, float]]:
    best: dict[str, float] = {}
    for f in cluster:
        fam = f.roles.family
        best[fam] = max(best.get(fam, 0.0), f.confidence)
    miss = 1.0
    for c in best.values():
        miss *= 1.0 - c
    return 1.0 - miss, best


def merge_garble(doc: Document, findings: list[Finding], seconding: bool = True) -> list[Finding]:
    """The findings plus one ``Garble.Span`` per cluster of independent
    signals; and each of newsqa's real-word signals outside every span
    that a LanguageTool match on the same word seconds, with that match,
    as one ``Garble.Seconded`` (``qa.seconded``; LanguageTool's vote-only
    matches go then).

    A span needs one sign that a *valid* word is wrong where it stands; a
    non-word, a repeat and mojibake are each explained, and fixed, by their
    own finding, so several of them side by side are not a span.

    ``seconding`` False (the run ignores ``Garble.Seconded``): no pair is
    made, so the signal stands as it would without LanguageTool's vote, as
    a span's signals stand when ``Garble.Span`` is ignored.
    """
    votes = seconded.pairs(findings) if seconding else []
    findings = [f for f in findings if not f.data.get(seconded.VOTE_ONLY)]
    signals = [f for f in findings if f.roles.family is not None]
    merged = _spans(doc, signals) if len(signals) >= 2 else []
    in_span = {_signal_key(s) for span in merged for s in span.evidence}
    votes = [(signal, vote) for signal, vote in votes if _signal_key(signal) not in in_span]
    if votes:
        # a seconded pair is one finding, its two signals its evidence
        paired = {_signal_key(f) for pair in votes for f in pair}
        findings = [f for f in findings if _signal_key(f) not in paired]
        merged += [seconded.finding(signal, vote, _noisy_or([signal, vote])[0])
                   for signal, vote in votes]
    return findings + merged


def _spans(doc: Document, signals: list[Finding]) -> list[Finding]:
    merged: list[Finding] = []
    for cluster in _clusters(doc, signals):
        confidence, families = _noisy_or(cluster)
        if len(families) < 2 or not any(f.roles.real_word_evidence for f in cluster):
            continue
        severity = "error" if confidence >= ERROR_AT else "warning"
        fixes = one_per_edit([_offered(f) for f in cluster if f.fixes and not f.roles.neighbour_guess])
        merged.append(Finding(
            rule=RULE, category="garble", severity=severity,
            start=min(f.start for f in cluster), end=max(f.end for f in cluster),
            message=f"Corrupted span: {len(families)} independent signals ({', '.join(families)})",
            confidence=round(confidence, 3), fixes=fixes,
            signals=tuple(dict.fromkeys(f.rule for f in cluster)),
            data={"families": {k: round(v, 3) for k, v in families.items()}, "repairs": {}},
            roles=RULES[0].roles, evidence=tuple(cluster),
        ))
    return merged


def _offered(signal: Finding) -> Fix:
    """A signal's first fix as its span offers it: an info signal's guess is
    a hint (``seria`` may be ``sería``), shown but never applied."""
    fix = signal.fixes[0]
    if signal.severity == "info" and fix.applicability != "display":
        return replace(fix, applicability="display")
    return fix


def absorb(findings: list[Finding]) -> list[Finding]:
    """The findings with each merged span's signals taken in: a signal that
    is a span's evidence is no finding of its own, and the span is at least
    as severe as the strongest of them (its confidence, a noisy-or, is
    already at least theirs). Signals outside every span stay.

    >>> from qa.model import RuleRoles
    >>> a = Finding("R.X", "repetition", "error", 5, 9, "inside")
    >>> b = Finding("R.X", "repetition", "warning", 40, 44, "alone")
    >>> span = Finding(RULE, "garble", "warning", 0, 9, "span", roles=RuleRoles(merged_span=True),
    ...                evidence=(a,))
    >>> [(f.message, f.severity) for f in absorb([a, b, span])]
    [('alone', 'warning'), ('span', 'error')]
    """
    spans = [f for f in findings if f.roles.merged_span]
    if not spans:
        return findings
    owner = {_signal_key(s): span for span in spans for s in span.evidence}
    strongest: dict[int, str] = {}
    out = []
    for f in findings:
        span = None if f.roles.merged_span else owner.get(_signal_key(f))
        if span is None:
            out.append(f)
        elif severity_rank(f.severity) > severity_rank(strongest.get(id(span), span.severity)):
            strongest[id(span)] = f.severity
    return [f.with_(severity=strongest[id(f)]) if id(f) in strongest else f for f in out]


def _signal_key(f: Finding) -> tuple[str, int, int]:
    return f.rule, f.start, f.end
