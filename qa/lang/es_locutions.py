"""Spanish fixed expressions with one word damaged into another word.

``a pesar de``, ``de acuerdo con``, ``rueda de prensa``, ``vale la pena``:
news writes a few dozen fixed expressions (locuciones) thousands of times,
always the same way. A dropped letter or a cut-off end that turns one of
their words into another word (``a pesa de``, ``de cuerdo con``, ``en ruda
de prensa``, ``vale la pea``) passes every spell check, and the word
classes often fit (``pesa``, ``cuerdo`` and ``ruda`` are nouns or
adjectives); but the rest of the expression stands intact around it, and no
sound sentence has ``a pesa de``.

Each expression's words of four letters or more are its keys. Every form a
key leaves after one damage (a letter dropped, its end cut to two letters
or more, its accents lost) is indexed once, so a word of a document costs
one set look-up; only a word that is such a form has its neighbours
compared with the expression. Function words (``de``, ``a``, ``la``) are
not keys: their damaged forms are other function words, which a sound
sentence may hold in their place.

Beside the list below, the locutions of LanguageTool's own multiword list
(``qa.lang.es_multiwords``: ``gracias a``, ``a riesgo de``), copied by the
install, are merged in when the install holds them (``taken_entries``).
"""
from __future__ import annotations

import hashlib
from itertools import compress
from pathlib import Path
from typing import Iterator

# Hand-set like the other tag-table facts (qa.checkers.wordclass warns
# from 0.5); measured in docs/context-models.md.
LOCUTION_CONFIDENCE = 0.55
# A key shorter than this has damaged forms that are common words of their own.
MIN_KEY = 4
# A cut-off end leaves at least this many letters.
MIN_CUT = 2

# Fixed expressions of Spanish news, as written (lower case). Conjugated
# heads are listed in the forms news uses most; not a future whose lost
# accent leaves a subjunctive a conjunction may govern (``que se llevara a
# cabo``).
LOCUTIONS = tuple(tuple(e.split()) for e in """
    a pesar de
    pese a
    de acuerdo con
    de acuerdo a
    a través de
    a partir de
    por parte de
    sin embargo
    a lo largo de
    en cuanto a
    a fin de
    con respecto a
    respecto a
    por ejemplo
    por lo tanto
    sin duda
    en torno a
    frente a
    a cargo de
    a favor de
    en contra de
    a raíz de
    a mediados de
    en medio de
    por medio de
    en lugar de
    en vez de
    a punto de
    a espaldas de
    a pesar del
    alrededor de
    acerca de
    además de
    antes de
    después de
    dentro de
    fuera de
    debido a
    junto a
    junto con
    cerca de
    lejos de
    rueda de prensa
    conferencia de prensa
    nota de prensa
    dar a conocer
    dio a conocer
    dieron a conocer
    da a conocer
    hacer frente
    hace frente
    hizo frente
    vale la pena
    valió la pena
    merece la pena
    tener en cuenta
    tomar en cuenta
    tiene lugar
    tuvo lugar
    llevar a cabo
    llevó a cabo
    lleva a cabo
    lleve a cabo
    llevaron a cabo
    llevan a cabo
    llevado a cabo
    llevando a cabo
    por su parte
    por otra parte
    por otro lado
    de hecho
    sobre todo
    al menos
    por lo menos
    cada vez más
    hoy en día
    de nuevo
    a menudo
    poco a poco
    en sí mismo
    en sí misma
    dijo que
    afirmó que
    """.strip().splitlines())


# Damaged forms that are words of their own but never stand before the
# other word of their two-word expression in sound copy (none of the 398
# clean articles writes "ante de"), so they are read there though known;
# the noun's own phrase ("piel de ante de primera") is left alone; nor
# does any write "dio que" but in the idiom with an infinitive ("dio que
# hablar"), against 73 "dijo que", nor "firmó que" (one signs a thing),
# against 17 "afirmó que".
UNSOUND_PAIRS = frozenset({("ante", ("antes", "de")), ("dio", ("dijo", "que")),
                           ("firmó", ("afirmó", "que"))})


def damaged_forms(word: str) -> set[str]:
    """The forms one damage leaves of ``word``: a letter dropped, its end
    cut (to ``MIN_CUT`` letters or more), its accents lost."""
    from ..text.damage import strip_accents  # imported late: qa.text.damage reads the profiles
    forms = letter_damaged_forms(word)
    forms.add(strip_accents(word))
    forms.discard(word)
    return forms


def letter_damaged_forms(word: str) -> set[str]:
    """The forms a lost letter leaves of ``word``: one dropped, or its end
    cut (to ``MIN_CUT`` letters or more)."""
    forms = {word[:k] + word[k + 1:] for k in range(len(word))}
    forms.update(word[:k] for k in range(MIN_CUT, len(word)))
    return forms


