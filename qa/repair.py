"""Rank repairs for a damaged word by how well they mend its sentence.

``qa.text.suggest`` proposes words that the damaged one is a likely damaged
form of, scored by frequency and damage cost. A sentence-level repair
needs more: the right candidate also makes the evidence go away. Each
candidate is put into the sentence and the offline signal checkers
(agreement, register, real-word) run again on that sentence; each signal
it clears is worth ``CLEAR_BONUS`` zipf points (a hundredfold in
frequency), each it adds costs as much. With LanguageTool running, the best
few are also re-checked there (``RECHECKS`` calls at most per word) and
rewarded for clearing its matches.

    score = suggest score (zipf - 3 x damage cost)
          + CLEAR_BONUS x (offline signals cleared) + LT_BONUS x (LT matches cleared)
          - PERSON_PENALTY if the candidate is a first-person verb outside quotes

News narrates in the third person, hence the last term: ``los culpo``
mends the agreement as well as ``los culpó`` does, but a reporter writes
the second. Confidence is a softmax over the final scores.
"""
from __future__ import annotations

import math
from bisect import bisect_left
from dataclasses import dataclass
from typing import Any, Callable

from .document import Document
from .checkers.agreement import agrees
from .model import Finding
from .text import morph
from .text.quotes import inside_quotes
from .text.suggest import suggest

CLEAR_BONUS = 2.0
LT_BONUS = 1.5
PERSON_PENALTY = 0.75
CANDIDATES = 12  # asked of suggest()
RECHECKS = 3  # LanguageTool calls per word, at most
CONTEXT = 200  # characters of the sentence kept on each side of the word when re-checking
# Families whose checkers re-run on a candidate sentence.
OFFLINE_FAMILIES = ("agreement", "register", "spelling")


@dataclass(frozen=True)
class Repair:
    word: str
    score: float
    confidence: float
    cost: float
    cleared: tuple[str, ...]  # signals the candidate makes go away
    added: tuple[str, ...]  # signals it brings in

    def to_dict(self) -> dict[str, Any]:
        return {"word": self.word, "score": round(self.score, 2), "confidence": round(self.confidence, 3),
                "cost": self.cost, "cleared": list(self.cleared), "added": list(self.added)}


def _first_person_es(word: str, lex) -> bool:
    """``culpo``, ``digo``: a present first-person form that is no noun (no plural)."""
    w = word.lower()
    return (w.endswith("o") and morph.verb_like_es(w, lex)
            and lex.zipf(w + "s") < 2.0 and lex.zipf(w[:-1] + "ar") + lex.zipf(w[:-1] + "er")
            + lex.zipf(w[:-1] + "ir") > 0)


def _previous_word(doc: Document, start: int) -> str | None:
    toks = doc.tokens
    i = bisect_left([t.start for t in toks], start)
    if i > 0 and toks[i - 1].kind == "word" and not doc.text[toks[i - 1].end:start].strip():
        return toks[i - 1].text
    return None


