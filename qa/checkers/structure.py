"""Structure: unbalanced quotes and brackets, text cut off mid-sentence.

Spacing and doubled punctuation are declarative (rules/Structure/); what
needs counting across a paragraph lives here.
"""
from __future__ import annotations

from typing import Iterable

import regex

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
            'Dijo "vamos a ganar” y se fue.',
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
              "durante el próximo año, según",
              "El gobierno anunció ayer que los precios de la energía subirán un diez por ciento "
              "durante el próximo año, según el informe del ministe",
              "The government said on Monday that energy prices would rise by ten percent next year "
              "and that the",
              "Suben los precios\n\nEl gobierno anunció ayer que los precios de la energía subirán.\n\n"
              "La medida entrará en vigor en enero, según el ministerio.\n\n"
              "El ministro explicó que el aumento será gradual y que afectará especialmente"),
        ok=("El gobierno anunció ayer que los precios subirán.", "Titular sin punto",
            "Officials said repairs would take several days at the plant. Reuter",
            "But it's a long game, he said, and the odds were against them - Matthew Ingram",
            "Officials said repairs to the damaged plant would take several days at least",
            "El gobierno anunció ayer que los precios subirán, dijo el ministro:\n\n"
            "“Es necesario”",
            "Suben los precios\n\nEl gobierno anunció ayer que los precios de la energía subirán.\n\n"
            "La medida entrará en vigor en enero, según el ministerio.\n\n"
            "Con información de EFE y Reuters"),
    ),
)

_QUOTE_PAIRS = {"“": "”", "«": "»"}
_MARKS: dict[str, regex.Pattern] = {}  # rule -> the marks it counts, compiled once
_CLOSERS: dict[str, dict[str, str]] = {}  # rule -> closing mark -> its opening one
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
    yield from _truncated(doc, ctx)


def _balance(para: str, offset: int, pairs: dict[str, str], rule: str, what: str,
             continued_quotes: bool = False) -> Iterable[Finding]:
    closers = _CLOSERS.get(rule) or _CLOSERS.setdefault(rule, {v: k for k, v in pairs.items()})
    marks = _MARKS.get(rule) or _MARKS.setdefault(rule, regex.compile(
        "[" + "".join(map(regex.escape, [*pairs, *closers])) + "]"))
    if marks.search(para) is None:  # no mark at all: most paragraphs
        return
    stack: list[tuple[str, int]] = []
    for m in marks.finditer(para):
        i, ch = m.start(), m.group()
        if ch in pairs:
            stack.append((ch, i))
        elif ch in closers:
            if stack and stack[-1][0] == closers[ch]:
                stack.pop()
            elif rule == "Structure.UnbalancedBracket" and _is_list_marker(para, i):
                continue
            elif continued_quotes and '"' in para[:i]:
                continue  # mixed styles: a straight " opened what ” closes
            else:
                yield Finding(rule=rule, category="structure", severity="warning",
                              start=offset + i, end=offset + i + 1,
                              message=f"closing {what} {ch} has no opening one", confidence=0.6)
    for ch, i in stack:
        # Spanish and English style open each quoted paragraph without closing
        # the previous one, so an opener at the start of a paragraph is fine.
        if continued_quotes and (i == 0 or '"' in para[i + 1:]):
            continue  # a straight " may close what “ opened
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


