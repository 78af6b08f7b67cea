"""English counted nouns whose other readings kept the count places silent.

``qa.lang.en_places`` and ``qa.lang.en_agreement`` ask the plural of a
noun ending its phrase after a count of many (``these product for``,
``two factor which``) only where the tagging dictionary (``qa.lang.en_tags``)
reads the word as a singular noun and nothing a count could take as it
stands: no adjective, no ``-ing`` form, no plural (and, in ``en_places``,
no verb). Those readings say nothing after a count:

- a noun that is an adjective, an ``-ing`` form or a bare verb too
  (``building``, ``unit``, ``point``) ends its phrase after a count as a
  noun: an adjective, a participle or a verb after a count and before a
  preposition, a verb or the end of the run heads no phrase of its own;
- a count noun the dictionary reads as a plural too and as nothing else,
  whose ``-s`` form it also reads as a plural (``ton`` and ``tons``), has
  that plural reading as a measure's modifier (``a 20,000 ton ship``):
  ending its phrase after a count, it is the singular (a word that is a
  verb or a mass noun too, ``people``, ``crew``, is left alone).

Here such a word asks the plural after a count of many that a word of
another class opens (a verb, a preposition: ``rose to 151,800 ton in``,
``a group of five building in``), as ``en_agreement`` reads a count (a
range from its first count, a scale with its count), before what ends
its phrase but an invariable measure's ``of`` (``13 head of``; not a
unit's: ``2,050 ton of coffee``, ``en_agreement.a_measure``) or a rate's
``per``; a measure's singular is
read before a preposition only, as a measure ending its run may be a
rate's unit (``to 380 per ton from 350 ton,``). The answer comes last of
the English profile's ``class_places`` (``qa.lang.en.class_endings``),
credited as the others (docs/context-models.md).

Must flag (with the trigram's preference): ``rose to 151,800 ton in
January``, ``its head office group of five building in central Sydney``.
Must not: ``a 20,000 ton ship`` (a modifier), ``a robust 113,000 gain
in`` (an adjective opens the count's phrase), ``a 65 to 15 vote in`` (a
score), ``These offer a return`` (a determiner, no count), ``2,000 people
in`` (a plural that is a verb too), ``300,000 head versus`` (livestock
counted).
"""
from __future__ import annotations

from . import en_tags
from .en_agreement import COUNTS, SCALES, a_measure, after_count
from .en_places import PREPOSITIONS, ends_noun_phrase
from .en_tags import NOT_SINGULAR_HEAD, SINGULAR_NOUN

# The readings a counted noun may have besides its singular: an adjective,
# an -ing form (``building``), a bare verb (``point``). A plural reading is
# admitted only alone, as a measure's (``ton``: see ``_measure_plural``).
OTHER_READINGS = frozenset({"JJ", "VBG", "VB", "VBP"})
PLURAL = "NNS"
COUNTS_AND_SCALES = COUNTS | SCALES
# Nouns that count livestock with no -s ("hog slaughter at about 300,000
# head versus"; on the whole clean Reuters set eleven such counts, none
# with "heads").
UNCHANGED_AFTER_A_COUNT = frozenset({"head"})


def endings_asked(words, at: int, word: str, lex) -> tuple[str, ...]:
    """("s",) where ``word`` at ``words[at]`` (the run as the word model
    reads it) is a noun with another reading ending its phrase after a
    count of many; else ()."""
    after = words[at + 1]
    if (after is None or a_measure(word, after) or words[at - 1] not in COUNTS_AND_SCALES
            or word in UNCHANGED_AFTER_A_COUNT):
        return ()
    table = en_tags.for_lexicon(lex)
    if table is None:
        return ()
    tags = table.readings(word)
    if not tags & SINGULAR_NOUN or not ends_noun_phrase(after, table) or not after_count(words, at, table):
        return ()
    # a singular noun only is en_places' and en_agreement's
    others = tags - SINGULAR_NOUN
    if PLURAL in others:
        # a measure ending its run may be a rate's unit ("to 380 per ton
        # from 350 ton,"): read before a preposition only
        if others != {PLURAL} or after not in PREPOSITIONS or not _measure_plural(word, table):
            return ()
        return ("s",)
    if not others:
        return ()
    if others & NOT_SINGULAR_HEAD or not others <= OTHER_READINGS:
        return ()
    return ("s",)


def _measure_plural(word: str, table) -> bool:
    """Is ``word``'s plural reading a measure's (``ton``: ``tons`` is a
    plural too), not a plural that is its own (``sheep``)?"""
    return PLURAL in table.readings(word + "s")