def rank_repairs(
    doc: Document,
    start: int,
    end: int,
    ctx,
    signals_at: Callable[[Document, int, int], list[str]],
    lt_before: int = 0,
    limit: int = 5,
    memo: dict | None = None,
) -> list[Repair]:
    """Candidates for ``doc.text[start:end]``, best first; equal scores are
    ordered by damage cost, then by the word, so the ranking never depends
    on the order of a set.

    ``signals_at(doc, start, end)`` returns the families of the offline
    signals touching that span of a document; it runs on the original
    sentence and on each candidate sentence. The offline ranking depends
    only on the sentence, the word's place in it, whether it is quoted and
    the word before it: with a ``memo`` (a dict kept by the caller for as
    long as ``signals_at`` answers the same), it is worked out once per such
    key. A ranking that LanguageTool re-checks is never kept.
    """
    word = doc.text[start:end]
    lang = doc.language
    if not lang:
        return []
    lex = ctx.lexicons[lang]
    cands = suggest(word, lex, limit=CANDIDATES, max_cost=2.5, real_word=True)
    if not cands:
        return []
    s_start, s_end = _context(doc.text, start, end, *doc.sentence_of(start))
    sentence = doc.text[s_start:s_end]
    rel = start - s_start
    quoted = inside_quotes(doc, start, end)
    prev = _previous_word(doc, start)
    grammar = getattr(ctx, "grammar", None)
    rechecked = grammar is not None and lt_before
    key = (sentence, rel, word, quoted, prev, limit)
    if memo is not None and not rechecked and key in memo:
        return list(memo[key])

    def sentence_with(replacement: str) -> tuple[Document, int, int]:
        text = sentence[:rel] + replacement + sentence[rel + (end - start):]
        sub = Document(text=text, language=lang)
        return sub, rel, rel + len(replacement)

    base_doc, a, b = sentence_with(word)
    before = signals_at(base_doc, a, b)
    scored: list[list[Any]] = []
    for cand in cands:
        sub, a, b = sentence_with(cand.word)
        after = signals_at(sub, a, b)
        cleared = [s for s in before if s not in after]
        added = [s for s in after if s not in before]
        if "agreement" in cleared and not (prev and agrees(prev, cand.word, lex, lang)):
            # The agreement check stays silent on what it cannot judge ("los
            # cual", "los cul"); only a positive verdict counts as a repair.
            cleared.remove("agreement")
        score = cand.score + CLEAR_BONUS * (len(cleared) - len(added))
        if lang == "es" and not quoted and _first_person_es(cand.word, lex):
            score -= PERSON_PENALTY
        scored.append([cand, score, cleared, added])
    scored.sort(key=_rank_key)

    if rechecked:
        for row in scored[:RECHECKS]:
            sub, a, b = sentence_with(row[0].word)
            try:
                matches = grammar.recheck(sub.text, lang)
            except Exception:  # the server went away: keep the offline ranking
                break
            near = sum(1 for m in matches if m["start"] < b + 1 and a - 1 < m["end"])
            row[1] += LT_BONUS * (lt_before - near)
            if near < lt_before:
                row[2] = [*row[2], "languagetool"]
        scored.sort(key=_rank_key)

    top = scored[:limit]
    peak = max(r[1] for r in top)
    weights = [math.exp(r[1] - peak) for r in scored]
    total = sum(weights)
    repairs = [
        Repair(word=c.word, score=s, confidence=round(w / total, 3), cost=c.cost,
               cleared=tuple(cl), added=tuple(ad))
        for (c, s, cl, ad), w in zip(top, weights)
    ]
    if memo is not None and not rechecked:
        memo[key] = tuple(repairs)
    return repairs


def _context(text: str, start: int, end: int, s_start: int, s_end: int) -> tuple[int, int]:
    """The span a candidate is re-checked in: the word's sentence, cut to
    about ``CONTEXT`` characters each side at a space. The offline signals
    look a few words around the word, and every candidate re-checks this
    span, so an unpunctuated 1 MB "sentence" must not be re-checked whole.

    >>> _context("a " * 300 + "X" + " b" * 300, 600, 601, 0, 1201)
    (402, 799)
    """
    if s_end <= s_start:
        return start, end
    if start - s_start > CONTEXT:
        space = text.find(" ", start - CONTEXT, start)
        if space != -1:
            s_start = space + 1
    if s_end - end > CONTEXT:
        space = text.rfind(" ", end, end + CONTEXT)
        if space != -1:
            s_end = space
    return s_start, s_end


def _rank_key(row: list) -> tuple:
    cand, score = row[0], row[1]
    return (-score, cand.cost, cand.word)


def families_touching(findings: list[Finding], family_of: Callable[[Finding], str | None],
                      start: int, end: int) -> list[str]:
    """Distinct families of ``findings`` whose suspect word overlaps [start, end)."""
    out = []
    for f in findings:
        fam = family_of(f)
        if fam is None:
            continue
        s, e = f.data.get("suspect", (f.start, f.end))
        if s < end and start < e and fam not in out:
            out.append(fam)
    return out
