"""Encoding damage: mojibake, replacement characters, invisible characters,
HTML left in text, and bytes that were not valid UTF-8.

Mojibake detection and repair are ftfy's: it knows the codecs and keeps
false positives low on its own labelled corpus; this module only turns its
whole-line repairs into minimal spans with fixes.
"""
from __future__ import annotations

import functools
import html
import html.entities
from difflib import SequenceMatcher
from typing import Iterable, Iterator

import regex

from ..model import Finding, Fix, RuleInfo, RuleRoles
from ..text.badness import badness_test

# Mojibake and lost bytes are no evidence for a corrupted span (no family): a
# wrong decode hits every non-ASCII letter of the text alike, so it says
# nothing about whether a valid word beside it is the wrong word, and each is
# explained, and fixed, by its own finding.
DECODING_DAMAGE = RuleRoles(explains_inside=True)

RULES = (
    RuleInfo(
        id="Encoding.Mojibake", category="encoding", severity="error",
        roles=DECODING_DAMAGE,
        description="Text decoded with the wrong character set (mojibake), repaired with ftfy.",
        why="“Ã©” for “é” makes a word unreadable and unsearchable; readers notice at once.",
        instead="Use the repaired text that the fix offers.",
        flag=("El presidente dijo quÃ© pasÃ³ en la reuniÃ³n.", "He said â€œnoâ€ to the plan.",
              "Dijo “no” y “nuncaâ€."),
        ok=("El presidente dijo qué pasó en la reunión.", "Ça va, Ñandú, Ørsted, Æsir."),
    ),
    RuleInfo(
        id="Encoding.Replacement", category="encoding", severity="error",
        roles=DECODING_DAMAGE,
        description="The replacement character U+FFFD, left where a byte could not be decoded.",
        why="The original character is lost; the word needs to be restored by hand.",
        instead="Restore the character from the source.",
        flag=("La reuni\ufffdn fue ayer.",), ok=("La reunión fue ayer.",),
    ),
    RuleInfo(
        id="Encoding.Invisible", category="encoding", severity="warning",
        description="Control, zero-width or soft-hyphen characters inside the text.",
        why="Invisible characters break search, word counts and spell checks, and can hide "
        "content.",
        instead="Remove the character.",
        flag=("Gobier\u200bno", "Dijo\x07 que sí", "extra\u00adordinario"),
        ok=("Gobierno", "Familia 👨\u200d👩\u200d👧 feliz"),
    ),
    RuleInfo(
        id="Encoding.Entity", category="encoding", severity="warning",
        description="An HTML entity (&amp;, &#39;, &nbsp;) left undecoded in the text.",
        why="Readers see “&amp;” instead of “&”.",
        instead="Decode the entity.",
        flag=("Johnson &amp; Johnson", "It&#39;s late", "&lt;ABC&gt; said"),
        ok=("AT&T and Johnson & Johnson", "R&D spending"),
    ),
    RuleInfo(
        id="Encoding.Tag", category="encoding", severity="warning",
        description="An HTML tag left in plain text.",
        why="Markup in article text is a scraping leftover that readers see verbatim.",
        instead="Remove the tag.",
        flag=("El texto<br/> sigue", "<p>Hola</p>", "anunció <strong>nuevas</strong> medidas"),
        ok=("x < y and y > z", "a <- b"),
    ),
    RuleInfo(
        id="Encoding.InvalidBytes", category="encoding", severity="error",
        roles=DECODING_DAMAGE,
        description="Bytes in the file that are not valid UTF-8 (shown as U+FFFD).",
        why="The file is damaged or in another encoding; characters are lost.",
        instead="Re-export the file as UTF-8 from its source.",
        flag=(), ok=("Texto válido.",),
    ),
)

