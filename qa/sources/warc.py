"""WARC files (``.warc``, ``.warc.gz``), the format news crawls such as
CC-NEWS arrive in: one document per HTML response record, its URL as id.

Records are read one at a time (a crawl file is far larger than one
article), through warcio, which also undoes the HTTP transfer and content
encodings. Request, metadata and non-HTML records are not articles and are
passed over, as are error pages (HTTP status other than 2xx). Each page goes
through the same extractor as a ``.html`` file (``qa.sources.html``), so
offsets are into the extracted text.
"""
from __future__ import annotations

import zlib
from dataclasses import replace
from typing import Iterator

from ..document import Document
from ..model import ReadFailure
from . import opening
from .decode import NotText, decode
from .html import extract
from .opening import Unreadable, open_regular, shown

SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_warc(name: str) -> bool:
    return name.lower().endswith(SUFFIXES)


def read_warc(name: str, extract_with: str = "trafilatura") -> Iterator[Document | ReadFailure]:
    """``extract_with="none"``: each page's raw HTML is checked, offsets into the record's body."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    source = shown(name)
    try:
        handle, _ = open_regular(name)  # a FIFO or device is refused, not waited on
    except Unreadable as exc:
        yield ReadFailure(source, str(exc))
        return
    pages = 0
    try:
        with handle:
            for record in ArchiveIterator(handle):
                url = record.rec_headers.get_header("WARC-Target-URI")
                if not _is_html_page(record):
                    continue
                pages += 1
                body = record.content_stream().read(opening.MAX_BYTES + 1)
                rid = url or f"record {pages}"
                if len(body) > opening.MAX_BYTES:
                    yield ReadFailure(source, f"record is over the {opening.MAX_BYTES // 2**20} MiB limit "
                                      "for one document", rid)
                    continue
                if extract_with == "none":
                    page = raw_page(source, body, rid, url)
                else:
                    page = extract(source, body, id=rid, url=url, container="WARC record")
                yield replace(page, in_archive=True) if isinstance(page, Document) else page
    except OSError as exc:
        yield ReadFailure(source, opening.reason(exc))
        return
    except (ArchiveLoadFailed, ValueError, EOFError, zlib.error) as exc:
        after = f" after {pages} page{'s' if pages != 1 else ''}" if pages else ""
        yield ReadFailure(source, f"not a readable WARC file{after}: {_one_line(exc)}")
        return
    if pages == 0:
        yield ReadFailure(source, "no HTML response records in this WARC file")


def raw_page(name: str, body: bytes, rid: str, url: str | None) -> Document | ReadFailure:
    try:
        text, damage, _ = decode(body)
    except NotText as exc:
        return ReadFailure(name, str(exc), rid)
    if not text.strip():
        return ReadFailure(name, "empty page, nothing to check", rid)
    # no ``encoding`` and no ``file``: a record's text is never written back
    return Document.from_text(text, source=name, id=rid, format="html", input_damage=damage,
                              meta={"record_url": url} if url else {})


def _is_html_page(record) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = record.http_headers.get_statuscode() or ""
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    return status.startswith("2") and content_type.startswith(HTML_TYPES)


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text[:200] or type(exc).__name__
