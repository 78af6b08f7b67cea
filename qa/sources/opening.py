"""Opening inputs without hanging or blowing up: FIFOs and devices are
refused before anything waits on them, and nothing is read past
``MAX_BYTES`` (one document, or one JSON Lines record)."""
from __future__ import annotations

import os
import stat
from typing import BinaryIO

from ..model import FileStamp

MAX_BYTES = 20 * 1024 * 1024  # one article, or one JSON Lines record; corpora are streamed
STDIN = "-"


class Unreadable(Exception):
    """A path that cannot be read; the message is one line for the report."""


def shown(path: str) -> str:
    """The path as reports show it: bytes of a name that is not UTF-8 (held
    as surrogate escapes) are written ``\\xNN``, so every output can encode it.

    >>> shown(os.fsdecode(b"caf\\xe9.txt"))
    'caf\\\\xe9.txt'
    """
    if path.isascii():
        return path
    return "".join(f"\\x{ord(c) - 0xDC00:02x}" if "\udc80" <= c <= "\udcff"
                   else f"\\u{ord(c):04x}" if "\ud800" <= c <= "\udfff" else c for c in path)


def too_large(size: int, what: str = "file") -> str:
    return (f"{what} is {size / 2**20:.0f} MiB, over the {MAX_BYTES // 2**20} MiB limit for one "
            "document (split it, or use JSON Lines for corpora)")


def open_regular(path: str) -> tuple[BinaryIO, FileStamp]:
    """Open a regular file for reading. A FIFO or device is refused before
    anything waits on it (opened non-blocking, checked, then read)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise Unreadable(reason(exc)) from None
    info = os.fstat(fd)
    if stat.S_ISDIR(info.st_mode):
        os.close(fd)
        raise Unreadable("is a folder")
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        raise Unreadable("not a regular file (a FIFO, socket or device); "
                         "pass its content on standard input (-) instead")
    os.set_blocking(fd, True)
    return (os.fdopen(fd, "rb"),
            FileStamp(path, info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns))


def reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).replace("No such file or directory", "no such file or directory")
