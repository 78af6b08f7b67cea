"""Paths -> documents. Folders are walked; every input yields a document or
a ``ReadFailure``, never nothing."""
from __future__ import annotations

import sys
from fnmatch import fnmatch
from pathlib import Path
from typing import Iterator

from ..document import Document
from ..options import Options
from ..pipeline import ReadFailure
from .decode import NotText, decode
from .html import extract
from .jsonl import read_jsonl
from .markdown import prose_text, source_meta
from .warc import is_warc, read_warc

MAX_BYTES = 20 * 1024 * 1024  # one article; JSONL corpora are streamed instead
FORMATS = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}


def discover(paths: list[str], options: Options) -> Iterator[str | ReadFailure]:
    """Expand folders (sorted, recursive, include/exclude globs, hidden skipped)."""
    for raw in paths:
        if raw == "-":
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path)
                if any(part.startswith(".") for part in rel.parts) or not child.is_file():
                    continue
                name = str(child)
                if not any(fnmatch(child.name, g) for g in options.include):
                    continue
                if any(fnmatch(name, g) or fnmatch(child.name, g) for g in options.exclude):
                    continue
                yield name
        elif path.exists():
            yield raw
        else:
            yield ReadFailure(raw, "no such file or directory")


def read_path(name: str, options: Options) -> Iterator[Document | ReadFailure]:
    if name.endswith(".jsonl"):
        yield from read_jsonl(name, options)
        return
    if is_warc(name):
        yield from read_warc(name, options.extract)
        return
    try:
        if name == "-":
            data = sys.stdin.buffer.read()
        else:
            path = Path(name)
            size = path.stat().st_size
            if size > MAX_BYTES:
                yield ReadFailure(name, f"file is {size / 2**20:.0f} MiB, over the "
                                  f"{MAX_BYTES // 2**20} MiB limit for one document "
                                  "(split it, or use JSON Lines for corpora)")
                return
            data = path.read_bytes()
    except OSError as exc:
        yield ReadFailure(name, exc.strerror or str(exc))
        return
    yield from document_from_bytes(name, data, options.extract)


def document_from_bytes(name: str, data: bytes, extract_with: str = "trafilatura"
                        ) -> Iterator[Document | ReadFailure]:
    """``extract_with="none"`` checks HTML and Markdown files as raw text."""
    fmt = FORMATS.get(Path(name).suffix.lower(), "text")
    if fmt == "html" and extract_with != "none":
        yield extract(name, data)
        return
    try:
        text, damage, encoding = decode(data)
    except NotText as exc:
        yield ReadFailure(name, str(exc))
        return
    if not text.strip():
        yield ReadFailure(name, "empty file, nothing to check")
        return
    meta = {"encoding": encoding}
    if fmt == "markdown" and extract_with != "none":
        checked = prose_text(text)
        meta.update(source_meta(text, checked))
        text = checked
    yield Document(text=text, source=name, format=fmt, meta=meta, input_damage=damage)


def read_all(paths: list[str], options: Options) -> Iterator[Document | ReadFailure]:
    for item in discover(paths, options):
        if isinstance(item, ReadFailure):
            yield item
        else:
            yield from read_path(item, options)
