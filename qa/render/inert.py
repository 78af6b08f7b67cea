"""Scraped text and metadata made inert before they reach a terminal or a log.

Scraped text is hostile by nature: an article, a JSON Lines id or a file
name can carry terminal control sequences (an OSC 8 hyperlink to another
site, clear screen, a window title, concealed text), bidi overrides that
reorder what the reader sees, or a newline that forges a report line
(``fake.txt:1:1: error ...``) or a GitHub workflow command (``::error``).
Every renderer and every stderr message passes scraped strings through here.

Each dangerous character becomes exactly one visible character, so offsets
into the text still hold (the terminal report stylizes spans by offset):
C0 controls show as their control pictures (ESC as ``␛``, LF as ``␊``), DEL
as ``␡``, and C1 controls and invisible bidi and line-separator characters
as ``�``. Machine formats that escape losslessly (JSON, XML) use
``json_inert`` / their own escapes instead, so no data is lost there.

>>> inert("fake.txt\\n::error::x\\x1b]8;;http://evil\\x07")
'fake.txt␊::error::x␛]8;;http://evil␇'
>>> inert_block("line one\\n\\tline two\\u202e")
'line one\\n\\tline two�'
"""
from __future__ import annotations

import json
from typing import Any

# Characters that reorder or hide text, or end a line, without being C0/C1.
_INVISIBLE = (
    [0x061C, 0x200E, 0x200F, 0x2028, 0x2029]
    + list(range(0x202A, 0x202F))  # LRE RLE PDF LRO RLO
    + list(range(0x2066, 0x206A))  # LRI RLI FSI PDI
)
_LINE = {c: 0x2400 + c for c in range(0x20)}  # control pictures
_LINE[0x7F] = 0x2421
_LINE.update({c: 0xFFFD for c in range(0x80, 0xA0)})
_LINE.update({c: 0xFFFD for c in _INVISIBLE})
_LINE.update({c: 0xFFFD for c in range(0xD800, 0xE000)})  # lone surrogates cannot be written
_BLOCK = {c: v for c, v in _LINE.items() if c not in (0x0A, 0x09)}


def inert(s: str) -> str:
    """One line: every control character, newline and tab included, made visible."""
    return s.translate(_LINE)


def inert_block(s: str) -> str:
    """Text shown as a block: newlines and tabs kept, every other control made visible."""
    return s.translate(_BLOCK)


# JSON already escapes C0 controls; these are the rest it would write raw.
# Lone surrogates (valid in a JSON Lines record) are escaped too: written raw
# they would fail to encode.
_JSON_ESCAPES = {c: f"\\u{c:04x}" for c in (*range(0x7F, 0xA0), *_INVISIBLE, *range(0xD800, 0xE000))}


def json_inert(payload: Any, **kwargs: Any) -> str:
    """``json.dumps`` whose output holds no raw control or bidi character;
    a JSON reader gets back exactly the same strings.

    >>> json_inert({"id": "a\\u202eb\\x9b"})
    '{"id": "a\\\\u202eb\\\\u009b"}'
    """
    return json.dumps(payload, ensure_ascii=False, **kwargs).translate(_JSON_ESCAPES)
