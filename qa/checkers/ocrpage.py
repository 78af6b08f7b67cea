"""Real words that OCR made on a page it damaged throughout: ``fe``, ``hut``, ``laud``.

OCR that misreads a glyph often leaves a word (``hut`` for ``but``, ``io``
for ``lo``), which no spelling check sees. On edited copy such a word is
nearly always meant, so ``Garble.RealWord`` asks a look-alike reading to be
a thousand times commoner. The page decides how likely a misreading is, two
ways:

- *Old print* (``OCR.LongS``): books printed before about 1800 set a long
  s (ſ) wherever an s did not end a word, and OCR reads it as f. Most words
  it touches become non-words (``mifmo``, ``firft``); some become other
  words (``fe``, ``fu``, ``fame``, ``fee``). Where several distinct words
  of a page read far commoner with a non-final f as s, the page was set
  with a long s, and a listed word whose s reading is far commoner is
  reported with that reading.
- *A page damaged throughout* (``OCR.PageLookAlike``, ``qa.text.pagedamage``:
  many distinct lower-case words no list knows): there a listed word whose
  look-alike reading is about thirty times commoner is far likelier a
  misreading than meant.

Clean news meets neither page test, so these findings come from OCR'd pages.
"""
from __future__ import annotations

from itertools import combinations, filterfalse
from typing import Iterable, Iterator

from ..lexicon import Lexicon
from ..model import Finding, Fix, RuleInfo, RuleRoles
from ..text.pagedamage import damaged_throughout
from ..text.suggest import match_case
from ..text.probes import MIN_NEIGHBOUR, lookalike_restorations
from .realword import OCR_GAIN, OCR_MAX_ZIPF

LONG_S = "OCR.LongS"
LOOK_ALIKE = "OCR.PageLookAlike"
_ROLES = RuleRoles(family="spelling", word_level=True, real_word_evidence=True)
RULES = (
    RuleInfo(
        id=LONG_S,
        roles=_ROLES,
        category="ocr",
        severity="warning",
        description="On a page of old print read by OCR, a word whose f is a long s (ſ) of the "
        "original: fe for se, fu for su, fame for same.",
        why="OCR reads the long s of books printed before about 1800 as f; where the result is "
        "still a word, spell checkers stay silent and the text says something else.",
        instead="Read the f as s.",
        source="qa/checkers/ocrpage.py",
        languages=("es", "en"),
        flag=("Dixo que fe avia de hazer lo mifmo con fu cafa, fiendo efto cofa de fu padre, "
              "y que fe diefe a todos.",),
        ok=("La fe de los fieles no se pierde con el fin de la fiesta.",
            "Fue una cosa de fe, dijo el cura, y se fue a su casa."),
    ),
    RuleInfo(
        id=LOOK_ALIKE,
        roles=_ROLES,
        category="ocr",
        severity="warning",
        description="On a page OCR damaged throughout, a word one look-alike glyph away from a far "
        "commoner word (hut for but, laud for land, io for lo).",
        why="OCR that misreads one glyph often leaves a listed word; where the page around it is "
        "damaged word after word, that word is far likelier a misreading than meant.",
        instead="Read the look-alike back.",
        source="qa/checkers/ocrpage.py",
        languages=("es", "en"),
        flag=("The men wcre seut to the fronticr, hut the sbip, whicb was bom in the laud of ice, "
              "arc lost; lt was au old boat.",),
        ok=("The iron ore was shipped from the port and the con man was caught.",
            "The old hut stood on the land by the lake, but the roof had gone in the storm."),
    ),
)

# Old print. A word of the page is evidence of long-s print when an s
# reading is common (zipf) and far commoner than the word: junk that
# wordfreq lists (``cafa`` 1.7, ``fuch`` 1.2), unknown words (``mifmo``)
# and the words themselves (``fe`` 4.9 -> ``se`` 7.1, ``fus`` -> ``sus``);
# a page of news may hold one (``la fe``), never three distinct.
READING_ZIPF = 4.0
EVIDENCE_GAIN = 2.0
# Distinct evidence words a page needs, and per 100 words: one typo
# (``fiempre``) is no print. Hand-set; on the whole clean sets no document
# reaches it, every ICDAR 2019 Spanish page of old print does.
PAGE_WORDS = 3
PAGE_PER_100 = 0.25
# On such a page a word is reported when its s reading is this many zipf
# points commoner (fe 4.9 -> se 7.1, fame 4.3 -> same 5.8; not fin 5.6 ->
# sin 6.2, a word of its own).
WORD_GAIN = 1.2
LONG_S_CONFIDENCE = 0.6
MAX_FS = 3  # f's of one word tried (2**3 readings)

# A page damaged throughout: distinct lower-case words no list knows, per
# 100 words. Above the spelling checks' 3 (their unknown words pass every
# excuse first; these are counted raw, foreign words and derivations
# included; at 3 one Reuters item with ``mln`` passed). Hand-set; on the
# whole clean sets no document reaches it (docs/evaluation.md).
DAMAGED_PAGE = 4.0
# A reading this many zipf points commoner (Garble.RealWord asks OCR_GAIN).
PAGE_GAIN = 1.5
LOOK_ALIKE_CONFIDENCE = 0.55


