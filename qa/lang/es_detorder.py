"""The order of LanguageTool's repairs for a determiner that does not agree
with its plural noun.

LanguageTool's ``AGREEMENT_DET_NOUN`` offers the whole pair mended, its
singular first: ``la discusiones`` → ``la discusión``, ``las discusiones``;
``los cremas`` → ``la crema``, ``las cremas``. Scraped text loses letters
and swaps a determiner for its neighbour; it does not add a plural ending,
so where the noun can only be plural the determiner is what changed, and
the repair that keeps the noun as written comes first (``las
discusiones``, ``las cremas``). A singular noun keeps LanguageTool's order:
there the determiner may have gained its ``s`` as likely as the noun lost
its own (``las tasa`` ← ``la tasa``, ``las escuela`` ← ``las escuelas``),
unless an adjective right after it (an intensifier may stand between) can
only be plural: that adjective agrees with the noun as it stood, so the
noun lost its ``s`` and the repair that keeps the determiner comes first
(``las boutique más prestigiosas`` → ``las boutiques``). So too where the
word is an adjective as well and a word that can only be a plural noun
follows it: the word was that noun's adjective, in the plural (``los
supuesto planes`` → ``los supuestos``).

must reorder: ``la discusiones`` (``las discusiones`` first), ``los
cremas`` (``las cremas``), ``su resultados`` (``sus resultados``),
``las boutique más prestigiosas`` (``las boutiques``), ``los supuesto
planes`` (``los supuestos``);
must leave: ``las escuela``, ``la director`` (LanguageTool's order),
``las escuela cerró``, ``las boutique Prestigiosas`` (no adjective: a verb's
number may be another subject's, a capital a name's).
"""
from __future__ import annotations

from dataclasses import replace

from ..model import Finding
from .es_tags import SECOND_PERSON

RULE = "LT.AGREEMENT_DET_NOUN"
# LanguageTool's fixes are ranked by confidence times this per place
# (qa.grammar.service); the new order is priced the same way.
RANK_DECAY = 0.8
# Words that may stand between a noun and its adjective: "más cercanas".
_INTENSIFIERS = frozenset("más menos muy tan mucho bastante".split())


def ordered_fixes(text: str, findings: list[Finding], lex, readings) -> list[Finding]:
    """``findings`` with each determiner-noun match over a noun that can
    only be plural offering the repair that keeps that noun first.
    ``readings`` is the profile's word -> readings look-up."""
    out = []
    for f in findings:
        if f.rule == RULE and len(f.fixes) > 1:
            f = _noun_kept_first(text, f, lex, readings)
        out.append(f)
    return out


def _noun_kept_first(text: str, f: Finding, lex, readings) -> Finding:
    written = text[f.start:f.end].split()
    if len(written) != 2:
        return f  # "de los mis": a contraction's match, not a pair
    determiner, noun = written
    nominal = [r for r in readings(noun.lower(), lex) if r[0] in "NAE"]
    if nominal and all(r[2] == "p" for r in nominal):
        keep = next((i for i, x in enumerate(f.fixes)
                     if x.replacement.split()[1:] == [noun]), None)
    elif nominal and (_plural_adjective_after(text, f.end, lex, readings) or (
            any(r[0] in "AP" for r in readings(noun.lower(), lex))
            and _plural_noun_after(text, f.end, lex, readings))):
        keep = next((i for i, x in enumerate(f.fixes)
                     if x.replacement.split()[:1] == [determiner]), None)
    else:
        return f
    if not keep:  # none keeps it, or it is first already
        return f
    fixes = (f.fixes[keep], *f.fixes[:keep], *f.fixes[keep + 1:])
    return f.with_(fixes=tuple(replace(x, confidence=round(f.confidence * RANK_DECAY ** rank, 3))
                               for rank, x in enumerate(fixes)))


def _plural_noun_after(text: str, end: int, lex, readings) -> bool:
    """Does a lower-case word that can only be a plural noun (or a second
    person, which news hardly writes: ``reglas``) follow ``end`` (one space
    between)? The word before it, an adjective or a participle too, was
    then that noun's adjective (``los supuesto planes``)."""
    word = text[end:end + 40].split(" ")[1:2]
    if not word or not word[0].isalpha() or not word[0].islower():
        return False
    tags = readings(word[0], lex) - SECOND_PERSON
    return bool(tags) and all(r[0] == "N" and r[2] == "p" for r in tags)


def _plural_adjective_after(text: str, end: int, lex, readings) -> bool:
    """Does an adjective or participle that can only be plural follow
    ``end`` (at most two intensifiers between, spaces only)?"""
    words = text[end:end + 60].split(" ")[1:4]
    for word in words:
        if word in _INTENSIFIERS:
            continue
        if not word.isalpha() or not word.islower():
            return False
        tags = readings(word, lex)
        return bool(tags) and any(r[0] in "AP" for r in tags) and all(
            r[0] in "NAP" and r[2] == "p" for r in tags)
    return False
