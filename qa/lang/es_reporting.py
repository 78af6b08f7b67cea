"""Spanish reporting verbs a lost letter turned into another word after a quotation.

News closes a quotation with a comma and its reporting verb: ``"...",
dijo Anaya``, ``"...", asegura el periodista``, ``"...", señaló a través
de un comunicado``. A dropped letter or a cut-off end leaves a word there
that spell checks pass and the word classes may fit: ``dio`` (``dijo``),
``segura`` (``asegura``), ``señal`` (``señaló``), ``come`` (``comentó``).
After a comma that closes words said (the quotation holds two spaces or
more: not a title or a term, ``"en línea", contrato incluido``), a word
that is no reporting verb but is one a letter short (a letter dropped, its
end cut, or its accent lost) of one of them is that verb; of two, the
preterite (``señal``: ``señaló``, not ``señala``).

``según`` before a reporting verb reports as a closed quotation does
(``según expreso en una entrevista`` → ``expresó``, ``según segura``):
the same forms are read after it.

Left alone: ``dio a conocer`` (a reporting phrase of its own), a noun
before ``de``, which opens an apposition to the quotation (``"...", señal
de que``), and a form that may be a function word (``con``: ``"...", con
una tendencia``).
"""
from __future__ import annotations

from itertools import compress
from typing import Iterator

from .es_locutions import letter_damaged_forms
from .es_subject import after_closed_quotation

# Hand-set like the other tag-table facts (qa.checkers.wordclass warns
# from 0.5); measured in docs/context-models.md.
REPORTING_CONFIDENCE = 0.55
# The verbs that close a quotation in news, in the forms narration uses:
# the preterites first, which a form both leave is read as (``señal``:
# ``señaló``, not ``señala``).
REPORTING_VERBS = tuple("""
    dijo afirmó aseguró señaló explicó indicó añadió agregó comentó apuntó destacó subrayó precisó
    advirtió sostuvo manifestó expresó concluyó declaró aclaró insistió puntualizó reconoció relató
    dice afirma asegura señala explica indica añade agrega comenta apunta destaca subraya precisa
    advierte sostiene manifiesta expresa concluye declara aclara insiste puntualiza reconoce relata
    """.split())
# A form that may be a function word (a preposition, a conjunction, a
# determiner, a pronoun, an adverb) opens a phrase after the quotation as
# well (``"...", con una tendencia``).
FUNCTION_CLASSES = frozenset("SCDRKB")
# The fewest letters a damaged form keeps.
SHORTEST = 3
# "según" before a reporting verb attributes what the sentence reports.
SEGUN = "según"
# A lost accent leaves the bare vowel.
_BARE_VOWELS = str.maketrans("áéíóú", "aeiou")


def _damaged_forms(verb: str) -> set[str]:
    """The forms one lost letter leaves of ``verb``: a letter dropped, its
    end cut (to ``SHORTEST`` letters or more), its accents lost."""
    forms = letter_damaged_forms(verb)
    forms.add(verb.translate(_BARE_VOWELS))
    forms.discard(verb)
    return {form for form in forms if len(form) >= SHORTEST}


def _verbs_by_form() -> dict[str, str]:
    """Each damaged form of a reporting verb, with the first verb (in
    ``REPORTING_VERBS``' order) it comes from; no reporting verb itself."""
    found: dict[str, str] = {}
    for verb in REPORTING_VERBS:
        for form in _damaged_forms(verb):
            found.setdefault(form, verb)
    return {form: verb for form, verb in found.items() if form not in REPORTING_VERBS}


VERBS_BY_FORM = _verbs_by_form()


def damaged_reporting_verbs(doc, lex, readings) -> Iterator[tuple]:
    """(token, reporting verb, confidence) for each word right after a
    comma that closes a quotation of words said, when the word is a
    reporting verb that lost a letter (``"...", dio Anaya`` → ``dijo``)."""
    words, text, texts = doc.words, doc.text, doc.word_texts
    for i in compress(range(1, len(words)), map(VERBS_BY_FORM.__contains__, texts[1:])):
        word = texts[i]
        if not (after_closed_quotation(words, i, text) or _after_segun(words, i, text)):
            continue
        if any(r[0] in FUNCTION_CLASSES for r in readings(word, lex)):
            continue  # "con", "para": a phrase goes on after the quotation
        after = texts[i + 1].lower() if i + 1 < len(words) else ""
        if word == "dio" and after == "a":
            continue  # "dio a conocer"
        if after == "de" and any(r[0] == "N" for r in readings(word, lex)):
            continue  # an apposition to the quotation: "señal de que"
        yield words[i], VERBS_BY_FORM[word], REPORTING_CONFIDENCE


def _after_segun(words, i: int, text: str) -> bool:
    """Is word ``i`` right after ``según``, one space apart?"""
    return words[i - 1].text.lower() == SEGUN and text[words[i - 1].end:words[i].start] == " "
