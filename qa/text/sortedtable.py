"""A cached index asked by binary search in a sorted copy, read whole only when a run keeps asking.

Reading a large index into a dict costs a run tens of milliseconds before
its first answer (the 30,000-word suggestion index: about 0.06 s); a run
that checks one article asks it a few hundred keys. The sorted copy is the
index's keys as UTF-8 in byte order (which is code-point order), joined,
with each key's end, and its values (floats as a ``d`` array; strings
joined with their ends), kept through ``qa.text.indexcache``: it is read
as a few byte strings, nothing parsed, and each look-up is a binary search
(``SortedKeys``, which ``qa.text.verdicttable`` shares). After ``probes``
look-ups the whole dict is read and answers from then on, so a long run
pays at most the searches it made.

>>> table = sorted_table({"niño": "child", "casa": "house", "año": "year"})
>>> found = ProbedMapping(lambda: {}, lambda: table, probes=10)
>>> found.get("niño"), found.get("nino"), len(found)
('child', None, 3)
"""
from __future__ import annotations

import sys
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import accumulate, compress
from typing import Callable
from zlib import crc32

from .mappedlist import Region

# Native byte order and item sizes: a cached table is read on the machine that wrote it.
LAYOUT = f"{sys.byteorder} I{array('I').itemsize} d{array('d').itemsize}"


# Every FENCE-th key is read into a list once, so that a search starts
# with one C-level bisect there and ends with a few probes between two fence
# keys: on a 100,000-key table about 5 steps of Python instead of 17.
FENCE = 32


