"""Spanish: a finite verb form glued to the word after it.

Spanish rarely compounds two content words, and ``qa.checkers.glue``
calls two common ones glued (``nuevaplanta``), but not when the first part
may be a verb: a verb stem starts compounds (``cubre``-bocas,
``lava``-vajillas). That stem is a third person singular ending in an
unaccented ``a`` or ``e``, and a form so shaped (``aterriza``, ``sugería``)
is also the start of the verb's own longer forms, which the word list may
lack (``aterriza``-das, ``sugería``-mos). Any other finite form (a past
``llegó``, a plural ``veían``, a first person ``estuve``, an accented
``prevé``) starts neither: glued to a listed word, it is two words whose
space was lost (``llegóhoy``, ``demostróinterés``, ``veíancoches``). The
first part must have no reading but a finite verb's (``extrema`` is also an
adjective, ``vacuna`` a noun), and the second must not be only an object
pronoun, which Spanish may write attached to a verb. The tagging dictionary
(``qa.lang.es_tags``) gives each part's readings.

>>> from qa.lexicon import Lexicon
>>> es = Lexicon("es")
>>> [verb_form_glued(w.replace(" ", ""), w, es) for w in ("llegó hoy", "estuve insistiendo")]
[True, True]
>>> [verb_form_glued(w.replace(" ", ""), w, es) for w in ("cubre boca", "aterriza das", "vacuna ría")]
[False, False, False]
"""
from __future__ import annotations

from . import es_tags

# Endings of a third person singular that starts compounds and the verb's
# longer forms (cubre-bocas, aterriza-das, sugería-mos).
STEM_ENDINGS = ("a", "e")
THIRD_SINGULAR = "V-s3"


def verb_stem_compound(pair: str, lexicon) -> bool:
    """Could ``pair`` (``cubre bocas``) be a compound a verb stem starts:
    the first part a third person singular ending in ``a`` or ``e``, the
    second a noun? A first person (``acoso``, ``proceso``), a form in
    ``-s`` (``redes``) or an adjective after (``distancia segura``)
    starts none. Without the tagging dictionary, or when it lacks the
    first part, any form that may be a verb may (``qa.lang.es.verb_like``)."""
    from .es import verb_like

    left, _, right = pair.partition(" ")
    table = es_tags.for_lexicon(lexicon)
    left_readings = table.readings(left) if table is not None else frozenset()
    if not left_readings:
        return verb_like(left, lexicon)
    right_readings = table.readings(right)
    return (left.endswith(STEM_ENDINGS) and THIRD_SINGULAR in left_readings
            and (not right_readings or any(r[0] == "N" for r in right_readings)))


def verb_form_glued(word: str, pair: str, lexicon) -> bool:
    """Is ``word`` (unknown) a finite verb form glued to the next word,
    read as ``pair`` (``llegó hoy``)? False when the tagging dictionary is
    absent or lacks either part."""
    table = es_tags.for_lexicon(lexicon)
    if table is None:
        return False
    left, _, right = pair.lower().partition(" ")
    left_readings, right_readings = table.readings(left), table.readings(right)
    if not left_readings or not right_readings:
        return False
    if left.endswith(STEM_ENDINGS) and THIRD_SINGULAR in left_readings:
        return False
    finite_only = all(r[0] == "V" for r in left_readings)
    pronoun_only = all(r[0] == "K" for r in right_readings)
    return finite_only and not pronoun_only
