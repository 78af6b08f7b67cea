"""A cached index asked by binary search in a sorted copy, read whole only when a run keeps asking.

Reading a large index into a dict costs a run tens of milliseconds before
its first answer (the 30,000-word suggestion index: about 0.06 s); a run
that checks one article asks it a few hundred keys. The sorted copy is the
index's keys as UTF-8 in byte order (which is code-point order), joined,
with each key's end, and its values (floats as a ``d`` array; strings
joined with their ends), kept through ``qa.text.indexcache``: it is read
as a few byte strings, nothing parsed, and each look-up is a binary search
of about 5 µs. After ``probes`` look-ups the whole dict is read and
answers from then on, so a long run pays at most the searches it made.

>>> table = sorted_table({"niño": "child", "casa": "house", "año": "year"})
>>> found = ProbedMapping(lambda: {}, lambda: table, probes=10)
>>> found.get("niño"), found.get("nino"), len(found)
('child', None, 3)
"""
from __future__ import annotations

import sys
from array import array
from collections.abc import Iterator, Mapping
from itertools import accumulate
from typing import Callable

# Native byte order and item sizes: a cached table is read on the machine that wrote it.
LAYOUT = f"{sys.byteorder} I{array('I').itemsize} d{array('d').itemsize}"


def _utf8(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


def sorted_table(index: Mapping[str, float] | Mapping[str, str]) -> list:
    """``index`` as [key count, the keys' UTF-8 in byte order, each key's
    end in it, then the values: a ``d`` array's bytes when they are
    numbers, else their UTF-8 joined and each one's end]."""
    items = sorted((_utf8(key), value) for key, value in index.items())
    out = [len(items), b"".join(key for key, _ in items),
           array("I", accumulate(len(key) for key, _ in items)).tobytes()]
    if all(isinstance(value, float) for _, value in items):
        return [*out, array("d", (value for _, value in items)).tobytes()]
    values = [_utf8(value) for _, value in items]
    return [*out, b"".join(values), array("I", accumulate(map(len, values))).tobytes()]


def _array(code: str, raw: bytes) -> array:
    out = array(code)
    out.frombytes(raw)
    return out


class ProbedMapping(Mapping):
    """The dict ``whole()`` returns, answered from ``table()`` (a
    ``sorted_table`` of it, read when first asked) for its first ``probes``
    look-ups. Read-only, as the indexes it stands for."""

    def __init__(self, whole: Callable[[], dict], table: Callable[[], list], probes: int):
        self._read_whole = whole
        self._read_table = table
        self._probes_left = probes
        self._dict: dict | None = None
        self._table: tuple | None = None

    def get(self, key, default=None):
        if self._dict is None:
            self._probes_left -= 1
            if self._probes_left >= 0:
                return self._search(key, default)
            self._whole()
        return self._dict.get(key, default)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def __getitem__(self, key):
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return value

    def __len__(self) -> int:
        return len(self._dict) if self._dict is not None else self._sorted()[0]

    def __iter__(self) -> Iterator:
        return iter(self._whole())

    def read_whole(self) -> None:
        """Answer from the whole dict from now on (a forking parent reads it
        once for all its workers)."""
        self._whole()

    def _whole(self) -> dict:
        if self._dict is None:
            self._dict = self._read_whole()
            self._table = None
        return self._dict

    def _sorted(self) -> tuple:
        if self._table is None:
            count, keys, ends, *values = self._read_table()
            if len(values) == 1:
                doubles = _array("d", values[0])
                value_at = doubles.__getitem__
            else:
                blob, value_ends = values[0], _array("I", values[1])

                def value_at(i: int) -> str:
                    return blob[value_ends[i - 1] if i else 0:value_ends[i]].decode("utf-8", "surrogatepass")
            self._table = (count, keys, _array("I", ends), value_at)
        return self._table

    def _search(self, key: str, default):
        count, keys, ends, value_at = self._sorted()
        wanted = _utf8(key)
        lo, hi = 0, count
        while lo < hi:  # the first key not below the one wanted
            mid = (lo + hi) // 2
            if keys[ends[mid - 1] if mid else 0:ends[mid]] < wanted:
                lo = mid + 1
            else:
                hi = mid
        if lo < count and keys[ends[lo - 1] if lo else 0:ends[lo]] == wanted:
            return value_at(lo)
        return default
