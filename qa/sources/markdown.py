"""Markdown -> the same text with everything that is not prose blanked out.

Code (fenced, indented, inline), link and image targets, autolinks and bare
URLs, HTML blocks and inline HTML, HTML comments, link reference definitions
and front matter are replaced by spaces of equal length (line breaks kept),
so checkers never read them as prose while every offset, line and column
still points into the original file. ``qa:`` suppression comments stay, so
they keep working.

The blanked text is what is checked; the file's own text travels in the
document's ``meta[SOURCE_TEXT]``, and the fixer applies an edit to it only
where both texts agree, so a fix never touches code or markup.

>>> masked = prose_text("Run `rm -rf` now, see [the docs](https://x.org/a).\\n")
>>> masked
'Run          now, see [the docs]                 .\\n'
>>> len(masked) == len("Run `rm -rf` now, see [the docs](https://x.org/a).\\n")
True
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import regex

from ..document import SOURCE_TEXT

# YAML (---) or TOML (+++) front matter, only at the very start of the file
_FRONT_MATTER = regex.compile(r"\A(---|\+\+\+)[ \t]*\r?\n.*?(?:\r?\n|\r)\1[ \t]*(?:\r?\n|\Z)", regex.DOTALL)
_LINE_BREAK = regex.compile(r"\r\n|\r|\n")  # markdown-it's notion of a line
_DIRECTIVE = regex.compile(r"<!--[ \t]*qa:.*?-->", regex.DOTALL | regex.IGNORECASE)
# URLs written out in the prose; trailing sentence punctuation is not part of them
_BARE_URL = regex.compile(r"(?:\bhttps?://|\bwww\.)[^\s<>\[\]`\"]*[^\s<>\[\]`\".,;:!?)'’”»]")
_REFERENCE_DEFINITION = regex.compile(r" {0,3}\[[^\]]+\]:")
_BLOCKS_NOT_PROSE = ("fence", "code_block", "html_block")


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def prose_text(text: str) -> str:
    """``text`` with its non-prose parts replaced by spaces (newlines kept)."""
    spans = list(non_prose_spans(text))
    if not spans:
        return text
    hidden = bytearray(len(text))
    for start, end in spans:
        hidden[start:end] = b"\x01" * (end - start)
    for m in _DIRECTIVE.finditer(text):  # suppressions must stay readable
        hidden[m.start():m.end()] = bytes(m.end() - m.start())
    return "".join(" " if flag and ch not in "\r\n" else ch for ch, flag in zip(text, hidden))


def non_prose_spans(text: str) -> Iterable[tuple[int, int]]:
    """(start, end) code-point spans of ``text`` that are not prose."""
    front = _FRONT_MATTER.match(text)
    parse_from = text
    if front:
        yield front.span()
        # parsed as blank lines, so the body's line numbers stay those of the file
        parse_from = _blank(text, front.start(), front.end())
    starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]
    starts.append(len(text))

    def line_start(n: int) -> int:
        return starts[min(n, len(starts) - 1)]

    covered = bytearray(len(starts))
    for token in _parser().parse(parse_from):
        if not token.map:
            continue
        first, last = token.map
        covered[first:last] = b"\x01" * (last - first)
        if token.type in _BLOCKS_NOT_PROSE:
            yield line_start(first), line_start(last)
        elif token.type == "inline":
            yield from _inline_spans(text, line_start(first), line_start(last), token.children or ())
    # link reference definitions produce no token of their own
    for n in range(len(starts) - 1):
        if not covered[n] and _REFERENCE_DEFINITION.match(text, starts[n], starts[n + 1]):
            yield starts[n], starts[n + 1]


def _blank(text: str, start: int, end: int) -> str:
    middle = "".join(c if c in "\r\n" else " " for c in text[start:end])
    return text[:start] + middle + text[end:]


def _inline_spans(src: str, start: int, end: int, children) -> Iterable[tuple[int, int]]:
    """Find each inline element of a paragraph in the source, left to right.

    markdown-it gives inline tokens without offsets, so a cursor walks the
    source: text advances it, and each element is searched from there.
    """
    cursor = start
    in_autolink = False
    for child in children:
        kind = child.type
        if kind == "text":
            if not in_autolink:
                found = src.find(child.content, cursor, end) if child.content else -1
                if found >= 0:
                    cursor = found + len(child.content)
        elif kind == "code_inline":
            span = _delimited(src, child.markup, child.markup, cursor, end)
            if span:
                yield span
                cursor = span[1]
        elif kind == "html_inline":
            found = src.find(child.content, cursor, end)
            if found >= 0:
                yield found, found + len(child.content)
                cursor = found + len(child.content)
        elif kind == "link_open" and child.markup == "autolink":
            span = _delimited(src, "<", ">", cursor, end)
            if span:
                yield span
                cursor = span[1]
            in_autolink = True
        elif kind == "link_close" and child.markup == "autolink":
            in_autolink = False
        elif kind == "link_open":  # the brackets stay, as punctuation around the link text
            found = src.find("[", cursor, end)
            if found >= 0:
                cursor = found + 1
        elif kind == "link_close":
            span = _link_tail(src, cursor, end)
            if span:
                if span[1] > span[0]:
                    yield span
                cursor = span[1]
        elif kind == "image":
            found = src.find("![", cursor, end)
            if found >= 0:
                tail = _link_tail(src, found, end)
                stop = tail[1] if tail else found + 2  # the whole image, alt text and all
                yield found, stop
                cursor = stop
    for m in _BARE_URL.finditer(src, start, end):
        yield m.span()


def _delimited(src: str, opener: str, closer: str, cursor: int, end: int) -> tuple[int, int] | None:
    first = src.find(opener, cursor, end)
    if first < 0:
        return None
    last = src.find(closer, first + len(opener), end)
    return (first, last + len(closer)) if last >= 0 else None


def _link_tail(src: str, cursor: int, end: int) -> tuple[int, int] | None:
    """``(target "title")`` or ``[ref]`` right after the link text's closing
    bracket (the bracket itself is kept); an empty span for ``[shortcut]``."""
    close = src.find("]", cursor, end)
    if close < 0:
        return None
    after = close + 1
    if src.startswith("(", after):
        depth, i = 0, after
        while i < end:
            ch = src[i]
            if ch == "\\":
                i += 2
                continue
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
                if depth == 0:
                    return after, i + 1
            i += 1
    elif src.startswith("[", after):
        ref_end = src.find("]", after, end)
        if ref_end >= 0:
            return after, ref_end + 1
    return after, after


def source_meta(text: str, masked: str) -> dict[str, str]:
    """The original text for the fixer, kept only when something was blanked."""
    return {} if masked == text else {SOURCE_TEXT: text}
