"""The English tag table (LanguageTool's english-pos-dict)."""
from __future__ import annotations

import pytest

from conftest import FIXTURES
from qa import check_text
from qa.context import Context
from qa.lang import en_tags, tagtable
from qa.options import Options

EXCERPT = FIXTURES / "en_dict_excerpt.txt"


@pytest.fixture(scope="module")
def small_table(tmp_path_factory):
    return en_tags.DICTIONARY.build(EXCERPT, tmp_path_factory.mktemp("tags") / en_tags.TABLE_NAME)


# -- building and looking up ------------------------------------------------------

def test_table_from_excerpt_holds_the_dictionarys_tags(small_table):
    table = tagtable.TagTable(small_table)
    assert table.readings("member") == {"NN"} and table.readings("members") == {"NNS"}
    assert table.readings("official") == {"JJ", "NN"}
    assert table.readings("approve") == {"VB", "VBP"}
    assert table.readings("said") == {"VBD", "VBN"}
    assert table.readings("he") == {"PRP"}  # the person and case left off
    assert table.readings("his") == {"PRP$"}
    assert table.readings("Dealer") == {"NN"}  # capitalised: looked up lower-case
    assert table.readings("zzzz") == frozenset()


def test_lines_that_are_not_entries_are_skipped():
    lines = ["member+member+NN\n", "\n", "broken line\n", "x++NN\n", "a+b\n", "a+b+c+NN\n"]
    assert list(en_tags.parse(lines)) == [("member", "NN")]


def test_the_english_and_spanish_tables_are_told_apart(small_table, tmp_path):
    from qa.lang import es_tags

    assert en_tags.DICTIONARY.is_current(small_table)
    assert en_tags.DICTIONARY.open_table(tmp_path / "absent.sqlite") is None
    # a table of another format (or of the other language) is rebuilt, not read
    assert es_tags.FORMAT == en_tags.FORMAT or not es_tags.is_current(small_table)
    assert en_tags.DICTIONARY.env != es_tags.DICTIONARY.env
    assert en_tags.DICTIONARY.table_name != es_tags.DICTIONARY.table_name


def test_install_built_the_table():
    """`qa languagetool install` builds it from the jar LanguageTool loads."""
    table = en_tags.DICTIONARY.open_table()
    assert table is not None, "run `qa languagetool install`"
    assert table.readings("member") == {"NN"} and table.readings("uncertain") == {"JJ"}
    assert "NNP" in table.readings("Apple") and "NNP" not in table.readings("apple")


def test_the_table_is_opened_when_an_english_document_needs_it():
    run = Context.create(Options(grammar="off"))
    check_text("Los precios subieron, dijeron los operadores.", language="es", context=run)
    assert "table" not in run.lexicons["es"].memo(en_tags.TABLE_NAME)
    assert en_tags.for_lexicon(run.lexicons["en"]) is not None
    assert run.lexicons["en"].memo(en_tags.TABLE_NAME)["table"] is not None
