"""HTML pages, WARC records and Markdown: only the prose is checked."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import jsonschema
import pytest

from qa.cli import main
from qa.options import Options
from qa.pipeline import ReadFailure, check_documents
from qa.sources.files import read_all
from qa.sources.markdown import prose_text

from warc_pages import article, write_warc

# a written page: navigation, script, style, cookie banner, share bar and footer around an article
PAGE = Path(__file__).parent.parent / "samples" / "en_scraped_page.html"
SCHEMA = json.loads((Path(__file__).parents[1] / "qa/render/report.schema.json").read_text())

ARTICLE_PARAGRAPHS = [
    "The main harbour of the city reopened on Tuesday morning after three days of closure",
    "Workers cleared the the damaged cranes during the night",
]
PORT = ["The ferry service between the two islands resumed on Monday after a week of repairs "
        "to the main pier, the operator said in a statement.",
        "Passengers queued for for hours at the terminal, and extra crossings were added "
        "for the weekend to clear the backlog of vehicles."]
SCHOOL = ["The regional council approved the budget for a new secondary school on Thursday, "
          "ending a debate that had lasted more than two years.",
          "Building work is due to start in the autumn, and the school should open its doors "
          "to the first pupils in September of next year."]


def _read(*paths, **kw):
    return list(read_all([str(p) for p in paths], Options(**kw)))


def _json(capsys, *args) -> tuple[int, dict]:
    status = main(["check", "--grammar", "off", "--format", "json", *map(str, args)])
    payload = json.loads(capsys.readouterr().out)
    jsonschema.validate(payload, SCHEMA)
    return status, payload


# -- HTML ------------------------------------------------------------------

def test_page_findings_come_only_from_the_article(capsys):
    status, payload = _json(capsys, PAGE)
    [doc] = payload["documents"]
    findings = doc["findings"]
    assert status == 1
    assert [(f["rule"], f["text"], f["line"]) for f in findings] == [
        ("Repetition.Token", "the the", 3)]  # the article's second paragraph (line 1 is its title)
    assert not [f for f in findings if f["rule"].startswith(("OCR.", "Spelling.", "Scraping."))]
    assert doc["extracted"]["title"] == "Harbour reopens after three-day storm closure"
    assert doc["extracted"]["author"] == "Maria Lopes"
    assert doc["extracted"]["date"] == "2024-03-05"
    assert doc["extracted"]["url"] == "https://news.example.org/2024/03/harbour-reopens"
    assert doc["extracted"]["language"] == "en"
    assert any("offsets are into the text extracted" in n for n in doc["notes"])


def test_extracted_text_holds_the_article_and_no_furniture():
    [doc] = _read(PAGE)
    for part in ARTICLE_PARAGRAPHS:
        assert part in doc.text
    for furniture in ("Home", "Share on Facebook", "cookies", "initMenu", "asi de", "float",
                      "All rights reserved", "Related stories", "newsletter"):
        assert furniture not in doc.text


def test_extract_none_checks_the_raw_page(capsys):
    status, payload = _json(capsys, "--extract", "none", PAGE)
    [doc] = payload["documents"]
    rules = {f["rule"] for f in doc["findings"]}
    assert "extracted" not in doc
    assert "OCR.SplitWord" in rules  # "asi de" inside the script: what extraction avoids


def test_text_format_says_the_offsets_are_into_extracted_text(capsys):
    main(["check", "--grammar", "off", "--format", "text", str(PAGE)])
    out = capsys.readouterr().out
    assert out.startswith(f"{PAGE}[extracted]:3:17: error Repetition.Token")


def test_terminal_names_the_page_as_extracted(capsys):
    main(["check", "--grammar", "off", "--format", "terminal", "--no-color", str(PAGE)])
    assert f"{PAGE.name} [extracted]" in capsys.readouterr().out


def test_sarif_and_github_do_not_point_into_the_file(capsys):
    main(["check", "--grammar", "off", "--format", "sarif", str(PAGE)])
    [result] = [r for r in json.loads(capsys.readouterr().out)["runs"][0]["results"]
                if r["level"] != "note"]
    assert "region" not in result["locations"][0]["physicalLocation"]
    assert result["properties"]["textOrigin"] == "extracted"
    assert result["properties"]["text"] == "the the" and "fixes" not in result
    main(["check", "--grammar", "off", "--format", "github", str(PAGE)])
    [line] = [x for x in capsys.readouterr().out.splitlines() if x.startswith("::error")]
    assert "line=" not in line and "extracted text 3%3A17" in line


def test_gitlab_puts_a_page_finding_on_the_file_with_the_place_in_the_extracted_text(capsys):
    main(["check", "--grammar", "off", "--format", "gitlab", str(PAGE)])
    [issue] = [i for i in json.loads(capsys.readouterr().out) if i["severity"] != "info"]
    assert issue["location"] == {"path": str(PAGE), "lines": {"begin": 1}}
    assert issue["description"].endswith("(extracted text 3:17)")


def test_fix_never_writes_extracted_text_over_the_page(tmp_path, capsys):
    page = tmp_path / "page.html"
    page.write_bytes(PAGE.read_bytes())
    status = main(["fix", "--grammar", "off", str(page)])
    err = capsys.readouterr().err
    assert status == 2
    assert page.read_bytes() == PAGE.read_bytes()
    assert "not fixed" in err and "extracted from the page" in err


def test_page_without_article_text_is_a_clear_error(tmp_path):
    page = tmp_path / "empty.html"
    page.write_text("<html><head><script>var x = 1;</script></head><body><nav></nav></body></html>")
    [item] = _read(page)
    assert isinstance(item, ReadFailure) and "no article text" in item.message


def test_page_in_a_declared_legacy_charset_is_decoded(tmp_path, ctx):
    page = tmp_path / "latin1.html"
    body = article("Lluvias en el norte", [
        "Las lluvias torrenciales obligaron a evacuar a cientos de vecinos en la región, "
        "según informó la protección civil en un comunicado publicado el martes por la mañana.",
        "Los servicios de emergencia atendieron más de doscientas llamadas durante la noche."],
        lang="es").decode().replace("charset='utf-8'", "charset='iso-8859-1'")
    page.write_bytes(body.encode("latin-1"))
    [doc] = _read(page)
    assert "región" in doc.text and "\ufffd" not in doc.text
    assert any("not valid UTF-8" in n for n in doc.reader_notes)


# -- WARC ------------------------------------------------------------------

@pytest.mark.parametrize("gz", [True, False])
def test_warc_gives_one_document_per_html_response(tmp_path, ctx, gz):
    path = write_warc(tmp_path / ("crawl.warc.gz" if gz else "crawl.warc"), [
        ("https://news.example.org/ferry", "text/html; charset=utf-8", article("Ferry resumes", PORT)),
        ("https://news.example.org/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(40)),
        ("https://news.example.org/gone", "404", article("Not found", SCHOOL)),
        ("https://news.example.org/school", "text/html", article("School approved", SCHOOL)),
    ], gzip=gz)
    if gz:
        assert gzip.decompress(path.read_bytes()).startswith(b"WARC/1")
    docs = _read(path)
    assert [d.id for d in docs] == ["https://news.example.org/ferry", "https://news.example.org/school"]
    assert all(d.source == str(path) for d in docs)
    reports = list(check_documents(docs, ctx))
    ferry, school = reports
    assert [(f.rule, f.text if hasattr(f, "text") else ferry.text[f.start:f.end])
            for f in ferry.findings if f.severity != "info"] == [("Repetition.Token", "for for")]
    assert not [f for f in school.findings if f.severity != "info"]
    assert ferry.extracted["url"] == "https://news.example.org/ferry"


def test_warc_in_a_folder_is_found_and_listed_by_url(tmp_path, capsys):
    write_warc(tmp_path / "crawl.warc.gz",
               [("https://news.example.org/ferry", "text/html", article("Ferry resumes", PORT))])
    main(["check", "--grammar", "off", "--format", "text", str(tmp_path)])
    out = capsys.readouterr().out
    assert f"{tmp_path / 'crawl.warc.gz'}[https://news.example.org/ferry]:3:" in out


def test_broken_warc_is_a_one_line_error_and_earlier_pages_are_kept(tmp_path, capsys):
    good = write_warc(tmp_path / "crawl.warc", [
        ("https://news.example.org/ferry", "text/html", article("Ferry resumes", PORT)),
        ("https://news.example.org/school", "text/html", article("School approved", SCHOOL))],
        gzip=False, with_request=False)
    data = good.read_bytes()
    second = data.index(b"WARC/1", data.index(b"https://news.example.org/school") - 400)
    broken = tmp_path / "broken.warc"
    broken.write_bytes(data[:second] + b"this is not a WARC header\r\n\r\n" + data[second:])
    status, payload = _json(capsys, broken)
    docs = payload["documents"]
    assert status == 2
    assert docs[0]["id"] == "https://news.example.org/ferry" and docs[0]["findings"]
    assert "error" in docs[-1] and "\n" not in docs[-1]["error"]
    garbage = tmp_path / "garbage.warc.gz"
    garbage.write_bytes(b"\x1f\x8b not really gzip")
    [item] = _read(garbage)
    assert isinstance(item, ReadFailure) and "WARC" in item.message


def test_fix_refuses_a_warc(tmp_path, capsys):
    path = write_warc(tmp_path / "crawl.warc.gz",
                      [("https://news.example.org/ferry", "text/html", article("Ferry resumes", PORT))])
    before = path.read_bytes()
    assert main(["fix", "--grammar", "off", str(path)]) == 2
    assert path.read_bytes() == before
    assert "never rewritten" in capsys.readouterr().err


# -- Markdown --------------------------------------------------------------

MARKDOWN = """\
---
title: "Harbour reopens: the the storm"
tags: [news, port]
---
# Harbour reopens

