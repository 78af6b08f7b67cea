"""Fixed text back into files: atomic, byte-exact outside the edits.

A file is rewritten only when its decoded text encodes back to exactly the
bytes that were read (so its encoding, byte-order mark and line endings come
back unchanged); a file with invalid bytes, or without write permission, is
left alone with a one-line error. The new bytes go to a temporary file in
the same folder, which then replaces the original (``os.replace``) with the
original's permissions.

JSON Lines are rewritten record by record: only the text field's string
literal changes; other fields, key order, spacing and lines that do not
parse are kept byte for byte.
"""
from __future__ import annotations

import codecs
import difflib
import json
import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from .document import SOURCE_TEXT, Document
from .fix import fix_document
from .model import DocumentReport
from .pipeline import ReadFailure, check_document, failed_report
from .sources.files import discover, document_from_bytes
from .sources.html import is_extracted
from .sources.jsonl import read_jsonl
from .sources.warc import is_warc, read_warc

INVALID_BYTES = "utf-8 (with invalid bytes)"
EXTRACTED_NOT_FIXED = ("the findings are in the article text extracted from the page, and writing "
                       "that text would replace the page; fix the page's source by hand "
                       "(or check it with --extract none)")


def encoding_of(data: bytes) -> tuple[str, bytes]:
    """(codec, byte-order mark) to write text back the way ``data`` was written."""
    if data.startswith(codecs.BOM_UTF16_LE):
        return "utf-16-le", codecs.BOM_UTF16_LE
    if data.startswith(codecs.BOM_UTF16_BE):
        return "utf-16-be", codecs.BOM_UTF16_BE
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8", codecs.BOM_UTF8
    return "utf-8", b""


def encode_like(text: str, original: bytes) -> bytes:
    codec, bom = encoding_of(original)
    return bom + text.encode(codec)


