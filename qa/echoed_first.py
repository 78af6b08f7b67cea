"""A span's repairs that the document itself writes, weighed up.

A story names the same things again: ``a Yugoslav fim because the firm
could not``, ``a separate lon loss item`` in a story about a bank's loans.
``qa.originals`` ranks a span's repairs by frequency, damage price, the
signals each clears and the model of the place, all of which read one
sentence; the commoner ``film`` and ``long`` win there. Here a repair the
document writes elsewhere gains ``ECHO_WEIGHT`` in the ranking's points
(a cache of the document's words, as Kuhn & De Mori's cache model weighs
a word the text has used). Words every story writes (``with``, ``para``)
gain nothing: they say nothing about this story. A word's repairs outside
a span (a non-word's, a rare listed fragment's) are weighed the same way by
their confidences, which are their shares (``echoed_fixes``: ``The ministry
issued ... The minist said``: ``ministry``). Only the order and the shares
of the repairs change; whether a word is flagged does not.
Measured in docs/context-models.md ("Thirtieth round").
"""
from __future__ import annotations

import math
from dataclasses import replace
from typing import AbstractSet, Sequence, TypeVar

R = TypeVar("R")  # a ranked repair: has .word, .score, .confidence, .cost

# In the ranking's points (log10 of a frequency, as a price or a class fit).
ECHO_WEIGHT = 2.0
# A repair at least this common (zipf) is a word every story writes.
MOST_COMMON = 5.5


def echoed_first(repairs: Sequence[R], written: AbstractSet[str], zipf) -> list[R]:
    """``repairs`` (best first) with those that ``written`` (the document's
    words, lower-cased) holds raised by ``ECHO_WEIGHT`` and sorted
    again; each repair's confidence, its share of the ranking's weight
    (``exp`` of its score), moves with its score, the weight of the
    candidates left out of the list kept as it was.

    >>> from qa.originals import Original
    >>> ranked = [Original("long", 4.0, 0.6, 0.8, (), ()), Original("loan", 3.5, 0.3, 0.8, (), ())]
    >>> [r.word for r in echoed_first(ranked, {"loan", "loss"}, lambda w: 4.5)]
    ['loan', 'long']
    """
    raised = _raised([r.word for r in repairs], written, zipf)
    if not any(raised):
        return list(repairs)
    left_out = max(0.0, 1.0 - sum(r.confidence for r in repairs))
    weights = [r.confidence * math.exp(up) for r, up in zip(repairs, raised)]
    total = left_out + sum(weights)
    out = [replace(r, score=r.score + up, confidence=round(w / total, 3))
           for r, up, w in zip(repairs, raised, weights)]
    return sorted(out, key=lambda r: (-r.score, r.cost, r.word))


def echoed_fixes(fixes: Sequence, written: AbstractSet[str], zipf) -> tuple:
    """A word's repairs (``Fix``es of one span, best first) with those the
    document writes raised as ``echoed_first`` raises a span's: each fix's
    confidence is its share, so a raised one is multiplied by
    ``exp(ECHO_WEIGHT)``, the fixes' total kept; the order follows, and each
    place keeps its applicability (the first fix may be applied)."""
    if len(fixes) < 2 or len({(x.start, x.end) for x in fixes}) > 1:
        return tuple(fixes)
    raised = _raised([x.replacement for x in fixes], written, zipf)
    weights = [x.confidence * math.exp(up) for x, up in zip(fixes, raised)]
    total = sum(weights)
    if not any(raised) or total <= 0:
        return tuple(fixes)
    scale = sum(x.confidence for x in fixes) / total
    order = sorted(range(len(fixes)), key=lambda i: (-weights[i], i))  # ties keep their order
    return tuple(replace(fixes[i], confidence=round(weights[i] * scale, 3), applicability=slot.applicability)
                 for i, slot in zip(order, fixes))


def story_ranked(candidates: Sequence[R], written: AbstractSet[str], zipf) -> list[R]:
    """``candidates`` (each with ``.word``, ``.score`` in the ranking's
    points and ``.cost``) with those ``written`` holds raised by
    ``ECHO_WEIGHT`` and sorted again, as ``echoed_first`` raises a span's
    repairs: for a word's repairs ranked deeper than the few a finding
    keeps, so that one the story writes is weighed before the cut.

    >>> from qa.text.suggest import Candidate
    >>> pool = [Candidate("vacíos", 0.8, 1e-5, 2.5, ()), Candidate("vacuna", 0.8, 1e-5, 0.8, ())]
    >>> [c.word for c in story_ranked(pool, {"vacuna"}, lambda w: 4.0)]
    ['vacuna', 'vacíos']
    """
    raised = _raised([c.word for c in candidates], written, zipf)
    if not any(raised):
        return list(candidates)
    out = [replace(c, score=round(c.score + up, 3)) for c, up in zip(candidates, raised)]
    return sorted(out, key=lambda c: (-c.score, c.cost, c.word))


def _raised(words: list[str], written: AbstractSet[str], zipf) -> list[float]:
    """What each of ``words`` gains: ``ECHO_WEIGHT`` where the document
    writes it and it is no word every story writes, else 0."""
    return [ECHO_WEIGHT if (low := w.lower()) in written and zipf(low) < MOST_COMMON else 0.0
            for w in words]
