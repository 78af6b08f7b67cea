"""A Spanish determiner swapped for its neighbour before a noun whose only
other reading is a first-person verb.

``la uso``, ``los proceso``, ``los estudio``: the determiner does not fit
the noun (``uso`` is masculine singular), but ``la``, ``los``, ``las``
are object pronouns too and ``uso`` is also "I use", so the pair reads
as "I use it" and the agreement check leaves it alone (``los culpó`` is
sound). News narrates in the third person: outside quotes, after a word
that does not mark a first-person speaker (``yo``, ``no``, ``cuando``,
a pronoun), with no comma before the determiner (``Hombres, los odio``,
a book's title), the first person is out of place and the noun is what
stands there. The repair is the determiner in the noun's gender and
number, which the tagging dictionary (``qa.lang.es_tags``) gives.

must flag: ``permitir la uso de fosfatos`` (``el``), ``afirma los estudio
publicado`` (``el``), ``aprieta el mano de piedra`` (``la``);
must not flag: ``Hombres, los odio`` (after a comma), ``no la uso`` (a
first-person speaker), ``“la uso cada día”`` (quoted), ``los banco
emisores`` (a plural adjective after the noun: ``qa.lang.es_number`` asks
the noun's plural).
"""
from __future__ import annotations

from itertools import compress
from typing import Callable, Iterator

from ..text.pairs import spaced
from ..text.quotes import inside_quotes
from .es_number import plural_modifier_after

# Hand-set like the other tag-table facts (qa.checkers.wordclass warns
# from 0.5); measured in docs/context-models.md.
NOUN_CONFIDENCE = 0.55
# The only verb reading allowed: the first person singular present.
FIRST_PERSON = "V-s1"


def clitic_read_determiners(doc, lex, readings, determiners: dict[str, tuple[str, str]],
                            same_determiner: Callable[[str, set[str], str], str | None],
                            first_person_markers: frozenset[str]) -> Iterator[tuple]:
    """(determiner token, the determiner that agrees, confidence).
    ``readings``: the profile's word -> readings look-up; ``determiners``:
    lower-case determiner -> (gender, number) as ``qa.lang.es`` writes
    them; ``same_determiner``: a determiner put in another gender and
    number; ``first_person_markers``: words before a pronoun that mark a
    first-person speaker."""
    words, text = doc.words, doc.text
    verdicts = lex.memo("es.detclitic")
    # most words are no determiner: those are found in one pass over the
    # document's words, and only they are visited
    entries = list(map(determiners.get, map(str.lower, doc.word_texts[:-1])))
    for i in compress(range(1, len(entries)), entries[1:]):
        det, entry = words[i], entries[i]
        noun, prev = words[i + 1], words[i - 1]
        if not (spaced(text, prev, det) and spaced(text, det, noun)) or not noun.text.islower():
            continue
        if prev.text.lower() in first_person_markers:
            continue
        # a plural determiner before the noun and a plural adjective after
        # it: the noun lost its plural (es_number), not the determiner
        if entry[1].startswith("p") and plural_modifier_after(words, i + 1, text, lex, readings):
            continue
        key = (det.text, noun.text)
        cand = verdicts.get(key, _UNSEEN)
        if cand is _UNSEEN:
            cand = verdicts[key] = _determiner_for(det.text, entry, noun.text, lex, readings,
                                                   same_determiner)
        if cand is not None and not inside_quotes(doc, noun.start, noun.end):
            yield det, cand, NOUN_CONFIDENCE


_UNSEEN = object()


def _determiner_for(det_text: str, entry: tuple[str, str], noun: str, lex, readings,
                    same_determiner) -> str | None:
    """The determiner that fits ``noun`` when its readings are nouns that do
    not fit ``entry`` and the first person singular, else None."""
    tags = readings(noun, lex)
    if FIRST_PERSON not in tags or any(r[0] not in "NV" for r in tags):
        return None
    if any(r[0] == "V" and r != FIRST_PERSON for r in tags):
        return None
    nouns = [r for r in tags if r[0] == "N"]
    gender, number = entry
    if not nouns or any((not gender or r[1] in (gender, "c", "-")) and r[2] in (number[0], "n", "-")
                        for r in nouns):
        return None  # the noun fits: "los usos", "el estudio"
    genders = {r[1] for r in nouns if r[1] in "mf"}
    numbers = {r[2] for r in nouns if r[2] in "sp"}
    if len(numbers) != 1:
        return None
    cand = same_determiner(det_text, genders, "sg" if numbers == {"s"} else "pl")
    return cand if cand is not None and cand.lower() != det_text.lower() else None
