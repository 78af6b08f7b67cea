"""A capital letter inside an otherwise lower-case word (``elecTion``, ``gobiErno``).

A stray shift key, an OCR slip or a scraper's case mangling leaves one
upper-case letter inside a common word. Names and brands do that on
purpose, so a word is spared when its shape says so:

- an initial of the kind brands use, ``i`` / ``e`` / ``j`` / ``x`` before an
  English word (``iPhone``, ``eBay``, ``jQuery``, ``xBox``);
- a name prefix before the capital (``McDonald``, ``MacArthur``, ``DiCaprio``,
  ``DeSantis``, ``LeBron``, ``VanDyke``, ``FitzGerald``);
- camel case built from words (``YouTube``, ``PayPal``, ``LinkedIn``,
  ``WhatsApp``): every part is a common word in the text's language or in
  English;
- a chemical formula or a unit (``NaCl``, ``kWh``, ``mAh``, ``pH``, ``mRNA``):
  every part is at most two letters; an upper-case tail (``macOS``,
  ``SpaceX``) or head (``ONGs``, ``PCs``) is an acronym;
- the same spelling twice in the document (a name is written the same way
  every time; a slip is not repeated);
- a lower-case form that is not a common word (a name we do not know).

A word that starts with a capital (``GobiErno``) is more often a brand we
do not know than damage, so it is only an ``info`` signal.
"""
from __future__ import annotations

from collections import Counter
from itertools import compress
from operator import not_
from typing import Iterable

import regex

from ..model import Finding, Fix, RuleInfo

RULE = "Case.InnerCapital"
RULES = (
    RuleInfo(
        id=RULE,
        category="spelling",
        severity="warning",
        description="A capital letter inside an otherwise lower-case word.",
        why="A stray capital is damage (a slip of the shift key, OCR, a scraper that mangled "
        "case); spell checkers that fold case never see it.",
        instead="Write the word in lower case.",
        languages=("es", "en"),
        flag=("El resultado de las elecCiones se conoce hoy.",
              "Los resultados de la votaCión llegaron tarde el domingo.",
              "El gobiErno anunció nuevas medidas."),
        ok=("Compró un iPhone y lo vendió en eBay.",
            "Vio a DiCaprio en YouTube y luego en McDonald's.",
            "The LinkedIn and PayPal founders met at McDonald's.",
            "La sal común es NaCl y la batería tiene 5.000 mAh.",
            "Apple presentó macOS y el nuevo iPad.",
            "Las ONGs y los PCs del gobierno.",
            "SpaceX y AstraZeneca firmaron; AstraZeneca lo confirmó."),
    ),
)

COMMON = 3.0  # Zipf of a word a reader would know in its lower-case form
# Zipf of a camel-case part (``Tube``, ``Pal``) in English, where most brands
# take their parts from, or in the text's own language; word-list fragments
# such as Spanish "ción" (3.2) must not pass for words.
PART_EN, PART_OWN = 3.3, 4.0
BRAND_INITIALS = frozenset("iejx")
NAME_PREFIXES = frozenset({"mc", "mac", "di", "de", "da", "du", "del", "della", "la", "le", "van",
                           "von", "fitz", "st", "al", "el", "o", "ben", "abu"})
_PARTS = regex.compile(r"\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}\p{Ll}+|\p{Lu}+|\p{Ll}+")
_LETTERS = regex.compile(r"[\p{L}\p{M}]+")


def check(doc, ctx) -> Iterable[Finding]:
    if not ctx.profile(doc.language).calibrated:  # measured on Spanish and English news only
        return
    lexicon = ctx.lexicons[doc.language]
    english = ctx.lexicons["en"]
    if not lexicon.available:
        return
    words = doc.words
    texts = doc.word_texts
    suspects = []
    # Most words are lower case: they are sifted out in bulk, without a
    # Python-level step each; the rest are mostly title case or acronyms.
    for k in compress(range(len(texts)), map(not_, map(str.islower, texts))):
        tok, w = words[k], texts[k]
        if w.istitle() or w.isupper():
            continue
        core = _LETTERS.match(w)
        if core is None or core.end() < 4:
            continue
        if core.end() < len(w) and tok.end - tok.start != len(w):
            continue  # decomposed text: the core's end has no offset of its own
        suspects.append((tok, core.group()))
    if not suspects:
        return
    seen = Counter(core for _, core in suspects)
    verdicts = lexicon.memo("innercapital.verdict")
    for tok, core in suspects:
        if seen[core] > 1 or core.lower() in lexicon.accepted:
            continue
        verdict = verdicts.get(core)
        if verdict is None:
            verdict = verdicts[core] = _verdict(core, lexicon, english)
        if not verdict:
            continue
        fixed = core[0] + core[1:].lower()
        lower_start = core[0].islower()
        yield Finding(
            rule=RULE, category="spelling", severity="warning" if lower_start else "info",
            start=tok.start, end=_end(tok, core),
            message=f"“{core}” has a capital letter inside a lower-case word (“{fixed}”?)",
            confidence=0.8 if lower_start else 0.4,
            fixes=(Fix(tok.start, _end(tok, core), fixed, 0.8 if lower_start else 0.4, "unsafe",
                       "lower the stray capital"),),
        )


def _verdict(core: str, lexicon, english) -> bool:
    """True when ``core`` looks like a common word with a stray capital.

    >>> from qa.lexicon import Lexicon
    >>> es, en = Lexicon("es"), Lexicon("en")
    >>> [_verdict(w, es, en) for w in ("elecCiones", "iPhone", "YouTube", "McDonald", "NaCl", "macOS")]
    [True, False, False, False, False, False]
    """
    if core.isupper() or core[1:].islower():
        return False
    parts = _PARTS.findall(core)
    if "".join(parts) != core or len(parts) < 2:
        return False
    head, tail = parts[0], parts[1:]
    if all(len(p) <= 2 for p in parts):
        return False  # NaCl, kWh, mAh, pH, dB
    if tail[-1].isupper() and (len(tail[-1]) >= 2 or head[0].isupper()):
        return False  # macOS, SpaceX: an acronym or a model letter at the end
    if head.isupper() and len(head) >= 2:
        return False  # ONGs, PCs: an acronym's plural
    low = head.lower()
    if low in BRAND_INITIALS and english.zipf("".join(tail).lower()) >= COMMON:
        return False  # iPhone, eBay, jQuery
    if low in NAME_PREFIXES and head[0].isupper():
        return False  # McDonald, DiCaprio, DeSantis
    if all(len(p) >= 2 and (english.zipf(p.lower()) >= PART_EN or lexicon.zipf(p.lower()) >= PART_OWN)
           for p in parts):
        return False  # YouTube, PayPal, LinkedIn: camel case made of words
    return lexicon.zipf(core.lower()) >= COMMON


def _end(tok, core: str) -> int:
    """Where ``core``, a prefix of the token's (composed) text, ends in the document."""
    return tok.end if core == tok.text else tok.start + len(core)
