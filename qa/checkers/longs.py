"""The long s of old print read as f: ``fe`` for ``se``, ``fu`` for ``su``, ``fame`` for ``same``.

Books printed before about 1800 set a long s (ſ) wherever an s did not end
a word, and OCR reads it as the letter it looks like, f. Most words it
touches become non-words (``mifmo``, ``firft``), which the spelling checks
report; some become other words (``fe``, ``fu``, ``fame``, ``fee``), which
no spelling check can see and which a plain look-alike test lets pass,
since ``fe`` is a common word. So the page decides: where several distinct
words that no list knows (or lists as rare junk) turn into common words
once a non-final f is read as s, the page was set with a long s, and a
word whose s reading is far commoner is reported with that reading as its
fix. Clean news never meets the page test (no long s, few non-words), so
these findings only come from OCR'd old print.
"""
from __future__ import annotations

from itertools import combinations
from typing import Iterable, Iterator

from ..lexicon import Lexicon
from ..model import Finding, Fix, RuleInfo, RuleRoles
from ..text.suggest import match_case

RULE = "OCR.LongS"
RULES = (
    RuleInfo(
        id=RULE,
        roles=RuleRoles(family="spelling", word_level=True, real_word_evidence=True),
        category="ocr",
        severity="warning",
        description="On a page of old print read by OCR, a word whose f is a long s (ſ) of the "
        "original: fe for se, fu for su, fame for same.",
        why="OCR reads the long s of books printed before about 1800 as f; where the result is "
        "still a word, spell checkers stay silent and the text says something else.",
        instead="Read the f as s.",
        source="qa/checkers/longs.py",
        languages=("es", "en"),
        flag=("Dixo que fe avia de hazer lo mifmo con fu cafa, fiendo efto cofa de fu padre, "
              "y que fe diefe a todos.",),
        ok=("La fe de los fieles no se pierde con el fin de la fiesta.",
            "Fue una cosa de fe, dijo el cura, y se fue a su casa."),
    ),
)

# A word of the page is evidence of long-s print when an s reading is
# common (zipf) and far commoner than the word: junk that wordfreq lists
# (``cafa`` 1.7, ``fuch`` 1.2), unknown words (``mifmo``) and the words
# themselves (``fe`` 4.9 -> ``se`` 7.1, ``fus`` -> ``sus``); a page of
# news may hold one (``la fe``), never three distinct.
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
CONFIDENCE = 0.6
MAX_FS = 3  # f's of one word tried (2**3 readings)


def check(doc, ctx) -> Iterable[Finding]:
    lexicon = ctx.lexicons[doc.language or "und"]
    if not lexicon.frequencies:
        return
    words = [tok for tok in doc.words if "f" in tok.text.lower() and tok.text.isalpha()]
    if len(words) < PAGE_WORDS:
        return
    readings = lexicon.memo("longs.reading")
    best = {}
    for tok in words:
        low = tok.text.lower()
        if low not in readings:
            readings[low] = s_reading(low, lexicon)
        best[low] = readings[low]
    evidence = {low for low, r in best.items()
                if r is not None and lexicon.zipf(r) >= lexicon.zipf(low) + EVIDENCE_GAIN}
    if len(evidence) < PAGE_WORDS or 100.0 * len(evidence) / len(doc.words) < PAGE_PER_100:
        return
    yield from _findings(doc.text, words, best, lexicon, len(evidence))


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


def _findings(text: str, words, best: dict, lexicon: Lexicon, evidence: int) -> Iterator[Finding]:
    for tok in words:
        low = tok.text.lower()
        r = best[low]
        z = lexicon.zipf(low)
        if r is None or z == 0.0 or lexicon.zipf(r) < z + WORD_GAIN:
            continue  # an unknown word is the spelling checks' to report
        if not (tok.text.islower() or tok.text[1:].islower()):
            continue  # an acronym or a name in capitals
        if tok.text[0].isupper() and text[tok.end:tok.end + 1] == ".":
            continue  # an abbreviation (``Fer.`` for Fernando)
        fix = match_case(tok.text, r)
        yield Finding(
            rule=RULE, category="ocr", severity="warning" if lexicon.profile.calibrated else "info",
            start=tok.start, end=tok.end,
            message=f"“{tok.text}” on a page of old print whose long s OCR read as f "
            f"({evidence} distinct words of the page read so): “{fix}”.",
            confidence=CONFIDENCE,
            fixes=(Fix(tok.start, tok.end, fix, CONFIDENCE, "unsafe", "read the long s as s"),),
        )
