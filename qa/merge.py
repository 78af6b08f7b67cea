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
  agreement rules and ours are one family: they are not independent);
- severity: ``error`` with >= 2 families and confidence >= ``ERROR_AT``,
  else ``warning``;
- message: a headline naming the families (renderers list the evidence
  under it; the signals stay in the report as findings of their own);
- fixes: the first fix of each repeat, mojibake and non-word signal (the
  repetition checker's display-only "cannot be recovered" note is kept);
- evidence: the signals themselves.

Which rules are signals, and of which family, is data on their ``RuleInfo``
(``RuleRoles``). Ranked repairs for the suspect words are added afterwards
by ``qa.originals.add_originals``: this module only merges.

The pipeline calls it once per document after every checker and grammar
ran, and keeps the return value: the original findings plus the merged ones.

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

import regex

from .document import Document
from .model import Finding, RuleInfo, RuleRoles

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
)

# Hand-set; docs/garble.md reports what they give on the seed sentence and
# on clean news with injected damage (bench/eval_garble.py).
MAX_GAP = 4  # words between two signals of one span
ERROR_AT = 0.8  # noisy-or confidence that makes a span an error
_CLAUSE_BREAK = regex.compile(r"[;:()\[\]—–]|\s-\s")
# Signals whose own first fix a span keeps (a repeat's removal, mojibake's
# repair, a non-word's correction).
_FIXES_KEPT_FROM = ("repetition", "encoding", "spelling")


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


def merge_garble(doc: Document, findings: list[Finding]) -> list[Finding]:
    """The findings plus one ``Garble.Span`` per cluster of independent signals.

    A span needs one sign that a *valid* word is wrong where it stands; a
    non-word, a repeat and mojibake are each explained, and fixed, by their
    own finding, so several of them side by side are not a span.
    """
    signals = [f for f in findings if f.roles.family is not None]
    if len(signals) < 2:
        return list(findings)
    merged: list[Finding] = []
    for cluster in _clusters(doc, signals):
        confidence, families = _noisy_or(cluster)
        if len(families) < 2 or not any(f.roles.real_word_evidence for f in cluster):
            continue
        severity = "error" if confidence >= ERROR_AT else "warning"
        fixes = tuple(f.fixes[0] for f in cluster if f.fixes and f.roles.family in _FIXES_KEPT_FROM
                      and not f.roles.neighbour_guess)
        merged.append(Finding(
            rule=RULE, category="garble", severity=severity,
            start=min(f.start for f in cluster), end=max(f.end for f in cluster),
            message=f"Corrupted span: {len(families)} independent signals ({', '.join(families)})",
            confidence=round(confidence, 3), fixes=fixes,
            signals=tuple(dict.fromkeys(f.rule for f in cluster)),
            data={"families": {k: round(v, 3) for k, v in families.items()}, "repairs": {}},
            roles=RULES[0].roles, evidence=tuple(cluster),
        ))
    return list(findings) + merged
