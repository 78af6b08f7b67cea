"""Structure: unbalanced quotes and brackets, text cut off mid-sentence.

Spacing and doubled punctuation are declarative (rules/Structure/); what
needs counting across a paragraph lives here.
"""
from __future__ import annotations

from typing import Iterable

from ..model import Finding, Fix, RuleInfo

RULES = (
    RuleInfo(
        id="Structure.UnbalancedQuote", category="structure", severity="warning",
        description="An opening quotation mark with no closing one in the same paragraph, "
        "or the reverse.",
        why="A lost quote mark usually means text was cut or merged; readers cannot tell "
        "where the quotation ends.",
        instead="Add the missing mark, or remove the stray one.",
        flag=("Dijo “vamos a ganar y se fue.", "He said «no way."),
        ok=("Dijo “vamos a ganar” y se fue.", "Dijo «no» y luego “sí”.",
            "«Primera parte.\n\n«Segunda parte»."),
    ),
    RuleInfo(
        id="Structure.UnbalancedBracket", category="structure", severity="warning",
        description="An opening bracket with no closing one in the same paragraph, or the "
        "reverse.",
        why="A lost bracket usually means the text was cut.",
        instead="Add the missing bracket, or remove the stray one.",
        flag=("El Fondo Monetario Internacional (FMI dijo que crecerá.",),
        ok=("El Fondo Monetario Internacional (FMI) dijo que crecerá.", "1) uno 2) dos",
            "a) first, b) second"),
    ),
    RuleInfo(
        id="Structure.Truncated", category="structure", severity="warning",
        description="The text ends mid-sentence or mid-word.",
        why="A truncated article was cut by the scraper or by a paywall; publishing it "
        "misleads readers.",
        instead="Fetch the full article again.",
        flag=("El gobierno anunció ayer que los precios de la energía subirán un diez por ciento "
              "durante el próximo año, según",),
        ok=("El gobierno anunció ayer que los precios subirán.", "Titular sin punto",
            "El gobierno anunció ayer que los precios subirán, dijo el ministro:\n\n"
            "“Es necesario”"),
    ),
)

_QUOTE_PAIRS = {"“": "”", "«": "»"}
_BRACKET_PAIRS = {"(": ")", "[": "]"}
# Closing marks that can legitimately end an article.
_FINAL = set(".!?…\"”»)]'’:;*-–—")


def check(doc, ctx) -> Iterable[Finding]:
    text = doc.text
    for start, end in doc.paragraphs:
        para = text[start:end]
        yield from _balance(para, start, _QUOTE_PAIRS, "Structure.UnbalancedQuote", "quotation mark",
                            continued_quotes=True)
        yield from _balance(para, start, _BRACKET_PAIRS, "Structure.UnbalancedBracket", "bracket")
    yield from _truncated(doc)


def _balance(para: str, offset: int, pairs: dict[str, str], rule: str, what: str,
             continued_quotes: bool = False) -> Iterable[Finding]:
    closers = {v: k for k, v in pairs.items()}
    if not any(c in para for c in pairs) and not any(c in para for c in closers):
        return
    stack: list[tuple[str, int]] = []
    for i, ch in enumerate(para):
        if ch in pairs:
            stack.append((ch, i))
        elif ch in closers:
            if stack and stack[-1][0] == closers[ch]:
                stack.pop()
            elif rule == "Structure.UnbalancedBracket" and _is_list_marker(para, i):
                continue
            else:
                yield Finding(rule=rule, category="structure", severity="warning",
                              start=offset + i, end=offset + i + 1,
                              message=f"closing {what} {ch} has no opening one", confidence=0.6)
    for ch, i in stack:
        # Spanish and English style open each quoted paragraph without closing
        # the previous one, so an opener at the start of a paragraph is fine.
        if continued_quotes and i == 0:
            continue
        yield Finding(rule=rule, category="structure", severity="warning",
                      start=offset + i, end=offset + i + 1,
                      message=f"opening {what} {ch} is never closed in this paragraph",
                      confidence=0.6)


def _is_list_marker(para: str, i: int) -> bool:
    """'1)' or 'a)' enumerations close a bracket that was never opened."""
    j = i - 1
    while j >= 0 and para[j].isalnum() and i - j <= 3:
        j -= 1
    return j + 1 < i and (j < 0 or not para[j].isalnum()) and (i - j - 1 <= 2)


def _truncated(doc) -> Iterable[Finding]:
    if not doc.paragraphs:
        return
    start, end = doc.paragraphs[-1]
    text = doc.text
    last = text[start:end]
    words = last.split()
    # A short last line is a headline, a byline or a credit, not a cut sentence.
    if len(words) < 12 or last[-1] in _FINAL:
        return
    cut = end
    while cut > start and text[cut - 1].isalnum():
        cut -= 1
    yield Finding(
        rule="Structure.Truncated", category="structure", severity="warning",
        start=cut if cut < end else end - 1, end=end,
        message="the text ends mid-sentence; it may have been cut off", confidence=0.6,
        fixes=(Fix(end, end, "…", 0.2, "display", "fetch the full text; the end is missing"),),
    )
