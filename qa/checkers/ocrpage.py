"""Look-alike words on a page OCR damaged throughout: ``hut``, ``laud``, ``arc``, ``io``.

OCR that misreads one glyph often leaves a word: ``hut`` and ``laud`` are
words, ``io`` is Italian, ``ore`` is iron ore.
On edited copy such a word is nearly always meant, so ``Garble.RealWord``
asks a look-alike reading to be a thousand times commoner. On a page where
OCR damaged word after word (``qa.text.pagedamage``: many distinct
lower-case words no list knows), the same word is far likelier a misreading,
so there a reading about thirty times commoner will do.
"""
from __future__ import annotations

from typing import Iterable

from ..model import Finding, Fix, RuleInfo, RuleRoles
from ..text.pagedamage import damaged_throughout
from ..text.suggest import match_case
from .realword import MIN_NEIGHBOUR, OCR_GAIN, OCR_MAX_ZIPF, lookalike_restorations

RULE = "OCR.PageLookAlike"
RULES = (
    RuleInfo(
        id=RULE,
        roles=RuleRoles(family="spelling", word_level=True, real_word_evidence=True),
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
            "The men were sent to the frontier and the ship was lost in the storm."),
    ),
)

# Distinct lower-case words no list knows, per 100 words, that make a page
# OCR damaged throughout. Above the spelling checks' 3 (their unknown words
# pass every excuse first; these are counted raw, foreign words and
# derivations included). Hand-set; on the whole clean sets no document
# reaches it (docs/evaluation.md).
DAMAGED_PAGE = 4.0
# A reading this many zipf points commoner (Garble.RealWord asks OCR_GAIN).
PAGE_GAIN = 1.5
CONFIDENCE = 0.55


def check(doc, ctx) -> Iterable[Finding]:
    lexicon = ctx.lexicons[doc.language or "und"]
    if not lexicon.frequencies:
        return
    words = doc.words
    unknown = {t.text for t in words if t.text.isalpha() and t.text.islower() and lexicon.zipf(t.text) == 0}
    if not damaged_throughout(len(unknown), len(words), DAMAGED_PAGE):
        return
    readings = lexicon.memo("ocrpage.reading")
    for tok in words:
        word = tok.text
        if not (word.isalpha() and (word.islower() or word[1:].islower())):
            continue
        low = word.lower()
        if low not in readings:
            readings[low] = _reading(low, lexicon)
        reading = readings[low]
        if reading is None:
            continue
        fix = match_case(word, reading)
        yield Finding(
            rule=RULE, category="ocr", severity="warning" if lexicon.profile.calibrated else "info",
            start=tok.start, end=tok.end,
            message=f"“{word}” on a page OCR damaged throughout ({len(unknown)} distinct unknown words) "
            f"reads as a misreading of “{fix}”.",
            confidence=CONFIDENCE,
            fixes=(Fix(tok.start, tok.end, fix, CONFIDENCE, "unsafe", "read the look-alike back"),),
        )


def _reading(low: str, lexicon) -> str | None:
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
