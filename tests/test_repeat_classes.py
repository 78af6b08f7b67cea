"""Doubles that are two clauses meeting (``What it is is a tax``), a list
label before its item's first word (``a) a tax cut``), a title or
dateline in capitals run into its text (``WILLIAM TELL William Tell``,
``MADRID Madrid amaneció``), and the idioms, names, pronouns and
addresses LanguageTool's exceptions name (``hip hip hooray``, ``de De
Gea``, ``gave her her first job``, ``elpais.es es``, ``hand in hand in``):
not repeats. Their twins, the slips and the neighbour damage of the same
shape, stay alarms."""
from __future__ import annotations

import pytest

from qa.checkers import repeat_idioms, repetition
from qa.checkers.repeat_clauses import MUST_FLAG, MUST_NOT_FLAG
from qa.document import Document

from conftest import ALARMS, repeat_alarms, repetition_alarms

# (language, text, whether a repeat alarm is expected)
HEADINGS_AND_LABELS = (
    # a title in capitals, then the same words in the text's case
    ("en", "For the Benefit of Mr. Farren, on Saturday, WILLIAM TELL William Tell, Mr. Macready.",
     False),
    ("es", "Esta noche en el teatro: LA VIDA ES SUEÑO La vida es sueño, de Calderón.", False),
    ("en", "On Saturday the play the play was staged by Mr. Macready.", True),
    ("en", "On Saturday WILLIAM TELL WILLIAM TELL was staged by Mr. Macready.", True),
    ("en", "On Saturday, William Tell William Tell was staged by Mr. Macready.", True),
    # a dateline in capitals run into its sentence; copied as it is or in lower case
    ("en", "WASHINGTON Washington officials said on Monday that the plan had failed.", False),
    ("es", "MADRID Madrid amaneció con nieve este lunes por la mañana.", False),
    ("en", "WASHINGTON washington officials said on Monday that the plan had failed.", True),
    ("en", "Washington Washington officials said on Monday that the plan had failed.", True),
    ("en", "THE The officials said on Monday that the plan had failed.", True),
    ("es", "MADRID MADRID amaneció con nieve este lunes por la mañana.", True),
    # a list item's one-letter label, then the same word
    ("en", "The board had two options: a) a tax cut, b) a loan from the state bank.", False),
    ("en", "The court ruled that (a) a fine is due and (b) the bank must pay it.", False),
    ("en", "The options were:\na) a tax cut\nb) a loan from the state bank", False),
    ("es", "Las opciones eran dos: a) a partir de mayo, b) en junio del año próximo.", False),
    ("en", "He saw the (the) report before the meeting on Monday.", True),
    ("en", "He paid a) a fine before the meeting on Monday.", True),  # no list before it
    ("en", "Items: (a) (a) is repealed by the new law.", True),  # the label itself doubled
)


@pytest.mark.parametrize("lang, text, flagged", [(lang, text, False) for lang, text in MUST_NOT_FLAG]
                         + [(lang, text, True) for lang, text in MUST_FLAG])
def test_a_free_relative_then_its_main_verb_is_no_repeat_and_its_twins_are(ctx, lang, text, flagged):
    assert bool(repeat_alarms(ctx, text, lang)) is flagged


@pytest.mark.parametrize("lang, text, flagged", [(lang, text, False) for lang, text in MUST_NOT_FLAG]
                         + [(lang, text, True) for lang, text in MUST_FLAG])
def test_the_repetition_checker_alone_reads_free_relatives_so(ctx, lang, text, flagged):
    # the calibration keeps some repeat findings of a language at info (a
    # Spanish phrase), so the whole check alone would not show what the checker says
    assert bool(repetition_alarms(ctx, text, lang)) is flagged


@pytest.mark.parametrize("lang, text, flagged", HEADINGS_AND_LABELS)
def test_headings_datelines_and_list_labels(ctx, lang, text, flagged):
    assert bool(repeat_alarms(ctx, text, lang)) is flagged


@pytest.mark.parametrize("lang, text, flagged",
                         [(lang, text, False) for lang, text in repeat_idioms.MUST_NOT_FLAG]
                         + [(lang, text, True) for lang, text in repeat_idioms.MUST_FLAG])
def test_idioms_names_pronouns_and_addresses_are_no_repeat_and_their_twins_are(ctx, lang, text,
                                                                              flagged):
    # the repetition checker itself: a calibrated run makes a Spanish phrase
    # repeat an info note, so the pipeline would not show the phrase twins
    found = [f for f in repetition.check(Document.from_text(text, language=lang), ctx)
             if f.severity in ALARMS]
    assert bool(found) is flagged


# A double among lower-case words the document's tagging dictionary does not
# list is a passage in a language newsqa reads no list for: a note, not an
# alarm; so is a short word that language shares with the document's (Latin
# "se", "te", "in") doubled between two such words, one on each side (a word
# opening its sentence read without its capital). Its twins: the wire's
# abbreviations and misspellings among English words, a capital inside the
# sentence, and a listed double with one unlisted neighbour only, which stay
# the document's own slips.
UNREAD_PASSAGES = (
    ("en", "The old motto, quidquid quidquid agis prudenter, hung over the door.", False),
    ("en", "He paid 15 mln dlrs dlrs for the unit on Monday.", True),
    ("en", "The goverment goverment said no to the plan.", True),
    ("en", "The Quidquid quidquid agis prudenter motto hung over the door.", True),  # a capital
    ("en", "The old words deus in in terris were carved over the door.", False),
    ("en", "The goverment said the the plan was fine.", True),
    ("es", "Grabaron en la puerta, en latín, nosce te te ipsum, y se fueron.", False),
    ("es", "Nosce te te ipsum, grabaron en la puerta.", False),
    ("es", "Dijo que gobiermo se se reunirá mañana.", True),
    ("es", "Grabaron en la puerta Nosce te te ipsum y se fueron.", True),
)


@pytest.mark.parametrize("lang, text, flagged", UNREAD_PASSAGES)
def test_a_double_among_words_the_dictionary_does_not_list_is_a_note(ctx, lang, text, flagged):
    found = list(repetition.check(Document.from_text(text, language=lang), ctx))
    assert any(f.severity in ALARMS for f in found) is flagged
    assert any(f.rule == "Repetition.Foreign" for f in found) is not flagged


# A number repeated in a score or a list is no repeated word; a number word
# doubled is the slip the real-repeats set and the clean news hold ("cinco
# cinco", "two two").
NUMBERS = (
    ("en", "The score was 2 2 at half time.", False),
    ("es", "Quedaron 1 1 en el primer tiempo.", False),
    ("en", "He scored two two goals.", True),
    ("es", "Tengo una altura como cinco cinco.", True),
)


@pytest.mark.parametrize("lang, text, flagged", NUMBERS)
def test_digits_repeated_are_no_repeat_and_number_words_are(ctx, lang, text, flagged):
    found = [f for f in repetition.check(Document.from_text(text, language=lang), ctx)
             if f.severity in ALARMS]
    assert bool(found) is flagged
