"""English places where a word's class says an inflection was lost.

A trigram model tells ``the fund are`` from ``the funds are`` but not
``trader said`` from ``traders said``: both read well to it. The tagging
dictionary (``qa.lang.en_tags``) knows what a trigram does not, the
classes a word can have, and some places allow a word of one class only
in one form:

- a word that can only be a singular count noun (``member``, ``dealer``:
  never an adjective, a verb or a mass noun) with no determiner before it,
  as the subject of a finite verb (``, trader said``): English wants
  ``traders`` (or ``a trader``);
- such a noun after a plural determiner or a count, ending its phrase
  (``these product for``, ``six day leading``);
- a word that can only be a bare verb (``approve``, ``consider``: never a
  noun or an adjective) after a preposition (``for discontinue
  operations``, ``after consider offers``) or after a form of ``be``
  (``were proceed well``): an ``-ed`` or ``-ing`` form was meant;
- an adjective between a verb or a preposition and a word that can only
  be an adjective or a participle (``is current uncertain``): an adverb.

``endings_asked`` names the endings such a place asks of the word; the
context check credits the candidates that are inflections with one of
them, and the trigram must still prefer the candidate
(``qa.checkers.context_word``). Without the table nothing is asked.
"""
from __future__ import annotations

from . import en_tags
from .en_tags import ADJECTIVE, BARE_VERB, MODIFIED, NOUN, SINGULAR_NOUN
from ..text.ngram import END, START

COUNT_NOUN = frozenset({"NN"})
FINITE_VERB = frozenset({"VBD", "VBZ", "VBP"})
ADJECTIVE_OR_PARTICIPLE = ADJECTIVE | {"VBN"}

# Words after which a subject starts with no determiner of its own:
# conjunctions and the start of a run of words (after a comma).
SUBJECT_OPENERS = frozenset("and but or while when where because although though as".split())
# Plural determiners and the counts the word model reads (a number of many
# reads as "ten": ``qa.lang.en.SPOKEN_NUMBER``).
PLURAL_COUNTERS = frozenset(
    """
    these those several many both few various numerous multiple two three four five six seven
    eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred thousand million billion
    """.split())
# A count after a determiner is part of a modifier ("the 1986/87 year", "a
# 12-1/2 year accord"), after a month a day of it ("the February 16 week").
DETERMINERS = frozenset("the a an its their his her our this that".split())
MONTHS = frozenset(
    "january february march april may june july august september october november december".split())
# ... and after another count a compound modifier ("a 150 billion franc,
# eight-year loan"); before "per" a rate, whose count may be a fraction
# ("3/8 cent per kilo").
NOT_COUNTING = DETERMINERS | MONTHS | PLURAL_COUNTERS
# Prepositions after which a verb takes -ing or its participle, never its
# bare form ("to" is left out: an infinitive follows it; so are the
# subordinators, after which a clause may start).
PREPOSITIONS = frozenset(
    """
    of in on at by for from with about after before without into against among between during
    under over through upon via despite including
    """.split())
BE_FORMS = frozenset("is are was were been being".split())
_PLACE_STARTS = SUBJECT_OPENERS | PLURAL_COUNTERS | PREPOSITIONS | BE_FORMS | {START}


def endings_asked(words, at: int, word: str, lex) -> tuple[str, ...]:
    """The endings the place of ``word`` (``words[at]``, the run as the word
    model reads it: ``START``/``END`` at its ends, None for a word it does
    not know) asks for by the word classes around it; () for none."""
    before = words[at - 1]
    after = words[at + 1]
    # most words follow no word a place starts after: settled before the
    # table is asked (this runs at every word the check judges)
    if before not in _PLACE_STARTS or after is None:
        return ()
    table = en_tags.for_lexicon(lex)
    if table is None:
        return ()
    tags = table.readings(word)
    if not tags:
        return ()
    if tags <= COUNT_NOUN and (before == START or before in SUBJECT_OPENERS):
        if after != END and _finite_verb(table.readings(after)):
            return ("s",)
    if tags <= SINGULAR_NOUN and before in PLURAL_COUNTERS:
        two_before = words[at - 2] if at >= 2 else START
        if (two_before not in NOT_COUNTING and after != "per"
                and (after == END or not table.readings(after) & MODIFIED)):
            return ("s", "es", "ies")
    if tags <= BARE_VERB and (before in PREPOSITIONS or before in BE_FORMS):
        return ("ed", "ing")
    if "JJ" in tags and after != END:
        next_tags = table.readings(after)
        if next_tags and next_tags <= ADJECTIVE_OR_PARTICIPLE and (
                before == START or before in BE_FORMS or before in PREPOSITIONS):
            return ("ly", "ally")
    return ()


def _finite_verb(tags: frozenset[str]) -> bool:
    """A word that reads as a finite verb and never as a noun (``said``,
    ``announced``). Not a modal: after an abbreviation's full stop a run
    starts inside a phrase ("the U.S. dollar would")."""
    return bool(tags & FINITE_VERB) and not tags & NOUN