def read_only(path: str) -> bool:
    """No write bit for anyone counts as read-only, even for root."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return True
    return not (mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)) or not os.access(path, os.W_OK)


def atomic_write(path: str, data: bytes) -> None:
    """Replace ``path`` with ``data`` through a temporary file in its folder."""
    sink = AtomicFile(path)
    try:
        sink.write(data)
    except BaseException:
        sink.discard()
        raise
    sink.commit()


def unified_diff(path: str, before: str, after: str) -> str:
    return "".join(difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True),
                                        fromfile=f"a/{path}", tofile=f"b/{path}"))


def string_value_span(line: str, key: str) -> tuple[int, int] | None:
    """Where the string value of top-level ``key`` is written in a JSON object line.

    >>> line = '{"id": 1, "text": "a \\\\"b\\\\"", "x": {"text": 2}}'
    >>> start, end = string_value_span(line, "text")
    >>> line[start:end]
    '"a \\\\"b\\\\""'
    """
    decoder = json.JSONDecoder()
    ws = " \t\r\n"
    i = len(line) - len(line.lstrip(ws))
    if line[i:i + 1] != "{":
        return None
    i += 1
    found = None
    while True:
        while i < len(line) and line[i] in ws:
            i += 1
        if line[i:i + 1] == "}":
            return found
        if line[i:i + 1] != '"':
            return None
        name, i = json.decoder.scanstring(line, i + 1)
        while line[i] in ws:
            i += 1
        if line[i] != ":":
            return None
        i += 1
        while line[i] in ws:
            i += 1
        value, end = decoder.raw_decode(line, i)
        if name == key and isinstance(value, str):
            found = (i, end)  # the last duplicate wins, as in json.loads
        i = end
        while i < len(line) and line[i] in ws:
            i += 1
        if line[i:i + 1] == ",":
            i += 1


def replace_text_field(line: str, key: str, new_text: str) -> str:
    span = string_value_span(line, key)
    if span is None:
        raise ValueError(f"no string field {key!r}")
    start, end = span
    literal = json.dumps(new_text, ensure_ascii="\\u" in line[start:end])
    out = line[:start] + literal + line[end:]
    before, after = json.loads(line), json.loads(out)
    before[key] = new_text
    if before != after:  # never write a record that does not read back as intended
        raise ValueError("rewritten record does not read back")
    return out


@dataclass
class FixRun:
    """Fix every input of a run; reports stream out, counts accumulate."""

    ctx: object
    unsafe: bool = False
    write: bool = True  # False: --diff, nothing is written
    diff_out: TextIO | None = None
    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    files_changed: int = 0
    edits: int = 0
    failures: list[str] = field(default_factory=list)  # "path: why", each a one-line error

    def reports(self, paths: list[str]) -> Iterator[DocumentReport]:
        for item in discover(paths, self.ctx.options):
            if isinstance(item, ReadFailure):
                yield failed_report(item)
            elif item.endswith(".jsonl"):
                yield from self._jsonl(item)
            elif is_warc(item):
                self._refuse(item, "a WARC file is an archive of crawled pages and is never rewritten")
                for doc in read_warc(item, self.ctx.options.extract):
                    yield failed_report(doc) if isinstance(doc, ReadFailure) else check_document(doc, self.ctx)
            else:
                yield from self._file(item)

    def _refuse(self, name: str, why: str) -> None:
        self.failures.append(f"{name}: not fixed: {why}")

    def _file(self, name: str) -> Iterator[DocumentReport]:
        try:
            data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
        except OSError as exc:
            yield failed_report(ReadFailure(name, exc.strerror or str(exc)))
            return
        for doc in document_from_bytes(name, data, self.ctx.options.extract):
            if isinstance(doc, ReadFailure):
                yield failed_report(doc)
                continue
            original = doc.meta.get(SOURCE_TEXT, doc.text)  # Markdown is checked with code blanked
            why = self._cannot_write(name, doc, original, data)
            if why:
                self._refuse(name, why)
                yield check_document(doc, self.ctx)
                continue
            result = fix_document(doc, self.ctx, unsafe=self.unsafe)
            if result.text != original:
                self.edits += result.edits
                self.files_changed += 1
                if self.diff_out is not None:
                    self.diff_out.write(unified_diff(name, original, result.text))
                if self.write:
                    if name == "-":
                        self.stdout.write(result.text)
                    else:
                        atomic_write(name, encode_like(result.text, data))
            elif self.write and name == "-":
                self.stdout.write(original)
            yield result.report

    def _cannot_write(self, name: str, doc: Document, original: str, data: bytes) -> str | None:
        if is_extracted(doc.meta):
            return EXTRACTED_NOT_FIXED
        if doc.meta.get("encoding") == INVALID_BYTES:
            return "the file has bytes that are not valid UTF-8; re-export it as UTF-8 first"
        if encode_like(original, data) != data:
            return "the file does not decode cleanly (its bytes would change on writing)"
        if self.write and name != "-" and read_only(name):
            return "the file is read-only"
        return None

    def _jsonl(self, name: str) -> Iterator[DocumentReport]:
        if self.write and read_only(name):
            self._refuse(name, "the file is read-only")
            for item in read_jsonl(name, self.ctx.options):
                yield failed_report(item) if isinstance(item, ReadFailure) else check_document(item, self.ctx)
            return
        sink = AtomicFile(name) if self.write else None
        changed: list[tuple[int, str, str]] = []
        try:
            with ExitStack() as stack:
                try:
                    source = stack.enter_context(open(name, "rb"))
                except OSError as exc:
                    yield failed_report(ReadFailure(name, exc.strerror or str(exc)))
                    return
                lineno = 0
                for item in read_jsonl(name, self.ctx.options):
                    target = _line_of(item)
                    while lineno < target:
                        raw = source.readline()
                        lineno += 1
                        if lineno < target and sink:
                            sink.write(raw)
                    if isinstance(item, ReadFailure):
                        yield failed_report(item)
                    else:
                        raw = yield from self._fix_record(name, lineno, item, raw, changed)
                    if sink:
                        sink.write(raw)
                if sink:
                    sink.write(source.read())
        except BaseException:
            if sink:
                sink.discard()
            raise
        if changed:
            self.files_changed += 1
            if self.diff_out is not None:
                self.diff_out.write(f"--- a/{name}\n+++ b/{name}\n")
                for n, old, new in changed:
                    self.diff_out.write(f"@@ -{n},1 +{n},1 @@\n-{old}\n+{new}\n")
        if sink:
            sink.commit() if changed else sink.discard()

    def _fix_record(self, name, lineno, doc, raw, changed):
        """Yield the record's report; return its line, rewritten if fixed."""
        result = fix_document(doc, self.ctx, unsafe=self.unsafe)
        yield result.report
        if result.text == doc.text:
            return raw
        body = raw.rstrip(b"\r\n")
        old = body.decode("utf-8")
        try:
            new = replace_text_field(old, self.ctx.options.text_field, result.text)
        except ValueError as exc:
            self._refuse(f"{name}:{lineno}", str(exc))
            return raw
        changed.append((lineno, old, new))
        self.edits += result.edits
        return new.encode("utf-8") + raw[len(body):]


class AtomicFile:
    """A temporary sibling of ``path`` that replaces it on ``commit``."""

    def __init__(self, path: str):
        self.real = os.path.realpath(path)  # write through a symlink, do not replace it
        self.mode = stat.S_IMODE(os.stat(self.real).st_mode)
        fd, self.tmp = tempfile.mkstemp(dir=os.path.dirname(self.real),
                                        prefix=f".{os.path.basename(self.real)}.", suffix=".qa-tmp")
        self.handle = os.fdopen(fd, "wb")

    def write(self, data: bytes) -> None:
        self.handle.write(data)

    def commit(self) -> None:
        try:
            self.handle.flush()
            os.fsync(self.handle.fileno())
            self.handle.close()
            os.chmod(self.tmp, self.mode)
            os.replace(self.tmp, self.real)
        except BaseException:
            self.discard()
            raise

    def discard(self) -> None:
        self.handle.close()
        if os.path.exists(self.tmp):
            os.unlink(self.tmp)


def _line_of(item: Document | ReadFailure) -> int:
    if isinstance(item, Document):
        return item.meta["line"]
    _, _, number = item.source.rpartition(":")
    return int(number) if number.isdigit() else 0
