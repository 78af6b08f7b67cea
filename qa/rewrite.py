"""Fixed text back where it was read: atomic, byte-exact outside the edits.

This is the one module that writes inputs. A file is rewritten only when
its reader found an encoding that gives back exactly the bytes it read (so
its encoding, byte-order mark and line endings come back unchanged), and
only while it is still the version that was read; a file with invalid
bytes, without write permission, or changed meanwhile is left alone with a
one-line error. Writes go through ``qa.atomicfile``. An HTML page or WARC
record checked as its extracted text is never written (that text would
replace the page); Markdown gets back its own text, code and markup
included, with the edits that keep to its prose (``qa.fix.keep_to_source``).

JSON Lines are rewritten record by record: only the text field's string
literal changes; other fields, key order, spacing and lines that do not
parse are kept byte for byte.
"""
from __future__ import annotations

import difflib
import json
import os
import stat
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from typing import BinaryIO, TextIO

from .atomicfile import AtomicFile, FileChanged, atomic_write
from .document import Document
from .model import FileStamp
from .sources.decode import encode, replace_surrogates
from .sources.opening import STDIN, Unreadable, open_regular

EXTRACTED_NOT_FIXED = ("the findings are in the article text extracted from the page, and writing "
                       "that text would replace the page; fix the page's source by hand "
                       "(or check it with --extract none)")
ARCHIVE_NOT_FIXED = "a WARC file is an archive of crawled pages and is never rewritten"


