"""Doubles that idioms, names, pronouns and written forms make on purpose.

LanguageTool's word-repeat rules let these be after years of user reports
(``EnglishWordRepeatRule``; the ``allowed_repetitions`` of the Spanish
disambiguation file; the antipatterns of ``PRP_REPITION`` and
``PHRASE_REPETITION`` in the English grammar file). newsqa keeps only those
whose shape a word replaced by its neighbour does not make, or made in none
of the ten-seed damage of the calibration half (docs/evaluation.md,
"Legitimate repeats that LanguageTool's exceptions name"):

- a fixed sequence of the profile's ``meant_doubles`` around the double
  ("hip hip hooray", "logged in in 2019", "al pan pan y al vino vino");
- a name particle before a name that starts with its capitalised copy
  ("el gol de De Gea", "will Will Smith"): the damage copies its neighbour
  in lower case, so it never writes the second copy in capitals;
- an object pronoun after a verb of the profile's ``pronoun_doubles``,
  then the same word opening what follows ("gave her her first job",
  "told you you were wrong");
- the last label of a web address or a slashed ending, then the same word
  ("elpais.es es", "alumno/a a su vez"), all in lower case: stock codes
  ("TSCO.L l") stay alarms;
- (phrases) a noun-preposition-noun idiom ("hand in hand in the park",
  "step by step by step"), whose "noun preposition" pair reads as a phrase
  said twice; the damage replaces one word and never doubles a phrase.
"""
from __future__ import annotations

# Examples the tests run (tests/test_repeat_classes.py): (language, text).
MUST_NOT_FLAG = (
    ("en", "The crowd shouted hip hip hooray when the team came home."),
    ("en", "Users who logged in in 2019 saw the new page."),
    ("en", "The tse tse fly spreads sleeping sickness."),
    ("en", "The tuk tuk drivers went on strike on Monday."),
    ("es", "Hay que decir al pan pan y al vino vino."),
    ("es", "El libro lo explica todo de la A a la Z."),
    ("es", "Las fiestas bunga bunga del ex primer ministro."),
    ("es", "El portero salvó el gol con una parada de De Gea en el minuto 90."),
    ("en", "Where will Will Smith go after the Oscars?"),
    ("en", "The state gave her her first job in 1998."),
    ("en", "I told you you were wrong about the vote."),
    ("es", "El sitio elpais.es es el más leído del país."),
    ("es", "Cada alumno/a a su vez debe firmar el acta."),
    ("en", "The two leaders walked hand in hand in the park."),
    ("en", "He learned the trade step by step by step."),
    ("es", "Los vecinos fueron puerta a puerta a pedir firmas."),
)
# Their twins: the damage or the slip of the same shape.
MUST_FLAG = (
    ("en", "The hip hip of the crowd was loud."),  # no "hooray" after it
    ("en", "Users who logged on in in 2019 saw the new page."),  # "in" is not the particle
    ("en", "Users who went in in 2019 saw the new page."),  # not a phrasal verb of the list
    ("es", "Hay que decir el pan pan y el vino."),
    ("es", "El portero salvó el gol con una parada de de Gea en el minuto 90."),
    ("es", "El portero salvó el gol con una parada de De en el minuto 90."),
    ("en", "Where will will Smith go after the Oscars?"),
    ("es", "Ganó el título con los Los Angeles Dodgers en 2020."),  # an article, no particle
    ("en", "The state gave her her."),  # nothing after the pronoun
    ("en", "The state gave her her the job in 1998."),  # an article cannot follow
    ("en", "The state said her her first job was in 1998."),  # no two-object verb
    ("en", "The company said it it would sell the unit."),
    ("en", "Tesco Plc TSCO.L l that County Ltd had gone."),  # a stock code
    ("en", "The price rose price rose in March."),  # no preposition in the phrase
    ("es", "Es la capital de la de la región."),
    ("en", "The mayor said that the mayor said that it rained."),
)


def meant_double(toks, i: int, j: int, profile) -> bool:
    """Whether toks[i] and its plain copy toks[j] are one of the shapes above."""
    return (_in_sequence(toks, i, profile.meant_doubles)
            or _name_after_particle(toks, i, j, profile.name_particles)
            or _pronoun_then_clause(toks, i, j, profile.pronoun_doubles)
            or _address_tail(toks, i, j))


def _in_sequence(toks, i: int, sequences) -> bool:
    """toks[i] and toks[i + 1] stand where a sequence's double does, and the
    words around them are the sequence's."""
    low = toks[i].text.lower()
    for seq in sequences:
        for k in range(len(seq) - 1):
            if seq[k] != low or seq[k + 1] != low:
                continue
            first = i - k
            if first < 0 or first + len(seq) > len(toks):
                continue
            words = toks[first:first + len(seq)]
            if all(t.kind == "word" for t in words) \
                    and tuple(t.text.lower() for t in words) == seq:
                return True
    return False


def _name_after_particle(toks, i: int, j: int, particles) -> bool:
    """"de De Gea": the particle in lower case, its copy capitalised, a
    capitalised word after the copy."""
    tok, other = toks[i], toks[j]
    after = toks[j + 1] if j + 1 < len(toks) else None
    return tok.text in particles and other.text[:1].isupper() and other.text[1:].islower() \
        and after is not None and after.kind == "word" and after.text[:1].isupper()


def _pronoun_then_clause(toks, i: int, j: int, doubles) -> bool:
    """"gave her her first job": a verb of the list, the pronoun, and its
    copy before a word that can follow it."""
    low = toks[i].text.lower()
    before = toks[i - 1] if i > 0 else None
    after = toks[j + 1] if j + 1 < len(toks) else None
    for word, verbs, not_after in doubles:
        if word == low and before is not None and before.kind == "word" \
                and before.text.lower() in verbs and after is not None \
                and after.kind == "word" and after.text.lower() not in not_after:
            return True
    return False


def _address_tail(toks, i: int, j: int) -> bool:
    """"elpais.es es", "alumno/a a": the first copy ends a web address or a
    slashed ending, glued to a lower-case word; the copy too is lower case."""
    if i < 2 or not toks[i].text.islower():
        return False
    mark, head = toks[i - 1], toks[i - 2]
    return mark.text in (".", "/") and head.kind == "word" and head.text.islower() \
        and head.end == mark.start and mark.end == toks[i].start \
        and toks[j].text == toks[i].text


def idiom_phrase(words, i: int, profile) -> bool:
    """words[i:i + 4] is "noun preposition noun preposition" of an idiom
    ("hand in hand in", "step by step by"): a content word, then one of
    the profile's ``idiom_prepositions``."""
    first, prep = words[i], words[i + 1]
    low = first.text.lower()
    return first.kind == "word" and low not in profile.function_words \
        and prep.text.lower() in profile.idiom_prepositions