_INVISIBLE = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u2060\ufeff\u00ad\u200e\u200f]|(?<=\p{L})[\u200c\u200d](?=\p{L})")
_ENTITY = regex.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_TAG = regex.compile(
    r"</?(?:p|br|div|span|a|b|i|em|strong|img|ul|ol|li|h[1-6]|table|tr|td|th|script|style|"
    r"iframe|figure|figcaption|blockquote|section|article|header|footer|nav|meta|link|"
    r"noscript|u|sup|sub|small|hr|font|center)\b[^<>]{0,300}?/?>", regex.IGNORECASE,
)
# An inline element whose opening and closing tags wrap at most a few
# words of one line, no other tag between (``<strong>nuevas</strong>``,
# ``<a href="...">la nota</a>``).
_INLINE_ELEMENT = regex.compile(
    r"<(?P<name>b|i|u|em|strong|a|span|small|sup|sub|font)\b[^<>]{0,300}?>"
    r"(?P<inner>[^<>\n]{1,200}?)</(?P=name)\s*>", regex.IGNORECASE,
)
_INVISIBLE_NAMES = {"\u200b": "zero-width space", "\u00ad": "soft hyphen", "\ufeff": "byte-order mark",
                    "\u2060": "word joiner", "\u200c": "zero-width non-joiner",
                    "\u200d": "zero-width joiner", "\u200e": "left-to-right mark",
                    "\u200f": "right-to-left mark"}


def check(doc, ctx) -> Iterable[Finding]:
    yield from _input_damage(doc)
    yield from _mojibake(doc, ctx)
    yield from _replacement(doc)
    yield from _invisible(doc)
    yield from _entities(doc)
    if doc.format not in ("html", "markdown"):
        yield from _tags(doc)


def _input_damage(doc) -> Iterable[Finding]:
    for start, end, kind in doc.input_damage:
        yield Finding(
            rule="Encoding.InvalidBytes", category="encoding", severity="error",
            start=start, end=end, message=f"the file has {kind} here; the bytes were replaced "
            "by U+FFFD", confidence=1.0,
        )


def _mojibake(doc, ctx) -> Iterable[Finding]:
    text = doc.text
    if text.isascii():
        return
    lexicon = ctx.lexicons[doc.language] if doc.language else None
    badness = badness_test()
    for line_start, line_end in _pieces(text, _lines(doc)):
        line = text[line_start:line_end]
        if line.isascii():
            continue
        # the lost quote first: ftfy reads "â€ " as a dagger whose A0 byte
        # became a space, which inside a quotation it is not
        fixed = _restore_closing_quotes(line) if "â€" in line else line
        fixed = _repaired(fixed) if badness.is_bad(fixed) else fixed
        if lexicon is not None and "Ã" in fixed:
            fixed = _restore_lost_bytes(fixed, lexicon)
        if fixed == line:
            continue
        for a0, a1, b0, b1 in _changed_regions(line, fixed):
            bad, good = line[a0:a1], fixed[b0:b1]
            yield Finding(
                rule="Encoding.Mojibake", category="encoding", severity="error",
                start=line_start + a0, end=line_start + a1,
                message=f"mojibake: “{bad}” should read “{good}”", confidence=0.95,
                fixes=(Fix(line_start + a0, line_start + a1, good, 0.95, "safe",
                           "repair the encoding (ftfy)"),),
            )


@functools.cache
def _ftfy_config():
    # ftfy itself is imported for a line its badness pattern matches, not
    # before: clean news never pays for the import (qa.text.badness).
    import ftfy

    return ftfy.TextFixerConfig(
        unescape_html=False, uncurl_quotes=False, fix_latin_ligatures=False, fix_line_breaks=False,
        fix_character_width=False, normalization=None, explain=False,
    )


def _repaired(line: str) -> str:
    """ftfy's repair of a line its badness pattern matches."""
    import ftfy

    return ftfy.fix_and_explain(line, _ftfy_config()).text


