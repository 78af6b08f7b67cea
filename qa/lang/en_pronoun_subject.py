"""A bare verb after ``it``, ``he`` or ``she`` as its clause's subject.

``Honeybee Inc said it know of no reason``, ``National Distillers said it
complete the sale``, ``as it appear to have contributed``: a third-person
pronoun that opens a clause (after ``said`` or ``says``, a subordinator
or the start of a run of words) is its subject, and the word after it is
its finite verb, a modal or an adverb. A word whose readings in the
tagging dictionary (``qa.lang.en_tags``) include a bare verb and none of
those (``know`` is a noun too, ``complete`` an adjective too: neither
reading stands after a subject either) is no English as written: it lost
the end of its third person or its past. One adverb may stand between
(``Alllure said it also introduce a new``).

The profile's ``inflection_slots`` credit such a place (``said it sign``)
as they credit a place a noun or an adverb may fill too; here the
dictionary rules every reading of the word out, and ``endings_asked``
names the endings for the surer credit (the profile's ``sure_places``,
``qa.checkers.context_word.SURE_CREDIT``).

Must flag (with the trigram's preference): ``said it know of no``, ``as
it appear to have``. Must not: ``said it cut`` (a past as written),
``said it will``, ``said it also plans``, ``help it meet`` (``it`` an
object), ``if it pass`` (no narrated clause read after ``if``).
"""
from __future__ import annotations

from ..text.ngram import START
from . import en_tags
from .en_tags import BARE_VERB

PRONOUNS = frozenset("it he she".split())
# What opens a clause whose subject the pronoun is: a reporting verb, the
# start of a run of words, a subordinator ("if" and "unless" are left out:
# a condition may take a subjunctive).
CLAUSE_OPENERS = frozenset(
    "said says as because since although though while whereas when".split()) | {START}
# Readings that let a word stand after the subject as written: a finite
# form, a participle or -ing form, a modal, an adverb, a preposition, a
# determiner, a pronoun.
STANDS_AFTER_SUBJECT = frozenset(
    {"VBD", "VBZ", "VBN", "VBG", "MD", "RB", "RBR", "RBS", "IN", "TO", "DT", "PRP", "PRP$", "CC", "WDT", "WP"})
ADVERB = frozenset({"RB"})
_ASKED = ("s", "ed")


def endings_asked(words, at: int, word: str, lex) -> tuple[str, ...]:
    """The endings the place of ``word`` (``words[at]``, the run as the word
    model reads it) asks for after a pronoun subject: (``-s``, ``-ed``) or ()."""
    k = at - 1
    before = words[k]
    if before not in PRONOUNS:
        # one adverb between ("said it also introduce"): settled by the words first
        if at < 3 or words[at - 2] not in PRONOUNS or before is None:
            return ()
        k -= 1
    if words[k - 1] not in CLAUSE_OPENERS:
        return ()
    table = en_tags.for_lexicon(lex)
    if table is None:
        return ()
    if k != at - 1 and table.readings(before) != ADVERB:
        return ()
    tags = table.readings(word)
    if not tags & BARE_VERB or tags & STANDS_AFTER_SUBJECT:
        return ()
    return _ASKED
