"""What a span's repair must not write: a doubled word (the repeat it would
make counts against it in the ranking, qa.evidence.OFFLINE_FAMILIES, as any
signal a candidate brings does), or a letter the damage did not take away
(charged, with the English word model as without one)."""
from __future__ import annotations

from qa.document import Document
from qa.pipeline import check_document

TEXT = ("It operates 161 convenience stores in the Portland and Seattle areas. "
        "The ther business are two companies involved in the wholesale distribution of food.")


def _repairs(text, ctx, word):
    report = check_document(Document.from_text(text, language="en"), ctx)
    return [r for f in report.findings for r in f.data.get("repairs", {}).get(word, [])]


def test_a_repair_that_doubles_its_neighbour_is_charged_for_the_repeat(ctx):
    repairs = _repairs(TEXT, ctx, "ther")
    by_word = {r["word"]: r for r in repairs}
    assert "repetition" in by_word["the"]["added"]
    assert repairs[0]["word"] == "other"


def test_the_same_repair_away_from_its_double_brings_no_repeat(ctx):
    text = TEXT.replace("The ther business", "Its ther business")
    by_word = {r["word"]: r for r in _repairs(text, ctx, "ther")}
    assert "the" in by_word and "repetition" not in by_word["the"]["added"]


def test_a_repair_that_takes_a_letter_out_is_charged_beside_the_word_model(ctx):
    # the trigram knows ``at`` and ``he`` in more places than ``after`` and
    # ``then``; scraping loses letters, it rarely adds one
    text = "Shares of Du Pont Co rose today aft accumulating recommendations from Shearson Lehman Brothers."
    assert _repairs(text, ctx, "aft")[0]["word"] == "after"
    text = "The coupon is valid for one year and will hen be re-fixed annually at the one-year rate."
    assert _repairs(text, ctx, "hen")[0]["word"] == "then"
