"""Spelling.NonWord and a word the tagging dictionary lists: ``iodise``,
``amortisations`` and ``unamortized`` are English words the word list
lacks, ``repuchased`` a slip of the source. The table is built here from a
few dictionary lines (tests/fixtures/en_dict_nonword.txt), so the tests do
not need the install's."""
from __future__ import annotations

import pytest

from conftest import FIXTURES
from qa.checkers import nonword
from qa.context import Context
from qa.document import Document
from qa.lang import en_tags
from qa.options import Options

LINES = FIXTURES / "en_dict_nonword.txt"


@pytest.fixture(scope="module")
def table(tmp_path_factory):
    return en_tags.DICTIONARY.build(LINES, tmp_path_factory.mktemp("tags") / en_tags.TABLE_NAME)


def flagged(text: str, monkeypatch, table_path) -> dict[str, str]:
    monkeypatch.setenv("QA_EN_TAGS", str(table_path))
    ctx = Context.create(Options(grammar="off"))  # a fresh run opens the table named
    d = Document.from_text(text, language="en")
    return {d.text[f.start:f.end]: f.rule for f in nonword.check(d, ctx)}


LISTED = [
    # words of the clean Reuters and Wikinews sets the word list lacks
    ("The ministry plans to iodise all table salt sold in the country.", "iodise"),
    ("Profit was struck after amortisations of goodwill, it said.", "amortisations"),
    ("It wrote off the unamortized portion of the debt discount.", "unamortized"),
]
SLIPS = [
    # slips of the source, which the dictionary does not list
    ("The company said it repuchased 100,000 shares last month.", "repuchased"),
    # a form the dictionary lists only as a name, capitalised
    ("Officials at pdsva said output would rise.", "pdsva"),
]


@pytest.mark.parametrize("text, word", LISTED)
def test_a_word_the_dictionary_lists_is_no_non_word(monkeypatch, table, tmp_path, text, word):
    assert word not in flagged(text, monkeypatch, table)
    # without the dictionary the same word is reported: the table is what excuses it
    assert flagged(text, monkeypatch, tmp_path / "absent.sqlite")[word] == "Spelling.NonWord"


@pytest.mark.parametrize("text, word", SLIPS)
def test_a_word_the_dictionary_does_not_list_is_still_flagged(monkeypatch, table, text, word):
    assert flagged(text, monkeypatch, table)[word] == "Spelling.NonWord"


def test_the_dictionary_is_asked_for_the_lower_case_form(table):
    tags = en_tags.DICTIONARY.open_table(table)
    assert tags.readings("iodise") and not tags.readings("pdsva")
