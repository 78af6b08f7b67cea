"""A kept list of numbers and byte strings, mapped into memory instead of read.

``qa.text.indexcache`` reads a kept index whole: the file read, its CRC-32
checked, its marshal data unpacked, each a pass over every byte. The sorted
copies of the word lists and of the distance-two index
(``qa.text.sortedtable``) are a few byte strings several MB long, of which
a one-article run searches a few hundred keys: reading the Spanish list's
copy (6.9 MB) cost that run about 0.02 s before its first answer. Kept here
instead, the file is mapped and each byte string comes back as a
``Region`` of the mapping, so a search reads only the pages it touches.

The file: ``MAGIC``, the item count, one (kind, value, size) triple an
item (a number is its value; a byte string its place in the file), then
the byte strings, each at an 8-byte boundary. It is written whole and
renamed into place, so a reader sees all of it or none; like the verdict
tables (``qa.text.verdicttable``) it carries no checksum, and a file whose
size is not the one its header gives is not trusted (it is built again).

>>> import tempfile; from pathlib import Path
>>> folder = Path(tempfile.mkdtemp())
>>> kept = load_or_build("demo", "v1", lambda: [2, b"ab", b"\\x01\\x00\\x00\\x00"], folder)
>>> kept[0], kept[1].bytes(), list(kept[2].view("I"))
(2, b'ab', [1])
>>> load_or_build("demo", "v1", lambda: [], folder)[1].bytes()  # read back, not built
b'ab'
"""
from __future__ import annotations

import mmap
import struct
from pathlib import Path
from typing import Callable, NamedTuple

from .indexcache import index_folder, kept_path, replace_cached

# Raised when the layout changes: files of another version are not read.
MAGIC = b"qa-mapped-list-1\n"
_COUNT = struct.Struct("<Q")
_ITEM = struct.Struct("<BqQ")  # kind, number or offset, size
_NUMBER, _BYTES = 0, 1
_ALIGN = 8
SUFFIX = ".mapped"


class Region(NamedTuple):
    """``size`` bytes of ``blob`` (a mapped file or a byte string) from ``start``."""

    blob: bytes | mmap.mmap
    start: int
    size: int

    @classmethod
    def of(cls, item: bytes | Region) -> Region:
        """``item`` as a Region (a byte string is the whole of itself)."""
        return item if isinstance(item, Region) else cls(item, 0, len(item))

    def view(self, code: str) -> memoryview:
        """The region as an array of ``code`` items (``I``, ``d``, ``B``), not copied."""
        return memoryview(self.blob)[self.start:self.start + self.size].cast(code)

    def bytes(self) -> bytes:
        return bytes(self.blob[self.start:self.start + self.size])


def pack(items: list[int | bytes]) -> bytes:
    """``items`` (numbers and byte strings) as a file ``read`` maps back."""
    at = len(MAGIC) + _COUNT.size + _ITEM.size * len(items)
    heads, blobs = [], []
    for item in items:
        if isinstance(item, int):
            heads.append(_ITEM.pack(_NUMBER, item, 0))
            continue
        at += -at % _ALIGN
        heads.append(_ITEM.pack(_BYTES, at, len(item)))
        blobs.append((at, bytes(item)))
        at += len(item)
    out = bytearray(MAGIC + _COUNT.pack(len(items)) + b"".join(heads))
    for start, blob in blobs:
        out += bytes(start - len(out))
        out += blob
    return bytes(out)


def read(path: Path) -> list[int | Region] | None:
    """The items of the file at ``path``, mapped; None when it is absent,
    unreadable or not whole."""
    try:
        with open(path, "rb") as f:
            mapped = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # absent, unreadable, or empty
        return None
    items = _items(mapped)
    if items is None:
        mapped.close()
    return items


def _items(mapped: mmap.mmap) -> list[int | Region] | None:
    head = len(MAGIC) + _COUNT.size
    if len(mapped) < head or mapped[:len(MAGIC)] != MAGIC:
        return None
    (count,) = _COUNT.unpack_from(mapped, len(MAGIC))
    end = head + _ITEM.size * count
    if end > len(mapped):
        return None
    items: list[int | Region] = []
    for kind, value, size in _ITEM.iter_unpack(mapped[head:end]):
        if kind == _NUMBER:
            items.append(value)
        elif kind == _BYTES and end <= value and value + size <= len(mapped):
            items.append(Region(mapped, value, size))
            end = value + size
        else:
            return None
    return items if end == len(mapped) else None


def load_or_build(name: str, source: str, build: Callable[[], list[int | bytes]],
                  folder: Path | None = None) -> list[int | Region]:
    """The list ``name`` built from ``source`` (as ``indexcache.load_or_build``
    names its indexes), mapped from the cache when a whole copy is there,
    else built by ``build()`` and written for the next run; byte strings
    come back as Regions either way."""
    folder = index_folder() if folder is None else folder
    path = kept_path(folder, name, source, SUFFIX)
    items = read(path)
    if items is not None:
        return items
    built = build()
    try:
        replace_cached(path, pack(built))
    except OSError:
        pass  # a read-only or full disk: the list still serves this run
    return [item if isinstance(item, int) else Region.of(item) for item in built]
