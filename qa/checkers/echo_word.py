"""Real words that the document itself shows to be damage.

A story names the same things again and again: ``la Comisión de Sanidad``
in the headline, ``los eurodiputados de la omisión de Sanidad`` in the
body is a lost letter, not a word of its own. Where a language has a word
n-gram model, ``Garble.Context`` weighs the document's word pairs with its
trigrams (``qa.checkers.context_echo``); a language without one (Spanish:
no registry serves its word n-grams) has only the document to ask. Here
the evidence is the document's own words: the word one damage step from
another word of the document (a dropped letter or a cut-off end put back,
an accent put back), the other word written elsewhere in the document
between the same two words (``la comisión de`` and ``la omisión de``),
the word as written nowhere else between them. A cache of the document's
words, held to what a place can check: the whole three-word window, not
the word alone (Kuhn & De Mori 1990).

Left alone: an inflection of the word, which the same two neighbours take
as often (``la empresa de`` and ``las empresas de`` share no window, but
``que debe tomar`` and ``que debemos tomar`` do), as the language's
profile tells it from its tagging dictionary (``inflects``); a very
common word (``ese`` and ``este``, ``por`` and ``porque``: function words
whose neighbours fit both); a word ten times commoner than the
document's word (the document more likely wrote the rarer one in error,
twice); a word written with a capital (a name). Only a language whose
profile can tell an inflection and that has no word model is checked.
"""
from __future__ import annotations

import operator
from collections import defaultdict
from itertools import compress
from typing import Iterable

from ..model import Finding, Fix, RuleInfo, RuleRoles
from ..text.damage import strip_accents
from ..text.probes import TRUNCATED

RULE = "Garble.Echo"
RULES = (
    RuleInfo(
        id=RULE,
        roles=RuleRoles(family="context", word_level=True, real_word_evidence=True, place_repair=True),
        category="garble",
        severity="warning",
        description="A real word one damage step (a dropped letter or a cut-off end put back, an "
        "accent put back) from a word the same document writes elsewhere between the same two "
        "words, while the word as written stands there nowhere else: the document's own word. "
        "Not an inflection of the word, nor a very common word. Spanish.",
        why="Damage that lands on a real word (omisión for comisión) passes every spell check, "
        "and with no word n-gram model for the language only the story itself, which names the "
        "same things again, shows it.",
        instead="Write the word the document writes in the same place, if it is what the sentence means.",
        languages=("es",),
        flag=("La Comisión de Sanidad rechazó la propuesta. Los eurodiputados de la omisión de "
              "Sanidad votaron ayer.",
              "Rescatan a 40 migrantes frente a la costa de Libia. Fueron rescatados frente a la "
              "cos de Libia el sábado."),
        ok=("La Comisión de Sanidad rechazó la propuesta. Los eurodiputados de la Comisión de "
            "Sanidad votaron ayer.",
            "Las empresas de la zona cerraron. Las empresa de la zona abrieron hoy.",
            "En ese momento llegó. En este momento se fue."),
    ),
)

# Hand-set; the calibration (qa/data/calibration.json) grades it.
CONFIDENCE = 0.6
# Words at least this common (zipf) are function words whose neighbours fit
# their look-alikes as well (ese / este, por / porque, con / contra): on the
# 398 clean Spanish articles they made most of the windows shared.
MOST_COMMON = 5.5
# A word this much commoner (zipf) than the document's word is left alone:
# the document more likely wrote the rarer one in error, twice (a clean
# article's "la presencial del" for "la presencia del").
MOST_COMMONER = 1.0
# A word shorter than this is left to the grammar (a / al, de / del).
MIN_LENGTH = 3


def check(doc, ctx) -> Iterable[Finding]:
    lex = ctx.lexicons[doc.language or "und"]
    profile = lex.profile
    if profile.inflects is None or profile.context_model is not None:
        return
    words, text, texts = doc.words, doc.text, doc.word_texts
    lowered = list(map(str.lower, texts))
    # window k + 1 (words k to k + 2) has single spaces between its words:
    # none reads across punctuation or a line break
    joined = [text[a.end:b.start] == " " for a, b in zip(words, words[1:])]
    spaced = list(map(operator.and_, joined, joined[1:]))
    told = {(left, damaged, right): original
            for (left, right), seen in _shared_neighbours(lowered, spaced).items()
            for damaged in seen for original in seen
            if _damage_of(damaged, original) and _judged(damaged, original, lex, profile)}
    if not told:
        return
    places = defaultdict(list)
    for k in compress(range(1, len(words) - 1), spaced):
        window = (lowered[k - 1], lowered[k], lowered[k + 1])
        if window in told:
            places[window].append(k)
    for window, at in places.items():
        k = at[0]
        if len(at) > 1 or not texts[k].islower():
            continue  # the word as written stands there elsewhere too; a capital: a name
        left, damaged, right = window
        original, tok = told[window], words[k]
        yield Finding(
            rule=RULE, category="garble", severity="warning", start=tok.start, end=tok.end,
            message=f"“{tok.text}” where the document writes “{original}” between the same "
            f"words (“{left} {original} {right}”): a damaged “{original}”?",
            confidence=CONFIDENCE, fixes=(Fix(tok.start, tok.end, original, CONFIDENCE),))


def _shared_neighbours(lowered: list[str], spaced: list[bool]) -> dict[tuple[str, str], set[str]]:
    """The pairs of neighbours that hold two middle words or more over the
    spaced windows, with their middle words. Each pair keeps the first
    middle word it meets, and a set only once a second one comes: most
    pairs hold one word, and a Spanish article is read in about 0.25 ms."""
    first: dict[tuple[str, str], str] = {}
    shared: dict[tuple[str, str], set[str]] = {}
    for left, middle, right in compress(zip(lowered, lowered[1:], lowered[2:]), spaced):
        if len(middle) < MIN_LENGTH:
            continue  # neither a damaged word nor its original ("de", "la")
        seen = first.setdefault((left, right), middle)
        if seen != middle:
            shared.setdefault((left, right), {seen}).add(middle)
    return shared


def _damage_of(damaged: str, original: str) -> bool:
    """Is ``damaged`` what one damage leaves of ``original``: one letter
    dropped, one to ``TRUNCATED`` letters cut off its end, one accent lost?"""
    short = len(original) - len(damaged)
    if len(damaged) < MIN_LENGTH or not 0 <= short <= TRUNCATED:
        return False
    if short == 0:  # an accent lost: one place differs, the original's letter the accented one
        diff = [i for i, (a, b) in enumerate(zip(damaged, original)) if a != b]
        return len(diff) == 1 and strip_accents(original[diff[0]]) == damaged[diff[0]]
    if original.startswith(damaged):
        return True
    if short > 1:
        return False
    i = next(i for i, (a, b) in enumerate(zip(damaged, original)) if a != b)
    return damaged[i:] == original[i + 1:]


def _judged(damaged: str, original: str, lex, profile) -> bool:
    """Is ``damaged`` a listed word, not too common nor far commoner than
    ``original`` (itself listed), and no inflection of it?"""
    if not damaged.isalpha():
        return False
    mine, theirs = lex.zipf(damaged), lex.zipf(original)
    if mine <= 0 or theirs <= 0 or mine >= MOST_COMMON or mine > theirs + MOST_COMMONER:
        return False
    return profile.inflects(damaged, original, lex) is False
