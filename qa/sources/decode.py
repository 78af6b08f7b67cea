"""Bytes -> text without losing anything silently.

Invalid UTF-8 is decoded with U+FFFD in place of each bad run, and the
runs are kept as ``input_damage`` so that the report shows where they were.
"""
from __future__ import annotations

import codecs

BINARY_SAMPLE = 8192


class NotText(Exception):
    """The bytes are not text we can check (binary, empty, too large)."""


def looks_binary(data: bytes) -> bool:
    sample = data[:BINARY_SAMPLE]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return len(sample) > 0 and controls / len(sample) > 0.1


def decode(data: bytes) -> tuple[str, list[tuple[int, int, str]], str]:
    """Return (text, damage spans, encoding name).

    >>> decode("olé".encode())[0]
    'olé'
    >>> text, damage, _ = decode(b"caf\\xe9 ok")
    >>> text, damage
    ('caf\\ufffd ok', [(3, 4, 'invalid UTF-8 (1 byte)')])
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), [], "utf-16"
    encoding = "utf-8"
    if data.startswith(codecs.BOM_UTF8):
        data, encoding = data[len(codecs.BOM_UTF8):], "utf-8-sig"
    if looks_binary(data):
        raise NotText("binary file (NUL or control bytes), not checked")
    try:
        return data.decode("utf-8"), [], encoding
    except UnicodeDecodeError:
        pass
    raw = data.decode("utf-8", errors="surrogateescape")
    out: list[str] = []
    damage: list[tuple[int, int, str]] = []
    i, pos = 0, 0
    while i < len(raw):
        ch = raw[i]
        if "\udc80" <= ch <= "\udcff":
            j = i
            while j < len(raw) and "\udc80" <= raw[j] <= "\udcff":
                j += 1
            n = j - i
            damage.append((pos, pos + 1, f"invalid UTF-8 ({n} byte{'s' if n > 1 else ''})"))
            out.append("\ufffd")
            pos += 1
            i = j
        else:
            out.append(ch)
            pos += 1
            i += 1
    return "".join(out), damage, "utf-8 (with invalid bytes)"
