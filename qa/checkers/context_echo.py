"""The document's own word pairs as evidence for a repair (``Garble.Context``).

A news story names the same things again and again: ``the capital
budget`` in one paragraph, ``a 5.9 billion dlr capita budget`` in the next
is more likely a lost letter than another word. The word n-gram model reads
each place alone and cannot see that the document itself uses the repair
beside the same neighbours. ``echo_credits`` takes off a candidate's price
what the document's own pairs say for it (a cache of the document's words,
Kuhn & De Mori 1990, held to what a place can check: the pair, not the
word alone):

- ``BOTH_SIDES`` where the document holds the candidate, elsewhere, after
  the word's left neighbour and before its right one (``as saying the``
  and ``as say the``; ``I began to`` and ``I beg to``);
- ``ONE_SIDE`` where it holds it beside one of them only, for a candidate
  that is no inflection of the word (``lower crude`` and ``lower rude``).
  An inflection held on one side says little: a noun's plural after a
  count (``billion francs``) is its singular before a noun it modifies
  (``a 2.5 billion franc issue``), and the whole clean sets gave nine such
  warnings when it was credited.

A side where the document also holds the word as written elsewhere says
nothing (a story that writes both ``the share`` and ``the shares``). The
pairs are those of ``context_word.segments``' runs (no pair across a
punctuation mark), lower-cased as written, and every number is read as one
form (``minus 30.2 for`` echoes ``min 5.7 for``: the figures of a story's
list differ, the words beside them do not).
"""
from __future__ import annotations

from collections import Counter

# What the document's pairs take off a candidate's price (log10 points).
# Calibration half, seeds 97 and 101, and the whole clean English sets
# (docs/context-models.md, nineteenth round): both sides at 2.0 with no
# one-side credit gained with seed 101 only; one side at 1.0 for any
# candidate added ten clean warnings (nine an inflection), at 2.0 for a
# non-inflection five.
BOTH_SIDES = 2.0
ONE_SIDE = 1.0


class DocumentPairs:
    """Each pair of adjacent words of a document's runs (``texts``: its
    tokens' texts; ``bounds``: ``context_word.segment_bounds``), with how
    often it occurs (``counts``), each token read as a pair reads it
    (``forms``: lower-cased, every number as ``0``). ``present``: the
    document's words, lower-cased; a word's candidates are looked up in its
    pairs only where one of them stands in the document at all (one judged
    word in eight on Reuters articles), and the pairs are read at the first
    such word."""

    __slots__ = ("present", "_lowered", "_bounds", "_forms", "_counts")

    def __init__(self, texts: list[str], bounds: list[tuple[int, int]]) -> None:
        self._lowered = list(map(str.lower, texts))  # lower-casing keeps a leading digit
        self.present = frozenset(self._lowered)
        self._bounds = bounds
        self._forms: list[str] | None = None
        self._counts: Counter | None = None

    @property
    def forms(self) -> list[str]:
        if self._forms is None:
            self._forms = ["0" if t[:1].isdigit() else t for t in self._lowered]
        return self._forms

    @property
    def counts(self) -> Counter:
        if self._counts is None:
            forms, counts = self.forms, Counter()
            for start, end in self._bounds:
                run = forms[start:end]
                counts.update(zip(run, run[1:]))
            self._counts = counts
        return self._counts


def echo_credits(pairs: DocumentPairs, start: int, end: int, g: int,
                 cands: tuple[str, ...], inflected: tuple[bool, ...]) -> tuple[float, ...] | None:
    """What the document's ``pairs`` credit each of ``cands`` (``inflected``:
    whether each is an inflection of the word) in place of the word at token
    ``g`` of the run of tokens ``start:end``: ``BOTH_SIDES``, ``ONE_SIDE`` or
    0 (module docstring). None when no candidate is credited."""
    if pairs.present.isdisjoint(cands):
        return None
    forms, counts = pairs.forms, pairs.counts
    word = forms[g]
    left = forms[g - 1] if g > start else None
    right = forms[g + 1] if g + 1 < end else None
    # a side the document also holds the written word on elsewhere says nothing
    if left is not None and counts[left, word] > 1:
        left = None
    if right is not None and counts[word, right] > 1:
        right = None
    if left is None and right is None:
        return None
    present = pairs.present
    credits = None
    for k, cand in enumerate(cands):
        if cand not in present:
            continue
        after = left is not None and (left, cand) in counts
        before = right is not None and (cand, right) in counts
        credit = (BOTH_SIDES if after and before
                  else ONE_SIDE if (after or before) and not inflected[k] else 0.0)
        if credit:
            if credits is None:
                credits = [0.0] * len(cands)
            credits[k] = credit
    return None if credits is None else tuple(credits)


def with_echo(credits: tuple[float, ...] | None, echoed: tuple[float, ...] | None) -> tuple[float, ...] | None:
    """A place's credits and the document's (``echo_credits``), the larger
    of each."""
    if echoed is None:
        return credits
    return echoed if credits is None else tuple(map(max, credits, echoed))


def echo_in_document(texts: list[str], bounds: list[tuple[int, int]], g: int,
                     cands: tuple[str, ...], inflected: tuple[bool, ...]) -> tuple[float, ...] | None:
    """``echo_credits`` for the word at token ``g`` of a whole document
    (``texts``: its tokens' texts; ``bounds``: its runs), its pairs read
    here: for the repairs' ranking (``context_word.fit_and_place``), which
    weighs a few candidates of a flagged span, not every word."""
    run = next(((a, b) for a, b in bounds if a <= g < b), None)
    if run is None:
        return None
    return echo_credits(DocumentPairs(texts, bounds), *run, g, cands, inflected)
