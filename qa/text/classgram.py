"""A trigram model over word classes: how likely a class is after the two before it.

A language with no word n-gram data (Spanish: no registry serves one) can
still say that ``los culo de`` reads badly when it knows each word's
possible classes: what matters is the sequence *article, singular noun,
preposition* against *article-or-pronoun, verb, preposition*. A symbol of
this model is a word's **ambiguity class**, the set of classes a tagging
dictionary allows for it (``los`` is ``D|K|N``), so no tagger is needed:
the symbol is a fact of the word. The counts come from clean news and are
smoothed by Witten-Bell interpolation (trigram, bigram, unigram), so an
unseen trigram is never impossible.

A word's probability in context is its class's probability times the
word's share of its class (Brown et al. 1992): ``P(w | h) = P(c | h) x
P(w) / P(c)``, with ``P(w)`` from the word list and ``P(c)`` from the
counts. Logarithms are base 10.

>>> m = ClassTrigrams.from_sequences([["D", "N", "S", "D", "N"]] * 3)
>>> m.logprob("N", ("<s>", "D")) > m.logprob("S", ("<s>", "D"))
True
"""
from __future__ import annotations

import hashlib
import json
import math
from collections import Counter
from pathlib import Path
from sys import intern
from typing import Iterable, Sequence

from .indexcache import load_or_build

START, END = "<s>", "</s>"
# The symbol of a word the tagging dictionary does not know.
UNKNOWN = "U"
FORMAT = 1
# How the kept state is laid out (2: each symbol one string object, so
# marshal writes it once and refers to it after).
_KEPT = 2