# UTF-8 "í" is C3 AD; decoded as Windows-1252 it is "Ã" plus a soft hyphen,
# which scrapers drop. Likewise the bytes 81, 8D, 8F, 90, 9D are undefined in
# Windows-1252 and vanish, leaving a lone "Ã" where Á, Í, Ï, Ð or Ý stood. ftfy
# cannot know which letter was lost; the word list can.
# What Windows-1252 makes of the bytes 80-BF that follow a lead byte.
_CP1252_TAIL = (r"\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
                r"\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122")
_LONE_A_TILDE = regex.compile(rf"\p{{L}}*Ã(?![{_CP1252_TAIL}])\p{{L}}*")
_LOST_BYTE_CANDIDATES = ("í", "Í", "Á", "Ý", "Ð", "Ï")


def _restore_lost_bytes(line: str, lexicon) -> str:
    def repair(m: regex.Match) -> str:
        word = m.group()
        if len(word) < 2:
            return word
        for letter in _LOST_BYTE_CANDIDATES:
            candidate = word.replace("Ã", letter)
            if lexicon.known(candidate):
                return candidate
        return word

    return _LONE_A_TILDE.sub(repair, line)


# The closing quote ” is E2 80 9D: decoded as Windows-1252 the 9D vanishes and
# "â€" is left where ftfy sees no complete sequence (`â€œmovingâ€.`). Four
# other characters lose their last byte the same way (U+2001, U+200D, U+200F,
# U+2010), so the quote is restored only where the line opened a quotation
# (“, or its own mojibake â€œ) that is still open, and only at a word's end.
# A "?" or U+FFFD right after it is the lost byte's stand-in, which ftfy reads.
_LOST_CLOSING_QUOTE = regex.compile(rf"(?<=[\p{{L}}\p{{N}}.,;:!?…])â€(?![{_CP1252_TAIL}\p{{L}}\p{{N}}?\ufffd])")


def _restore_closing_quotes(line: str) -> str:
    closes = [m.start() for m in _LOST_CLOSING_QUOTE.finditer(line)]
    if not closes:
        return line
    out, last, is_open, k = [], 0, False, 0
    for i, ch in enumerate(line):
        if k < len(closes) and i == closes[k]:
            if is_open:
                out.append(line[last:i] + "”")
                last = i + 2
            is_open, k = False, k + 1
        elif ch == "“" or line.startswith("â€œ", i):
            is_open = True
        elif ch == "”":
            is_open = False
    out.append(line[last:])
    return "".join(out)


# Longest stretch of a line repaired and compared at once. The comparison
# (difflib) is quadratic or worse in its input, and a scraped line can be a
# whole article: a long line is cut, at a space after an ASCII character (a
# space after "Ã" may be half of a mangled "à"), into pieces of about this size.
PIECE = 400


