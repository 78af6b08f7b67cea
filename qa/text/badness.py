"""ftfy's test for mojibake, ``ftfy.badness.is_bad``, without importing ftfy.

Importing ftfy costs a command 0.05-0.07 CPU seconds (its character tables,
its codecs, and wcwidth for display helpers newsqa never calls), a sixth
of what checking one article costs from start to end, while ftfy is needed
only to repair a line its badness pattern matches, which clean news never
does. So the pattern is ftfy's own, kept: its text and flags are read from
the index cache (``qa.text.indexcache``), named after ftfy's ``badness.py``
(its size and a digest of what it holds, the only file the pattern is
built from) and the Python version, and compiled with ``re`` as ftfy
compiles it, so it matches exactly where ftfy's does. Another ftfy gives
another name and is read afresh; where ftfy's files cannot be found, or
the cache cannot be read or written, ftfy's module is imported and its
pattern used as it is.

With the pattern come the characters one of which every match holds: the
pattern then runs only on short windows around them.

>>> test = badness_test()
>>> test.is_bad("El presidente dijo quÃ© pasÃ³"), test.is_bad("¿Qué pasó? «Nada»")
(True, False)
"""
from __future__ import annotations

import functools
import hashlib
import re
import re._parser as sre_parse
import sys
from importlib.util import find_spec
from pathlib import Path

from . import indexcache

# Raised when what is kept of the pattern changes.
VERSION = 1


class BadnessTest:
    """ftfy's badness pattern, and the characters one of which each of its
    matches holds with the longest match (None: every text is searched
    whole). A plain class: a dataclass costs every start-up about 1 ms to create."""

    __slots__ = ("pattern", "suspect", "width")

    def __init__(self, pattern: re.Pattern, suspect: re.Pattern | None, width: int):
        self.pattern = pattern
        self.suspect = suspect
        self.width = width

    def is_bad(self, text: str) -> bool:
        """``ftfy.badness.is_bad(text)``, run only on short windows around the
        characters that any match must hold: a line of clean Spanish has few
        of them, so the big pattern scans a tenth of the text or less."""
        if self.suspect is None:
            return self.pattern.search(text) is not None
        search, n, width = self.pattern.search, len(text), self.width
        start = end = None
        for m in self.suspect.finditer(text):
            k = m.start()
            # a match holding k lies in [k - width + 1, k + width)
            if end is None or k - width + 1 > end:
                if end is not None and search(text, start, end):
                    return True
                start = max(0, k - width + 1)
            end = min(n, k + width)
        return end is not None and search(text, start, end) is not None


@functools.cache
def badness_test() -> BadnessTest:
    """The installed ftfy's test, worked out once a process (it depends on
    nothing but the installed ftfy)."""
    source = _badness_source()
    if source is not None:
        kept = indexcache.load_or_build("ftfy-badness", source, _described, shape=list)
        if _well_formed(kept):
            return _from_description(kept)
    return _from_description(_described())


def _badness_source() -> str | None:
    """What names the kept pattern: ftfy's ``badness.py`` by size and
    content digest (a read of a 15 KB file, no import), and the Python
    version whose ``re`` parses it; None when the file cannot be found."""
    spec = find_spec("ftfy")
    folders = list(spec.submodule_search_locations or ()) if spec is not None else []
    for folder in folders:
        try:
            data = (Path(folder) / "badness.py").read_bytes()
        except OSError:
            continue
        return (f"{VERSION}\npy{sys.version_info[0]}.{sys.version_info[1]}\n"
                f"{len(data)}\n{hashlib.sha256(data).hexdigest()}")
    return None


def _described() -> list:
    """[pattern text, flags, required characters, longest match] of ftfy's
    pattern ("" and 0 when the characters cannot be worked out)."""
    from ftfy.badness import BADNESS_RE

    required = required_chars(BADNESS_RE)
    chars, width = required if required is not None else ("", 0)
    return [BADNESS_RE.pattern, int(BADNESS_RE.flags), chars, width]


def _well_formed(kept: list) -> bool:
    return (len(kept) == 4 and isinstance(kept[0], str) and isinstance(kept[1], int)
            and isinstance(kept[2], str) and isinstance(kept[3], int))


def _from_description(described: list) -> BadnessTest:
    text, flags, chars, width = described
    suspect = re.compile("[" + "".join(map(re.escape, chars)) + "]") if chars else None
    return BadnessTest(re.compile(text, flags), suspect, width)


def required_chars(pattern: re.Pattern) -> tuple[str, int] | None:
    """Characters one of which every match of ftfy's badness pattern holds,
    and the longest match; None when the pattern is not of the shape that
    makes this safe to work out (ftfy changed it), so that every line is
    tested whole.

    The pattern is one alternation; each alternative is a short sequence of
    character sets. From each alternative one set of non-ASCII characters
    that the alternative cannot do without is taken, preferring sets without
    letters (accented letters are everywhere in Spanish text, the curly
    quotes less so, the rest are rare).

    >>> from ftfy.badness import BADNESS_RE
    >>> "é" in required_chars(BADNESS_RE)[0], "Ã" in required_chars(BADNESS_RE)[0]
    (False, True)
    """
    if pattern.flags & re.IGNORECASE:
        return None
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    width = parsed.getwidth()[1]
    if width > 20 or len(parsed.data) != 1 or str(parsed.data[0][0]) != "BRANCH":
        return None
    allowed = {"IN", "LITERAL", "ANY", "MAX_REPEAT", "MIN_REPEAT", "SUBPATTERN", "BRANCH"}

    def plain(items) -> bool:  # nothing that looks beyond the characters it consumes
        for op, arg in items:
            name = str(op)
            if name == "AT" and str(arg) in ("AT_BEGINNING", "AT_BEGINNING_STRING"):
                continue  # re.search(line, pos) never matches ^ at pos > 0
            if name not in allowed:
                return False
            subs = ([arg[2]] if "REPEAT" in name else [arg[-1]] if name == "SUBPATTERN"
                    else arg[1] if name == "BRANCH" else [])
            if not all(plain(sub.data) for sub in subs):
                return False
        return True

    required: set[str] = set()
    for alternative in parsed.data[0][1][1]:
        if not plain(alternative.data):
            return None
        best = None
        for op, arg in alternative.data:  # top level: each one is a required position
            chars: set[str] | None = set()
            if str(op) == "LITERAL":
                chars = {chr(arg)}
            elif str(op) == "IN":
                for item, value in arg:
                    if str(item) == "LITERAL":
                        chars.add(chr(value))
                    elif str(item) == "RANGE":
                        chars.update(map(chr, range(value[0], value[1] + 1)))
                    else:  # a category or a negated set: anything may match
                        chars = None
                        break
            else:
                continue
            if not chars or min(chars) < "\x80":
                continue
            cost = sum(10 if c.islower() else 4 if c.isupper() else 1 for c in chars)
            if best is None or cost < best[0]:
                best = (cost, chars)
        if best is None:
            return None
        required |= best[1]
    return "".join(sorted(required)), width
