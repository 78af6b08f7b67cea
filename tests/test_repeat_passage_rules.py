"""A double inside a passage in another language newsqa has rules for.

French doubles reflexive pronouns as grammar (``nous nous sommes``), Spanish
and French say an intensifier twice (``muy muy``, ``très très``), and news
quotes both in English text. The English rules would call such a double a
slip; the passage's own profile knows better. The twin of each case is the
same passage with a double its language does not allow, which stays an
alarm.
"""
from __future__ import annotations

import pytest

from qa.document import Document
from qa.pipeline import check_document

from conftest import ALARMS, repeat_alarms


@pytest.mark.parametrize("lang, text", [
    ("en", "The striking dockers sang “nous nous sommes battus pour rien” outside the port "
     "authority building on Tuesday."),
    ("en", "Asked about the harvest, the farmer answered “es muy muy buena” and walked back to "
     "his tractor."),
    ("en", "The chef called the sauce “très très délicate” when the inspectors visited the "
     "restaurant last week."),
    ("es", "El entrenador repitió en inglés que el partido había sido “very very tough” para "
     "todo el equipo."),
])
def test_a_double_the_passage_language_allows_is_not_an_alarm(ctx, lang, text):
    assert repeat_alarms(ctx, text, lang) == []


@pytest.mark.parametrize("lang, text, slip", [
    # the same passages with doubles their own language does not allow
    ("en", "The striking dockers sang “nous sommes sommes battus pour rien” outside the port "
     "authority building on Tuesday.", "sommes sommes"),
    ("en", "Asked about the harvest, the farmer answered “es es muy buena” and walked back to "
     "his tractor.", "es es"),
    # a governing double with nothing to govern, by the passage's own rules
    ("en", "Asked about the harvest, the farmer answered “es muy muy” and walked back to "
     "his tractor.", "muy muy"),
    # a Spanish name inside English text: Spanish does not double "de"
    ("en", "The new museum opens on Calle de de la Paz, near the old market, next spring.",
     "de de"),
])
def test_a_double_the_passage_language_forbids_stays_an_alarm(ctx, lang, text, slip):
    assert slip in repeat_alarms(ctx, text, lang)


@pytest.mark.parametrize("text", [
    # the document's own language decides when the passage is the document's
    "The the report was late.",
    "He said you you should call the office before noon on Friday.",
])
def test_the_documents_own_slips_stay_alarms(ctx, text):
    assert repeat_alarms(ctx, text, "en")


INDONESIAN = ("Orang orang di desa itu bekerja setiap hari di sawah. Anak anak mereka pergi ke "
              "sekolah dengan berjalan kaki, dan pada hari Minggu mereka bermain bersama teman "
              "teman di lapangan dekat rumah. Kata petani itu: ")


def test_a_document_in_an_unrecognised_language_judges_a_quote_by_the_quotes_language(ctx):
    # detection cannot name Indonesian; the quoted Spanish is judged as Spanish
    text = INDONESIAN + "“es muy muy buena”."
    assert check_document(Document.from_text(text), ctx).language == "und"
    assert repeat_alarms(ctx, text, None) == []
    assert repeat_alarms(ctx, INDONESIAN + "“es es muy buena”.", None) == ["es es"]
