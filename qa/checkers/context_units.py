"""A newswire unit that lost its plural after a count, for ``Garble.Context``.

The word model reads ``dlr`` and ``dlrs`` as ``dollar`` and ``dollars``
(the profile's ``spoken_forms``), and the context check judges no
abbreviation it reads so: ``for about 128 mln dlr.`` passed unseen. The
trigram alone would flag every singular, which the newswire writes before
the noun it modifies (``a 72.0 mln dlr writedown``), so a unit of the
profile's ``count_units`` is weighed only where its place asks its plural
(the profile's ``unit_plural_asked``: English, ``qa.lang.en_units``). There
the plural is credited as a word class's place credits an inflection
(``context_word.CLASS_CREDIT``) and priced as the damage it undoes, and the
gain is graded against the unit's flag like any other word's. One set test
per token of a document finds the units; the run is read only around one.
"""
from __future__ import annotations

from typing import Iterator

from ..model import Finding
from ..text.ngram import RunScores
from .repairfinding import repair_finding


def unit_findings(doc, texts: list[str], bounds: list[tuple[int, int]], lm, lex, spoken, number,
                  read: dict) -> Iterator[Finding]:
    """``Garble.Context``'s findings on the count units of ``doc`` (its
    tokens' ``texts``, the runs' ``bounds`` of ``context_word.segment_bounds``)
    whose place asks their plural and whose plural the model prefers enough."""
    profile = lex.profile
    units = dict(profile.count_units)
    asked = profile.unit_plural_asked
    if not units or asked is None or units.keys().isdisjoint(texts):
        return
    # context_word imports this module for its check: read its parts at call time
    from . import context_word as cw
    toks = doc.tokens
    k = 0
    for g, text in enumerate(texts):
        plural = units.get(text)
        if plural is None:
            continue
        while k < len(bounds) - 1 and bounds[k][1] <= g:
            k += 1
        start, end = bounds[k]
        if not start <= g < end:
            continue  # in no run
        words = cw.lm_words(toks[start:end], lm, spoken, number, read)
        at = g - start + 1
        if not asked(words, at, lex):
            continue
        needed = cw.needed_gain(text, lex)
        way = (True, True)  # a dropped letter or a cut-off end, as for any word's inflection
        prices = [cw.price(text, plural, *way, lex)]
        found = cw.best_repair(RunScores(lm, words), at, text, (spoken[plural],), (way,), lex,
                               needed - cw.INFO_MARGIN, prices, credits=(cw.CLASS_CREDIT,))
        if found is None:
            continue
        gain = found[1]
        finding = repair_finding(
            cw.RULE, toks[g], plural, gain, needed, cw.INFO_MARGIN,
            f"“{text}” is unlikely after a count: “{plural}” fits its neighbours "
            f"{10 ** min(gain, 9):,.0f} times better, damage cost included")
        if finding is not None:
            yield finding
