"""JSON Lines corpora: one article per line, streamed.

A malformed line becomes a ``ReadFailure`` named by its line number and the
other lines are still checked.
"""
from __future__ import annotations

import json
from typing import Iterator

from ..document import Document
from ..options import Options
from ..pipeline import ReadFailure

META_FIELDS = ("title", "url")
SUPPRESS_FIELD = "qa_ignore"  # rules silenced in the whole record (qa/suppress.py)


def read_jsonl(name: str, options: Options) -> Iterator[Document | ReadFailure]:
    try:
        handle = open(name, "rb")
    except OSError as exc:
        yield ReadFailure(name, exc.strerror or str(exc))
        return
    with handle:
        for lineno, raw in enumerate(handle, 1):
            if raw.strip():
                yield parse_line(raw, name, lineno, options)


def parse_line(raw: bytes, name: str, lineno: int, options: Options) -> Document | ReadFailure:
    """One line of a JSON Lines file (also what ``qa spark`` workers call)."""
    where = f"{name}:{lineno}"
    try:
        record = json.loads(raw.rstrip(b"\r\n").decode("utf-8"))  # the line break is not the record's
    except UnicodeDecodeError as exc:
        return ReadFailure(where, f"line {lineno}: not valid UTF-8 ({exc.reason})")
    except json.JSONDecodeError as exc:
        return ReadFailure(where, f"line {lineno}: invalid JSON: {exc.msg} at column {exc.colno}")
    if not isinstance(record, dict):
        return ReadFailure(where, f"line {lineno}: expected a JSON object")
    return record_document(record, name, lineno, options)


def record_document(record: dict, name: str, lineno: int, options: Options) -> Document | ReadFailure:
    """A decoded record (a JSON object, or a Parquet row) as a document."""
    field = options.text_field
    where = f"{name}:{lineno}"
    rid = record.get("id")
    rid = str(rid) if rid is not None else None
    text = record.get(field)
    if not isinstance(text, str):
        problem = "missing" if text is None else f"not a string ({type(text).__name__})"
        return ReadFailure(where, f"line {lineno}: field {field!r} is {problem}", rid)
    if not text.strip():
        return ReadFailure(where, f"line {lineno}: field {field!r} is empty", rid)
    lang = record.get("lang")
    meta = {"line": lineno, **{k: record[k] for k in META_FIELDS if isinstance(record.get(k), str)}}
    if record.get(SUPPRESS_FIELD):
        meta[SUPPRESS_FIELD] = record[SUPPRESS_FIELD]  # qa.suppress reads it
    return Document.from_text(text, source=name, id=rid or f"line {lineno}",
                              language=lang if isinstance(lang, str) and lang else None,
                              meta=meta)
