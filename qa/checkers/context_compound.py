"""A damaged part of a hyphenated compound, read as the compound it was.

``Garble.Context`` reads runs of words, and a hyphen ends a run, so a
compound's parts are left alone: read one by one they look like damage
(``mid-February``, ``iron-ore``). But the word model lists common
compounds as words of their own (``short-term``, ``long-term``,
``well-known``, ``high-tech``), and a damaged part usually leaves a
compound it does not list: ``repay sho-term debt`` is ``short-term``, not
``should``. So where the compound as written is no word of the model and
one of the damaged part's candidates makes one with the other part, the
two readings of the stretch are weighed as the check weighs a word's: the
parts as written (two words, an unknown one at its frequency) against the
compound as one word, less the candidate's damage price. Where the model
lists the compound neither as written nor mended (``seven-moth``: no
``seven-month`` either), ``Garble.Context`` reads the two parts as two
words of one run, the words around the compound with them.

    >>> from qa.checkers.context_compound import partner
    >>> partner("repay sho-term debt", 6, 9)
    ('term', 'sho-term', False)
    >>> partner("long-ter bonds", 5, 8)
    ('long', 'long-ter', True)
    >>> partner("repay short term", 6, 11) is None
    True
"""
from __future__ import annotations

from ..text.ngram import UNIT


def partner(text: str, start: int, end: int) -> tuple[str, str, bool] | None:
    """(the compound's other part, the compound as written in lower case,
    whether the word is its second part) for a word of two-part hyphenated
    compound spanning ``text[start:end]``; None for a word outside one, or
    in a compound of three parts or more (``state-of-the-art``), whose
    parts the model lists no better."""
    def part_before(at: int) -> int:
        while at > 0 and text[at - 1].isalpha():
            at -= 1
        return at

    def part_after(at: int) -> int:
        while at < len(text) and text[at].isalpha():
            at += 1
        return at

    def open_at(at: int) -> bool:  # nothing joins the compound there
        return at < 0 or at >= len(text) or not (text[at].isalnum() or text[at] in "-'’")

    if end + 1 < len(text) and text[end] == "-" and text[end + 1].isalpha():
        other_end = part_after(end + 1)
        if open_at(start - 1) and open_at(other_end):
            other = text[end + 1:other_end]
            return other, text[start:other_end].lower(), False
    if start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha():
        other_start = part_before(start - 1)
        if open_at(other_start - 1) and open_at(end):
            other = text[other_start:start - 1]
            return other, text[other_start:end].lower(), True
    return None


def compound_of(other: str, cand: str, second: bool) -> str:
    """The compound ``cand`` makes with ``other`` in lower case, ``cand``
    second where ``second``: ``compound_of("Short", "term", True)`` is
    ``short-term``."""
    other = other.lower()
    return f"{other}-{cand}" if second else f"{cand}-{other}"


def _stretch_logprob(lm, left: list, middle: list, right: list) -> float:
    """log10 likelihood of the n-grams that read ``middle`` and ``right``
    after ``left`` (None: a word the model does not know; no n-gram reads
    it and a history stops before it)."""
    words = [*left, *middle, *right]
    total = 0
    for j in range(len(left), len(words)):
        if words[j] is None:
            continue
        history = []
        for k in range(j - 1, max(-1, j - lm.order), -1):
            if words[k] is None:
                break
            history.append(words[k])
        total += lm.score([words[j], *history])
    return total * UNIT


def written_logprob(lm, lex, word: str, other: str, second: bool, left: list, right: list,
                    unknown_floor: float) -> float | None:
    """log10 likelihood of the compound as written, read as its two parts
    between ``left`` and ``right`` (the model's readings of up to ``order -
    1`` words each side); a part the model does not know is read at its
    frequency in the word list, and one rarer than ``unknown_floor`` (zipf)
    is not judged (None)."""
    parts = (other.lower(), word) if second else (word, other.lower())
    readings = [part if lm.knows(part) else None for part in parts]
    logprob = _stretch_logprob(lm, left, readings, right)
    for part, reading in zip(parts, readings):
        if reading is None:
            zipf = lex.zipf(part)
            if zipf < unknown_floor:
                return None
            logprob += zipf - 9
    return logprob


def compound_fit(lm, other: str, second: bool, left: list, right: list, cand: str,
                 written: float) -> float | None:
    """How much better the compound ``cand`` makes with ``other`` reads
    between ``left`` and ``right`` than the compound as written (its
    ``written_logprob``), in log10: as one word where the model knows the
    compound, else as two (so that a span's candidates are weighed alike);
    None when the model knows neither the compound nor ``cand``."""
    compound = compound_of(other, cand, second)
    if lm.knows(compound):
        return _stretch_logprob(lm, left, [compound], right) - written
    if not lm.knows(cand):
        return None
    other = other.lower()
    parts = [other if lm.knows(other) else None, cand] if second else [cand, other if lm.knows(other) else None]
    return _stretch_logprob(lm, left, parts, right) - written


def compound_repair(lm, lex, word: str, other: str, second: bool, left: list, right: list,
                    cands, prices, least_gain: float, channel_weight: float,
                    unknown_floor: float, credits: tuple[float, ...] | None = None
                    ) -> tuple[str, float] | None:
    """(candidate, gain) of the best compound made of one of ``word``'s
    ``cands`` (their damage ``prices``; ``credits``: what the compound's
    place takes off each, None for nothing) and ``other``, if its gain,
    less ``channel_weight`` times its price, reaches ``least_gain``; see
    ``written_logprob`` for the rest. ``cands`` are those whose compound
    the model knows: read as two words, a compound's part looks like
    damage (``mid-February``)."""
    written = written_logprob(lm, lex, word, other, second, left, right, unknown_floor)
    if written is None:
        return None
    best = None
    for k, (cand, cost) in enumerate(zip(cands, prices)):
        fit = compound_fit(lm, other, second, left, right, cand, written)
        gain = fit - cost * channel_weight + (credits[k] if credits else 0.0)
        if gain >= least_gain and (best is None or gain > best[1]):
            best = (cand, gain)
    return best
