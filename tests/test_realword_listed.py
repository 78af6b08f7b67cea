"""Garble.RealWord and a word the tagging dictionary lists: ``pare`` (to
pare a debt) and ``plying`` are words of their own, ``offical`` and
``revers`` only strings the word list met. The table is built here from a
few dictionary lines (tests/fixtures/en_dict_realword.txt), so the tests do
not need the install's."""
from __future__ import annotations

import pytest

from conftest import FIXTURES
from qa.checkers import realword
from qa.context import Context
from qa.document import Document
from qa.lang import en_tags
from qa.options import Options

LINES = FIXTURES / "en_dict_realword.txt"


@pytest.fixture(scope="module")
def table(tmp_path_factory):
    return en_tags.DICTIONARY.build(LINES, tmp_path_factory.mktemp("tags") / en_tags.TABLE_NAME)


def findings(text: str, monkeypatch, table_path) -> dict[str, tuple[str, float, str]]:
    monkeypatch.setenv("QA_EN_TAGS", str(table_path))
    ctx = Context.create(Options(grammar="off"))  # a fresh run opens the table named
    d = Document.from_text(text, language="en")
    return {d.text[f.start:f.end]: (f.severity, f.confidence, f.data["kind"]) for f in realword.check(d, ctx)}


FLAGGED = [
    # slips of the Reuters source: listed strings, no dictionary word
    ("The ferry is due here next week, a World Bank offical said.", "offical"),
    ("The firm specializes in arranging revers acquisitions and mergers.", "revers"),
]
LISTED = [
    ("Phillips took steps in 1986 to pare its debt, he said.", "pare"),
    ("One of three sister vessels plying cross-Channel routes sank.", "plying"),
]


@pytest.mark.parametrize("text, word", FLAGGED)
def test_a_word_the_dictionary_does_not_list_still_warns(monkeypatch, table, text, word):
    assert not en_tags.DICTIONARY.open_table(table).readings(word)
    severity, _, kind = findings(text, monkeypatch, table)[word]
    assert (severity, kind) == ("warning", "letter")


@pytest.mark.parametrize("text, word", LISTED)
def test_a_word_the_dictionary_lists_needs_more_gain(monkeypatch, table, tmp_path, text, word):
    listed = findings(text, monkeypatch, table)[word]
    unlisted = findings(text, monkeypatch, tmp_path / "absent.sqlite")[word]
    # still a signal for a span, but never a warning on its own gain, and
    # graded LISTED_MARGIN zipf points lower (one point: 0.1 of confidence)
    assert listed[0] == "info" and listed[1] < unlisted[1]
    assert listed[1] == pytest.approx(unlisted[1] - 0.1 * realword.LISTED_MARGIN, abs=0.011)


def test_an_unlisted_word_is_graded_as_without_the_dictionary(monkeypatch, table, tmp_path):
    # interfer -> interfere gains 2.4 points: an info finding either way,
    # of the same confidence (the calibration grades it)
    text = "The offer would in no way interfer with the buyout, it said."
    assert (findings(text, monkeypatch, table)["interfer"]
            == findings(text, monkeypatch, tmp_path / "absent.sqlite")["interfer"])


def test_without_the_dictionary_a_listed_word_is_weighed_as_before(monkeypatch, tmp_path):
    # plying -> playing gains 2.67 zipf points: over the dropped letter's 2.5
    got = findings(LISTED[1][0], monkeypatch, tmp_path / "absent.sqlite")
    assert got["plying"][0] == "warning"


def test_a_look_alike_is_not_weighed_down(monkeypatch, table):
    # the fact is the dropped-letter and cut-off probes': OCR reads are
    # judged by their 1,000 times alone
    got = findings("He said thc estate tax rose.", monkeypatch, table)
    assert got["thc"][2] == "ocr" and got["thc"][0] == "warning"
