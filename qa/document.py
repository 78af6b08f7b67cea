"""A document: the text to check plus where it came from.

Offsets are code points into ``text``. Line and column are derived on demand
from a table of line starts, so nothing upstream ever stores them.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from itertools import compress
from operator import itemgetter
from typing import Any

import regex

from .model import FileStamp, line_starts_of, position_in
from .sources.decode import replace_surrogates
from .text.quotes import quote_spans
from .text.sentences import split_sentences
from .text.tokens import Token, tokenize


# casefold() as regex's full case-insensitive matching sees it: regex also
# matches "i" to "İ" (folded to i + U+0307) and to "ı", and knows one
# sharp-s letter newer than Python's Unicode tables.
_SEARCH_FOLD = str.maketrans({"\u0307": None, "\u0131": "i", "\U0001df95": "ss"})


def search_fold(text: str) -> str:
    """Fold so that whatever an IGNORECASE pattern matches contains its
    literal, folded the same way, as a plain substring.

    >>> "pibe" in search_fold("PİBE")
    True
    """
    folded = text.casefold()
    # str.translate looks up every character; most texts hold none of these
    if "\u0307" in folded or "\u0131" in folded or "\U0001df95" in folded:
        folded = folded.translate(_SEARCH_FOLD)
    return folded


# meta key of a document whose ``text`` has non-prose parts blanked out
# (Markdown): the file's own text, with the same offsets (qa.sources.markdown)
SOURCE_TEXT = "source_text"

_KIND = itemgetter(3)  # Token.kind, read without the namedtuple property
_TEXT = itemgetter(2)  # Token.text
_token_start = itemgetter(0)  # Token.start, likewise
_IS_WORD = "word".__eq__

_BLANK_LINE = regex.compile(r"\r?\n[ \t\r]*\n")
_NEWLINE = regex.compile(r"\r?\n")


@dataclass(eq=False)
class Document:
    text: str
    source: str = "<string>"
    id: str | None = None
    language: str | None = None  # None until detected or given
    format: str = "text"  # text | markdown | html
    meta: dict[str, Any] = field(default_factory=dict)  # a record's title and url
    # Damage found while reading the bytes (invalid UTF-8, BOM, NFD, ...):
    # (start, end, kind) in code points of ``text``.
    input_damage: list[tuple[int, int, str]] = field(default_factory=list)
    record_line: int | None = None  # 1-based line of a JSON Lines record, None for a whole file
    # The codec that turns ``text`` back into exactly the bytes read ("utf-8",
    # "utf-8-sig", "utf-16-le", "utf-16-be"); None when none does, so the
    # text must not be written back (invalid bytes, or not read from a file).
    encoding: str | None = None
    file: FileStamp | None = None  # the file it was read from, for writing fixes back
    ignored_rules: tuple[str, ...] = ()  # silenced in the whole document (a record's qa_ignore)
    # Set when ``text`` is the article extracted from an HTML page or a WARC
    # record, not the file's text: what it came from and by what, plus the
    # page's title, author, date, url and language as found (qa.sources.html).
    # Offsets are then into this text, and the document is never written back.
    extracted: dict[str, str] | None = None
    in_archive: bool = False  # a page of a WARC file (never rewritten; told apart by ``id``)
    reader_notes: tuple[str, ...] = ()  # what the reader wants the report to say (charset guessed, ...)

    @classmethod
    def from_text(cls, text: str, **kwargs: Any) -> "Document":
        """The text is kept exactly as given (CRLF, NFD and all), so offsets
        point into the real file; only a leading byte-order mark is dropped,
        and a lone surrogate (which no output can encode) becomes U+FFFD,
        reported as input damage.

        >>> Document.from_text("\\ufeffa\\r\\nb").position(3)
        (2, 1)
        >>> Document.from_text("a\\ud800b").input_damage
        [(1, 2, 'a lone surrogate (U+D800)')]
        """
        if text.startswith("\ufeff"):
            text = text[1:]
        text, damage = replace_surrogates(text)
        if damage:
            kwargs["input_damage"] = [*kwargs.get("input_damage", ()), *damage]
        return cls(text=text, **kwargs)

    @property
    def source_text(self) -> str:
        """The text as read, what reports show and fixes are written over:
        ``text`` itself, or for Markdown the file's own text with the code and
        markup that ``text`` blanks (same offsets, ``meta[SOURCE_TEXT]``)."""
        return self.meta.get(SOURCE_TEXT, self.text)

    def __getstate__(self) -> dict[str, Any]:
        """Derived caches (tokens, sentences, ...) are cheaper to rebuild in
        a worker process than to pickle and send there."""
        cls = type(self)
        return {k: v for k, v in self.__dict__.items()
                if not isinstance(getattr(cls, k, None), cached_property)}

    @cached_property
    def line_starts(self) -> list[int]:
        return line_starts_of(self.text)

    @cached_property
    def stripped_lines(self) -> list[tuple[int, int, int, str, int]]:
        """(start, end, lead, stripped, words) of each line that is not blank:
        the line is ``text[start:end]`` (newline excluded), ``stripped`` is it
        without surrounding whitespace and begins at ``lead``, ``words`` is
        how many whitespace-separated words it has.

        >>> Document.from_text("a\\n\\n  b c \\n").stripped_lines
        [(0, 1, 0, 'a', 1), (3, 9, 5, 'b c', 2)]
        """
        text, starts = self.text, self.line_starts
        out = []
        for i, start in enumerate(starts):
            end = starts[i + 1] - 1 if i + 1 < len(starts) else len(text)
            line = text[start:end]
            stripped = line.strip()
            if stripped:
                lead = start + (len(line) - len(line.lstrip()))
                out.append((start, end, lead, stripped, len(stripped.split())))
        return out

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a code-point offset; column counts code points."""
        return position_in(self.line_starts, len(self.text), offset)

    @cached_property
    def folded(self) -> str:
        """``search_fold(text)``, for literal prefilters only: offsets do not
        map back to ``text``."""
        return search_fold(self.text)

    @cached_property
    def tokens(self) -> list[Token]:
        return tokenize(self.text)

    @cached_property
    def words(self) -> list[Token]:
        toks = self.tokens
        return list(compress(toks, map(_IS_WORD, map(_KIND, toks))))

    @cached_property
    def word_texts(self) -> list[str]:
        """Each word's text, in order: most checkers start from them, so
        they are gathered once a document (read-only, as ``words``). Their
        lower case is not kept: new strings for every word of every
        document a batch holds (15 MB at the peak of 400 articles)."""
        return list(map(_TEXT, self.words))

    @cached_property
    def story_words(self) -> frozenset[str]:
        """The document's words, lower-cased, as a set: the story's own
        vocabulary, which ranks a repair it writes elsewhere first
        (``qa.echoed_first``). Built when a checker first asks."""
        return frozenset(map(str.lower, self.word_texts))

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        return split_sentences(self.text, self.tokens)

    @cached_property
    def quotes(self) -> list[tuple[int, int]]:
        return quote_spans(self.text)

    @cached_property
    def paragraphs(self) -> list[tuple[int, int]]:
        """Spans of blank-line separated blocks; single newlines stay inside.

        Scraped news often puts one paragraph per line, so a line that is
        followed by another non-empty line still counts as its own paragraph
        when the document has no blank lines at all.
        """
        text = self.text
        sep = _BLANK_LINE if _BLANK_LINE.search(text) else _NEWLINE
        spans, pos = [], 0
        for m in [*sep.finditer(text), None]:
            start, end = pos, (m.start() if m else len(text))
            pos = m.end() if m else len(text)
            # trim surrounding whitespace without losing offsets
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                spans.append((start, end))
        return spans

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    def sentence_of(self, offset: int) -> tuple[int, int]:
        """The sentence span holding ``offset`` (empty span if none does)."""
        sents = self.sentences
        i = bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and sents[i][0] <= offset < sents[i][1]:
            return sents[i]
        return (offset, offset)

    def sentence_tokens(self, start: int, end: int) -> list[Token]:
        """The tokens of the sentence holding ``start``, through ``end`` at
        least: the context a word at ``text[start:end]`` is read in."""
        s_start, s_end = self.sentence_of(start)
        toks = self.tokens
        lo = bisect_left(toks, s_start, key=_token_start)
        return toks[lo:bisect_left(toks, max(s_end, end), lo, key=_token_start)]
