"""Spanish futures that lost their accent after a verb that asserts: ``afirmó que se tomaran medidas``.

A verb that asserts or reports (``afirmar``, ``asegurar``, ``confirmar``,
``anunciar``...) takes its clause in the indicative: ``aseguró que
cobrará``, ``afirmó que se tomarán acciones``. Its ``que`` governs no
subjunctive, so an imperfect subjunctive of the first conjugation right
after it, or after it and an object pronoun, is the future with its accent
lost (``El Santander confirma que cobrara a los no clientes`` →
``cobrará``), singular or plural. ``qa.lang.es_subject`` reads a future
after its subject and leaves one that any ``que`` governs; this is the
``que`` that does not.

Left alone: a negation right before the verb (``no aseguró que``, ``sin
afirmar que``), which lets a subjunctive in. Verbs that may order, ask,
wish or plan are not listed: ``decir`` (``dijo que se investigara a
fondo``), ``pedir``, ``esperar``, ``insistir en``, ``prever`` (``estaba
previsto que arrancara``).
"""
from __future__ import annotations

from itertools import compress
from typing import Iterator

from ..text.pairs import one_space
from .es_subject import CLITICS, FUTURE_CONFIDENCE, future_of
from .es_verbforms import PERFECT_AUXILIARIES

# Verbs of the first conjugation that assert or report, by their stems; the
# forms narration writes before ``que`` are made from them (``_forms``).
# Not ``indicar`` nor ``garantizar``, which also instruct or ensure (``le
# indicó que tomara reposo``, ``garantizó que se respetaran``).
_AR_STEMS = """
    afirm asegur confirm anunci inform explic señal declar reiter precis detall revel
    adelant destac subray agreg coment mencion expres manifest estim calcul aclar
    apunt recalc puntualiz
    """.split()
# Other verbs of the kind, each form written out.
_OTHER_FORMS = """
    añadió añade añadieron añaden añadía añadido
    sostuvo sostiene sostuvieron sostienen sostenía sostenido
    reconoció reconoce reconocieron reconocen reconocía reconocido
    admitió admite admitieron admiten admitido
    prometió promete prometieron prometen prometido
    """.split()
# Words right before the verb, or before its auxiliary in a perfect (``no
# ha confirmado que``), that let a subjunctive into its clause.
NEGATIONS = frozenset("no sin ni nunca jamás".split())


def _forms(stem: str) -> list[str]:
    """The third persons (preterite, present, imperfect) and the participle
    of a regular verb in ``-ar``."""
    return [stem + ending for ending in ("ó", "a", "aron", "an", "aba", "aban", "ado")]


ASSERTING = frozenset(form for stem in _AR_STEMS for form in _forms(stem)) | frozenset(_OTHER_FORMS)


def reported_futures(doc, lex, readings) -> Iterator[tuple]:
    """(token, future, confidence) for each imperfect subjunctive in
    ``-ara`` or ``-aran`` after the ``que`` of a verb that asserts (and an
    object pronoun, if one stands between) whose accented future is a
    common third person: ``afirmó que se tomaran`` → ``tomarán``."""
    words, text, texts = doc.words, doc.text, doc.word_texts
    for q in compress(range(1, len(words) - 1), map("que".__eq__, texts[1:-1])):
        if not _asserts(words, q, text) or not one_space(text, words[q], words[q + 1]):
            continue
        i = q + 1
        if texts[i] in CLITICS and i + 1 < len(words) and one_space(text, words[i], words[i + 1]):
            i += 1
        future = future_of(texts[i], lex, readings)
        if future is not None:
            yield words[i], future, FUTURE_CONFIDENCE


def _asserts(words, q: int, text: str) -> bool:
    """Is ``que`` at ``q`` right after a verb that asserts, not negated?"""
    verb = words[q - 1]
    if verb.text.lower() not in ASSERTING or not one_space(text, verb, words[q]):
        return False
    if q < 2 or not one_space(text, words[q - 2], verb):
        return True
    before = words[q - 2].text.lower()
    if before in PERFECT_AUXILIARIES:
        # a perfect: its negation stands before the auxiliary
        if q < 3 or not one_space(text, words[q - 3], words[q - 2]):
            return True
        before = words[q - 3].text.lower()
    return before not in NEGATIONS
