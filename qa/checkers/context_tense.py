"""The tense a passage is told in as evidence for a repair (``Garble.Context``).

``Ministry officials decline to say``: the trigram reads the present as
well as the past, and the cut-off ``-d`` goes unseen. The language's
``passage_places`` (English: ``qa.lang.en_tense``) read the sentence and
its paragraph, which a trigram never sees, and name the ending the passage
asks of the word (a past told all through) and the one it refuses (the
present's); ``tense_credits`` takes ``TENSE_CREDIT`` off the price of each
candidate that is an inflection of the word with the first, and
``with_tense`` withholds a place's credit from one with the second
(``said it complete``: the place credits ``completes`` and ``completed``
alike, the story only the past).
"""
from __future__ import annotations

# What a passage told in the past takes off a lost -ed's price (log10
# points). Calibration half (docs/context-models.md, "Nineteenth round:
# English tense and count from the sentence"): at 2.0 one more cut-off end
# on seed 97, none on 101; at 3.0 one on each seed and no new warning on the
# whole clean English sets; at 4.0 one more on each and 20 new clean
# warnings. Below CLASS_CREDIT: where a word's class asks a plural
# (``common share between``) the plural keeps the lead.
TENSE_CREDIT = 3.0
# The same where a word of the sentence dates it in the past ("arrive here
# last night"): a past the verbs and the calendar both tell. Calibration
# half (docs/context-models.md, "Twentieth round: English verb forms that
# lost their end"): 3.5 mends the one such slip of seed 103 the plain
# credit leaves (4.0 no more); no more than CLASS_CREDIT, so that
# ``context_word.MOST_CREDIT`` still bounds every credit.
DATED_CREDIT = 3.5
MOST_TENSE_CREDIT = max(TENSE_CREDIT, DATED_CREDIT)


def tense_credits(doc, g: int, word: str, cands: tuple[str, ...], inflected: tuple[bool, ...],
                  lex) -> tuple[float | None, ...] | None:
    """For each of ``cands`` (``inflected``: whether each is an inflection
    of ``word``, the document's token ``g``): ``TENSE_CREDIT`` for an
    inflection with an ending the passage asks for (``DATED_CREDIT`` where
    a word dates the sentence in the past), None for one it
    refuses (no place may credit it: ``with_tense``), else 0;
    None when the passage asks nothing."""
    places = lex.profile.passage_places
    if places is None or not any(inflected):
        return None
    asked, refused, dated = places(doc, g, word, cands, lex)
    if not asked:
        return None
    credit = DATED_CREDIT if dated else TENSE_CREDIT
    return tuple((credit if cand.endswith(asked) else None if cand in refused else 0.0)
                 if inflection else 0.0
                 for cand, inflection in zip(cands, inflected))


def with_tense(credits: tuple[float, ...] | None,
               told: tuple[float | None, ...] | None) -> tuple[float, ...] | None:
    """A place's credits (``credits``: ``context_word.slot_credits`` and the
    document's echo) with the passage's (``told``: ``tense_credits``): the
    larger of each, none for a candidate the passage refuses."""
    if told is None:
        return credits
    if credits is None:
        credits = (0.0,) * len(told)
    merged = tuple(0.0 if t is None else max(c, t) for c, t in zip(credits, told))
    return merged if any(merged) else None
