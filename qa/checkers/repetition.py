"""Repeated tokens, phrases, sentences and paragraphs.

Scrapers and CMS merges duplicate text; damaged copy replaces a word by a
repeat of its neighbour (``una guerra “guerra”``). Public repeated-word
checks compare only whitespace-separated neighbours, so a quote mark or a
bracket between the two hides the repeat from them; here the tokens between
two words may be quotes and brackets.

Inside a direct quote a plain repeat is a warning with an unsafe fix:
speakers repeat themselves, and a quote is changed only by someone who
checked the source. Other evidence in the same clause still makes it part
of an error span (``qa.merge``).
"""
from __future__ import annotations

from itertools import compress
from operator import eq, itemgetter
from typing import Iterable

from ..model import Finding, Fix, RuleInfo, RuleRoles
from ..text.quotes import inside_quotes

RULES = (
    RuleInfo(
        id="Repetition.Token",
        roles=RuleRoles(family="repetition"),
        category="repetition",
        severity="error",
        description="A word repeated next to itself, also across quotes and brackets.",
        why="A doubled word is a typing or scraping fault; a repeat inside quotes or brackets "
        "often means the original word was overwritten by its neighbour.",
        instead="Delete the repeat, or restore the word that was lost.",
        flag=("Los ministros ministros llegaron.", "una guerra “guerra” contra Rusia",
              "He saw the (the) report."),
        ok=("Estaba muy muy cansado.", "He had had enough.", "I know that that is true.",
            "Viajó a Bora Bora.", "Ganó 6-4, 6 4."),
    ),
    RuleInfo(
        id="Repetition.Phrase",
        roles=RuleRoles(family="repetition"),
        category="repetition",
        severity="error",
        description="A phrase of two to six words repeated immediately.",
        why="Repeated phrases are left behind by editing and by scrapers that join overlapping "
        "fragments.",
        instead="Keep one copy of the phrase.",
        flag=("Es la capital de la de la región.", "The mayor said that the mayor said that it rained."),
        ok=("Poco a poco llegaron.", "Fue de la capital a la costa."),
    ),
    RuleInfo(
        id="Repetition.Sentence",
        category="repetition",
        severity="warning",
        description="The same sentence appears twice in the document.",
        why="Scrapers duplicate sentences when a page repeats a teaser or a pull quote.",
        instead="Remove the duplicate sentence.",
        flag=("El presidente visitó la ciudad ayer por la tarde. Hubo protestas. "
              "El presidente visitó la ciudad ayer por la tarde.",),
        ok=("El presidente visitó la ciudad. El ministro visitó la ciudad.",),
    ),
    RuleInfo(
        id="Repetition.Paragraph",
        category="repetition",
        severity="warning",
        description="The same paragraph appears twice in the document.",
        why="A duplicated paragraph is a classic scraping fault (teaser plus body, or a page "
        "fetched twice).",
        instead="Remove the duplicate paragraph.",
        flag=("The storm reached the coast on Monday night and cut power to thousands.\n\n"
              "Officials said repairs would take days.\n\n"
              "The storm reached the coast on Monday night and cut power to thousands.",),
        ok=("The storm reached the coast.\n\nThe storm weakened inland.",),
    ),
)

# Punctuation that may stand between a word and its repeat.
WRAPPERS = frozenset("“”«»\"'‘’()[]{}¿¡*_")


def check(doc, ctx) -> Iterable[Finding]:
    # Repeats that are grammatical or idiomatic come from the language profile.
    yield from _tokens(doc, ctx.profile(doc.language).legitimate_repeats)
    yield from _phrases(doc)
    yield from _sentences(doc)
    yield from _paragraphs(doc)


def _repeats_within(items: list[str], distance: int, start: int = 1) -> list[int]:
    """Sorted indexes i at which items[i] == items[i + k] for some k in
    [start, distance]: the only places where a repeat can begin, found at C
    speed so that the loops below visit a few dozen tokens, not all of them.

    >>> _repeats_within(["a", "b", "a", "c", "c"], 2)
    [0, 3]
    """
    found: set[int] = set()
    for k in range(start, distance + 1):
        found.update(compress(range(len(items)), map(eq, items, items[k:])))
    return sorted(found)


_TEXT = itemgetter(2)  # Token.text, read without the namedtuple property


