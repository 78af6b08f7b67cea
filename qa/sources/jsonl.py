"""JSON Lines corpora: one article per line, streamed.

A line that cannot be a document (malformed, nested too deeply, too long,
a field of the wrong type) becomes a ``ReadFailure`` named by its line
number, and the other lines are still checked. A file without any record is
a ``ReadFailure`` too, so it never vanishes from the report.
"""
from __future__ import annotations

import json
from typing import Any, Iterator

from ..document import Document
from ..model import FileStamp, ReadFailure
from ..options import Options
from . import opening
from .decode import replace_surrogates
from .opening import Unreadable, open_regular, shown, too_large

META_FIELDS = ("title", "url")
SUPPRESS_FIELD = "qa_ignore"  # rules silenced in the whole record (qa/suppress.py)
_CHUNK = 1 << 20


class BadRecord(Exception):
    """One line that cannot become a document; the message is for the report."""


def read_jsonl(name: str, options: Options) -> Iterator[Document | ReadFailure]:
    source = shown(name)
    try:
        handle, stamp = open_regular(name)
    except Unreadable as exc:
        yield ReadFailure(source, str(exc))
        return
    records = 0
    with handle:
        lineno = 0
        while raw := handle.readline(opening.MAX_BYTES + 1):
            lineno += 1
            if len(raw) > opening.MAX_BYTES and not raw.endswith(b"\n"):
                size = len(raw) + _skip_line(handle)
                records += 1
                yield ReadFailure(source, f"line {lineno}: {too_large(size, 'record')}", f"line {lineno}", lineno)
                continue
            if not raw.strip():
                continue
            records += 1
            yield parse_line(raw, source, lineno, options, stamp)
    if not records:
        yield ReadFailure(source, "no records: the file is empty or blank", None)


def _skip_line(handle) -> int:
    """Read past the rest of an over-long line; return how many bytes that was."""
    skipped = 0
    while chunk := handle.readline(_CHUNK):
        skipped += len(chunk)
        if chunk.endswith(b"\n"):
            break
    return skipped


def parse_line(raw: bytes, source: str, lineno: int, options: Options,
               stamp: FileStamp | None = None) -> Document | ReadFailure:
    """One line of a JSON Lines file (also what ``qa spark`` workers call)."""
    try:
        return _document(_decode(raw), options.text_field, source, lineno, stamp)
    except BadRecord as exc:
        return _failure(exc, source, lineno)


def record_document(record: dict, source: str, lineno: int, options: Options) -> Document | ReadFailure:
    """A decoded record (a JSON object, or a Parquet row) as a document."""
    try:
        return _document(record, options.text_field, source, lineno, None)
    except BadRecord as exc:
        return _failure(exc, source, lineno)


def _failure(exc: BadRecord, source: str, lineno: int) -> ReadFailure:
    rid = exc.args[1] if len(exc.args) > 1 and exc.args[1] else f"line {lineno}"
    return ReadFailure(source, f"line {lineno}: {exc.args[0]}", rid, lineno)


def _decode(raw: bytes) -> Any:
    try:
        return json.loads(raw.rstrip(b"\r\n").decode("utf-8"))  # the line break is not the record's
    except UnicodeDecodeError as exc:
        raise BadRecord(f"not valid UTF-8 ({exc.reason})") from None
    except json.JSONDecodeError as exc:
        raise BadRecord(f"invalid JSON: {exc.msg} at column {exc.colno}") from None
    except RecursionError:
        raise BadRecord("invalid JSON: nested too deeply") from None
    except ValueError as exc:  # e.g. an integer with more digits than Python converts
        raise BadRecord(f"invalid JSON: {exc}") from None


def _document(record: Any, field: str, source: str, lineno: int, stamp: FileStamp | None) -> Document:
    if not isinstance(record, dict):
        raise BadRecord("expected a JSON object")
    rid = record.get("id")
    rid = _clean(str(rid)) if rid is not None else None
    text = record.get(field)
    if not isinstance(text, str):
        problem = "missing" if text is None else f"not a string ({type(text).__name__})"
        raise BadRecord(f"field {field!r} is {problem}", rid)
    if not text.strip():
        raise BadRecord(f"field {field!r} is empty", rid)
    lang = record.get("lang")
    meta = {k: _clean(record[k]) for k in META_FIELDS if isinstance(record.get(k), str)}
    text, damage = replace_surrogates(text)
    return Document(text=text, source=source, id=rid or f"line {lineno}",
                    language=_clean(lang) if isinstance(lang, str) and lang else None,
                    meta=meta, input_damage=damage, record_line=lineno, file=stamp,
                    ignored_rules=_ignored_rules(record.get(SUPPRESS_FIELD), rid))


def _ignored_rules(value: Any, rid: str | None) -> tuple[str, ...]:
    if value is None or value == [] or value == "":
        return ()
    if isinstance(value, str):
        return (_clean(value),)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(_clean(v) for v in value)
    raise BadRecord(f"field {SUPPRESS_FIELD!r} must be a rule id or a list of rule ids, "
                    f"not {type(value).__name__}", rid)


def _clean(value: str) -> str:
    """A metadata string without lone surrogates, which no output can encode."""
    return replace_surrogates(value)[0]
