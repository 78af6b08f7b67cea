"""Spanish non-words that a regular form used to excuse, and Spanish words
the word list lacks that the tagging dictionary lists (Spelling.NonWord).

A plural is made with "-es" after a consonant and with "-s" after a vowel,
so ``seguidoes``, ``paíss`` and ``opcions`` are no plurals the list lacks;
a common word that lost a letter (``prorama``: ``programa``) is likelier
than a prefix and a word no list holds; a word that lost a letter behind a
weak first reading (``entra on``, ``revelar``) is judged as if it came
first. ``auditarán``, ``solventaría``, ``infecté`` are words of the
language the word list lacks: the dictionary lists them."""
from __future__ import annotations

import pytest

from qa.checkers import nonword
from qa.document import Document


def warned(ctx, text: str) -> dict[str, str]:
    d = Document.from_text(text, language="es")
    return {d.text[f.start:f.end]: f.fixes[0].replacement for f in nonword.check(d, ctx)
            if f.severity != "info" and f.fixes}


@pytest.mark.parametrize("text,word,fix", [
    ("Enviaba mensajes a sus seguidoes relacionados con los temas de sus oraciones.", "seguidoes",
     "seguidores"),
    ("En sus mensajes destacaron las opcions de cambio para el país.", "opcions", "opciones"),
    ("Muchos paíss no tendrán acceso pleno a las vacunas.", "paíss", "países"),
    ("Jorge Bernal, presentador del prorama de espectáculos.", "prorama", "programa"),
    ("Este martes entraon en vigor las disposiciones aprobadas.", "entraon", "entraron"),
    ("Las muestras recogidas en las cuevas revelaro rastros de ADN.", "revelaro", "revelaron"),
])
def test_a_damaged_word_no_regular_form_explains_is_flagged(ctx, text, word, fix):
    assert warned(ctx, text).get(word) == fix


@pytest.mark.parametrize("text", [
    "Dijo que se auditarán todos los contratos públicos.",
    "Una inyección de capital solventaría la crisis.",
    "Me infecté del coronavirus, pero me recuperé.",
    "Es un grupo proamericano con sede en la capital.",
    "Los clubs y los chips llegaron tarde.",  # a loanword's plural in -s
])
def test_words_of_the_language_are_left_alone(ctx, text):
    assert warned(ctx, text) == {}
