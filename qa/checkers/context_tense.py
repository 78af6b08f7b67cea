"""The tense a passage is told in as evidence for a repair (``Garble.Context``).

``Ministry officials decline to say``: the trigram reads the present as
well as the past, and the cut-off ``-d`` goes unseen. The language's
``passage_places`` (English: ``qa.lang.en_tense``) read the sentence and
its paragraph, which a trigram never sees, and name the ending the passage
asks of the word (a past told all through); ``tense_credits`` takes
``TENSE_CREDIT`` off the price of each candidate that is an inflection of
the word with that ending.
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


def tense_credits(doc, g: int, word: str, cands: tuple[str, ...], inflected: tuple[bool, ...],
                  lex) -> tuple[float, ...] | None:
    """``TENSE_CREDIT`` for each of ``cands`` (``inflected``: whether each is
    an inflection of ``word``, the document's token ``g``) that is an
    inflection with an ending the passage asks for, else 0; None when it
    credits none."""
    places = lex.profile.passage_places
    if places is None or not any(inflected):
        return None
    asked = places(doc, g, word, lex)
    if not asked:
        return None
    credits = tuple(TENSE_CREDIT if inflection and cand.endswith(asked) else 0.0
                    for cand, inflection in zip(cands, inflected))
    return credits if any(credits) else None
