"""The order of a rare listed fragment's repairs by its place.

A word cut short is sometimes itself a rare listed word (``certifica``,
``operati``, ``compet``, ``mostr``): ``Spelling.NonWord`` never sees it, and
``Garble.RealWord`` flags it with its one restoration, the commonest word
the probe met (``export certifica have been`` -> ``certification``, where
the place asks for ``certificate``; ``se mostr hoy`` -> ``mostrar``, not
``mostró``). Here the restoration, the other common words one letter
longer and the fragment's completions are ordered as a non-word's repairs
are (``qa.checkers.fragment_order``: the same pool of completions at one
cut-off end's price, the same word model or class model of the place).

Only the repairs change, for a dropped letter or a cut-off end: whether
the word is flagged, its severity and its confidence are
``Garble.RealWord``'s, and its first fix keeps the finding's confidence
(a flag's place among a document's flags is its most confident fix). A
lost accent and an OCR look-alike keep their one restoration, and so does
a word whose place cannot be read (no known word beside it).
"""
from __future__ import annotations

from typing import AbstractSet

from ..echoed_first import story_ranked
from ..text.damage import damage_cost
from ..text.suggest import Candidate, channel_score, match_case
from ..text.probes import MIN_NEIGHBOUR, one_letter_longer
from .fragment_order import CUT_COST, by_place

# The restorations whose alternatives the place can weigh: the two that
# put letters back (a lost accent or a look-alike has one reading back).
ORDERED_KINDS = frozenset({"letter", "truncation"})
# At most this many repairs, as a non-word's.
MAX_REPAIRS = 3


def restorations(word: str, neighbour: str, kind: str, lex) -> list[Candidate]:
    """``neighbour`` (the finding's restoration of ``word``, a ``kind``) and
    the other common words one letter longer than ``word``, each priced by
    the damage that links it to ``word`` (a cut-off end at ``CUT_COST``)."""
    freq = lex.frequencies
    floor = 10 ** (MIN_NEIGHBOUR - 9)
    low = word.lower()
    out = {}
    for cand in (neighbour.lower(), *one_letter_longer(low, lex)):
        f = freq.get(cand, 0.0)
        if cand in out or f < floor:
            continue
        if kind == "truncation" and cand == neighbour.lower():
            cost, ops = CUT_COST, ("cut",)
        else:
            cost, ops = damage_cost(low, cand, language=lex.profile)
        out[cand] = Candidate(match_case(word, cand), cost, f, channel_score(f, cost), ops)
    return list(out.values())


def ordered_restorations(doc, start: int, end: int, neighbour: str, kind: str,
                         lex, written: AbstractSet[str] = frozenset()) -> list[Candidate] | None:
    """The repairs of the listed word at ``doc.text[start:end]``, best
    first by its place (scores in log10 points), those ``written`` holds
    (the document's own words, lower-cased) raised as the story's words
    are (``qa.echoed_first.story_ranked``) before the first few are kept,
    or None where only its one restoration stands (a kind not ordered, or
    no place to read)."""
    if kind not in ORDERED_KINDS:
        return None
    offered = restorations(doc.text[start:end], neighbour, kind, lex)
    if not offered:
        return None
    repairs = by_place(doc, start, end, offered, lex)
    # where the place cannot be read the restoration stands alone
    if repairs is None:
        return None
    if written:
        repairs = story_ranked(repairs, written, lex.zipf)
    return repairs[:MAX_REPAIRS]
