"""A reported clause's subject that ``qa.lang.en_places`` leaves alone.

``qa.lang.en_places`` asks the plural of a word that can only be a
singular count noun (or only a bare verb) right after ``said`` or
``says`` and right before a finite verb or a modal: the reported
clause's subject, which as a bare singular wants a determiner or its
plural (``said dealer would``). Two more shapes of the same place:

- a noun the tagging dictionary (``qa.lang.en_tags``) reads as an
  adjective too and as nothing else (``official``: ``{JJ, NN}``): an
  adjective alone heads no subject, so ``a Treasury spokesman said
  official were aware`` -> ``officials``;
- one adverb between the subject and its verb (``The company said
  director also declared`` -> ``directors``), the adverb an adverb only
  (``also``, ``still``), the verb as ``en_places`` reads it.

A word ``en_places`` already reads at the place (a count noun only, a
bare verb only, right before the verb) is left to it. The answer comes
through the English profile's ``class_places``
(``qa.lang.en.class_endings``), credited as the other class places; the
trigram must still prefer the plural.

Must ask: ``said official were aware``, ``said director also declared``.
Must not: ``said net was`` (a verb reading too), ``said official
figures showed`` (a modifier: no verb follows), ``said the official
was`` (a determiner).
"""
from __future__ import annotations

from . import en_tags
from .en_places import FINITE_VERB, REPORTING
from .en_tags import NOUN

COUNT_NOUN = frozenset({"NN"})
NOUN_OR_ADJECTIVE = frozenset({"NN", "JJ"})
ADVERB = frozenset({"RB"})
MODAL = "MD"


def endings_asked(words, at: int, word: str, lex) -> tuple[str, ...]:
    """("s",) where ``word`` at ``words[at]`` (the run as the word model
    reads it) is a bare singular noun between a reporting verb and the
    reported clause's finite verb; else ()."""
    if words[at - 1] not in REPORTING or not isinstance(words[at + 1], str):
        return ()
    table = en_tags.for_lexicon(lex)
    if table is None:
        return ()
    tags = table.readings(word)
    if tags != NOUN_OR_ADJECTIVE and tags != COUNT_NOUN:
        return ()
    k = at + 1
    after = table.readings(words[k])
    if after and after <= ADVERB and k + 1 < len(words) and isinstance(words[k + 1], str):
        k += 1
        after = table.readings(words[k])
    elif tags == COUNT_NOUN:
        return ()  # en_places' place
    return ("s",) if finite_or_modal(after) else ()


def finite_or_modal(tags: frozenset[str]) -> bool:
    """A finite verb that is never a noun (``were``, ``declared``), or a modal."""
    return bool(tags & FINITE_VERB) and not tags & NOUN or MODAL in tags
