"""English places that ask for a modal: ``the notes ill be listed``.

A dropped letter turns ``will`` into ``ill``, ``could`` into ``cold``,
``would`` into ``wold``: words of their own, an adjective or a noun. A
trigram prefers ``will be`` to ``ill be``, but often by less than the flag
asks (``and ill be listed in Luxembourg``: 1.8 log10 points where 2.25
flag), because ``ill`` before a verb reads as well as any rare word.

Grammar narrows the place: a bare ``be`` or ``have`` after a subject (a
noun, a name, a subject pronoun) or after ``and`` or ``but`` that join two
verb phrases wants a modal, ``to`` or an adverb before it, and a word that
can only be an adjective or a noun (no adverb, no verb reading) is none of
them. There the context check credits a modal among the word's
candidates (``qa.checkers.context_word``, the profile's ``word_places``);
the trigram must still prefer it. An adverb (``and also be``, ``it may
well be``) and a verb are left alone, and so is a word after anything
else (``the cold be``: no subject).

Must flag (with the trigram's preference): ``Austmet ill have an initial
equity base``, ``and ill be listed``. Must not: ``will also be listed``,
``and also be``, ``it will still be``, ``he fell ill last year``.
"""
from __future__ import annotations

from . import en_tags
from .en_reporting import SUBJECT_PRONOUNS, ends_subject
from ..text.ngram import START

# The modals a dropped letter leaves a word of (``ill``, ``cold``, ``wold``).
MODALS = frozenset({"will", "would", "could"})
# The bare verbs after which a modal's place shows: a subject before them
# takes a modal, ``to`` or an adverb between.
BARE_AFTER_A_MODAL = frozenset({"be", "have"})
# Words that join a second verb phrase to a first, its subject unsaid.
VERB_PHRASE_JOINS = frozenset({"and", "but"})
# Readings of a word that may stand there itself: an adverb, a verb, a
# modal, ``to``, a determiner or a pronoun.
MAY_STAND_THERE = frozenset({"RB", "RBR", "RBS", "MD", "TO", "VB", "VBD", "VBP", "VBZ", "VBN", "VBG",
                             "DT", "PRP", "IN", "CC", "WDT", "WP"})


def words_asked(words, at: int, word: str, lex) -> frozenset[str]:
    """The modals the place of ``word`` (``words[at]``, the run as the word
    model reads it) asks for; empty for none."""
    if words[at + 1] not in BARE_AFTER_A_MODAL:
        return frozenset()
    table = en_tags.for_lexicon(lex)
    if table is None:
        return frozenset()
    tags = table.readings(word)
    if not tags or tags & MAY_STAND_THERE:
        return frozenset()
    before = words[at - 1]
    if before in SUBJECT_PRONOUNS or before in VERB_PHRASE_JOINS or before is None:
        return MODALS
    if before == START:
        return frozenset()
    return MODALS if ends_subject(table.readings(before)) else frozenset()