def _pieces(text: str, lines: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """(start, end) of each line, long ones cut into pieces of at most ``PIECE``
    characters, or a little more where no clean cut point comes sooner.

    >>> list(_pieces("ab cd ef", [(0, 8)])) if PIECE > 8 else None
    [(0, 8)]
    """
    for start, end in lines:
        while end - start > PIECE:
            cut = start + PIECE
            while cut > start + PIECE // 2 and not (text[cut] == " " and text[cut - 1].isascii()):
                cut -= 1
            if cut == start + PIECE // 2:
                cut = start + PIECE
            yield start, cut
            start = cut
        yield start, end


def _changed_regions(a: str, b: str, join_gap: int = 2) -> list[tuple[int, int, int, int]]:
    """Minimal differing regions, joined when separated by a few equal characters."""
    regions: list[list[int]] = []
    for op, a0, a1, b0, b1 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        if regions and a0 - regions[-1][1] <= join_gap:
            regions[-1][1], regions[-1][3] = a1, b1
        else:
            regions.append([a0, a1, b0, b1])
    # grow each region to whole words so a fix reads naturally
    out = []
    for a0, a1, b0, b1 in regions:
        while a0 > 0 and b0 > 0 and a[a0 - 1].isalnum() and a[a0 - 1] == b[b0 - 1]:
            a0, b0 = a0 - 1, b0 - 1
        while a1 < len(a) and b1 < len(b) and a[a1].isalnum() and a[a1] == b[b1]:
            a1, b1 = a1 + 1, b1 + 1
        out.append((a0, a1, b0, b1))
    return out


def _lines(doc):
    """(start, end) of each line without its line break (CRLF included)."""
    starts = doc.line_starts
    text = doc.text
    n = len(text)
    for i, s in enumerate(starts):
        end = starts[i + 1] - 1 if i + 1 < len(starts) else n
        if end > s and text[end - 1] == "\r":
            end -= 1
        yield s, end


def _replacement(doc) -> Iterable[Finding]:
    damaged = {s for s, _, _ in doc.input_damage}
    text = doc.text
    i = text.find("\ufffd")
    while i != -1:
        if i not in damaged:
            yield Finding(
                rule="Encoding.Replacement", category="encoding", severity="error",
                start=i, end=i + 1, message="replacement character U+FFFD: a character was lost "
                "when the text was decoded", confidence=1.0,
            )
        i = text.find("\ufffd", i + 1)


def _invisible(doc) -> Iterable[Finding]:
    text = doc.text
    if text.isascii() and text.isprintable():
        return
    for m in _INVISIBLE.finditer(text):
        ch = m.group()
        name = _INVISIBLE_NAMES.get(ch, f"control character U+{ord(ch):04X}")
        yield Finding(
            rule="Encoding.Invisible", category="encoding", severity="warning",
            start=m.start(), end=m.end(), message=f"invisible {name} in the text",
            confidence=0.9, fixes=(Fix(m.start(), m.end(), "", 0.9, "safe", f"remove the {name}"),),
        )


def _entities(doc) -> Iterable[Finding]:
    text = doc.text
    if "&" not in text:
        return
    for m in _ENTITY.finditer(text):
        raw = m.group()
        decoded = html.unescape(raw)
        if decoded == raw or (raw[1] != "#" and raw[1:] not in html.entities.html5):
            continue
        if decoded == "\xa0":
            decoded = " "  # a non-breaking space entity becomes a plain space in copy
        yield Finding(
            rule="Encoding.Entity", category="encoding", severity="warning",
            start=m.start(), end=m.end(), message=f"HTML entity {raw} left in the text",
            confidence=0.9, fixes=(Fix(m.start(), m.end(), decoded, 0.9, "safe",
                                       f"decode {raw}"),),
        )


def _tags(doc) -> Iterable[Finding]:
    """One finding per tag; an inline element whose two tags wrap a few
    words of one line (``<strong>nuevas</strong>``) is one leftover, and
    its fix keeps the words: removing one tag of the two would leave the
    other behind."""
    text = doc.text
    if "<" not in text:
        return
    wrapped = []
    for m in _INLINE_ELEMENT.finditer(text):
        wrapped.append((m.start(), m.end()))
        inner = m.group("inner")
        yield Finding(
            rule="Encoding.Tag", category="encoding", severity="warning",
            start=m.start(), end=m.end(),
            message=f"HTML element <{m.group('name').lower()}> left around “{inner[:40]}”",
            confidence=0.85, fixes=(Fix(m.start(), m.end(), inner, 0.8, "safe", "remove the tags"),),
        )
    # both scans run left to right and the elements do not overlap, so one
    # walk along them tells a tag inside an element (linear: a page of
    # thousands of <b>x</b> once took minutes here)
    k = 0
    for m in _TAG.finditer(text):
        while k < len(wrapped) and wrapped[k][1] <= m.start():
            k += 1
        if k < len(wrapped) and wrapped[k][0] <= m.start():
            continue
        yield Finding(
            rule="Encoding.Tag", category="encoding", severity="warning",
            start=m.start(), end=m.end(), message=f"HTML tag {m.group()[:40]} left in the text",
            confidence=0.85, fixes=(Fix(m.start(), m.end(), "", 0.8, "safe", "remove the tag"),),
        )
