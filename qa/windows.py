"""Documents too large to check at once, checked a window at a time.

Every stage keeps per-token state (tokens, sentences, lower-case copies,
findings), about a hundred bytes per character of text. A window of at
most ``WINDOW`` code points is checked, its findings kept and its state
dropped before the next one, so beyond its own text and its findings a
20 MB document needs the memory of a 256 KB one, in each worker. Windows end at a paragraph break where one is near
the limit, else at a line break or a space, so that few sentences are cut.
What spans two windows (a sentence repeated in both, a name spelt two ways)
is not compared; an article is far smaller than a window.

>>> [(at, len(w.text)) for at, w in split(Document.from_text("a b\\n\\nc d"), window=6)]
[(0, 5), (5, 3)]
"""
from __future__ import annotations

from dataclasses import replace
from typing import Iterator

from .document import Document
from .model import Finding, Fix

WINDOW = 1 << 18  # code points checked at once (262,144)


def split(doc: Document, window: int | None = None) -> Iterator[tuple[int, Document]]:
    """(offset, window) pairs covering ``doc.text`` in order; the document
    itself when it fits in one window (of ``WINDOW`` code points unless
    ``window`` says otherwise). Windows are made one at a time: a caller
    that lets go of one before asking for the next holds one at a time."""
    window = window or WINDOW
    text = doc.text
    if len(text) <= window:
        yield 0, doc
        return
    start = 0
    while start < len(text):
        end = min(start + window, len(text))
        if end < len(text):
            end = _cut(text, start, end)
        yield start, _window(doc, start, end)
        start = end


def fits(doc: Document) -> bool:
    """The document is checked whole, as one window."""
    return len(doc.text) <= WINDOW


def _cut(text: str, start: int, end: int) -> int:
    """Where a window that may reach ``end`` ends: after the last paragraph
    break, line break or space in its second half, else at ``end``."""
    floor = start + (end - start) // 2
    for sep in ("\n\n", "\n", " "):
        at = text.rfind(sep, floor, end)
        if at != -1:
            return at + len(sep)
    return end


def _window(doc: Document, start: int, end: int) -> Document:
    damage = [(s - start, e - start, kind) for s, e, kind in doc.input_damage if start <= s < end]
    return Document(text=doc.text[start:end], source=doc.source, id=doc.id, language=doc.language,
                    format=doc.format, meta=doc.meta, input_damage=damage)


def shift(findings: list[Finding], offset: int) -> list[Finding]:
    """Findings of a window as offsets into the whole document."""
    if not offset:
        return findings
    return [_shifted(f, offset) for f in findings]


def _shifted(f: Finding, offset: int) -> Finding:
    data = f.data
    if "suspect" in data:
        s, e = data["suspect"]
        data = {**data, "suspect": [s + offset, e + offset]}
    return replace(f, start=f.start + offset, end=f.end + offset, data=data,
                   fixes=tuple(_fix(x, offset) for x in f.fixes))


def _fix(fix: Fix, offset: int) -> Fix:
    return replace(fix, start=fix.start + offset, end=fix.end + offset)


def belongs(findings: list[Finding], start: int, end: int) -> list[Finding]:
    """The findings that start inside [start, end), as offsets into that window."""
    return [_shifted(f, -start) if start else f for f in findings if start <= f.start < end]
