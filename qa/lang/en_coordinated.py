"""A singular count noun with no determiner joined to a plural by ``and``.

``economists and official said``, ``former officers and director of Union
Indemnity``, ``agricultural products and car dealer.``: a noun phrase
with no determiner joined to a plural noun by ``and`` or ``or`` is a
second plural of the same kind, since a singular count noun cannot stand
without a determiner; the dropped letter or cut-off end took its ``s``.
The trigram reads ``and official said`` and ``and officials said`` alike.

Read on the run as the word model reads it: a word that can only be a
plural noun or that noun's verb (the tagging dictionary,
``qa.lang.en_tags``: ``officers``), ``and`` or
``or``, at most ``MOST_MODIFIERS`` adjectives or nouns, then the word: a
singular noun that is never a mass noun, a name, a plural or a bare verb
(``three years and bar any increases``: two verbs joined) and that ends
its phrase (``qa.lang.en_places.ends_noun_phrase``). A noun that may be a
mass noun stays as written (``sales and profit were``, ``exports and
investment``), and so does a collective (``shareholders and staff``).

Must ask: ``economists and official said``, ``officers and director of``.
Must not: ``sales and profit were`` (a mass noun), ``shareholders and
the board`` (a determiner), ``banks and a broker`` (a determiner),
``officers and director general`` (the phrase goes on).
"""
from __future__ import annotations

from .en_partitive import member_head
from .en_places import ends_noun_phrase, modifiers_start

JOINS = frozenset({"and", "or"})
MODIFIER = frozenset({"JJ", "JJR", "JJS", "NN", "NN:UN", "VBN"})
MOST_MODIFIERS = 2
# The word before "and": a plural noun, which may spell a verb's third
# person too ("officers").
PLURAL_NOUN_OR_VERB = frozenset({"NNS", "VBZ"})
# A count noun that may be a mass noun too keeps its singular ("profit").
MASS = frozenset({"NN:UN", "NN:U"})


def endings_asked(words, at: int, word: str, lex) -> tuple[str, ...]:
    """("s",) where ``word`` at ``words[at]`` (the run as the word model
    reads it) is a count noun with no determiner that ends its phrase after
    a plural noun and ``and`` or ``or``; else ()."""
    head = member_head(word, lex)
    if head is None:
        return ()
    table, tags = head
    after = words[at + 1]
    # a word that may be a bare verb may join a verb ("and bar any rate
    # increases", "and then rise to")
    if tags & MASS or "VB" in tags or after is None or not ends_noun_phrase(after, table):
        return ()
    k = modifiers_start(words, at, table, MODIFIER, MOST_MODIFIERS, JOINS)
    if words[k] not in JOINS or k < 1:
        return ()
    before = words[k - 1]
    before_tags = table.readings(before) if isinstance(before, str) else frozenset()
    return ("s",) if "NNS" in before_tags and before_tags <= PLURAL_NOUN_OR_VERB else ()