def _tokens(doc, legit: frozenset[str]) -> Iterable[Finding]:
    toks = doc.tokens
    text = doc.text
    sentence_starts = {s for s, _ in doc.sentences}
    n = len(toks)
    # a repeat is at most three tokens on (two wrappers between)
    for i in _repeats_within(list(map(str.lower, map(_TEXT, toks))), 3):
        tok = toks[i]
        if tok.kind != "word":
            continue
        j = i + 1
        while j < n and toks[j].kind == "punct" and toks[j].text in WRAPPERS:
            j += 1
        if j >= n or toks[j].kind != "word" or j - i > 3:
            continue
        other = toks[j]
        if other.text.lower() != tok.text.lower():
            continue
        gap = text[tok.end:other.start]
        if "\n" in gap:
            continue
        low = tok.text.lower()
        wrapped = j > i + 1
        if low in legit and not wrapped:
            continue
        # "Bora Bora", "Walla Walla": a capitalised pair mid-sentence is a name
        if tok.text[:1].isupper() and other.text[:1].isupper() and tok.start not in sentence_starts:
            continue
        if wrapped and _tabular(text, tok.start, gap):
            continue
        if wrapped:
            # The quote marks around the repeat show the writer meant another word
            # there; deleting it would leave "una guerra” contra", so offer no edit.
            fix = Fix(other.start, other.end, "", 0.3, "display",
                      f"the word before “{other.text}” is repeated here; the original word "
                      "was probably lost and cannot be recovered from the text")
            yield Finding(
                rule="Repetition.Token", category="repetition", severity="error",
                start=tok.start, end=toks[j + 1].end if j + 1 < n and toks[j + 1].text in WRAPPERS
                and toks[j + 1].start == other.end else other.end,
                message=f"“{tok.text}” is repeated across punctuation; the second one may have "
                "replaced another word",
                confidence=0.75, fixes=(fix,),
            )
        else:
            quoted = inside_quotes(doc, tok.start, other.end)
            fix = Fix(tok.end, other.end, "", 0.9, "unsafe" if quoted else "safe",
                      f"remove the repeated “{other.text}”")
            yield Finding(
                rule="Repetition.Token", category="repetition",
                severity="warning" if quoted else "error", start=tok.start, end=other.end,
                message=f"“{tok.text}” is repeated" + (
                    " inside a quote; check it against the source" if quoted else ""),
                confidence=0.9, fixes=(fix,),
            )


def _tabular(text: str, pos: int, gap: str) -> bool:
    """A bracketed repeat on a line with figures is table data
    ("60-90 days unquoted (unquoted)": this period, previous period)."""
    if "(" not in gap and "[" not in gap:
        return False
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return any(c.isdigit() for c in text[start:end if end != -1 else len(text)])


def _phrases(doc, max_n: int = 6) -> Iterable[Finding]:
    words = [t for t in doc.tokens if t.kind in ("word", "number")]
    lows = list(map(str.lower, map(_TEXT, words)))
    text = doc.text
    i = 0
    for candidate in _repeats_within(lows, max_n, start=2):
        if candidate < i:
            continue  # inside a repeat already reported
        i = candidate
        hit = False
        for n in range(max_n, 1, -1):
            if i + 2 * n > len(words) or lows[i] != lows[i + n]:
                continue  # the first-word test spares most slice comparisons
            if lows[i:i + n] != lows[i + n:i + 2 * n]:
                continue
            span_text = text[words[i].start:words[i + 2 * n - 1].end]
            if "\n" in span_text or any(c in ".!?" for c in span_text):
                continue
            first_end, second_start = words[i + n - 1].end, words[i + n].start
            # keep to repeats separated by spaces/commas only
            if text[first_end:second_start].strip(" ,") != "":
                continue
            phrase = text[words[i].start:first_end]
            start, end = words[i].start, words[i + 2 * n - 1].end
            # Speakers repeat themselves ("no vamos a confiscar, no vamos a
            # confiscar"): inside a quote a repeat is a warning and its removal
            # needs a reader's eye, unless other evidence makes it a span.
            quoted = inside_quotes(doc, start, end)
            fix = Fix(first_end, end, "", 0.85, "unsafe" if quoted else "safe",
                      f"remove the repeated “{phrase}”")
            yield Finding(
                rule="Repetition.Phrase", category="repetition",
                severity="warning" if quoted else "error", start=start, end=end,
                message=f"the phrase “{phrase}” is repeated" + (
                    " inside a quote; check it against the source" if quoted else ""),
                confidence=0.85, fixes=(fix,),
            )
            i += 2 * n
            hit = True
            break
        if not hit:
            i += 1


def _normalised(s: str) -> str:
    return " ".join(s.lower().split())


def _sentences(doc) -> Iterable[Finding]:
    paragraphs = set(doc.paragraphs)
    # a sentence that is a whole paragraph is reported by _paragraphs
    spans = [span for span in doc.sentences if span not in paragraphs]
    return _duplicates(doc, spans, "Repetition.Sentence", "sentence", 0.8, 0.7)


def _paragraphs(doc) -> Iterable[Finding]:
    return _duplicates(doc, doc.paragraphs, "Repetition.Paragraph", "paragraph", 0.85, 0.8)


def _duplicates(doc, spans, rule: str, what: str, confidence: float, fix_confidence: float,
                min_words: int = 6) -> Iterable[Finding]:
    """Second and later copies of a span of at least ``min_words`` words."""
    seen: dict[str, int] = {}
    text = doc.text
    for start, end in spans:
        key = _normalised(text[start:end])
        if len(key.split()) < min_words:
            continue
        first = seen.setdefault(key, start)
        if first == start:
            continue
        line, _ = doc.position(first)
        yield Finding(
            rule=rule, category="repetition", severity="warning", start=start, end=end,
            message=f"this {what} already appears on line {line}", confidence=confidence,
            fixes=(Fix(start, _swallow_space(text, end), "", fix_confidence, "unsafe",
                       f"remove the duplicate {what}"),),
        )


def _swallow_space(text: str, end: int) -> int:
    """Extend a deletion over the whitespace that follows it."""
    while end < len(text) and text[end] in " \t\n":
        end += 1
    return end
