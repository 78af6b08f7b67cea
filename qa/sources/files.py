"""Paths -> documents. Folders are walked; every input yields a document or
a ``ReadFailure``, never nothing."""
from __future__ import annotations

import os
import stat
import sys
from fnmatch import fnmatch
from pathlib import Path
from typing import Iterator

from ..document import Document
from ..model import FileStamp, ReadFailure
from ..options import Options
from . import opening
from .decode import NotText, decode
from .html import extract
from .jsonl import read_jsonl
from .markdown import prose_text, source_meta
from .opening import STDIN, Unreadable, open_regular, reason, shown, too_large
from .warc import is_warc, read_warc

FORMATS = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}


def discover(paths: list[str], options: Options) -> Iterator[str | ReadFailure]:
    """Expand folders (sorted, recursive, include/exclude globs, hidden
    skipped, symlinked folders not followed); a folder that cannot be read
    is a ``ReadFailure``, not a silent gap."""
    for raw in paths:
        if raw == STDIN:
            yield raw
            continue
        try:
            is_dir = stat.S_ISDIR(os.stat(raw).st_mode)
        except OSError as exc:
            yield ReadFailure(shown(raw), reason(exc))
            continue
        if is_dir:
            yield from _walk(raw, options)
        else:
            yield raw  # a FIFO or device is refused when opened


def _walk(folder: str, options: Options) -> Iterator[str | ReadFailure]:
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield ReadFailure(shown(folder), f"cannot read folder: {reason(exc)}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
            is_file = not is_dir and entry.is_file()
        except OSError as exc:
            yield ReadFailure(shown(entry.path), reason(exc))
            continue
        if is_dir:
            yield from _walk(entry.path, options)
        elif is_file and _wanted(entry.path, entry.name, options):
            yield entry.path


def _wanted(path: str, name: str, options: Options) -> bool:
    if not any(fnmatch(name, g) for g in options.include):
        return False
    return not any(fnmatch(path, g) or fnmatch(name, g) for g in options.exclude)


def read_path(name: str, options: Options) -> Iterator[Document | ReadFailure]:
    if name.endswith(".jsonl"):
        yield from read_jsonl(name, options)
        return
    if is_warc(name):
        yield from read_warc(name, options.extract)
        return
    stamp = None
    try:
        if name == STDIN:
            data = sys.stdin.buffer.read(opening.MAX_BYTES + 1)
            if len(data) > opening.MAX_BYTES:
                raise Unreadable(too_large(len(data), "standard input") + "; nothing was checked")
        else:
            handle, stamp = open_regular(name)
            with handle:
                if stamp.size > opening.MAX_BYTES:
                    raise Unreadable(too_large(stamp.size))
                data = handle.read(opening.MAX_BYTES + 1)
            if len(data) > opening.MAX_BYTES:  # it grew while being read
                raise Unreadable(too_large(len(data)))
    except (Unreadable, OSError) as exc:
        yield ReadFailure(shown(name), str(exc) if isinstance(exc, Unreadable) else reason(exc))
        return
    yield from document_from_bytes(name, data, stamp, options.extract)


def document_from_bytes(name: str, data: bytes, stamp: FileStamp | None = None,
                        extract_with: str = "trafilatura") -> Iterator[Document | ReadFailure]:
    """``extract_with="none"`` checks HTML and Markdown files as raw text."""
    fmt = FORMATS.get(Path(name).suffix.lower(), "text")
    if fmt == "html" and extract_with != "none":
        yield extract(shown(name), data)
        return
    try:
        text, damage, encoding = decode(data)
    except NotText as exc:
        yield ReadFailure(shown(name), str(exc))
        return
    if not text.strip():
        yield ReadFailure(shown(name), "empty file, nothing to check")
        return
    meta = {}
    if fmt == "markdown" and extract_with != "none":
        checked = prose_text(text)
        meta = source_meta(text, checked)  # the file's text, for reports and fixes
        text = checked
    yield Document(text=text, source=shown(name), format=fmt, meta=meta, input_damage=damage,
                   encoding=encoding, file=stamp)


def read_all(paths: list[str], options: Options) -> Iterator[Document | ReadFailure]:
    for item in discover(paths, options):
        if isinstance(item, ReadFailure):
            yield item
        else:
            yield from read_path(item, options)
