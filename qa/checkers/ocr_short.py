"""A short word misread by OCR: ``cle`` for ``de``, ``hari`` for ``han``.

OCR misreads the commonest words as often as any other (``cl`` for ``d``,
``ri`` for ``n``, ``c`` for ``e``, ``b`` for ``h``), but a token of two to
four letters is too short for the non-word scan, which judges words of
three letters or more against a word list that holds many short strings
(abbreviations, initials, other languages' words). Here a lower-case token
of two to four letters that the word list holds rarely (zipf under
``LISTED_ZIPF``), that is no unit after a figure (``500 ml``), no
abbreviation before one (``cra 56``), no part of a hyphenated compound
(``kung-fu``) and no common word of the language the text borrows from
(``bay``), is the misreading of one of the commonest words of the language
(zipf ``READING_ZIPF``: ``de``, ``han``, ``te``, ``the``) when one OCR
look-alike read back (``qa.text.damage.OCR_PAIRS``) gives it.

Reported as ``OCR.Confusion`` (declared by ``qa.checkers.ocr_digits``);
warnings only where the profile is calibrated. None of the clean articles
holds such a token (docs/spelling.md, "Twenty-fourth round").
"""
from __future__ import annotations

from bisect import bisect_left
from itertools import compress
from typing import Iterable

from ..model import Finding, Fix, RuleInfo
from ..text.damage import OCR_PAIRS
from ..text.memofill import fill
from ..text.suggest import match_case

RULES: tuple[RuleInfo, ...] = ()  # OCR.Confusion: qa.checkers.ocr_digits
RULE = "OCR.Confusion"
# The token: at most this common in the word list (zipf) ...
LISTED_ZIPF = 4.0
# ... and its reading one of the commonest words, this much commoner.
READING_ZIPF = 5.9
READING_LEAD = 2.75
# As common in the language the text borrows from: a word of that one.
FOREIGN_ZIPF = 4.0
CONFIDENCE = 0.85
# Look-alikes of letters only (digits are qa.checkers.ocr_digits').
_LETTER_PAIRS = tuple((orig, seen) for orig, seen in OCR_PAIRS if orig.isalpha() and seen.isalpha())


def check(doc, ctx) -> Iterable[Finding]:
    lexicon = ctx.lexicons[doc.language or "und"]
    if not lexicon.frequencies:
        return
    other_language = lexicon.profile.borrows_from
    other = ctx.lexicons[other_language] if other_language and other_language != lexicon.language else None
    accepted = ctx.lexicons.accepted
    texts = doc.word_texts
    # a verdict per word for the run ("" for none): nearly every word has
    # none, and only those with one are visited
    readings = fill(lexicon.memo("ocr_short.reading"), texts,
                    lambda word: _reading(word, lexicon, other, accepted))
    toks = doc.tokens
    words = doc.words
    severity = "warning" if lexicon.profile.calibrated else "info"
    text = doc.text
    for i in compress(range(len(words)), readings):
        tok = words[i]
        if _beside_figure(toks, tok) or _hyphenated(text, tok):
            continue  # a unit (500 ml), an address's (cra 56), a compound's part (kung-fu)
        fix = match_case(tok.text, readings[i])
        yield Finding(
            rule=RULE, category="ocr", severity=severity, start=tok.start, end=tok.end,
            message=f"“{tok.text}” looks misread by OCR: “{fix}”.",
            confidence=CONFIDENCE,
            fixes=(Fix(tok.start, tok.end, fix, CONFIDENCE, "unsafe", "read the look-alike back"),),
        )


def _reading(word: str, lexicon, other, accepted) -> str:
    """The commonest word one letter look-alike read back gives ``word``, a
    short lower-case token the word list holds rarely; "" for none."""
    if not (2 <= len(word) <= 4 and word.isalpha() and word.islower()) or word in accepted:
        return ""
    own = lexicon.zipf(word)
    if own >= LISTED_ZIPF or (other is not None and other.zipf(word) >= FOREIGN_ZIPF):
        return ""
    best, best_zipf = "", max(READING_ZIPF, own + READING_LEAD)
    for orig, seen in _LETTER_PAIRS:
        start = word.find(seen)
        while start != -1:
            reading = word[:start] + orig + word[start + len(seen):]
            z = lexicon.zipf(reading) if len(reading) >= 2 else 0.0
            if z >= best_zipf:
                best, best_zipf = reading, z
            start = word.find(seen, start + 1)
    return best


def _beside_figure(toks, tok) -> bool:
    """Is ``tok`` a unit after a figure (``500 ml``: no vowel) or an
    abbreviation before one (``cra 56``, ``art 5``)?"""
    k = bisect_left(toks, (tok.start,))
    before = toks[k - 1] if k >= 1 else None
    after = toks[k + 1] if k + 1 < len(toks) else None
    if after is not None and after.kind == "number":
        return True
    return before is not None and before.kind == "number" and not _VOWELS.intersection(tok.text)


def _hyphenated(text: str, tok) -> bool:
    """Is ``tok`` one part of a hyphenated compound (``kung-fu``)?"""
    return text[tok.start - 1:tok.start] in _HYPHENS or text[tok.end:tok.end + 1] in _HYPHENS


_VOWELS = frozenset("aeiouáéíóú")
_HYPHENS = frozenset("-‐")
