"""Look-alike words on a page OCR damaged throughout: flagged there, never in clean copy."""
from __future__ import annotations

from qa.checkers import ocrpage
from qa.document import Document
from qa.pipeline import check_document

DAMAGED = ("The men wcre seut to the fronticr, hut the sbip, whicb was bom in the laud of ice, "
           "arc lost; lt was au old boat and tbe crew rcached it at nigbt.")


def _page(ctx, text, language="en"):
    return [f for f in ocrpage.check(Document.from_text(text, language=language), ctx)
            if f.rule == "OCR.PageLookAlike"]


def test_look_alikes_on_a_damaged_page_get_their_reading(ctx):
    found = {DAMAGED[f.start:f.end]: f.fixes[0].replacement for f in _page(ctx, DAMAGED)}
    assert found == {"hut": "but", "bom": "born", "laud": "land", "arc": "are", "lt": "it", "au": "an"}
    assert all(f.severity == "warning" for f in _page(ctx, DAMAGED))


def test_what_garble_realword_already_reads_is_left_to_it(ctx):
    # ``tbe`` gains more than Garble.RealWord's look-alike threshold: its finding
    found = {DAMAGED[f.start:f.end] for f in _page(ctx, DAMAGED)}
    assert "tbe" not in found
    report = check_document(Document.from_text(DAMAGED, language="en"), ctx)
    start = DAMAGED.index("tbe")
    assert any(f.start <= start < f.end and f.severity in ("warning", "error") for f in report.findings)


def test_the_same_words_in_clean_copy_are_quiet(ctx):
    text = ("The iron ore was shipped from the port and the con man was caught in the act "
            "by the police at the dock.")
    assert _page(ctx, text) == []


def test_a_few_unknown_words_do_not_make_a_damaged_page(ctx):
    # three unknown words in a long paragraph: under the rate
    text = ("The zorblat company said the con was over and the iron ore trade would resume "
            "next week, after the strike at the port ended on Monday. " * 3
            + "Its qwertix and flimbo units were sold.")
    assert _page(ctx, text) == []