def utf8(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


def joined(parts: Sequence[bytes]) -> tuple[bytes, array]:
    """``parts`` joined, and each one's end in the join (``I`` items)."""
    return b"".join(parts), array("I", accumulate(map(len, parts)))


def sorted_table(index: Mapping[str, float] | Mapping[str, str]) -> list:
    """``index`` as [key count, the keys' UTF-8 in byte order, each key's
    end in it, then the values: a ``d`` array's bytes when they are
    numbers, else their UTF-8 joined and each one's end]."""
    items = sorted((utf8(key), value) for key, value in index.items())
    keys, ends = joined([key for key, _ in items])
    out = [len(items), keys, ends.tobytes()]
    if all(isinstance(value, float) for _, value in items):
        return [*out, array("d", (value for _, value in items)).tobytes()]
    values, value_ends = joined([utf8(value) for _, value in items])
    return [*out, values, value_ends.tobytes()]


# Slots of a presence filter per key it holds: a key the table does not
# hold finds its slot taken with a chance of about 1 - exp(-1/8), 12 %.
PRESENCE_SLOTS = 8


def presence_filter(keys: Iterable[str]) -> bytes:
    """One byte a slot, 1 where some key of ``keys`` falls (by the CRC-32
    of its UTF-8, the same in every process, unlike ``hash``): a key whose
    slot is 0 is surely absent, so most absent keys are turned away without
    a binary search.

    >>> slots = presence_filter(["casa", "año"])
    >>> might_hold(slots, [utf8("casa"), utf8("año")])
    [b'casa', b'a\xc3\xb1o']
    """
    encoded = list(map(utf8, keys))
    slots = bytearray(max(1, PRESENCE_SLOTS * len(encoded)))
    size = len(slots)
    for slot in map(size.__rmod__, map(crc32, encoded)):
        slots[slot] = 1
    return bytes(slots)


def might_hold(slots: bytes, encoded: Iterable[bytes]) -> list[bytes]:
    """Those of the ``encoded`` keys whose slot in ``slots`` is taken, in
    their order: every key the filter's table holds, and a few others.
    C-level maps only: about 0.3 µs a key against 2 µs for a search."""
    encoded = list(encoded)
    return list(compress(encoded, map(slots.__getitem__, map(len(slots).__rmod__, map(crc32, encoded)))))


def part(blob, base: int, ends: Sequence[int], i: int) -> bytes:
    """The ``i``-th of the parts ``joined`` made, kept at ``blob[base:]``."""
    return blob[base + (ends[i - 1] if i else 0):base + ends[i]]


class SortedKeys:
    """Where a key stands among keys kept as ``joined`` makes them, in byte
    order (which is code-point order for UTF-8): ``blob[base:]`` holds them
    (a byte string, or a file mapped into memory), ``ends`` their ends."""

    def __init__(self, blob, base: int, ends: Sequence[int]):
        self._blob, self._base, self._ends = blob, base, ends
        self._count = len(ends)
        self._fence: list[bytes] | None = None

    def fence(self) -> list[bytes]:
        """Every FENCE-th key, read on first use (or before a fork, by a
        parent whose workers then share it)."""
        if self._fence is None:
            # Sliced without a Python step per key (10,700 of them for the
            # Spanish list): each fence key runs from the end of the key
            # before it to its own end.
            ends, at = self._ends, self._base.__add__
            starts = map(at, (0, *ends[FENCE - 1:self._count - 1:FENCE]))
            self._fence = list(map(self._blob.__getitem__, map(slice, starts, map(at, ends[0:self._count:FENCE]))))
        return self._fence

    def find(self, wanted: bytes) -> int | None:
        """The index of the key ``wanted``, or None."""
        fence = self._fence
        if fence is None:
            fence = self.fence()
        # the fence key at or below the one wanted, then the first key not
        # below it among the keys up to the next fence key
        block = bisect_right(fence, wanted) - 1
        if block < 0:
            return None
        lo = block * FENCE
        if fence[block] == wanted:
            return lo
        blob, base, ends = self._blob, self._base, self._ends
        lo, hi = lo + 1, min(lo + FENCE, self._count)
        while lo < hi:
            mid = (lo + hi) // 2
            if blob[base + ends[mid - 1]:base + ends[mid]] < wanted:
                lo = mid + 1
            else:
                hi = mid
        if lo < self._count and blob[base + ends[lo - 1]:base + ends[lo]] == wanted:
            return lo
        return None


class ProbedMapping(Mapping):
    """The dict ``whole()`` returns, answered from ``table()`` (a
    ``sorted_table`` of it, read when first asked) for its first ``probes``
    searches. Read-only, as the indexes it stands for. ``presence()``, when
    given, is a ``presence_filter`` of its keys: keys it turns away cost
    no search and count for none."""

    def __init__(self, whole: Callable[[], dict], table: Callable[[], list], probes: int,
                 presence: Callable[[], bytes] | None = None):
        self._read_whole = whole
        self._read_table = table
        self._read_presence = presence
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

    def values_of(self, keys: Iterable[str]) -> list:
        """The values of those of ``keys`` it holds, in no set order. Once
        it is read whole, one set intersection in C finds them: a long word
        asks the distance-two index about 600 keys at once; until then the
        presence filter, where there is one, leaves about an eighth of them
        to search."""
        whole = self._dict
        if whole is None:
            _, found, value_at, slots = self._sorted()
            if slots is None:
                return [value for value in map(self.get, keys) if value is not None]
            wanted = might_hold(slots, map(utf8, keys))
            self._probes_left -= len(wanted)
            if self._probes_left >= 0:
                return [value_at(at) for at in map(found.find, wanted) if at is not None]
            whole = self._whole()
        return list(map(whole.__getitem__, whole.keys() & keys))

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

    def open(self) -> None:
        """Read the sorted copy and the presence filter now, unless the
        dict is read (a forking parent does, so that its workers share them
        instead of each reading its own)."""
        if self._dict is None:
            self._sorted()[1].fence()

    def _whole(self) -> dict:
        if self._dict is None:
            self._dict = self._read_whole()
            self._table = None
        return self._dict

    def _sorted(self) -> tuple:
        if self._table is None:
            # Byte strings as built, or Regions of a file mapped into memory
            # (``qa.text.mappedlist``), used in place either way.
            count, keys, ends, *values = self._read_table()
            keys = Region.of(keys)
            if len(values) == 1:
                value_at = Region.of(values[0]).view("d").__getitem__
            else:
                blob = Region.of(values[0])
                value_ends = Region.of(values[1]).view("I")

                def value_at(i: int, blob=blob.blob, base=blob.start) -> str:
                    return part(blob, base, value_ends, i).decode("utf-8", "surrogatepass")
            slots = self._read_presence() if self._read_presence is not None else None
            if slots is not None:
                slots = Region.of(slots).view("B")
            self._table = (count, SortedKeys(keys.blob, keys.start, Region.of(ends).view("I")), value_at, slots)
        return self._table

    def _search(self, key: str, default):
        _, keys, value_at, _ = self._sorted()
        at = keys.find(utf8(key))
        return default if at is None else value_at(at)
