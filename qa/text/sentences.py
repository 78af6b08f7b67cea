"""Sentence splitter over tokens, aware of abbreviations, numbers and quotes."""
from __future__ import annotations

from .tokens import Token

# Abbreviations after which a period does not end a sentence (es + en).
ABBREVIATIONS = frozenset(
    """
    sr sra srta dr dra lic ing arq prof gral gob pdte dip sen ud uds vd vds etc
    núm no nº art cap pág págs vol ed eds aprox tel av avda c cía ltda sa cv
    mr mrs ms jr sr st mt inc corp co ltd gov sen rep gen col lt sgt capt vs
    jan feb mar apr jun jul aug sep sept oct nov dec ene abr ago dic
    u.s e.g i.e a.m p.m
    """.split()
)

_TERMINATORS = frozenset(".!?…")
_CLOSERS = frozenset("”’\"»)]'")


def split_sentences(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """Return (start, end) spans; a newline always ends a sentence.

    >>> t = "El Sr. Pérez llegó. Dijo “sí.” Luego 3.5 km"
    >>> from qa.text.tokens import tokenize
    >>> [t[s:e] for s, e in split_sentences(t, tokenize(t))]
    ['El Sr. Pérez llegó.', 'Dijo “sí.”', 'Luego 3.5 km']
    """
    spans: list[tuple[int, int]] = []
    start = None
    n = len(tokens)
    i = 0
    while i < n:
        tok = tokens[i]
        if start is None:
            start = tok.start
        # a newline between this token and the next ends the sentence
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
        if not end_here and i + 1 < n and "\n" in text[tokens[i].end : tokens[i + 1].start]:
            end_here = True
        if end_here or i + 1 == n:
            spans.append((start, tokens[i].end))
            start = None
        i += 1
    return spans
