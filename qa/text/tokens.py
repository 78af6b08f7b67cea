"""Tokenizer: one pass of one compiled pattern, absolute offsets kept.

Whitespace is not a token; everything else is, so checkers can see the
punctuation between two words (``guerra “guerra”``).
"""
from __future__ import annotations

from typing import NamedTuple

import regex

# Order matters: the first alternative that matches wins.
_TOKEN = regex.compile(
    r"""
    (?P<url>  (?:https?://|www\.)[^\s<>"“”«»]+[^\s<>"“”«».,;:!?)\]] )
  | (?P<email> [\w.+-]+@[\w-]+(?:\.[\w-]+)+ )
  | (?P<hashtag> (?<![\w@#])[#@][\p{L}\p{N}_]+ )
  | (?P<number> \p{N}+(?:[.,:/]\p{N}+)*(?:\p{L}{1,3}\b)? )      # 1.250,5  12:30  3er  10km
  | (?P<word> [\p{L}\p{M}\p{N}]*\p{L}[\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)* )
  | (?P<punct> \p{P}+? )        # one mark at a time: ”. is two tokens
  | (?P<symbol> [^\s\p{L}\p{N}\p{P}] )
    """,
    regex.VERBOSE,
)


class Token(NamedTuple):
    start: int
    end: int
    text: str
    kind: str  # word | number | punct | symbol | url | email | hashtag

    @property
    def lower(self) -> str:
        return self.text.lower()


def tokenize(text: str) -> list[Token]:
    """
    >>> [t.text for t in tokenize("la guerra “guerra”, 3,5%")]
    ['la', 'guerra', '“', 'guerra', '”', ',', '3,5', '%']
    """
    out: list[Token] = []
    append = out.append
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        append(Token(m.start(), m.end(), m.group(), kind))
    return out


def is_capitalized(word: str) -> bool:
    return word[:1].isupper()


def has_digit(word: str) -> bool:
    return any(c.isdigit() for c in word)
