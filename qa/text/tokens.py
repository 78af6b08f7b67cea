"""Tokenizer: one pass of one compiled pattern, absolute offsets kept.

Whitespace is not a token; everything else is, so checkers can see the
punctuation between two words (``guerra “guerra”``).

A token's ``text`` is composed (NFC) even where the document's text is
decomposed (``economi\u0301a`` from some CMSs): every word list, table and
rule speaks NFC, and composing here, once, spares each of them a fold. Its
``start`` and ``end`` stay offsets into the document's own text, so
``end - start`` can exceed ``len(text)`` in decomposed text.
"""
from __future__ import annotations

from functools import partial
from operator import attrgetter
import unicodedata
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

# The same tokens for a text that holds no URL, e-mail or hashtag, in half
# the time: the first three alternatives above cannot match such a text, and
# a word that starts with a letter can then be matched first, without the
# backtracking that the general word pattern needs (neither a number nor
# anything else can start at a letter).
_PLAIN = regex.compile(
    r"""
    (?P<word> \p{L}[\p{L}\p{M}\p{N}]*+(?:['’][\p{L}\p{M}]+)* )
  | (?P<number> \p{N}+(?:[.,:/]\p{N}+)*(?:\p{L}{1,3}\b)? )
  | (?P<word> [\p{L}\p{M}\p{N}]*\p{L}[\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)* )
  | (?P<punct> \p{P}+? )
  | (?P<symbol> [^\s\p{L}\p{N}\p{P}] )
    """,
    regex.VERBOSE,
)
# Literals that the url, email and hashtag alternatives cannot match without.
_NEEDS_FULL = ("@", "#", "http://", "https://", "www.")


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
    >>> [t.kind for t in tokenize("#tag www.a.es b@c.com")]
    ['hashtag', 'url', 'email']
    >>> [(t.text, t.end) for t in tokenize("economi\u0301a")]
    [('economía', 9)]
    """
    pattern = _TOKEN if any(s in text for s in _NEEDS_FULL) else _PLAIN
    # Every field is read by a C-level map over the matches and each Token
    # is built without the Python-level __new__: no bytecode runs per token.
    matches = list(pattern.finditer(text))
    texts = map(_Match.group, matches)
    if not unicodedata.is_normalized("NFC", text):
        texts = map(partial(unicodedata.normalize, "NFC"), texts)
    return list(map(_new_token, zip(map(_Match.start, matches), map(_Match.end, matches),
                                    texts, map(_lastgroup, matches))))


_Match = type(_PLAIN.match("a"))
_new_token = partial(tuple.__new__, Token)
_lastgroup = attrgetter("lastgroup")


def is_capitalized(word: str) -> bool:
    return word[:1].isupper()


def has_digit(word: str) -> bool:
    return any(c.isdigit() for c in word)
