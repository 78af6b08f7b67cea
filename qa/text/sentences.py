"""Sentence splitter over tokens, aware of abbreviations, numbers and quotes."""
from __future__ import annotations

from bisect import bisect_left

from ..lang import ABBREVIATIONS
from .tokens import Token

_TERMINATORS = frozenset(".!?…")
_CLOSERS = frozenset("”’\"»)]'")


def split_sentences(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """Return (start, end) spans; a newline always ends a sentence.

    >>> t = "El Sr. Pérez llegó. Dijo “sí.” Luego 3.5 km"
    >>> from qa.text.tokens import tokenize
    >>> [t[s:e] for s, e in split_sentences(t, tokenize(t))]
    ['El Sr. Pérez llegó.', 'Dijo “sí.”', 'Luego 3.5 km']
    """
    n = len(tokens)
    if not n:
        return []
    # Only a terminator, a token followed by a newline, or the last token can
    # end a sentence; the others are stepped over. Tokens hold no whitespace,
    # so each newline lies between the token before it and the next one.
    starts = [t.start for t in tokens]
    before_newline = set()
    pos = text.find("\n", tokens[0].end)
    while pos != -1 and pos < tokens[-1].start:
        before_newline.add(bisect_left(starts, pos) - 1)
        pos = text.find("\n", pos + 1)
    ends = sorted({i for i, t in enumerate(tokens) if t.kind == "punct" and t.text in _TERMINATORS}
                  | before_newline | {n - 1})
    spans: list[tuple[int, int]] = []
    first = 0  # index of the token that opens the current sentence
    done = 0  # tokens before this index are already placed
    for i in ends:
        if i < done:
            continue
        tok = tokens[i]
        end_here = False
        if tok.kind == "punct" and tok.text in _TERMINATORS:
            prev = tokens[i - 1] if i else None
            is_abbrev = (
                tok.text == "."
                and prev is not None
                and prev.end == tok.start
                and prev.kind == "word"
                and (prev.text.lower() in ABBREVIATIONS or len(prev.text) == 1)
            )
            if not is_abbrev:
                # swallow closing quotes/brackets and repeated marks
                while i + 1 < n and tokens[i + 1].start == tokens[i].end and (
                    tokens[i + 1].text in _CLOSERS or tokens[i + 1].text in _TERMINATORS
                ):
                    i += 1
                nxt = tokens[i + 1] if i + 1 < n else None
                if nxt is None or nxt.start > tokens[i].end:
                    end_here = True
        if not end_here and i + 1 < n and i in before_newline:
            end_here = True
        if end_here or i + 1 == n:
            spans.append((tokens[first].start, tokens[i].end))
            first = i + 1
        done = i + 1
    return spans