def read_only(path: str) -> bool:
    """No write bit for anyone counts as read-only, even for root."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return True
    return not (mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)) or not os.access(path, os.W_OK)


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
class _RecordFile:
    """A JSON Lines file being rewritten: the original is read alongside the
    fixed records and copied through, line by line."""

    doc_file: FileStamp  # the file as it was when its records were read
    shown: str  # the path as reports show it
    source: BinaryIO
    sink: AtomicFile | None
    lineno: int = 0
    edits: int = 0
    changed: list[tuple[int, str, str]] = field(default_factory=list)

    def copy_to(self, target: int) -> bytes:
        """Copy the lines before ``target`` through; return line ``target``."""
        raw = b""
        while self.lineno < target:
            raw = self.source.readline()
            self.lineno += 1
            if self.lineno < target and self.sink:
                self.sink.write(raw)
        return raw


@dataclass
class Writer:
    """Writes fixed documents back where they were read, in input order;
    counts what it changed and collects one-line refusals."""

    text_field: str = "text"
    write: bool = True  # False: --diff, nothing is written
    diff_out: TextIO | None = None
    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    files_changed: int = 0
    edits: int = 0
    failures: list[str] = field(default_factory=list)  # "path: not fixed: why", each one line
    # a block no interrupt may split (``qa.termsignal``): while a temporary
    # file changes hands, it is always where an unwinding run discards it
    hold: Callable[[], AbstractContextManager] = nullcontext
    _records: _RecordFile | None = None
    _refused: set[str] = field(default_factory=set)

    def may_write(self, doc: Document) -> bool:
        """Whether ``doc``'s fixes can be written back; when not, the reason
        is recorded and the document is only checked."""
        why = self._refusal(doc)
        if why:
            self.refuse(doc, why, record=doc.record_line is not None and bool(doc.input_damage))
        return why is None

    def _refusal(self, doc: Document) -> str | None:
        if doc.in_archive:
            return ARCHIVE_NOT_FIXED
        if doc.extracted is not None:
            return EXTRACTED_NOT_FIXED
        if doc.input_damage and doc.record_line is not None:
            return "its text has lone surrogate escapes (shown as U+FFFD), which no file can hold"
        if doc.input_damage:
            return "the file has bytes that are not valid UTF-8; re-export it as UTF-8 first"
        if doc.source == STDIN:
            return None
        if doc.file is None:
            return "it was not read from a file"
        if doc.record_line is None and doc.encoding is None:
            return "the file does not decode cleanly (its bytes would change on writing)"
        if self.write and read_only(doc.file.path):
            return "the file is read-only"
        return None

    def refuse(self, doc: Document, why: str, record: bool = False) -> None:
        """Record a refusal once per file, or per record for a record's own reason."""
        where = f"{doc.source}:{doc.record_line}" if record else doc.source
        if where not in self._refused:
            self._refused.add(where)
            self.failures.append(f"{where}: not fixed: {why}")

    def accept(self, doc: Document, fixed: str, edits: int) -> bool:
        """Write one document's fixed text (``fixed`` is ``doc.source_text``
        when nothing changed; for Markdown, the file's text with its code and
        markup); False when it was refused and the original stays."""
        if doc.record_line is not None:
            return self._record(doc, fixed, edits)
        self.finish()
        original = doc.source_text
        if doc.source == STDIN:
            if fixed != original and self.diff_out is not None:
                self.diff_out.write(unified_diff(doc.source, original, fixed))
            if self.write:
                self.stdout.write(fixed)
            self._count(fixed != original, edits)
            return True
        if fixed == original:
            return True
        if self.diff_out is not None:
            self.diff_out.write(unified_diff(doc.source, original, fixed))
        if self.write:
            try:
                with self.hold():
                    atomic_write(doc.file.path, encode(fixed, doc.encoding), doc.file)
            except (OSError, FileChanged) as exc:
                self.refuse(doc, _why_not_written(exc))
                return False
        self._count(True, edits)
        return True

    def _count(self, changed: bool, edits: int) -> None:
        if changed:
            self.files_changed += 1
            self.edits += edits

    def _record(self, doc: Document, fixed: str, edits: int) -> bool:
        current = self._records
        # a new file, or the same one named twice on the command line
        if current is not None and (current.doc_file != doc.file or doc.record_line <= current.lineno):
            self.finish()
            current = None
        if current is None:
            if doc.source in self._refused:  # the file could not be opened for rewriting
                return fixed == doc.text
            with self.hold():
                current = self._records = self._open_records(doc)
            if current is None:
                return fixed == doc.text
        raw = current.copy_to(doc.record_line)
        written = True
        if fixed != doc.text:
            new = self._rewritten(doc, raw, fixed, edits, current)
            written, raw = new is not None, new or raw
        if current.sink:
            current.sink.write(raw)
        return written

    def _open_records(self, doc: Document) -> _RecordFile | None:
        try:
            source, stamp = open_regular(doc.file.path)
            if stamp != doc.file:
                source.close()
                raise FileChanged("the file changed after it was read")
        except (Unreadable, FileChanged) as exc:
            self.refuse(doc, str(exc))
            return None
        try:
            sink = AtomicFile(doc.file.path, doc.file) if self.write else None
        except (OSError, FileChanged) as exc:
            source.close()
            self.refuse(doc, _why_not_written(exc))
            return None
        return _RecordFile(doc.file, doc.source, source, sink)

    def _rewritten(self, doc: Document, raw: bytes, fixed: str, edits: int,
                   current: _RecordFile) -> bytes | None:
        """The record's line with the fixed text, or None when that cannot be written."""
        body = raw.rstrip(b"\r\n")
        try:
            old = body.decode("utf-8")
            if _text_of(old, self.text_field) != doc.text:
                raise ValueError("the line no longer holds the text that was checked")
            new = replace_text_field(old, self.text_field, fixed)
        except (ValueError, RecursionError) as exc:
            self.refuse(doc, str(exc), record=True)
            return None
        current.changed.append((doc.record_line, old, new))
        current.edits += edits
        return new.encode("utf-8") + raw[len(body):]

    def finish(self) -> None:
        """Copy the rest of the JSON Lines file being rewritten and replace it."""
        with self.hold():
            self._finish()

    def _finish(self) -> None:
        current, self._records = self._records, None
        if current is None:
            return
        try:
            if current.sink:
                current.sink.write(current.source.read())
        except BaseException:
            current.source.close()
            current.sink.discard()
            raise
        current.source.close()
        name = current.shown
        if current.changed:
            if self.diff_out is not None:
                self.diff_out.write(f"--- a/{name}\n+++ b/{name}\n")
                for n, old, new in current.changed:
                    self.diff_out.write(f"@@ -{n},1 +{n},1 @@\n-{old}\n+{new}\n")
        if not current.sink:
            self._count(bool(current.changed), current.edits)
            return
        if not current.changed:
            current.sink.discard()
            return
        try:
            current.sink.commit()
        except (OSError, FileChanged) as exc:
            self.failures.append(f"{name}: not fixed: {_why_not_written(exc)}")
            return
        self._count(True, current.edits)

    def abort(self) -> None:
        """Leave a JSON Lines file being rewritten as it was (interrupted run)."""
        current, self._records = self._records, None
        if current is not None:
            current.source.close()
            if current.sink:
                current.sink.discard()


def _text_of(line: str, key: str) -> str | None:
    record = json.loads(line)
    value = record.get(key) if isinstance(record, dict) else None
    return replace_surrogates(value)[0] if isinstance(value, str) else None


def _why_not_written(exc: BaseException) -> str:
    if isinstance(exc, FileChanged):
        return f"{exc}; nothing was written (run the fix again)"
    return f"cannot write it: {exc.strerror or exc}" if isinstance(exc, OSError) and exc.strerror \
        else f"cannot write it: {exc}"
