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
- message: every signal, one clause each;
- fixes: ranked repairs for each suspect word (``qa.repair``), the top one
  ``unsafe`` when the span is an error, the rest display-only; the
  repetition checker's display-only "cannot be recovered" note is kept.

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

from typing import Iterable

import regex

from .document import Document
from .model import Finding, Fix, RuleInfo
from .repair import OFFLINE_FAMILIES, families_touching, rank_repairs

RULE = "Garble.Span"
RULES = (
    RuleInfo(
        id=RULE,
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

MAX_GAP = 4  # words between two signals of one span
ERROR_AT = 0.8
MAX_SUSPECTS = 2  # words per span that get ranked repairs
MAX_RANKED_SPANS = 6  # spans per document that get ranked repairs
_CLAUSE_BREAK = regex.compile(r"[;:()\[\]—–]|\s-\s")


def family(f: Finding) -> str | None:
    """The kind of evidence a finding is, or None when it is no damage signal."""
    rule = f.rule
    if rule == "Garble.Agreement":
        return "agreement"
    if rule == "Garble.RealWord" or (f.category in ("spelling", "ocr") and not rule.startswith("LT.")):
        # A rare word next to a common one and a word missing from the list
        # are one piece of evidence (the word's frequency), not two.
        return "spelling"
    if rule.startswith("Register."):
        return "register"
    if rule in ("Repetition.Token", "Repetition.Phrase"):
        return "repetition"
    if rule in ("Encoding.Mojibake", "Encoding.Replacement"):
        return "encoding"
    if rule.startswith("LT."):
        if "AGREEMENT" in rule or "CONCORDANCIA" in rule:
            return "agreement"
        if f.category == "spelling":
            return "spelling"
        # LanguageTool's style and typography matches say nothing about damage.
        return "grammar" if f.category == "grammar" else None
    return None


def _real_word_evidence(f: Finding) -> bool:
    """A span needs one sign that a *valid* word is wrong where it stands;
    a non-word, a repeat and mojibake are each explained, and fixed, by
    their own finding, so several of them side by side are not a span."""
    return family(f) in ("agreement", "register", "grammar") or f.rule == "Garble.RealWord"


def offline_signals(ctx):
    """``signals_at(doc, start, end)`` for ``qa.repair``: re-runs the offline
    signal checkers on a (small) document. The answer depends only on the
    text, the language and the span, so it is kept for the run in the
    Lexicon's memo (a candidate sentence comes back whenever the same
    damaged sentence does)."""
    from .checkers import agreement, realword

    register = [r for r in ctx.rules if r.info.id.startswith("Register.")]

    def signals_at(doc: Document, start: int, end: int) -> list[str]:
        memo = ctx.lexicons[doc.language].memo("merge.signals_at", size=50_000)
        key = (doc.text, start, end)
        found = memo.get(key)
        if found is None:
            found = memo[key] = tuple(_signals_at(doc, start, end))
        return list(found)

    def _signals_at(doc: Document, start: int, end: int) -> list[str]:
        found: list[Finding] = list(agreement.check(doc, ctx))
        for rule in register:
            if rule.applies_to(doc.language):
                found.extend(rule.check(doc))
        out = [fam for fam in families_touching(found, family, start, end) if fam in OFFLINE_FAMILIES]
        # only the word itself can be a rare neighbour of a common word
        if realword.restoration(doc.text[start:end], ctx.lexicons[doc.language], doc.language):
            out.append("spelling")
        return out

    return signals_at


def _clusters(doc: Document, signals: list[Finding]) -> list[list[Finding]]:
    words = doc.words
    starts = [w.start for w in words]
    from bisect import bisect_left

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
        fam = family(f)
        best[fam] = max(best.get(fam, 0.0), f.confidence)
    miss = 1.0
    for c in best.values():
        miss *= 1.0 - c
    return 1.0 - miss, best


def _suspects(doc: Document, cluster: list[Finding]) -> list[tuple[int, int]]:
    """Single words that may have been damaged, most signals first. Repeats are
    left out (their original cannot be recovered from the text), and so are
    multi-word spans with no named suspect (a LanguageTool match on "los culo")."""
    votes: dict[tuple[int, int], int] = {}
    for f in cluster:
        fam = family(f)
        if fam in ("agreement", "register", "spelling", "grammar"):
            s, e = f.data.get("suspect", (f.start, f.end))
            word = doc.text[s:e]
            if not word.isalpha():
                continue
            votes[(s, e)] = votes.get((s, e), 0) + 1
    return sorted(votes, key=lambda k: (-votes[k], k))[:MAX_SUSPECTS]


def merge_garble(doc: Document, findings: list[Finding], ctx) -> list[Finding]:
    """The findings plus one ``Garble.Span`` per cluster of independent signals."""
    signals = [f for f in findings if f.rule != RULE and family(f) is not None]
    if len(signals) < 2:
        return list(findings)
    merged: list[Finding] = []
    signals_at = None
    for cluster in _clusters(doc, signals):
        confidence, families = _noisy_or(cluster)
        if len(families) < 2 or not any(_real_word_evidence(f) for f in cluster):
            continue
        severity = "error" if confidence >= ERROR_AT else "warning"
        start = min(f.start for f in cluster)
        end = max(f.end for f in cluster)
        fixes: list[Fix] = []
        ranked: dict[str, list[dict]] = {}
        if len(merged) < MAX_RANKED_SPANS:
            if signals_at is None:
                signals_at = offline_signals(ctx)
                memo = ctx.lexicons[doc.language].memo("merge.repairs", 20_000) if doc.language else None
            for s, e in _suspects(doc, cluster):
                lt_before = sum(1 for f in cluster if f.rule.startswith("LT.") and f.start < e
                                and s < f.end)
                repairs = rank_repairs(doc, s, e, ctx, signals_at, lt_before=lt_before, memo=memo)
                word = doc.text[s:e]
                ranked[word] = [r.to_dict() for r in repairs]
                for i, r in enumerate(repairs[:3]):
                    applicability = "unsafe" if i == 0 and severity == "error" else "display"
                    why = f"clears {', '.join(r.cleared)}" if r.cleared else "a likely original"
                    fixes.append(Fix(s, e, r.word, round(confidence * r.confidence, 3),
                                     applicability, f"“{word}” → “{r.word}” ({why})"))
        for f in cluster:
            if family(f) in ("repetition", "encoding") and f.fixes or (
                    f.rule != "Garble.RealWord" and family(f) == "spelling" and f.fixes):
                fixes.append(f.fixes[0])
        rules = tuple(dict.fromkeys(f.rule for f in cluster))
        parts = [f"{f.rule}: {f.message}" for f in cluster]
        if ranked:
            parts += [f"likely original of “{w}”: " + ", ".join(f"“{r['word']}”" for r in rs[:3])
                      for w, rs in ranked.items() if rs]
        merged.append(Finding(
            rule=RULE, category="garble", severity=severity, start=start, end=end,
            message=f"Corrupted span, {len(families)} independent signals — " + "; ".join(parts),
            confidence=round(confidence, 3), fixes=tuple(fixes), signals=rules,
            data={"families": {k: round(v, 3) for k, v in families.items()}, "repairs": ranked},
        ))
    return list(findings) + merged


def spans(findings: Iterable[Finding]) -> list[Finding]:
    """The merged spans among ``findings`` (renderers show these first)."""
    return [f for f in findings if f.rule == RULE]
