"""Word-list indexes built once, kept on disk, loaded by later runs.

Building the suggestion index of a language's top words takes a few tenths
of a second, every run and every worker; loading it takes a fraction of
that. An index is a ``dict[str, str]`` (strings only: a dict of lists
would cost the garbage collector a visit to every list, all run long), or
a list of plain values (numbers, strings, byte strings) read whole (a
word list's quick-loading copy, ``qa.text.freqlists``), kept as marshal
data in ``<cache>/index/<name>-<digest>.marshal``. The digest
covers everything the index is built from (the words, the alphabet, this
module's format), so a changed word list or build gets a new file and a
stale one is never read; older files of the same index are removed when a
new one is written. A file that is truncated or damaged (its checksum does
not match) is rebuilt; a cache folder that cannot be written only means the
index is built in memory each run.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import tempfile
import zlib
from pathlib import Path
from typing import Callable, TypeVar

Index = TypeVar("Index", dict, list)

from ..cachedir import cache_home

# Raised when the layout of the file or of an index changes: old files are then ignored.
FORMAT = 1
_CHECKSUM = 4  # bytes of CRC-32 before the marshal data


def index_folder() -> Path:
    return cache_home() / "index"


def load_or_build(name: str, source: str, build: Callable[[], Index],
                  folder: Path | None = None, shape: type[Index] = dict) -> Index:
    """The index ``name`` built from ``source`` (text that changes whenever
    the index would), read from the cache when a sound copy is there, else
    built by ``build()`` and written for the next run. ``shape``: the type
    the index is (a file holding anything else is not trusted)."""
    folder = index_folder() if folder is None else folder
    path = kept_path(folder, name, source, ".marshal")
    index = _read(path, shape)
    if index is None:
        index = build()
        _write(path, index)
    return index


def kept_path(folder: Path, name: str, source: str, suffix: str) -> Path:
    """Where the index ``name`` built from ``source`` is kept: ``<name>-<digest><suffix>``."""
    digest = hashlib.sha256(f"{FORMAT}\n{name}\n{source}".encode("utf-8")).hexdigest()[:24]
    return folder / f"{name}-{digest}{suffix}"


def _read(path: Path, shape: type[Index]) -> Index | None:
    try:
        blob = path.read_bytes()
    except OSError:
        return None
    payload = blob[_CHECKSUM:]
    if len(blob) <= _CHECKSUM or zlib.crc32(payload).to_bytes(_CHECKSUM, "big") != blob[:_CHECKSUM]:
        return None
    try:
        index = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return None
    return index if isinstance(index, shape) else None


def _write(path: Path, index: dict | list) -> None:
    payload = marshal.dumps(index)
    try:
        replace_cached(path, zlib.crc32(payload).to_bytes(_CHECKSUM, "big") + payload)
    except OSError:
        pass  # a read-only or full disk: the index still serves this run


def replace_cached(path: Path, blob: bytes) -> None:
    """Write ``blob`` to ``path`` (``<name>-<digest><suffix>``) and remove
    the older files of the same name. A temporary sibling is renamed into
    place: a reader (another worker) sees the whole file or none."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".tmp-", delete=False) as tmp:
        try:
            tmp.write(blob)
        except BaseException:
            os.unlink(tmp.name)
            raise
    os.replace(tmp.name, path)
    stem = path.name.rsplit("-", 1)[0]
    for old in path.parent.glob(f"{stem}-*{path.suffix}"):
        if old != path:
            os.unlink(old)
