"""Offsets between LanguageTool and newsqa, and splitting long texts.

LanguageTool is Java: its offsets count UTF-16 code units, so every
character outside the BMP (emoji, some CJK) counts twice. newsqa counts
code points.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Callable

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")
_SENTENCE_END = re.compile(r"[.!?…][\"”»’')\]]*\s+")


def utf16_to_codepoints(text: str) -> Callable[[int], int]:
    """A function turning UTF-16 offsets into ``text`` into code-point offsets.

    >>> to_cp = utf16_to_codepoints("😀 Las casa")
    >>> to_cp(3)   # LanguageTool's offset of "Las"
    2
    """
    astral = [m.start() for m in _ASTRAL.finditer(text)]
    if not astral:
        return int
    # UTF-16 position of each astral character: one extra unit per earlier one.
    starts16 = [cp + i for i, cp in enumerate(astral)]

    def to_cp(offset16: int) -> int:
        return offset16 - bisect_left(starts16, offset16)

    return to_cp


def split_text(text: str, limit: int) -> list[tuple[int, int]]:
    """Cut ``text`` into spans of at most ``limit`` code points, preferring a
    blank line, then a line break, then a sentence end, then a space, so
    LanguageTool never sees a sentence cut in half unless one is longer
    than ``limit``.

    >>> split_text("aa\\n\\nbb\\n\\ncc", 6)
    [(0, 4), (4, 10)]
    """
    spans: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while n - start > limit:
        window_end = start + limit
        cut = _last_break(text, start, window_end)
        spans.append((start, cut))
        start = cut
    if start < n or not spans:
        spans.append((start, n))
    return spans


def _last_break(text: str, start: int, end: int) -> int:
    floor = start + (end - start) // 4  # never make a tiny chunk just to hit a break
    for sep in ("\n\n", "\n"):
        i = text.rfind(sep, floor, end)
        if i != -1:
            return i + len(sep)
    last = None
    for m in _SENTENCE_END.finditer(text, floor, end):
        last = m.end()
    if last is not None:
        return last
    i = text.rfind(" ", floor, end)
    return i + 1 if i != -1 else end
