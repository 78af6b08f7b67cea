"""A word the tagging dictionary reads only as an interjection, doubled
(``ugh ugh``, ``guau guau``): a sound, not a repeat. A word with another
reading (``well well``, ``vaya vaya``) stays one."""
from __future__ import annotations

import pytest

from qa.checkers import repetition
from qa.checkers.repeat_sounds import MUST_FLAG, MUST_NOT_FLAG
from qa.document import Document

from conftest import ALARMS, repetition_alarms


@pytest.mark.parametrize("lang, text, flagged", [(lang, text, False) for lang, text in MUST_NOT_FLAG]
                         + [(lang, text, True) for lang, text in MUST_FLAG])
def test_a_doubled_interjection_is_no_repeat_and_its_twins_are(ctx, lang, text, flagged):
    assert bool(repetition_alarms(ctx, text, lang)) is flagged


def test_the_class_is_read_from_the_dictionary_not_a_list(ctx):
    en, es = ctx.lexicons["en"], ctx.lexicons["es"]
    assert en.profile.interjection("ugh", en) and not en.profile.interjection("tick", en)
    assert "ugh" not in en.profile.legitimate_repeats
    assert es.profile.interjection("guau", es) and not es.profile.interjection("vaya", es)
    assert "guau" not in es.profile.legitimate_repeats


def test_an_interjection_tripled_is_still_a_chant(ctx):
    text = "The crowd went ugh ugh ugh when the lights failed."
    found = list(repetition.check(Document.from_text(text, language="en"), ctx))
    assert not any(f.severity in ALARMS for f in found)
