"""Spanish verbs that lost the ``s`` of their second person after ``tú``
(qa.lang.es_second_person, reported by Garble.WordClass)."""
from __future__ import annotations

import pytest

from qa.document import Document
from qa.lang import es_second_person
from qa.lang.es import readings
from test_es_subject import flagged  # Garble.WordClass's findings: word -> first fix


@pytest.mark.parametrize("text,word,original", [
    ("Dijo: “Si tú no tiene más hospitales, no puedes formar médicos”.", "tiene", "tienes"),
    ("Tú dice que no, pero yo lo vi.", "dice", "dices"),
    ("Dijo que si tú quiere puedes librarnos de esto.", "quiere", "quieres"),
    # a noun reading too, past a negation: no "tu" there
    ("Si tú no habla con ella, nadie lo hará.", "habla", "hablas"),
])
def test_a_third_person_after_tu_is_flagged(ctx, text, word, original):
    assert flagged(ctx, text).get(word) == original


@pytest.mark.parametrize("text", [
    "Si tú no tienes más hospitales, no puedes formar médicos.",
    "Alguien como tú tiene que hablar.",  # "tú" compared with the subject
    "Nadie más que tú sabe la verdad.",
    "Mejor tú que yo, respondió.",
    "Tú habla de la casa.",  # right after "tú" a noun may follow a misspelt "tu"
    "Lo que eres tú, dice la canción.",  # a comma between
    "Ahora tú dijiste que no.",  # a second person as written
])
def test_sound_copy_is_left_alone(ctx, text):
    found = flagged(ctx, text)
    assert not any(word in found for word in ("tiene", "sabe", "habla", "dice", "dijiste"))


def test_the_repair_keeps_the_verb_s_own_letters(ctx):
    doc = Document.from_text("Tú ya sabe lo que pasó.", language="es")
    assert [(tok.text, form) for tok, form, _ in es_second_person.second_person_verbs(
        doc, ctx.lexicons["es"], readings)] == [("sabe", "sabes")]
