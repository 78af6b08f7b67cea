"""Spans of direct quotations.

News quotes people verbatim, so some checks (register, style) stay quiet
inside quotes while damage checks (mojibake, repeats) do not.
"""
from __future__ import annotations

from bisect import bisect_right

import regex

# opening mark -> closing marks accepted
PAIRS = {"“": "”", "«": "»", "‘": "’", '"': '"', "„": "“”", "‹": "›"}
_OPENERS = regex.compile("|".join(map(regex.escape, PAIRS)))
# A quote that runs on this long without closing is a stray mark, not a quote.
MAX_QUOTE = 2000


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quoted passage, marks included; no nesting.

    >>> t = 'Dijo “hola” y «adiós»'
    >>> [t[s:e] for s, e in quote_spans(t)]
    ['“hola”', '«adiós»']
    """
    spans = []
    i, n = 0, len(text)
    find = _OPENERS.search
    while (m := find(text, i)) is not None:
        i = m.start()
        closers = PAIRS[m.group()]
        limit = min(n, i + MAX_QUOTE)
        j = i + 1
        while j < limit and text[j] not in closers and text[j] != "\n":
            j += 1
        if j < limit and text[j] in closers:
            spans.append((i, j + 1))
            i = j + 1
        else:
            i += 1
    return spans


def inside_quotes(doc, start: int, end: int) -> bool:
    """True when [start, end) lies inside one quoted passage of ``doc``."""
    spans = doc.quotes
    k = bisect_right(spans, (start, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= start and end <= spans[k][1]
