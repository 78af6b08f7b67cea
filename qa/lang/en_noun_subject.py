"""A bare verb after a singular noun that opens its clause as its subject.

``said each right entitle holders to``, ``This report contain an``: a noun
phrase with a determiner that admits one thing only (``each``, ``every``,
``this``, ``a``) that opens a clause (the start of a run of words, after
``said`` or ``says`` or a subordinator) is that clause's subject, and the
word after its head is its finite verb. A singular head asks for ``-s``
or ``-ed`` there; a word the tagging dictionary (``qa.lang.en_tags``)
reads only as a bare verb (``contain``, ``entitle``, ``expect``: no noun,
adjective or other reading that a subject may stand before) is no English
as written. After ``the`` or a possessive the noun may as well have lost
its own plural (``The new figure bring total exports``: ``figures``,
``qa.lang.en_agreement``'s place), and asking both would flag a sound
word: those are not read. The phrase is read back over up to
``MOST_MODIFIERS`` adjectives, nouns and participles (``this new plan``).

Not read: a subject after ``that`` or ``if`` (``asked that each company
delay``, a subjunctive), a noun that also reads as a plural, a mass noun or
a name (``this data show``, ``each board agree``), a word a noun may be
(``each price index rise`` is left: ``rise`` is a noun too).

Must ask: ``said each right entitle holders``, ``This report contain an``.
Must not: ``The new figure bring`` (``the``: the noun's plural is as
likely), ``asked that each company delay``, ``This staff agree``, ``Smith
and each board agree`` (two subjects).
"""
from __future__ import annotations

from . import en_tags
from .en_places import modifiers_start
# what opens a clause whose subject the phrase is opens a pronoun subject's
# too: a reporting verb, the start of a run of words, a subordinator (not
# "if" or "that": a condition or a mandative clause may take a subjunctive)
from .en_pronoun_subject import CLAUSE_OPENERS
from .en_tags import BARE_VERB

# Determiners that admit one thing only: the noun after them kept its
# number, so the verb is what lost its end ("the", "its" are left out).
SINGULAR_DETERMINERS = frozenset("a an this each every another".split())
MODIFIER = frozenset({"JJ", "JJR", "JJS", "NN", "NN:UN", "VBN"})
MOST_MODIFIERS = 2
_ASKED = ("s", "ed")


def endings_asked(words, at: int, word: str, lex) -> tuple[str, ...]:
    """("s", "ed") where ``word`` at ``words[at]`` (the run as the word
    model reads it) is a bare verb only and follows a singular noun that
    heads a clause's subject with a determiner of one thing; else ()."""
    if at < 3:
        return ()
    noun = words[at - 1]
    if not isinstance(noun, str):
        return ()
    head = en_tags.singular_head(noun, lex)
    if head is None:
        return ()
    table, _ = head
    tags = table.readings(word)
    if not tags or not tags <= BARE_VERB:
        return ()
    k = modifiers_start(words, at - 1, table, MODIFIER, MOST_MODIFIERS, SINGULAR_DETERMINERS)
    if words[k] not in SINGULAR_DETERMINERS or k < 1 or words[k - 1] not in CLAUSE_OPENERS:
        return ()
    return _ASKED
