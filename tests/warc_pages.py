"""Write small WARC files for the tests (and samples/news_crawl.warc.gz),
with fixed dates and record ids so the bytes are the same on every run."""
from __future__ import annotations

import io
import uuid
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

DATE = "2024-03-05T12:00:00Z"


def write_warc(path: Path, pages: list[tuple[str, str, bytes]], gzip: bool = True,
               with_request: bool = True) -> Path:
    """``pages``: (url, content type, body) of each response record; a
    request record precedes each one, as crawlers write them."""
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "newsqa tests"}))
        for n, (url, content_type, body) in enumerate(pages):
            if with_request:
                request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.example.org")],
                                           is_http_request=True)
                writer.write_record(writer.create_warc_record(
                    url, "request", http_headers=request, payload=io.BytesIO(b""),
                    warc_headers_dict=_ids(url, n, "request")))
            status = "404 Not Found" if content_type == "404" else "200 OK"
            ctype = "text/html; charset=utf-8" if content_type == "404" else content_type
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers,
                warc_headers_dict=_ids(url, n, "response")))
    return path


def _ids(url: str, n: int, kind: str) -> dict[str, str]:
    return {"WARC-Date": DATE,
            "WARC-Record-ID": f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'{url}#{n}#{kind}')}>"}


def article(title: str, paragraphs: list[str], lang: str = "en") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title>"
            "<script>var aside = 'asi de';</script></head><body><nav><ul><li><a href='/'>Home</a></li>"
            "<li><a href='/world'>World</a></li><li><a href='/sport'>Sport</a></li></ul></nav>"
            f"<article><h1>{title}</h1>{body}</article><footer>© 2024 The Coastal Times</footer>"
            "</body></html>").encode("utf-8")