def check(doc, ctx) -> Iterable[Finding]:
    lexicon = ctx.lexicons[doc.language or "und"]
    if not lexicon.frequencies:
        return
    yield from _long_s(doc, lexicon)
    yield from _look_alikes(doc, lexicon)


# --- old print ---------------------------------------------------------------


def _long_s(doc, lexicon: Lexicon) -> Iterator[Finding]:
    words = [tok for tok in doc.words if ("f" in tok.text or "F" in tok.text) and tok.text.isalpha()]
    if len(words) < PAGE_WORDS:
        return
    readings = lexicon.memo("ocrpage.s-reading")
    best = {}
    for tok in words:
        low = tok.text.lower()
        if low not in readings:
            readings[low] = s_reading(low, lexicon)
        best[low] = readings[low]
    evidence = len({low for low, r in best.items()
                    if r is not None and lexicon.zipf(r) >= lexicon.zipf(low) + EVIDENCE_GAIN})
    if evidence < PAGE_WORDS or 100.0 * evidence / len(doc.words) < PAGE_PER_100:
        return
    for tok in words:
        low = tok.text.lower()
        r, z = best[low], lexicon.zipf(low)
        if r is None or z == 0.0 or lexicon.zipf(r) < z + WORD_GAIN:
            continue  # an unknown word is the spelling checks' to report
        if not (tok.text.islower() or tok.text[1:].islower()):
            continue  # an acronym or a name in capitals
        if tok.text[0].isupper() and doc.text[tok.end:tok.end + 1] == ".":
            continue  # an abbreviation (``Fer.`` for Fernando)
        fix = match_case(tok.text, r)
        yield _read_back(tok, LONG_S, fix, lexicon, LONG_S_CONFIDENCE, "read the long s as s",
                         f"“{tok.text}” on a page of old print whose long s OCR read as f "
                         f"({evidence} distinct words of the page read so): “{fix}”.")


def s_reading(low: str, lexicon: Lexicon) -> str | None:
    """The commonest reading of ``low`` with some non-final f's as s, if
    it is a common word (READING_ZIPF); else None.

    >>> from qa.lexicon import Lexicon
    >>> s_reading("mifmo", Lexicon("es")), s_reading("fuffer", Lexicon("en")), s_reading("fin", Lexicon("es"))
    ('mismo', 'suffer', 'sin')
    """
    places = [i for i, c in enumerate(low[:-1]) if c == "f"][:MAX_FS]
    best, best_zipf = None, READING_ZIPF
    for n in range(1, len(places) + 1):
        for chosen in combinations(places, n):
            r = "".join("s" if i in chosen else c for i, c in enumerate(low))
            z = lexicon.zipf(r)
            if z >= best_zipf:
                best, best_zipf = r, z
    return best


# --- a page damaged throughout -----------------------------------------------


def _look_alikes(doc, lexicon: Lexicon) -> Iterator[Finding]:
    words = doc.words
    freq = lexicon.frequencies  # keyed by folded (lower-case, NFC) words
    # the cheap letter tests first, in C, so the list is asked only of
    # lower-case words (every document comes here)
    plain = filter(str.isalpha, filter(str.islower, set(doc.word_texts)))
    unknown = sum(1 for _ in filterfalse(freq.__contains__, plain))
    if not damaged_throughout(unknown, len(words), DAMAGED_PAGE):
        return
    readings = lexicon.memo("ocrpage.look-alike")
    for tok in words:
        word = tok.text
        if not (word.isalpha() and (word.islower() or word[1:].islower())):
            continue
        low = word.lower()
        if low not in readings:
            readings[low] = _look_alike_reading(low, lexicon)
        if readings[low] is None:
            continue
        fix = match_case(word, readings[low])
        yield _read_back(tok, LOOK_ALIKE, fix, lexicon, LOOK_ALIKE_CONFIDENCE, "read the look-alike back",
                         f"“{word}” on a page OCR damaged throughout ({unknown} distinct unknown "
                         f"words) reads as a misreading of “{fix}”.")


def _look_alike_reading(low: str, lexicon: Lexicon) -> str | None:
    """The commonest look-alike reading of a listed word when it gains
    PAGE_GAIN but less than Garble.RealWord's OCR_GAIN (that one is its)."""
    z = lexicon.zipf(low)
    if z <= 0 or z >= OCR_MAX_ZIPF:
        return None
    best, best_zipf = None, max(MIN_NEIGHBOUR, z + PAGE_GAIN)
    for cand in lookalike_restorations(low):
        zc = lexicon.zipf(cand)
        if zc >= best_zipf:
            best, best_zipf = cand, zc
    if best is None or best_zipf >= z + OCR_GAIN:
        return None
    return best


def _read_back(tok, rule: str, fix: str, lexicon: Lexicon, confidence: float, how: str,
               message: str) -> Finding:
    return Finding(
        rule=rule, category="ocr", severity="warning" if lexicon.profile.calibrated else "info",
        start=tok.start, end=tok.end, message=message, confidence=confidence,
        fixes=(Fix(tok.start, tok.end, fix, confidence, "unsafe", how),),
    )
