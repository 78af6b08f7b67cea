"""Bytes -> text and back, without losing anything silently.

Every input's decoding and byte-order-mark handling happens here. Invalid
UTF-8 (or UTF-16) is decoded with U+FFFD in place of each bad run, and the
runs are kept as ``input_damage`` so that the report shows where they were.
A lone surrogate (valid in JSON as ``"\\ud800"``, possible in a Python
string) can be encoded by no output, so it becomes U+FFFD the same way.
"""
from __future__ import annotations

import codecs
import re

BINARY_SAMPLE = 8192

# Decoding marks each undecodable byte with this code point: a lone
# surrogate never comes out of a successful UTF-8 or UTF-16 decode, so a
# mark cannot be confused with text. The handler is stateless; registering
# it twice (a second import) is harmless.
_MARK = "\udfff"
_MARK_ERRORS = "newsqa-mark-bytes"
codecs.register_error(_MARK_ERRORS, lambda e: (_MARK * (e.end - e.start), e.end))

_SURROGATE = re.compile("[\ud800-\udfff]+")
_BOMS = {"utf-8-sig": codecs.BOM_UTF8, "utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}


class NotText(Exception):
    """The bytes are not text we can check (binary, empty, too large)."""


def looks_binary(data: bytes) -> bool:
    sample = data[:BINARY_SAMPLE]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return len(sample) > 0 and controls / len(sample) > 0.1


def decode(data: bytes) -> tuple[str, list[tuple[int, int, str]], str | None]:
    """Return (text, damage spans, encoding). The encoding writes the text
    back to exactly ``data`` (see ``encode``); it is None when nothing can,
    because bytes were invalid.

    >>> decode("olé".encode())
    ('olé', [], 'utf-8')
    >>> decode(b"caf\\xe9 ok")
    ('caf\\ufffd ok', [(3, 4, 'invalid UTF-8 (1 byte)')], None)
    """
    encoding = next((name for name, bom in _BOMS.items() if data.startswith(bom)), "utf-8")
    body = data[len(_BOMS[encoding]):] if encoding in _BOMS else data
    if encoding == "utf-8" or encoding == "utf-8-sig":
        if looks_binary(body):
            raise NotText("binary file (NUL or control bytes), not checked")
    raw = body.decode(encoding.removesuffix("-sig"), errors=_MARK_ERRORS)
    if _MARK not in raw:
        return raw, [], encoding
    label = "UTF-16" if encoding.startswith("utf-16") else "UTF-8"
    text, damage = _collapse(raw, lambda run: f"invalid {label} ({len(run)} byte{'s' if len(run) > 1 else ''})")
    return text, damage, None


def encode(text: str, encoding: str) -> bytes:
    """The bytes ``decode`` read ``text`` from, given the encoding it reported.

    >>> encode("olé", "utf-8-sig") == codecs.BOM_UTF8 + "olé".encode()
    True
    """
    return _BOMS.get(encoding, b"") + text.encode(encoding.removesuffix("-sig"))


def replace_surrogates(text: str) -> tuple[str, list[tuple[int, int, str]]]:
    """Each run of lone surrogates becomes one U+FFFD, reported as damage.

    >>> replace_surrogates("a\\udc80\\udc81b")
    ('a\\ufffdb', [(1, 2, 'lone surrogates (U+DC80, U+DC81)')])
    """
    if text.isascii() or not _SURROGATE.search(text):
        return text, []
    return _collapse(text, _describe_surrogates, _SURROGATE)


def _describe_surrogates(run: str) -> str:
    points = ", ".join(f"U+{ord(c):04X}" for c in run[:4]) + (", …" if len(run) > 4 else "")
    return f"lone surrogates ({points})" if len(run) > 1 else f"a lone surrogate ({points})"


def _collapse(raw: str, describe, pattern: re.Pattern | None = None) -> tuple[str, list[tuple[int, int, str]]]:
    """Replace every match of ``pattern`` (runs of the decoding mark by
    default) with one U+FFFD; return the text and the damage spans in it."""
    pattern = pattern or _MARKS
    out: list[str] = []
    damage: list[tuple[int, int, str]] = []
    pos, shift = 0, 0
    for m in pattern.finditer(raw):
        out.append(raw[pos:m.start()])
        at = m.start() - shift
        damage.append((at, at + 1, describe(m.group())))
        out.append("\ufffd")
        shift += len(m.group()) - 1
        pos = m.end()
    out.append(raw[pos:])
    return "".join(out), damage


_MARKS = re.compile(_MARK + "+")
