"""Spanish words that agree, as written, with the phrase they belong to.

A class trigram sees two words either side; agreement often reaches
further. Clean news gave ``Garble.TagContext`` two kinds of sound words it
read as damaged (docs/context-models.md):

- a verb read as another person or number, or as an infinitive, where the
  noun phrase just before it is its subject and agrees with it as written:
  ``La marca espera abrir`` (not ``esperan``, not ``esperar``), ``México
  cumple 45 meses``, ``un candidato ... en México gane`` (not ``gané``);
  after a relative ``que``/``quien`` the subject is the noun before it
  (``la empresa que espera``);
- a participle or adjective after ``N1 de N2`` that agrees with the head
  ``N1``, not with the nearer ``N2``: ``una extensión de 12 hectáreas
  localizada``, ``la red de caminos construida``.

Each fact asks the tagging dictionary (``qa.lang.es_tags``) for the
readings; only a candidate that merely changes the word's person, number
or mood is set aside, and only where the word as written agrees: ``los
niños juega`` (a plural subject, a singular verb) and ``el gobierno
anuncio`` (a first person after a noun) stay damage.
"""
from __future__ import annotations

from typing import Sequence

from . import es_classes  # its NAME symbol, read at call time (es_classes imports this module)

_RELATIVES = frozenset(("que", "quien", "quienes"))
# Between "de" and the nearer noun: an article, a possessive, a number.
_BETWEEN = frozenset("DZ")
# A word with a reading of these classes is no subject noun phrase.
_CLOSED = frozenset("DKRSCBJ")
# Classes that open an infinitive's slot: preposition, verb forms, clitic,
# article, conjunction, pronoun, adverb (no hacer, ya hacer).
_SLOT_OPENERS = frozenset("SVIGPKDCRBJ")


def holds_as_written(tokens: Sequence, symbols: Sequence[str], at: int, word: str, candidate: str,
                     table) -> bool:
    """Does ``word`` (``tokens[at]``, symbol ``symbols[at + 2]``) agree
    with its phrase as written, where ``candidate`` changes only its
    person, number or mood?"""
    mine, theirs = table.readings(word), table.readings(candidate)
    return (_verb_agrees_with_subject(tokens, symbols, at, mine, theirs, table)
            or _no_infinitive_slot(tokens, at, mine, theirs, table)
            or _agrees_with_head_noun(tokens, at, mine, theirs, table))


def _no_infinitive_slot(tokens, at, mine, theirs, table) -> bool:
    """A finite verb whose candidate is only an infinitive, after a word
    that opens no infinitive's slot (a noun, a name, an adjective, a
    number) or a comma: an infinitive follows a preposition, a verb, a
    clitic, an article, a conjunction or a relative (``para hacer``,
    ``puede hacer``, ``el hacer``, ``que hacer``, ``cómo hacer``)."""
    if not theirs or any(r[0] != "I" for r in theirs) or not any(r[0] == "V" for r in mine):
        return False
    k = at - 1
    if k < 0:
        return False  # an infinitive may open a sentence as its subject
    before = tokens[k]
    if before.kind == "punct":
        return before.text == ","
    if before.kind == "number":
        return True
    if before.kind != "word":
        return False
    readings = table.readings(before.text.lower())
    return bool(readings) and not any(r[0] in _SLOT_OPENERS for r in readings)


def _verb_agrees_with_subject(tokens, symbols, at, mine, theirs, table) -> bool:
    """A finite third-person verb agreeing with the noun or name just
    before it (or before the relative just before it), where the
    candidate is a verb form that does not."""
    if not any(r[0] in "VI" for r in theirs):
        return False
    subject = _subject_number(tokens, symbols, at - 1, table)
    if subject is None:
        return False
    agreeing = {f"V-{n}3" for n in subject}
    return bool(agreeing & mine) and not agreeing & theirs


def _subject_number(tokens, symbols, k, table, after_relative: bool = False) -> set[str] | None:
    """The numbers a subject at ``tokens[k]`` may have: a name is
    singular, a common noun has its readings' numbers; None when the
    token is neither (a relative looks one word further back, once)."""
    if k < 0 or tokens[k].kind != "word":
        return None
    if symbols[k + 2] == es_classes.NAME:
        return {"s"}
    text = tokens[k].text.lower()
    if text in _RELATIVES and not after_relative:
        return _subject_number(tokens, symbols, k - 1, table, after_relative=True)
    readings = table.readings(text)
    if any(r[0] in _CLOSED for r in readings):
        return None  # no, si, cómo, todo: a noun only in the dictionary's corners
    numbers = {r[2] for r in readings if r[0] == "N"}
    if "n" in numbers:  # invariable: la crisis, las crisis
        numbers |= {"s", "p"}
    return (numbers & {"s", "p"}) or None


def _agrees_with_head_noun(tokens, at, mine, theirs, table) -> bool:
    """A participle or adjective after ``N1 de [article|number] N2`` that
    agrees with ``N1`` and not with ``N2``, where the candidate does not
    agree with ``N1``."""
    modifiers = [r for r in mine if r[0] in "PA"]
    if not modifiers or not any(r[0] in "PA" for r in theirs):
        return False
    near = at - 1
    if near < 0 or tokens[near].kind != "word":
        return False
    k = near - 1
    while k >= 0 and k > near - 3 and _is_between(tokens[k], table):
        k -= 1
    if k < 1 or tokens[k].text.lower() != "de" or tokens[k - 1].kind != "word":
        return False
    head = [r for r in table.readings(tokens[k - 1].text.lower()) if r[0] == "N"]
    nearer = [r for r in table.readings(tokens[near].text.lower()) if r[0] == "N"]
    if not head or not nearer:
        return False
    return (_any_agree(modifiers, head) and not _any_agree(modifiers, nearer)
            and not _any_agree([r for r in theirs if r[0] in "PA"], head))


def _is_between(tok, table) -> bool:
    if tok.kind == "number":
        return True
    return tok.kind == "word" and any(r[0] in _BETWEEN for r in table.readings(tok.text.lower()))


def _any_agree(modifiers, nouns) -> bool:
    return any(_agree(m, n) for m in modifiers for n in nouns)


def _agree(modifier: str, noun: str) -> bool:
    """Gender and number of two four-letter readings agree (``c`` common
    gender and ``n`` invariable number agree with either)."""
    return all(a == b or "c" in (a, b) or "n" in (a, b) or "-" in (a, b)
               for a, b in ((modifier[1], noun[1]), (modifier[2], noun[2])))