The port reopened on Tuesday, see [the the report](https://example.org/the-the_report) and
<https://example.org/asi-de>. Run `grep -r "asi de" .` to find the the damage.

<!-- a comment with teh typo asi de -->
```python
def aside(): return "asi de teh"
```

    indented  code teh teh

A bare URL https://example.org/x?teh=asi_de stays out, and the end.

[ref]: https://example.org/teh-teh
"""


def test_markdown_non_prose_is_blank_and_offsets_are_the_files(tmp_path, capsys):
    md = tmp_path / "post.md"
    md.write_text(MARKDOWN, encoding="utf-8")
    status, payload = _json(capsys, md)
    [doc] = payload["documents"]
    found = [(f["rule"], f["text"], f["line"]) for f in doc["findings"]]
    # link text is prose, its target is not; the rest of the repeats are in code or markup
    assert found == [("Repetition.Token", "the the", 7), ("Repetition.Token", "the the", 8)]
    for f in doc["findings"]:
        assert MARKDOWN[f["start"]:f["end"]] == "the the"  # offsets into the file itself
    masked = prose_text(MARKDOWN)
    assert len(masked) == len(MARKDOWN) and masked.count("\n") == MARKDOWN.count("\n")
    for gone in ("asi de", "teh", "https://", "title:", "grep", "aside", "report)"):
        assert gone not in masked


def test_markdown_fix_keeps_code_and_links_intact(tmp_path, capsys):
    md = tmp_path / "post.md"
    md.write_text(MARKDOWN, encoding="utf-8")
    assert main(["fix", "--grammar", "off", str(md)]) == 0
    fixed = md.read_text(encoding="utf-8")
    # the prose repeats are fixed; code, front matter, comments and link targets are untouched
    assert fixed == MARKDOWN.replace("[the the report]", "[the report]").replace(
        "to find the the damage", "to find the damage")


def test_markdown_fix_never_edits_across_blanked_code(tmp_path, capsys):
    md = tmp_path / "code.md"
    original = "Workers cleared the `x` the damaged cranes during the night, officials said.\n"
    md.write_text(original, encoding="utf-8")
    _, payload = _json(capsys, md)
    assert payload["documents"][0]["findings"] == []  # blanked code is no repeated word
    main(["fix", "--grammar", "off", "--unsafe-fixes", str(md)])
    assert md.read_text(encoding="utf-8") == original


def test_fixer_keeps_edits_out_of_blanked_code(ctx):
    from qa.document import Document
    from qa.fix import keep_to_source, plan_fixes
    from qa.pipeline import local_findings

    original = "Workers cleared the `x` the damaged cranes during the night, officials said.\n"
    masked = prose_text(original)
    # the raw checkers see "the     the"; its fix would delete the code with the repeat
    findings, _ = local_findings(Document(text=masked, language="en", format="markdown"), ctx)
    plan = plan_fixes(findings, masked, unsafe=True)
    assert any(e.rule == "Repetition.Token" for e in plan.edits)
    assert not any(e.rule == "Repetition.Token" for e in keep_to_source(plan, original).edits)


def test_markdown_suppression_comment_still_works(tmp_path, capsys):
    md = tmp_path / "s.md"
    md.write_text("<!-- qa: ignore Repetition -->\nWorkers cleared the the cranes at night.\n")
    _, payload = _json(capsys, md)
    assert payload["documents"][0]["findings"] == []


def test_extract_none_checks_markdown_raw(tmp_path, capsys):
    md = tmp_path / "post.md"
    md.write_text(MARKDOWN, encoding="utf-8")
    _, payload = _json(capsys, "--extract", "none", md)
    assert len(payload["documents"][0]["findings"]) > 1


def test_extract_is_a_config_key_and_bad_values_name_the_line(tmp_path, capsys):
    page = tmp_path / "page.html"
    page.write_bytes(PAGE.read_bytes())
    config = tmp_path / ".qa.toml"
    config.write_text('grammar = "off"\nextract = "none"\n')
    _, payload = _json(capsys, "--config", config, page)
    assert "extracted" not in payload["documents"][0]
    config.write_text('extract = "raw"\n')
    assert main(["check", "--config", str(config), str(page)]) == 2
    assert ".qa.toml:1: 'extract' must be one of trafilatura, none" in capsys.readouterr().err


def test_baseline_keys_warc_pages_by_url(tmp_path, capsys):
    path = write_warc(tmp_path / "crawl.warc.gz", [
        ("https://news.example.org/a", "text/html", article("Ferry resumes", PORT)),
        ("https://news.example.org/b", "text/html", article("Ferry resumes again", PORT))])
    baseline = tmp_path / "qa-baseline.json"
    assert main(["check", "--grammar", "off", "--baseline", str(baseline), "--update-baseline", str(path)]) == 0
    keys = sorted(json.loads(baseline.read_text())["documents"])
    assert keys == ["crawl.warc.gz#https://news.example.org/a", "crawl.warc.gz#https://news.example.org/b"]
    assert main(["check", "--grammar", "off", "--baseline", str(baseline), str(path)]) == 0
    capsys.readouterr()
