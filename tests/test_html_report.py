"""The HTML report, opened in a real headless Chromium (Debian's ``chromium``).

Playwright drives the system browser (``executable_path``); it never
downloads one. These tests do not skip: without the browser they fail.
"""
from __future__ import annotations

import base64
import json
import re
import shutil
from pathlib import Path

import pytest

from qa.cli import main

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SAMPLES = Path(__file__).parent.parent / "samples"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]

HOSTILE = '<script>window.__pwned = "script";</script><img src=x onerror="window.__pwned = \'onerror\'">'


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


def _report(folder: Path, *inputs) -> tuple[Path, dict]:
    """The HTML report of ``inputs`` and, to compare with, their JSON report."""
    out, as_json = folder / "report.html", folder / "report.json"
    args = ["check", "--grammar", "off", *map(str, inputs)]
    main([*args, "--format", "html", "-o", str(out)])
    main([*args, "--format", "json", "-o", str(as_json)])
    return out, json.loads(as_json.read_text(encoding="utf-8"))


def _open(browser, path: Path):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.set_default_timeout(5000)
    events = {"requests": [], "dialogs": [], "errors": []}
    page.on("request", lambda r: events["requests"].append(r.url))
    page.on("dialog", lambda d: (events["dialogs"].append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: events["errors"].append(str(e)))
    page.goto(path.as_uri())
    return page, events


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("corpus")
    inputs = folder / "in"
    inputs.mkdir()
    shutil.copy(SAMPLES / "en_scraped_page.html", inputs / "page.html")
    (inputs / "a.txt").write_text("Los ministros ministros llegaron ayer a la capital para la cumbre. "
                                  "El Gobierno aprueba el plan de vivienda para jÃ³venes.\n"
                                  "Compartir en Facebook Twitter WhatsApp\n", encoding="utf-8")
    (inputs / "b.txt").write_text("The port reopened on Tuesday after three days of closure, officials said.\n",
                                  encoding="utf-8")
    return _report(folder, inputs)


def test_one_highlight_per_finding_and_documents_by_score(browser, corpus):
    path, payload = corpus
    page, events = _open(browser, path)
    docs = payload["documents"]
    total = sum(len(d["findings"]) for d in docs)
    assert total >= 3
    assert page.locator("mark.f").count() == total
    assert page.locator("li.finding").count() == total
    articles = page.locator("article.doc")
    assert articles.count() == len(docs)
    shown = [articles.nth(i).locator("h2").inner_text() for i in range(articles.count())]
    by_score = [d["source"] for d in sorted(docs, key=lambda d: (d["score"], d["source"]))]
    assert shown == by_score  # worst first
    for i, d in enumerate(sorted(docs, key=lambda d: (d["score"], d["source"]))):
        marks = articles.nth(i).locator("mark.f")
        assert marks.count() == len(d["findings"])
        texts = sorted(marks.nth(j).get_attribute("data-rule") for j in range(marks.count()))
        assert texts == sorted(f["rule"] for f in d["findings"])
    # the page's article is shown as extracted, with its title; the repeat is highlighted
    page_doc = page.locator("article.doc", has_text="Harbour reopens")
    assert page_doc.locator("mark.f.error", has_text="the the").count() == 1
    assert page.locator("svg[aria-label='score distribution'] rect.bar").count() >= 1
    assert page.locator("svg[aria-label='findings by rule'] rect.bar").count() == len(
        payload["summary"]["by_rule"])
    assert events["requests"] == [path.as_uri()] and not events["errors"]


def test_filters_hide_and_show_findings(browser, corpus):
    path, payload = corpus
    page, events = _open(browser, path)
    findings = [f for d in payload["documents"] for f in d["findings"]]
    errors = sum(f["severity"] == "error" for f in findings)
    assert 0 < errors < len(findings)
    visible = "mark.f:not(.off)"
    assert page.locator(visible).count() == len(findings)
    page.locator("input[data-filter=severity][value=error]").uncheck()
    assert page.locator(visible).count() == len(findings) - errors
    assert page.locator("li.finding:visible").count() == len(findings) - errors
    assert page.locator("#shown-total").inner_text() == str(len(findings) - errors)
    page.locator("input[data-filter=severity][value=error]").check()
    rule = findings[0]["rule"]
    page.locator("button[data-group=rule][data-all=off]").click()
    assert page.locator(visible).count() == 0
    page.locator(f"input[data-filter=rule][value='{rule}']").check()
    assert page.locator(visible).count() == sum(f["rule"] == rule for f in findings)
    page.locator("button[data-group=rule][data-all=on]").click()
    category = findings[0]["category"]
    page.locator(f"input[data-filter=category][value='{category}']").uncheck()
    assert page.locator(visible).count() == sum(f["category"] != category for f in findings)
    assert not events["errors"]


def test_details_on_hover_keyboard_and_click(browser, corpus):
    path, _ = corpus
    page, _ = _open(browser, path)
    pop = page.locator("#pop")
    assert pop.is_hidden()
    page.keyboard.press("j")  # first visible finding
    focused = page.evaluate("document.activeElement.getAttribute('aria-describedby')")
    assert focused and pop.is_visible()
    message = page.locator(f"#{focused} .msg").inner_text()
    assert message and message in pop.inner_text()
    page.keyboard.press("Escape")
    assert pop.is_hidden()
    page.keyboard.press("Enter")  # the focused highlight pins its details
    assert pop.is_visible()
    page.mouse.click(5, 5)
    assert pop.is_hidden()
    mark = page.locator("mark.f", has_text="the the")
    mark.hover()
    assert "repeated" in pop.inner_text() and "remove the repeated" in pop.inner_text()
    mark.click()
    page.mouse.move(0, 0)
    assert pop.is_visible()  # a click keeps it open


def test_scraped_markup_stays_inert(browser, tmp_path):
    records = tmp_path / "hostile.jsonl"
    rows = [{"id": HOSTILE, "title": HOSTILE, "url": "javascript:alert(1)",
             "text": f"Los ministros ministros llegaron. {HOSTILE} El acuerdo se firmó ayer en la capital."},
            {"id": "ok", "text": "Texto " + HOSTILE.replace("script", "SCRIPT") + " normal del día."}]
    records.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    page_file = tmp_path / "hostile.html"
    page_file.write_text(
        "<html><head><title>&lt;script&gt;window.__pwned='title'&lt;/script&gt;"
        "&lt;img src=x onerror=alert(1)&gt;</title></head><body><article>"
        "<p>The council met on Monday to discuss the budget, and the the mayor said that "
        "&lt;script&gt;window.__pwned = 'page'&lt;/script&gt; was typed into the form by a visitor.</p>"
        "<p>&lt;img src=x onerror=\"window.__pwned='page img'\"&gt; appeared in the comments section "
        "later that evening, officials said.</p></article></body></html>", encoding="utf-8")
    path, _ = _report(tmp_path, records, page_file)
    html = path.read_text(encoding="utf-8")
    assert html.count("<script") == 1 and "<img" not in html
    page, events = _open(browser, path)
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned") is None
    assert page.locator("img").count() == 0 and page.locator("script").count() == 1
    assert not events["dialogs"] and events["requests"] == [path.as_uri()]
    body = page.locator("main").inner_text()
    assert "<script>window.__pwned" in body and "onerror=" in body  # shown as text
    hostile_doc = page.locator("article.doc", has_text="ministros ministros")
    assert HOSTILE in hostile_doc.locator("h2").inner_text()
    assert HOSTILE in hostile_doc.locator(".title").inner_text()
    assert "window.__pwned='title'" in page.locator("article.doc", has_text="council").inner_text()
    # hovering the highlights copies escaped nodes, never markup
    for i in range(page.locator("mark.f").count()):
        page.locator("mark.f").nth(i).hover()
    assert page.evaluate("window.__pwned") is None and page.locator("img").count() == 0
    policy = page.locator("meta[http-equiv=Content-Security-Policy]").get_attribute("content")
    assert "default-src 'none'" in policy and "unsafe-inline" not in policy
    assert re.search(r"script-src 'sha256-[A-Za-z0-9+/=]+'", policy)


def test_csp_blocks_a_script_that_is_not_the_reports_own(browser, corpus, tmp_path):
    html = corpus[0].read_text(encoding="utf-8")
    path = tmp_path / "tampered.html"
    # were escaping ever to fail, the policy would still stop the script
    path.write_text(html.replace("</main>", "<script>window.__pwned = 'injected'</script></main>", 1),
                    encoding="utf-8")
    page, events = _open(browser, path)
    assert page.evaluate("window.__pwned") is None
    assert page.locator("mark.f").count() > 0 and not events["errors"]


def test_screenshot_is_not_blank(browser, corpus):
    page, _ = _open(browser, corpus[0])
    png = page.screenshot(full_page=False)
    assert png.startswith(b"\x89PNG")
    canvas = browser.new_page()
    colours = canvas.evaluate("""async (src) => {
        const img = new Image(); img.src = src; await img.decode();
        const c = document.createElement('canvas'); c.width = img.width; c.height = img.height;
        const g = c.getContext('2d'); g.drawImage(img, 0, 0);
        const d = g.getImageData(0, 0, c.width, c.height).data; const seen = new Set();
        for (let i = 0; i < d.length; i += 4 * 7) seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
        return seen.size; }""", "data:image/png;base64," + base64.b64encode(png).decode())
    assert colours > 20


# -- markup without a browser ----------------------------------------------

def _finding(start, end, rule="Repetition.Token", severity="error"):
    from qa.model import Finding

    return Finding(rule, "repetition", severity, start, end, "m")


def test_highlights_nest_clip_crossing_spans_and_keep_the_text():
    from qa.render.html import highlight

    text = "abcdefghij <x>"
    out = highlight(text, [_finding(0, 10), _finding(4, 7), _finding(8, 12), _finding(13, 13)])
    assert out.count("<mark ") == 4 and out.count("</mark>") == 4
    assert re.sub(r"<[^>]+>", "", out) == "abcdefghij &lt;x&gt;"  # every character once, escaped
    # the crossing span (8-12) stays inside the enclosing one (0-10)
    assert re.search(r'<mark [^>]*aria-describedby="f-0-2">ij</mark></mark>', out)


def test_unreadable_documents_and_lone_surrogates_render(tmp_path, capsys):
    records = tmp_path / "r.jsonl"
    records.write_text('{"id": "s", "text": "Texto con \\ud800 suelto y el el final."}\n', encoding="utf-8")
    out = tmp_path / "report.html"
    assert main(["check", "--grammar", "off", "--format", "html", "-o", str(out),
                 str(tmp_path / "missing.txt"), str(records)]) == 2
    html = out.read_text(encoding="utf-8")
    assert "not checked: no such file or directory" in html and "\ufffd</mark> suelto" in html
    # the reader turns the lone surrogate into U+FFFD and flags it, besides the repeat
    assert html.count('<mark class="f') == 2 and 'data-rule="Encoding.InvalidBytes"' in html
