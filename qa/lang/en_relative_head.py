"""A singular noun whose relative clause's verb makes it plural.

A relative pronoun's verb agrees with the noun the clause hangs on, and
``which``, ``who`` and ``that`` carry no number of their own: before
``are``, ``were`` or ``have`` the noun right before them is a plural.
The trigram reads ``result which were`` as well as ``results which
were`` (it sees the pronoun and the verb, never the noun and the verb
together), so a noun that lost its ``s`` there passes: ``to take into
account change which have taken place`` -> ``changes``, ``on the third
quarter result which were released`` -> ``results``.
``qa.lang.en_phrases`` reads the same agreement the other way round (the
verb after a relative pronoun: ``a settlement that prohibit``).

The noun is a singular noun by the tagging dictionary (``qa.lang.en_tags``)
with no plural, mass, name or pronoun reading. Where its phrase (read back
over up to ``MOST_MODIFIERS`` adjectives, nouns and participles and one
determiner) hangs on ``of``, the clause may as well hang on the noun
before ``of`` (``the shares of the company which were sold``): nothing is
asked there. The answer comes through the English profile's
``class_places`` (``qa.lang.en.class_endings``), credited as the other
class places; the trigram must still prefer the plural.

Must ask: ``account change which have taken``, ``quarter result which
were released``. Must not: ``the shares of the company which were`` (the
phrase hangs on ``of``), ``the company which has`` (a singular verb),
``the data which were`` (a mass or plural reading).
"""
from __future__ import annotations

from . import en_tags
# The verbs that take no singular subject and the phrase read back over
# are those of a bare subject: the two places read one noun phrase.
from .en_bare_subject import MODIFIER, MOST_MODIFIERS, PLURAL_VERBS
from .en_places import modifiers_start

RELATIVE_PRONOUNS = frozenset("which who that".split())
# Not "that", which is a relative pronoun here.
DETERMINERS = frozenset("the a an its his her our their this these those some any no".split())
# A phrase after it may be a complement inside a longer phrase whose head
# the clause describes.
INNER_PHRASE = "of"


def endings_asked(words, at: int, word: str, lex) -> tuple[str, ...]:
    """("s",) where ``word`` at ``words[at]`` (the run as the word model
    reads it) is a singular noun before a relative pronoun and a verb that
    is never singular; else ()."""
    if words[at + 1] not in RELATIVE_PRONOUNS or at + 2 >= len(words) or words[at + 2] not in PLURAL_VERBS:
        return ()
    head = en_tags.singular_head(word, lex)
    if head is None:
        return ()
    table, _ = head
    k = modifiers_start(words, at, table, MODIFIER, MOST_MODIFIERS, DETERMINERS)
    if words[k] in DETERMINERS:
        k -= 1
    return () if k >= 0 and words[k] == INNER_PHRASE else ("s",)
