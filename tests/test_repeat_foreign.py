"""A doubled word inside a passage in a language newsqa has no rules for.

Indonesian, Malay and Tagalog double words as grammar (``orang orang``,
``araw araw``); the document's own rules cannot call such a double a slip,
so it is an info note (``Repetition.Foreign``), never an alarm. Each case
has a twin nearby that must stay an error: the same languages' doubles are
slips when the passage reads as a language with a profile (Spanish ``se
se``, ``para para``, ``de de``), and a function word doubled is a slip in
any document.
"""
from __future__ import annotations

import pytest

from qa.document import Document
from qa.pipeline import check_document

ALARMS = ("warning", "error")

INDONESIAN = ("Orang orang di desa itu bekerja setiap hari di sawah. Anak anak mereka pergi ke "
              "sekolah dengan berjalan kaki, dan pada hari Minggu mereka bermain bersama teman "
              "teman di lapangan dekat rumah.")
TAGALOG = ("Araw araw siyang pumupunta sa palengke para bumili ng gulay. Ang mga bata ay "
           "naglalaro sa labas ng bahay habang ang kanilang mga magulang ay nagtatrabaho sa bukid.")


def repeats(ctx, text, lang=None):
    report = check_document(Document.from_text(text, language=lang), ctx)
    found = [f for g in report.findings for f in (g, *g.evidence) if f.rule.startswith("Repetition")]
    return report, found


@pytest.mark.parametrize("lang, text, doubled", [
    ("en", "The bus company painted its slogan, “araw araw na serbisyo”, on every bus in the city.",
     ["araw araw"]),
    ("en", "In the fishing villages the sea nomads are still called “orang orang laut” by "
     "older people.", ["orang orang"]),
    (None, INDONESIAN, ["Orang orang", "Anak anak", "teman teman"]),
    (None, TAGALOG, ["Araw araw"]),
])
def test_a_double_in_a_passage_without_rules_is_a_note(ctx, lang, text, doubled):
    report, found = repeats(ctx, text, lang)
    assert [text[f.start:f.end] for f in found if f.rule == "Repetition.Foreign"] == doubled
    assert all(f.severity == "info" for f in found)
    assert not [f for f in report.findings if f.severity in ALARMS and f.category == "repetition"]


def test_a_document_in_an_unrecognised_language_is_checked_without_a_crash(ctx):
    report, _ = repeats(ctx, INDONESIAN)
    assert report.language == "und"
    assert all(f.severity == "info" for f in report.findings if f.rule.startswith("Repetition"))


@pytest.mark.parametrize("lang, text, slip", [
    # the same words as slips in a language with rules of its own
    ("es", "Los ministros se se reunieron ayer en Madrid para hablar del presupuesto.", "se se"),
    ("es", "Viajó para para ver a su madre enferma en el hospital de la ciudad.", "para para"),
    ("en", "The the report was published on Monday by the ministry of finance.", "The the"),
    ("en", "He said you you should call the office before noon on Friday.", "you you"),
    # a Spanish passage inside English is judged by the Spanish rules
    ("en", "She lives on Calle de de la Paz, near the old market in the town centre.", "de de"),
    # abbreviations and names around a slip are rare at home but no more at
    # home elsewhere (words replaced by their neighbour, calibration half)
    ("en", "Each warrant buys one share of common at six dlrs per per.", "per per"),
    ("en", "The sole lead manager was Societe Generale generale, it said.", "Generale generale"),
    # OCR noise is at home nowhere else
    ("en", "The report said tbe tbe company had closed its office in the town.", "tbe tbe"),
    # a function word doubled in a document whose language is not recognised
    ("und", "Orang orang pergi ke the the pasar.", "the the"),
    # and a content word whose passage reads as a language with rules
    ("und", "Los ministros ministros llegaron tarde.", "ministros ministros"),
])
def test_the_nearest_slips_stay_errors(ctx, lang, text, slip):
    _, found = repeats(ctx, text, lang)
    hits = [f for f in found if text[f.start:f.end] == slip]
    assert [(f.rule, f.severity) for f in hits] == [("Repetition.Token", "error")]
