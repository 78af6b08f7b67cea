"""A digit where a look-alike letter belongs: ``1ike``, ``g0bierno``, ``e1``, ``1a``.

The tokenizer reads "1ike" as a number with a unit and "g0bierno" as a
word with a digit; OCR reads them so. A reading with the digits put back
as letters must be a far commoner word than the token itself, so model
numbers and codes (G20, mp3, 4x4, H1N1) stay quiet. A 1 or a 0 opening
one or two letters (``en 1a ciudad``, ``0f``) must read as one of the
commonest words, and after a determiner it is an ordinal (``la 1a
edición``). Needs the language's word list; warnings only where the
profile is calibrated.
"""
from __future__ import annotations

from itertools import compress
import operator
from operator import attrgetter
from typing import Iterable, Iterator

import regex

from ..model import Finding, Fix, RuleInfo
from ..text.suggest import DIGIT_AS_LETTER, match_case
from .nonword import COMMON_ZIPF, SPELLING

RULES = (
    RuleInfo(
        id="OCR.Confusion",
        roles=SPELLING,
        category="ocr",
        severity="warning",
        description="A word misread by OCR: a digit among letters (1ike, g0bierno) or a "
        "look-alike pair (rn/m, cl/d, vv/w, li/h).",
        why="OCR confuses glyphs that look alike; the damaged word is unsearchable and may "
        "read as another word.",
        instead="Replace the misread characters.",
        # digits here; look-alike letters in the non-word scan, whose ranked
        # corrections name the damage they undo
        source="qa/checkers/ocr_digits.py, qa/checkers/ocr_short.py, qa/checkers/nonword.py",
        languages=("es", "en"),
        flag=("El g0bierno anunció nuevas medidas.", "La c1udad amaneció en calma.",
              "El gobiemo anunció nuevas medidas."),
        ok=("Jugó en la Copa G20 con su mp3 y su 4x4.", "El COVID19 y el H1N1 preocupan.",
            "Compró 3kg de papas."),
    ),
)

_DIGIT = regex.compile(r"\d")
# A digit inside a word (g0bierno), or opening/closing a lower-case word of
# three letters or more (1ike, hol4); model names (Ad5, mp3, G20) do neither.
_OCR_DIGIT = regex.compile(r"\p{L}\d+\p{L}|^\d\p{Ll}{3,}$|^\p{Ll}{3,}\d$")
_LETTER_DIGIT_LETTER = regex.compile(r"\p{L}\d+\p{L}")
# A lower-case letter and a digit (e1, t0): a function word misread, or a
# code (a4, b2); the reading must be this common (zipf) to count. Set so
# that only the commonest function words qualify (el 7.5, to 7.4).
_SHORT_OCR_DIGIT = regex.compile(r"^\p{Ll}[01]$")
SHORT_DIGIT_ZIPF = 6.0
# A 1 or a 0 opening one or two lower-case letters (1a, 1as, 1os, 0f): the
# tokenizer reads a number with a unit; read as letters, one of the
# commonest words (la, las, los, of). An ordinal is written so too (la 1a
# edición, el 1o de mayo), after a determiner: there it is left alone. None
# of the clean articles writes such a token elsewhere.
_DIGIT_FUNCTION_WORD = regex.compile(r"^[01]\p{Ll}{1,2}$")
_ORDINAL_DETERMINERS = frozenset("""
    el la los las lo un una su sus mi mis tu tus nuestra nuestro nuestras nuestros este esta
    estos estas ese esa esos esas aquel aquella the a an its his her their our this that
    """.split())
_KIND = attrgetter("kind")


def check(doc, ctx) -> Iterable[Finding]:
    lexicon = ctx.lexicons[doc.language or "und"]
    if not lexicon.frequencies:
        return
    tokens = doc.tokens
    for k in compress(range(len(tokens)), map("number".__eq__, map(_KIND, tokens))):
        tok = tokens[k]
        if tok.text.isdigit():
            continue
        if _DIGIT_FUNCTION_WORD.match(tok.text):
            if not (k and tokens[k - 1].text.lower() in _ORDINAL_DETERMINERS):
                yield from _misread(tok, lexicon, ctx.lexicons.accepted, function_word=True)
            continue
        yield from _misread(tok, lexicon, ctx.lexicons.accepted)
    words = doc.words
    # Nearly every word is all letters; only the others are looked at.
    for tok in compress(words, map(operator.not_, map(str.isalpha, doc.word_texts))):
        if _DIGIT.search(tok.text):
            yield from _misread(tok, lexicon, ctx.lexicons.accepted)


def _misread(tok, lexicon, accepted: frozenset[str], function_word: bool = False) -> Iterator[Finding]:
    """``1ike``, ``g0bierno``: a digit where a look-alike letter belongs;
    ``function_word``: a 1 or 0 opening a short token (``1a``), which must
    read as one of the commonest words."""
    word = tok.text
    low = word.lower()
    z = lexicon.zipf(low)
    short = _SHORT_OCR_DIGIT.match(word) or function_word
    # wordfreq lists OCR junk too ("l0s", "e1"); only a common listing
    # is a word, and the reading must be far commoner still.
    if (z >= COMMON_ZIPF and not short) or low in accepted:
        return
    inside = _LETTER_DIGIT_LETTER.search(word)
    if not (_OCR_DIGIT.search(word) or short):
        return
    readings = {"".join(DIGIT_AS_LETTER.get(c, c) for c in low), low.replace("1", "i")}
    # A digit between letters is OCR's signature, so a rarer reading
    # will do (rec0stada); a two-character token must read as one of
    # the commonest words (e1 -> el, t0 -> to), not as a code (b2, a4).
    floor = max(SHORT_DIGIT_ZIPF if short else 2.0 if inside else 3.0,
                z + (3.0 if short else 2.0))
    known = [r for r in readings if r.isalpha() and lexicon.zipf(r) >= floor]
    if not known:
        return  # model numbers and codes: G20, mp3, 4x4, H1N1
    best = max(known, key=lexicon.frequency)
    fix = match_case(word, best)
    yield Finding(
        rule="OCR.Confusion", category="ocr", severity="warning" if lexicon.profile.calibrated else "info",
        start=tok.start, end=tok.end,
        message=f"“{word}” has a digit where a letter belongs (OCR?): “{fix}”.",
        confidence=0.85,
        fixes=(Fix(tok.start, tok.end, fix, 0.85, "unsafe", "read the digit as a letter"),),
    )

