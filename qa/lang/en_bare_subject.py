"""A subject with no determiner whose singular noun the verb makes plural.

``qa.lang.en_agreement`` reads a singular noun before ``are`` or ``were``
as a subject that lost its plural only behind a determiner (``The fund
are``). With no determiner a singular count noun cannot head a subject at
all, so the verb's number settles it: ``Foreign securities firm are not
affected`` -> ``firms``, ``so price have remained`` -> ``prices``, ``80
pct of all new issue are`` -> ``issues``. The phrase is read back over up
to ``MOST_MODIFIERS`` adjectives, nouns and participles to what opens it:
the start of a run of words, a conjunction that opens a clause, or
``all`` (a count noun after it is plural). After ``and`` or ``or`` the
noun may be the second of two subjects (``Sales and profit were``), after
a verb or a preposition the object of a causative (``let price have``) or
the head of a phrase inside the subject (``terms of sale were``): nothing
is asked there.

Must ask: ``Foreign securities firm are``, ``so price have remained``,
``of all new issue are``. Must not: ``Sales and profit were``, ``let price
have``, ``the fund are`` (``en_agreement``'s), ``Its staff are`` (a
determiner), ``Data are`` (a plural or mass reading).
"""
from __future__ import annotations

from ..text.ngram import START
from . import en_tags
from .en_places import modifiers_start

# Finite verbs that take no singular subject. Not the other bare presents
# (remain, contend): a run of words also opens after a hyphen or a quote
# mark inside a subject ("the 10-year government bond remain", after a
# mandative "that"; "Critics of \"0/92\" plan contend"), and on the whole
# clean Reuters set both were warned.
PLURAL_VERBS = frozenset("are were have".split())
# What may open a subject with no determiner: a conjunction that opens a
# clause, and "all", after which a count noun is plural.
OPENERS = frozenset("so but while because although though whereas all".split())
# Words that open a noun phrase with a determiner (en_agreement's place
# there, or another number: "these", "some").
DETERMINERS = frozenset(
    "the a an its his her our their this that these those some any no each every another".split())
MODIFIER = frozenset({"JJ", "JJR", "JJS", "NN", "NN:UN", "NNS", "VBN"})
MOST_MODIFIERS = 3


def endings_asked(words, at: int, word: str, lex) -> tuple[str, ...]:
    """("s",) where ``word`` at ``words[at]`` (the run as the word model
    reads it) is a singular count noun heading a subject with no
    determiner before a verb that is never singular; else ()."""
    if words[at + 1] not in PLURAL_VERBS:
        return ()
    head = en_tags.singular_head(word, lex)
    if head is None:
        return ()
    table, _ = head
    opener = words[modifiers_start(words, at, table, MODIFIER, MOST_MODIFIERS, DETERMINERS | OPENERS)]
    return ("s",) if opener == START or opener in OPENERS else ()
