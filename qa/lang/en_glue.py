"""English: two words glued across a phrase, which no compound joins.

English writes new compounds closed (``soymeal``, ``wirebar``,
``feedgrains``, ``creditwatch``), so two content words glued are no damage
by themselves. But a closed compound is a modifier and a head: the modifier
is a bare noun, adjective, verb stem or particle (``soy``, ``wide``,
``tax``-writing, ``on``-lending), the head a noun, an ``-ing`` or ``-ed``
form or an adjective. A first part that can only be a plural, a past, a
third-person verb or an adverb (``operations``, ``revised``,
``promptly``), or a second part that can only be a preposition, adverb,
conjunction or determiner (``within``, ``slightly``), puts the two words in
different phrases: the space was lost. The tagging dictionary
(``qa.lang.en_tags``) says which readings a word has.

>>> from qa.lexicon import Lexicon
>>> en = Lexicon("en")
>>> [across_phrases(p, en) for p in ("operations ranging", "products within", "soy meal", "wide bodied")]
[True, True, False, False]
>>> glued_across_phrases("productswithin", "products within", en), glued_across_phrases("roadslips", "roads lips", en)
(True, False)

A compound of a modifier and a head can still be two words glued: the
pair's own evidence says which. A pair the language writes apart so often
that the second word follows the first at least once in a hundred times
(``crude oil``, ``economic growth``), whose closed form the word model has
never met, lost its space; the clean news's own unlisted compounds are
rarer pairs (``soy oil``, ``feed grain``, ``snow cover``).

>>> [written_apart(w, p, en) for w, p in (("crudeoil", "crude oil"), ("soyoil", "soy oil"), ("feedgrain", "feed grain"))]
[True, False, False]
"""
from __future__ import annotations

from ..text.ngram import model_for
from . import en_tags

# Readings that can modify a compound's head: a bare noun (a plural only
# among the dictionary's other readings: ``sheep``, ``citrus``), an
# adjective, a bare verb (``feed``-grain, ``stop``-out), a number
# (``one``-stops), a particle or preposition (``on``-lending, ``mid``-session).
MODIFIER = frozenset({"NN", "NN:UN", "NN:U", "NNP", "JJ", "VB", "VBP", "CD", "IN", "RP"})
# Readings a compound's head can have: a noun, an adjective, a verb form
# (``tax``-writing, ``wide``-bodied, ``snow``-cover).
HEAD = frozenset({"NN", "NN:UN", "NN:U", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS",
                  "VB", "VBP", "VBZ", "VBD", "VBN", "VBG"})


# A word of at least LONG_ADJECTIVE letters that can only be an adjective
# (``financial``, ``institutional``) opens a phrase, not a closed compound:
# the compounds that start with an adjective start with a short one that is
# a noun or a verb too (``wide``-bodied, ``high``-yield, ``blue``-chip).
ADJECTIVE_ONLY = frozenset({"JJ"})
LONG_ADJECTIVE = 6


# How likely (log10) the pair's second word is after its first, in the
# word model, for the pair to be written apart rather than closed: one time
# in a hundred. The clean news's unlisted closed compounds are all rarer
# pairs (soy oil -2.13, snow cover -2.86); docs/spelling.md has the figures.
WRITTEN_APART_LOGPROB = -2.0


def glued(word: str, pair: str, lexicon) -> bool:
    """Is the unknown ``word`` two words glued, read as ``pair``: joined
    across a phrase, or a pair the language writes apart?"""
    return glued_across_phrases(word, pair, lexicon) or written_apart(word, pair, lexicon)


def written_apart(word: str, pair: str, lexicon) -> bool:
    """Is ``pair`` (``left right``) a pair the word model reads as written
    apart, the second word following the first at least one time in a
    hundred, while it has never met ``word`` closed?"""
    lm = model_for(lexicon)
    if lm is None:
        return False
    left, _, right = pair.lower().partition(" ")
    if not (lm.knows(left) and lm.knows(right)) or lm.knows(word.lower()):
        return False
    return lm.logprob(right, (left,)) >= WRITTEN_APART_LOGPROB


def across_phrases(pair: str, lexicon) -> bool | None:
    """Is ``pair`` (``left right``) two listed words no English compound
    joins: the first part has no modifier's reading, or the second no
    head's, or the first is a derived adjective or a verb's participle
    (``opens_phrase``)? False when the dictionary lacks either word (it
    says nothing of them), None when the dictionary is not installed."""
    readings = _readings(pair, lexicon)
    if readings is None:
        return None
    left, right = readings
    first = pair.partition(" ")[0]
    long_adjective = left == ADJECTIVE_ONLY and len(first) >= LONG_ADJECTIVE
    return bool(left and right) and (not (left & MODIFIER) or not (right & HEAD) or long_adjective
                                     or opens_phrase(first, left))


# Endings of derived adjectives (``commercial``, ``strategic``, ``active``,
# ``previous``): a closed compound's modifier is a bare noun, a verb stem or
# a short adjective, never one of these, whatever other readings the
# dictionary gives the word (``commercial`` is a noun to it too).
ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ful", "able", "ible")
# ... nor a verb's participle or -ing form (``reported``, ``operating``):
# the compounds that start with one are listed (``mockingbird``).
PARTICIPLE_ENDINGS = (("ed", frozenset({"VBN", "VBD"})), ("ing", frozenset({"VBG"})))


def opens_phrase(word: str, readings: frozenset[str]) -> bool:
    """Is ``word`` (with the dictionary's ``readings``) a derived adjective
    of ``LONG_ADJECTIVE`` letters or more, or a participle or an ``-ing``
    form of five or more, which opens a phrase rather than a compound?

    >>> opens_phrase("commercial", frozenset({"JJ", "NN"}))
    True
    >>> opens_phrase("reported", frozenset({"VBD", "VBN", "JJ"}))
    True
    >>> opens_phrase("soy", frozenset({"NN"})), opens_phrase("spring", frozenset({"NN", "VB"}))
    (False, False)
    """
    if len(word) >= LONG_ADJECTIVE and "JJ" in readings and word.endswith(ADJECTIVE_ENDINGS):
        return True
    return len(word) >= 5 and any(word.endswith(end) and readings & tags for end, tags in PARTICIPLE_ENDINGS)


def glued_across_phrases(word: str, pair: str, lexicon) -> bool:
    """Is ``word`` two words glued across a phrase: its reading ``pair``
    joins none a compound joins, and no other cut of it reads as a
    compound (``roadslips`` is ``roads lips`` or ``road slips``: the
    second is a compound, so the word may be one)?"""
    if not across_phrases(pair, lexicon):
        return False
    low, cut = word.lower(), pair.index(" ")
    return not any(_compound(f"{low[:i]} {low[i:]}", lexicon)
                   for i in range(2, len(low) - 1) if i != cut)


def _compound(pair: str, lexicon) -> bool:
    """Both words listed, a modifier then a head: a compound may join them."""
    readings = _readings(pair, lexicon)
    return bool(readings and readings[0] & MODIFIER and readings[1] & HEAD)


def _readings(pair: str, lexicon) -> tuple[frozenset[str], frozenset[str]] | None:
    table = en_tags.for_lexicon(lexicon)
    if table is None:
        return None
    left, _, right = pair.lower().partition(" ")
    return table.readings(left), table.readings(right)
