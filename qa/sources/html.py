"""HTML pages -> the article's text and metadata, through trafilatura.

A scraped page is mostly navigation, scripts, styles, share bars and
footers; checking it raw buries the article under warnings about markup.
trafilatura keeps the main text (the article, not the reader comments) and
reads the title, author, date, URL and language. What it removed is not
checked; what it kept is, like any text.

Offsets of findings are then into the extracted text, not into the file:
the report says so in a note and in the document's ``extracted`` field
(``Document.extracted``), and ``qa fix`` leaves such documents alone (it
would write the extracted text over the page). ``--extract none`` checks the raw file as before.
"""
from __future__ import annotations

from ..document import Document
from ..model import ReadFailure
from .decode import NotText, decode

META_KEYS = ("title", "author", "date", "url", "language", "sitename")


def extracted_note(container: str) -> str:
    return (f"offsets are into the text extracted from the {container} by trafilatura, "
            "not into the file; --extract none checks the raw file")


def page_text(data: bytes) -> tuple[str | bytes, str | None]:
    """The page as text when it is clean UTF-8; else the bytes, for
    trafilatura to decode by the page's declared or detected charset."""
    text, damage, _ = decode(data)
    if damage:
        return data, "the page is not valid UTF-8; trafilatura decoded it by its declared or detected charset"
    return text, None


def extract(name: str, data: bytes, *, id: str | None = None, url: str | None = None,
            container: str = "HTML page") -> Document | ReadFailure:
    """One document holding the page's main text, or a failure saying why not.

    >>> page = (b"<html lang='en'><head><title>T</title><script>var aside = 1;</script></head>"
    ...         b"<body><nav><ul><li><a href='/'>Home</a></li><li><a href='/w'>World</a></li></ul></nav>"
    ...         b"<article><p>The port reopened on Tuesday after three days of closure caused "
    ...         b"by the storm, officials said.</p></article></body></html>")
    >>> doc = extract("p.html", page)
    >>> doc.text
    'The port reopened on Tuesday after three days of closure caused by the storm, officials said.'
    >>> doc.extracted["title"], doc.extracted["language"]
    ('T', 'en')
    """
    import trafilatura  # imported here: it is slow to import, and plain-text runs never need it

    try:
        page, charset_note = page_text(data)
    except NotText as exc:
        return ReadFailure(name, str(exc), id)
    tree = trafilatura.load_html(page)
    if tree is None:
        return ReadFailure(name, f"{container} could not be parsed as HTML", id)
    # favor_precision: a menu or share bar left in the text would be flagged
    # as the article's own damage; losing a marginal line costs less
    result = trafilatura.bare_extraction(tree, url=url, with_metadata=True, include_comments=False,
                                         include_images=False, include_links=False,
                                         favor_precision=True)
    text = (result.text or "") if result is not None else ""
    if not text.strip():
        return ReadFailure(name, f"no article text found in the {container} (--extract none checks the "
                           "raw file)", id)
    facts = {key: getattr(result, key, None) for key in META_KEYS}
    facts["language"] = facts["language"] or _declared_language(tree)
    facts["url"] = facts["url"] or url
    extracted = {"from": "html", "by": "trafilatura",
                 **{k: str(v) for k, v in facts.items() if v}}
    notes = (extracted_note(container),) + ((charset_note,) if charset_note else ())
    return Document.from_text(text, source=name, id=id, format="text", extracted=extracted,
                              reader_notes=notes)


def _declared_language(tree) -> str | None:
    """``<html lang="es-ES">`` -> ``es-ES`` (kept as metadata, not used to pick rules:
    pages often declare their site's language, not the article's)."""
    root = tree.getroottree().getroot() if hasattr(tree, "getroottree") else tree
    lang = (root.get("lang") or root.get("xml:lang") or "").strip()
    return lang or None