def _truncated(doc, ctx) -> Iterable[Finding]:
    """The text stops without an end mark, and it was not meant to.

    Running prose tells: when the last sentence follows others in its
    paragraph, or the document's other paragraphs end with a mark, a last
    sentence of three words or more without one was cut, whatever its last
    word (a credit or a byline, such as "Con información de EFE" or
    "- Matthew Ingram", is spared). Otherwise (a lone sentence, or
    paragraphs that never end with a mark) only the last word can tell: a
    function word, or a word cut in half.

    Sign-offs, bylines and credits ("Reuter", "Matthew Ingram") end without a
    mark too, so a short last sentence or a capitalised last word passes.
    """
    if not doc.sentences:
        return
    start, end = doc.sentences[-1]
    text = doc.text
    if text[end - 1] in _FINAL:
        return
    words = [t for t in doc.words if start <= t.start < end]
    if not words:
        return
    last = words[-1]
    if last.end != end:
        return
    low = last.text.lower()
    lexicon = ctx.lexicons[doc.language] if doc.language else None
    # wordfreq lists many web fragments ("segú"), so rare counts as cut
    cut_word = lexicon is not None and lexicon.available and lexicon.zipf(low) < 2.5
    if _cut_prose(doc, ctx, start, words):
        why = "a word cut in half" if cut_word else "no end mark after running prose"
    else:
        if len(words) < 8 or last.text[:1].isupper():
            return
        function_word = low in ctx.profile(doc.language).function_words
        if not (function_word or cut_word):
            return
        why = "a word cut in half" if cut_word else f"“{last.text}”, which cannot end a sentence"
    yield Finding(
        rule="Structure.Truncated", category="structure", severity="warning",
        start=last.start, end=end,
        message=f"the text ends mid-sentence, on {why}; it may have been cut off",
        confidence=0.75,
        fixes=(Fix(end, end, "…", 0.2, "display", "fetch the full text; the end is missing"),),
    )


# A last paragraph that is a credit, a byline or a source line, not a cut sentence.
_CREDIT = regex.compile(
    r"\W*(?:con\s+informaci[oó]n\s+de|informaci[oó]n\s+de|fuente|foto|fotos|fotograf[ií]a|"
    r"(?:por|by)(?-i:(?=\s*:?\s*\p{Lu}))|with\s+reporting\s+by|reporting\s+by|additional\s+reporting|editing\s+by|"
    r"writing\s+by|edited\s+by|compiled\s+by|source|photo|photos|image|tags?|etiquetas|temas)\b",
    regex.IGNORECASE)
_BYLINE_TAIL = regex.compile(r"\s[-–—]\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3}$")
_LIST_ITEM = regex.compile(r"\s*(?:[-*•·–—]|\d{1,2}[.)]|[a-z][.)])\s")
HABIT = 0.8  # share of the other paragraphs that must end with a mark
MIN_CUT_WORDS = 3  # a shorter unmarked tail is a sign-off or a label as often as a cut


def _cut_prose(doc, ctx, start: int, words) -> bool:
    """True when the last sentence (from ``start``, its ``words``) is running
    prose without the end mark that the text around it has."""
    if len(words) < MIN_CUT_WORDS:
        return False
    text = doc.text
    paragraphs = doc.paragraphs
    p_start, p_end = paragraphs[-1]
    if _CREDIT.match(text, p_start) or _CREDIT.match(text, start) or _BYLINE_TAIL.search(text, p_start, p_end):
        return False
    function_words = ctx.profile(doc.language).function_words
    if all(t.text[:1].isupper() or t.text.lower() in function_words for t in words):
        return False  # a title, a name, a label
    if _LIST_ITEM.match(text, p_start):
        return False  # "1. Mi ex no me permite ver a mis hijos"
    before = text[p_start:start].rstrip()
    if before:  # a list's items are lines without marks; sentences end with one
        return before[-1] in _FINAL
    if len(words) <= MIN_CUT_WORDS:
        return False  # a short heading ("Lista de ganadores")
    if len(paragraphs) >= 2 and text[paragraphs[-2][1] - 1] not in _FINAL:
        return False  # the last item of a list, or of a run of labels
    # The first paragraph is often a headline, which ends without a mark.
    body = [(s, e) for k, (s, e) in enumerate(paragraphs[:-1])
            if len(text[s:e].split()) >= 6 and (k > 0 or text[e - 1] in _FINAL)]
    return bool(body) and sum(text[e - 1] in _FINAL for _, e in body) >= HABIT * len(body)
