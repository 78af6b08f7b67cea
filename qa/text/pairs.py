"""Word pairs that stand side by side with only spaces between them."""
from __future__ import annotations

from itertools import compress
from operator import attrgetter
from typing import Container, Iterator

from .tokens import Token

_TEXT = attrgetter("text")


def adjacent_words(doc, first: Container[str]) -> Iterator[tuple[Token, Token, Token | None]]:
    """(word, next word, the token after it) with only spaces between the
    two words, for each word whose lower-case form is in ``first``.

    Only a few words open a pair worth a look (determiners), so the tokens
    are sifted for them in bulk and the rest are never visited one by one.
    """
    toks = doc.tokens
    text = doc.text
    n = len(toks)
    lows = map(str.lower, map(_TEXT, toks))
    for i in compress(range(n - 1), map(first.__contains__, lows)):
        a, b = toks[i], toks[i + 1]
        if a.kind != "word" or b.kind != "word":
            continue
        if not spaced(text, a, b):
            continue
        c = toks[i + 2] if i + 2 < n else None
        yield a, b, c


def spaced(text: str, a: Token, b: Token) -> bool:
    """Only spaces (no line break) between tokens ``a`` and ``b``."""
    gap = text[a.end:b.start]
    return not gap.strip() and "\n" not in gap


def one_space(text: str, a: Token, b: Token) -> bool:
    """Exactly one space between tokens ``a`` and ``b``: the words of one
    phrase as news copy writes them."""
    return text[a.end:b.start] == " "


def plain_word(word: str) -> bool:
    """Lower-case letters only: names, acronyms and numbers stay out."""
    return word.isalpha() and word.islower()
