"""HTML pages: does extraction keep the article and only the article?

Clean news articles (``../shared/eval/news_clean``, see bench/corpora.py;
``QA_SHARED`` or ``--data`` points elsewhere) are wrapped in a page with the
furniture scraped pages carry: a script, a style block, a cookie banner, a
navigation menu, a share bar, related links and a footer. For each set it
prints

- how much of the article trafilatura kept (share of its paragraphs found
  whole in the extracted text) and how many pages leaked furniture into it;
- warnings and errors per 1,000 article words when checking the plain
  article (the baseline), the extracted page, and the raw page
  (``--extract none``), without grammar.

    python bench/eval_pages.py --limit 100
"""
from __future__ import annotations

import argparse
import html
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from qa.context import Context  # noqa: E402
from qa.document import Document  # noqa: E402
from qa.options import Options  # noqa: E402
from qa.pipeline import ReadFailure, check_document  # noqa: E402
from qa.sources.html import extract  # noqa: E402

MENU = {"es": ["Inicio", "Internacional", "Economía", "Deportes", "Cultura", "Iniciar sesión"],
        "en": ["Home", "World", "Business", "Sport", "Culture", "Log in"]}
SHARE = {"es": ["Compartir en Facebook", "Twitter", "WhatsApp", "Enviar por correo"],
         "en": ["Share on Facebook", "Tweet", "WhatsApp", "Share via email"]}
COOKIES = {"es": "Usamos cookies para mejorar tu experiencia. Aceptar todas las cookies",
           "en": "We use cookies to improve your experience. Accept all cookies"}
FOOTER = {"es": "© 2024 El Diario. Todos los derechos reservados. Suscríbete a nuestro boletín.",
          "en": "© 2024 The Daily. All rights reserved. Sign up for our newsletter."}
RELATED = {"es": ["Otras noticias del día", "Lo más leído"], "en": ["More news today", "Most read"]}
FURNITURE = {lang: [*MENU[lang], *SHARE[lang], COOKIES[lang], FOOTER[lang], *RELATED[lang],
                    "initMenu", "trackingPixel", "display:"] for lang in MENU}


def page(text: str, lang: str) -> str:
    lines = [x.strip() for x in text.splitlines() if x.strip()]
    title, body = lines[0], lines[1:] or lines
    e = html.escape
    links = "".join(f'<li><a href="/{n}">{e(x)}</a></li>' for n, x in enumerate(MENU[lang]))
    share = " ".join(f'<a href="#s{n}">{e(x)}</a>' for n, x in enumerate(SHARE[lang]))
    related = "".join(f'<li><a href="/r{n}">{e(x)}</a></li>' for n, x in enumerate(RELATED[lang]))
    paragraphs = "".join(f"<p>{e(x)}</p>" for x in body)
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{e(title)}</title>'
            "<style>nav ul li { display: inline-block; } .aside { float: right; }</style>"
            "<script>var trackingPixel = 'asi de'; function initMenu() { document.body.className = 'x'; }"
            f"</script></head><body><div id=\"cookies\">{e(COOKIES[lang])}</div>"
            f'<nav class="menu"><ul>{links}</ul></nav><div class="share">{share}</div>'
            f"<main><article><h1>{e(title)}</h1>{paragraphs}</article></main>"
            f'<aside class="related"><ul>{related}</ul></aside><footer><p>{e(FOOTER[lang])}</p></footer>'
            "</body></html>")


def alarms(doc: Document, ctx: Context) -> tuple[int, int]:
    report = check_document(doc, ctx)
    return sum(f.severity != "info" for f in report.findings), report.words


def run(name: str, records: list[dict], ctx: Context) -> None:
    kept = total = leaked = failed = 0
    counts = {"plain article": [0, 0], "extracted page": [0, 0], "raw page": [0, 0]}
    started = time.perf_counter()
    for rec in records:
        lang = rec.get("lang") or ("es" if name.startswith("es") else "en")
        lang = lang if lang in MENU else "en"
        text = rec["text"]
        markup = page(text, lang)
        doc = extract(name, markup.encode("utf-8"))
        body = [x.strip() for x in text.splitlines() if x.strip()][1:]
        total += len(body)
        if isinstance(doc, ReadFailure):
            failed += 1
            continue
        kept += sum(x in doc.text for x in body)
        leaked += any(x in doc.text and x not in text for x in FURNITURE[lang])  # not the article's own words
        words = None
        for label, d in (("plain article", Document.from_text(text, language=lang)),
                         ("extracted page", Document.from_text(doc.text, language=lang)),
                         ("raw page", Document.from_text(markup, language=lang, format="html"))):
            n, w = alarms(d, ctx)
            words = words or w  # per 1,000 words of the article itself
            counts[label][0] += n
            counts[label][1] += words
    elapsed = time.perf_counter() - started
    print(f"\n{name}: {len(records)} pages, {elapsed:.1f} s")
    print(f"  article paragraphs kept whole: {kept}/{total} ({kept / max(total, 1):.1%}); "
          f"pages with furniture left in: {leaked}; pages with no text extracted: {failed}")
    for label, (n, w) in counts.items():
        print(f"  {label:15} {n:5d} warnings+errors, {1000 * n / max(w, 1):6.2f} per 1,000 article words")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=100, help="articles per set")
    parser.add_argument("--data", help="the shared folder (default: $QA_SHARED or ../shared)")
    args = parser.parse_args()
    if args.data:
        os.environ["QA_SHARED"] = args.data
    import corpora  # reads QA_SHARED when imported

    ctx = Context.create(Options(raise_check_errors=True, grammar="off"))
    for name in ("es_articles", "en_reuters_articles"):
        run(name, corpora.clean_records(name, args.limit), ctx)


if __name__ == "__main__":
    main()