def taken_entries(lex, locutions) -> list[tuple[str, int, tuple[str, ...]]]:
    """(damaged form, position of its key, expression) of the install's
    ``locutions`` (``qa.lang.es_multiwords``, worked out by the install;
    expressions as word tuples): those not on the hand list whose words of ``MIN_KEY``
    letters or more the tag table all lists (not Latin: ``vox populi``).
    A form is taken only when it is a rarer word than its key: most of
    those locutions are rare (``a la mujeriega``), and a commoner word in
    their frame is the sound reading (``a la mujer``), not the rare
    expression damaged. A form that is a word of an expression as written
    is not taken."""
    from .es import readings  # imported late: qa.lang.es imports this module

    hand = set(LOCUTIONS)
    taken = []
    for expression in locutions:
        keys = [w for w in expression if len(w) >= MIN_KEY]
        if expression not in hand and keys and all(
                readings(w, lex) for w in keys):
            taken.append(expression)
    whole = {w for e in LOCUTIONS for w in e}.union(*taken)
    entries = []
    for expression in taken:
        for at, key in enumerate(expression):
            if len(key) < MIN_KEY:
                continue
            for form in sorted(damaged_forms(key)):
                if form not in whole and lex.zipf(form) < lex.zipf(key):
                    entries.append((form, at, expression))
    return entries


def _index(lex) -> dict[str, tuple[tuple[tuple[str, ...], int], ...]]:
    """damaged form -> (expression, position of the key it damages), from
    the list above and the install's locutions' forms (``taken_entries``,
    read from the install: some seven thousand forms), kept in the run's
    Lexicon memo. Building it from the install's file costs a Spanish run
    15-20 ms; it is kept in the index cache (``qa.text.indexcache``) under
    the digest of that file and of this module, and read back in a few."""
    from ..text.indexcache import load_or_build
    from . import es_multiwords

    memo = lex.memo("es.locutions")
    if memo:
        return memo
    installed = es_multiwords.read_text(lex.tools_home)
    source = hashlib.sha256(Path(__file__).read_bytes() + b"\0" + installed.encode("utf-8")).hexdigest()
    memo.update(load_or_build("es-locutions", source, lambda: _built_index(installed)))
    return memo


def _built_index(installed: str) -> dict[str, tuple[tuple[tuple[str, ...], int], ...]]:
    """The index of ``_index`` from the hand list and ``installed``, the
    install's file as text ("" without it)."""
    from . import es_multiwords

    index: dict[str, list] = {}
    # the hand list's forms are kept whatever words the install's
    # locutions hold (``tono`` of ``en torno a`` beside ``a tono``)
    whole = {w for e in LOCUTIONS for w in e}
    for expression in LOCUTIONS:
        for at, key in enumerate(expression):
            if len(key) < MIN_KEY:
                continue
            for form in damaged_forms(key):
                # another expression's word as written, unless unsound here
                # ("dio" of "dio a conocer" before "que")
                if form not in whole or (form, expression) in UNSOUND_PAIRS:
                    index.setdefault(form, []).append((expression, at))
    for form, at, expression in es_multiwords.parse_entries(installed):
        if form not in whole:
            index.setdefault(form, []).append((expression, at))
    return {form: tuple(v) for form, v in index.items()}


def broken_locutions(doc, lex, readings) -> Iterator[tuple]:
    """(token, the word the expression wants, confidence) for a word that
    is one damage away from a key of a fixed expression whose other words
    stand around it as written. In an expression of two words the other
    word is a common function word that says little, so there the damaged
    form must be no word the dictionary knows (``desp de``; not ``fue de``
    for ``fuera de``), but for the few that never stand there
    (``UNSOUND_PAIRS``: ``días ante de``). ``readings`` is the profile's
    word -> readings look-up."""
    index = _index(lex)
    words, text = doc.words, doc.text
    lowered = None
    # most words are no damaged key: looked up in one pass over the
    # document's words, and only those found visited
    found = list(map(index.get, doc.word_texts))
    for i in compress(range(len(words)), found):
        tok, entries = words[i], found[i]
        if lowered is None:
            lowered = [w.text.lower() for w in words]
        for expression, at in entries:
            start = i - at
            if start < 0 or start + len(expression) > len(words):
                continue
            if any(lowered[start + k] != w for k, w in enumerate(expression) if k != at):
                continue
            if any(text[words[k].end:words[k + 1].start] != " "
                   for k in range(start, start + len(expression) - 1)):
                continue
            if len(expression) < 3 and readings(tok.text, lex) and not _unsound(
                    lowered, i, expression, lex, readings):
                continue  # "fue de", "cera de": a word of its own before a common function word
            yield tok, expression[at], LOCUTION_CONFIDENCE
            break


def _unsound(lowered: list[str], i: int, expression: tuple[str, ...], lex, readings) -> bool:
    """Is lower-case word ``i`` a damaged form that never stands before the
    rest of its two-word ``expression`` (``UNSOUND_PAIRS``), outside the
    noun's own phrase after ``de`` (``de ante de color``) and the idiom
    with an infinitive after ``que`` (``dio que hablar``)?"""
    if (lowered[i], expression) not in UNSOUND_PAIRS or (i and lowered[i - 1] == "de"):
        return False
    after = lowered[i + 2] if i + 2 < len(lowered) else ""
    return not (expression[-1] == "que" and "I---" in readings(after, lex))
