"""Scraping leftovers: glued into a paragraph, or on a line of their own,
each gets one finding whose fix gives the article back."""
from __future__ import annotations

import pytest

from qa.document import Document
from qa.pipeline import check_document


def _scraping(ctx, text, language):
    report = check_document(Document.from_text(text, language=language), ctx)
    return [f for f in report.findings if f.rule.startswith("Scraping.")]


@pytest.mark.parametrize("language, before, leftover, after", [
    ("es", "El gravamen subió un 20 %.", "Lee también: El FMI eleva su previsión de crecimiento",
     "Las subidas varían según la tienda."),
    ("es", "El gravamen subió un 20 %.", "Foto: Cuartoscuro", "Las subidas varían según la tienda."),
    ("es", "El gravamen subió un 20 %.", "Compartir en Facebook Compartir en Twitter",
     "Las subidas varían según la tienda."),
    ("en", "Prices rose 20 percent.", "Story continues below advertisement",
     "The rise was the largest in a decade."),
    ("en", "Prices rose 20 percent.", "© 2021 The Associated Press", "The rise was the largest in a decade."),
    # a headline whose name is followed by its verb runs on to the next sentence's opener
    ("es", "Duele en los tendones.",
     "Te puede interesar: Margarita Zavala abandonará al PAN y buscará candidatura independiente",
     "El dolor se presenta de forma generalizada."),
    ("es", "Se suspendió su uso.", "Te recomendamos: El gobierno tomó 12 mil mdp de Pemex y CFE",
     "El Concurso contará con premios."),
    # a byline before a sentence that opens with a name and a comma
    ("es", "Asistirán a la universidad.", "Por: Redacción", "Malala, que empezó a tuitear, habló."),
    # a prompt or a follow-us before a capital: the next sentence
    ("es", "Pagará la reparación.", "Síguenos en Twitter", "La mujer fue detenida en marzo."),
    ("es", "Llevó la Copa.", "Haz clic aquí para suscribirte", "El FIFA World Cup Trophy Tour hizo una escala."),
    ("en", "Prices rose 20 percent.", "Read more: Storm Hits The Coast", "The rise was the largest in a decade."),
])
def test_a_glued_leftover_is_removed_by_its_fix(ctx, language, before, leftover, after):
    text = f"{before} {leftover} {after}"
    found = _scraping(ctx, text, language)
    assert [f.rule for f in found] == ["Scraping.Glued"]
    fix = found[0].fixes[0]
    assert " ".join((text[:fix.start] + text[fix.end:]).split()) == f"{before} {after}"


@pytest.mark.parametrize("language, leftover", [
    ("es", "PUBLICIDAD"), ("es", "Haz clic aquí para suscribirte"), ("es", "Foto: Archivo / EFE"),
    ("en", "Story continues below advertisement"), ("en", "By Jane Doe, Staff Writer"),
])
def test_a_leftover_on_its_own_line_gets_one_finding(ctx, language, leftover):
    text = f"El gravamen subió un 20 %.\n{leftover}\nLas subidas varían según la tienda."
    found = _scraping(ctx, text, language)
    assert len(found) == 1 and text[found[0].start:found[0].end] == leftover
    assert found[0].rule != "Scraping.Glued"


def test_news_about_the_same_things_is_left_alone(ctx):
    text = ("La publicidad institucional creció. Facebook, Twitter y WhatsApp anunciaron reglas. "
            "Por la tarde, el presidente se reunió con los ministros. La foto circuló toda la semana.")
    assert _scraping(ctx, text, "es") == []
