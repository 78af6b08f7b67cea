"""The same name written two ways in one article.

Wire copy merged from several sources spells a name one way in one
paragraph and another way in the next (``Kim Jong Un`` / ``Kim Jong-un``,
``Sergei Lavrov`` / ``Serguéi Lavrov``). Each spelling is fine on its own;
together they tell the reader the copy was not edited. The finding sits on
each minority spelling and offers the article's majority spelling (the
first one seen on a tie) as an unsafe fix.

Two spellings are one name when they are equal once case, accents, spaces
and hyphens are ignored, or when they have the same number of words, share
one word exactly and the others differ by a single letter (transliteration:
Sergei/Serguéi, Zelensky/Zelenskiy). Differences in case alone (headlines)
and a final a/o (Mario/María, Julio/Julia: different people) never count.
"""
from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from typing import Iterable

import regex

from ..model import Finding, Fix, RuleInfo
from ..text.damage import strip_accents
from ..lang import BUILTIN

RULE = "Consistency.Name"
RULES = (
    RuleInfo(
        id=RULE,
        category="consistency",
        severity="warning",
        description="A name written two ways in the same article.",
        why="Inconsistent spelling of a name shows unedited, merged copy and confuses readers "
        "and search.",
        instead="Use one spelling throughout, usually the house style or the majority form.",
        flag=("Kim Jong Un llegó a Moscú. Kim Jong-un se reunió con Putin. Kim Jong-un volvió.",
              "Serguéi Lavrov habló primero. Después, Sergei Lavrov respondió."),
        ok=("Kim Jong-un llegó. Luego Kim Yo Jong habló.",
            "Mario Pérez y María Pérez firmaron.",
            "RUSIA Y COREA. Rusia firmó con Corea."),
    ),
)

# Capitalised words joined by a single space, or by a hyphen to any word.
_NAME = regex.compile(r"(?<![\p{L}\p{M}\p{N}'’-])\p{Lu}[\p{L}\p{M}]*(?:(?: \p{Lu}|-\p{L})[\p{L}\p{M}]*)*")
_PARTS = regex.compile(r"[ -]")


def _fold(name: str) -> str:
    return name.lower() if name.isascii() else strip_accents(name).lower()


def _one_edit(a: str, b: str) -> bool:
    """True when a and b differ by one insertion, deletion or replacement."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:]
    return a[i:] == b[i + 1:]


def _ending_differs(a: str, b: str) -> bool:
    """Mario/Maria, Korea/Korean, Dixon/Dixons: a different ending makes a
    different person, a demonym or a plural. Only Sergei/Sergey passes."""
    if len(a) != len(b):
        return a[:len(b)] == b or b[:len(a)] == a
    return a[:-1] == b[:-1] and {a[-1], b[-1]} != {"i", "y"}


def _same_name(a: str, b: str, lex) -> bool:
    """Transliteration variants: one word shared, the others one letter apart
    and rare (two common words one letter apart, Estadio/Estado, are two words)."""
    return _same_parts(_PARTS.split(_fold(a)), _PARTS.split(_fold(b)), lex)


def _same_parts(pa: list[str], pb: list[str], lex) -> bool:
    """``_same_name`` on names already folded and split into words."""
    if len(pa) != len(pb) or len(pa) < 2:
        return False
    shared = differ = 0
    for x, y in zip(pa, pb):
        if x == y:
            shared += len(x) >= 3
        elif (min(len(x), len(y)) >= 5 and _one_edit(x, y) and not _ending_differs(x, y)
              and (lex is None or min(lex.zipf(x), lex.zipf(y)) < 3.0)):
            differ += 1
        else:
            return False
    return shared >= 1 and differ >= 1


def _times(n: int) -> str:
    return "once" if n == 1 else "twice" if n == 2 else f"{n} times"


# A capitalised function word opens a sentence, not a name ("Según Kim"),
# whatever the document's language: copy mixes them.
_FUNCTION_WORDS = frozenset().union(*(p.closed_class for p in BUILTIN.values()))


def _common(word: str, lex) -> bool:
    low = word.lower()
    return low in _FUNCTION_WORDS or lex.zipf(low) >= 5.0


def names(doc, lex=None) -> list[tuple[int, int, str]]:
    """(start, end, text) of each capitalised name chain, sentence-initial words dropped
    when they are common words ("Según Kim" -> "Kim")."""
    starts = {s for s, _ in doc.sentences}
    out = []
    for m in _NAME.finditer(doc.text):
        start, text = m.start(), m.group()
        if start in starts:
            first = _PARTS.split(text, maxsplit=1)
            if lex is not None and _common(first[0], lex):
                if len(first) == 1:
                    continue
                start += len(first[0]) + 1
                text = first[1]
            elif len(first) == 1:
                continue  # one capitalised word opening a sentence proves nothing
        if " " not in text and "-" not in text and lex is not None and _common(text, lex):
            continue  # "El Universal" / "Él": capitalised function words are not names
        # Compared composed: a decomposed "Serguéi" is the same name (qa.text.tokens).
        out.append((start, start + len(text), unicodedata.normalize("NFC", text)))
    return out


def check(doc, ctx) -> Iterable[Finding]:
    lex = ctx.lexicons[doc.language] if doc.language else None
    found = names(doc, lex)
    if len(found) < 2:
        return
    # key -> spellings seen (case kept), with their spans in order
    groups: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    words: dict[str, list[str]] = {}  # key -> first spelling, folded and split into words
    for start, end, text in found:
        folded = _fold(text)
        key = folded.replace(" ", "").replace("-", "")
        if key not in groups:
            words[key] = _PARTS.split(folded)
        groups[key].append((start, end, text))
    keys = list(groups)
    # Transliteration variants: merge groups whose names are one letter apart.
    parent = {k: k for k in keys}
    # Only names with as many words can match: each length is paired on its own.
    multi: dict[int, list[str]] = defaultdict(list)
    for k in keys:
        if " " in groups[k][0][2]:
            multi[len(words[k])].append(k)
    for same in multi.values():
        for i, a in enumerate(same):
            wa = words[a]
            for b in same[i + 1:]:
                if parent[b] == b and _same_parts(wa, words[b], lex):
                    parent[b] = parent[a]
    merged: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for k in keys:
        merged[parent[k]].extend(groups[k])
    for spans in merged.values():
        spans.sort()
        # Case-only differences (headlines in capitals) are not inconsistencies.
        if len(spans) < 2 or len({text.lower() for _, _, text in spans}) < 2:
            continue
        spellings = Counter(text.lower() for _, _, text in spans)
        first_seen = {}
        for _, _, text in spans:
            first_seen.setdefault(text.lower(), text)
        order = list(first_seen)
        majority = max(order, key=lambda s: (spellings[s], -order.index(s)))
        best = first_seen[majority]
        # A tie is a weaker call: the first spelling is only a guess at house style.
        confidence = 0.75 if spellings[majority] > max(
            n for s, n in spellings.items() if s != majority) else 0.55
        others = ", ".join(f"“{first_seen[s]}”" for s in order if s != majority)
        for start, end, text in spans:
            if text.lower() == majority:
                continue
            yield Finding(
                rule=RULE, category="consistency", severity="warning", start=start, end=end,
                message=f"“{text}” is written “{best}” {_times(spellings[majority])} in this article "
                f"(spellings: “{best}”, {others})",
                confidence=confidence,
                fixes=(Fix(start, end, best, confidence, "unsafe", f"write “{best}”"),),
                data={"spellings": dict(spellings), "majority": best},
            )