class ClassTrigrams:
    """Read-only queries on trigram counts of class symbols."""

    order = 3

    def __init__(self, trigrams: dict[tuple[str, str, str], int]):
        self._tri: Counter = Counter(trigrams)
        self._bi: Counter = Counter()
        self._uni: Counter = Counter()
        hist2: Counter = Counter()  # c(a, b, ·)
        types2: Counter = Counter()  # distinct c after (a, b)
        hist1: Counter = Counter()
        types1: Counter = Counter()
        for (a, b, c), n in self._tri.items():
            hist2[a, b] += n
            types2[a, b] += 1
            self._bi[b, c] += n
            self._uni[c] += n
        for (b, c), n in self._bi.items():
            hist1[b] += n
            types1[b] += 1
        self._total = sum(self._uni.values())
        # An unseen symbol gets half a count, shared among as many more
        # symbols as were seen once.
        self._unseen = 0.5 / (self._total + 0.5 * max(1, len(self._uni)))
        # The smoothing terms as plain floats, once at load: a query is then
        # a few dictionary look-ups, with the same arithmetic as the
        # definitions above (the floats are those ``unigram`` and
        # ``_bigram`` give).
        self._p1 = {c: n / self._total for c, n in self._uni.items()}
        self._h1 = {b: (n, types1[b]) for b, n in hist1.items()}
        self._h2 = {ab: (n, types2[ab]) for ab, n in hist2.items()}
        self._log1 = {c: math.log10(p) for c, p in self._p1.items()}
        self._log_unseen = math.log10(self._unseen)
        self._memo: dict[tuple[str, str, str], float] = {}

    @classmethod
    def from_sequences(cls, sequences: Iterable[Sequence[str]]) -> "ClassTrigrams":
        """Count the trigrams of each sequence, padded with START and END."""
        return cls(count_trigrams(sequences))

    def unigram(self, c: str) -> float:
        """P(c): the class's share of the counted tokens."""
        return self._p1.get(c, self._unseen)

    def logunigram(self, c: str) -> float:
        return self._log1.get(c, self._log_unseen)

    def _bigram(self, b: str, c: str) -> float:
        lower = self._p1.get(c, self._unseen)
        hist = self._h1.get(b)
        if hist is None:
            return lower
        n, t = hist
        return (self._bi.get((b, c), 0) + t * lower) / (n + t)

    def logprob(self, c: str, history: Sequence[str]) -> float:
        """log10 P(c | the last two symbols of ``history``)."""
        a = history[-2] if len(history) >= 2 else START
        b = history[-1] if history else START
        return self.logprob3(a, b, c)

    def logprob3(self, a: str, b: str, c: str) -> float:
        """log10 P(c | a b), kept for the run: about half the trigrams a
        document asks for were asked before. (``_bigram`` is written out
        here: this is the model's inner loop.)"""
        key = (a, b, c)
        found = self._memo.get(key)
        if found is None:
            lower = self._p1.get(c, self._unseen)
            hist = self._h1.get(b)
            if hist is not None:
                n, t = hist
                lower = (self._bi.get((b, c), 0) + t * lower) / (n + t)
            hist = self._h2.get((a, b))
            if hist is not None:
                n, t = hist
                lower = (self._tri.get(key, 0) + t * lower) / (n + t)
            found = math.log10(lower)
            if len(self._memo) > 500_000:
                self._memo.clear()
            self._memo[key] = found
        return found

    def window_logprob(self, symbols: Sequence[str], at: int) -> float:
        """The log-probability of the trigrams that read ``symbols[at]``:
        the symbol after its history and the next two after histories that
        hold it (``symbols`` padded by the caller)."""
        total = 0.0
        for j in range(at, min(at + 3, len(symbols))):
            total += self.logprob(symbols[j], symbols[max(0, j - 2):j])
        return total

    def window(self, a: str, b: str, x: str, d: str | None, e: str | None) -> float:
        """``window_logprob`` of ``x`` between ``a b`` and ``d e`` (None past
        the end). Not kept: nine in ten windows of a run are asked once."""
        lp = self.logprob3
        found = lp(a, b, x)
        if d is not None:
            found += lp(b, x, d)
            if e is not None:
                found += lp(x, d, e)
        return found

    def to_json(self) -> dict:
        return {"format": FORMAT,
                "trigrams": [[a, b, c, n] for (a, b, c), n in sorted(self._tri.items())]}

    @classmethod
    def from_json(cls, data: dict) -> "ClassTrigrams":
        if data.get("format") != FORMAT:
            raise ValueError(f"class trigram table of format {data.get('format')!r}, expected {FORMAT}")
        # One string object per symbol (about 200 of them, where JSON makes
        # one per place): the kept state then holds each once, and reading
        # it back makes a third of the objects, in half the time.
        return cls({(intern(a), intern(b), intern(c)): n for a, b, c, n in data["trigrams"]})

    @classmethod
    def load(cls, path: Path) -> "ClassTrigrams":
        """The model of the table at ``path``. Its counts and smoothing terms
        are kept in the index cache (``qa.text.indexcache``) under the
        table's digest: reading them back costs a run about half of
        parsing the table and counting again (0.02 of 0.04 s)."""
        raw = path.read_bytes()
        state = load_or_build(f"classgram-{path.stem}",
                              f"{cls._STATE}\n{_KEPT}\n{hashlib.sha256(raw).hexdigest()}",
                              lambda: cls.from_json(json.loads(raw))._state(), shape=list)
        return cls._from_state(state)

    # What queries read, in this order (the counts as plain dicts: they
    # are only read with .get and .items once built).
    _STATE = ("_tri", "_bi", "_uni", "_total", "_unseen", "_p1", "_h1", "_h2", "_log1", "_log_unseen")

    def _state(self) -> list:
        return [dict(v) if isinstance(v, Counter) else v for v in map(self.__getattribute__, self._STATE)]

    @classmethod
    def _from_state(cls, state: list) -> "ClassTrigrams":
        model = cls.__new__(cls)
        for name, value in zip(cls._STATE, state, strict=True):
            setattr(model, name, value)
        model._memo = {}
        return model


def count_trigrams(sequences: Iterable[Sequence[str]]) -> Counter:
    counts: Counter = Counter()
    for seq in sequences:
        padded = [START, START, *seq, END]
        for i in range(2, len(padded)):
            counts[padded[i - 2], padded[i - 1], padded[i]] += 1
    return counts
