"""Spanish locutions from LanguageTool's multiword list (qa.lang.es_multiwords)
and their merge with the hand list (qa.lang.es_locutions)."""
from __future__ import annotations

import zipfile

import pytest

from qa.document import Document
from qa.lang import es_locutions, es_multiwords, es_tags
from qa.lang.es import readings
from qa.lexicon import Lexicon

# Lines as LanguageTool's multiwords.txt writes them: names and nouns,
# Spanish locutions after a tab, Latin after ";", a line commented out.
MULTIWORDS = (
    "#separatorRegExp=[\\t;]\n"
    "Eugenia de Montijo;NPFSSP0\n"
    "time lapse;NCMS000\n"
    "a riesgo de\tLOC_PREP\n"
    "en virtud de\tLOC_PREP\n"
    "mientras que\tLOC_CS\n"
    "a la mujeriega\tLOC_ADV\n"
    "vox populi\tLOC_ADV\n"
    "ab imo pectore;LOC_ADV\n"
    "#en línea\tLOC_ADV\n"
    "tanto por ciento\tNCMS000\n"
    "de cuelga\tLOC_ADJ\n"
    "a pesar de\tLOC_PREP\n"
    "a tono\tLOC_ADV\n"
)


def test_locution_lines_take_the_tabbed_locutions_only():
    lines = es_multiwords.locution_lines(MULTIWORDS)
    assert lines == [("a riesgo de", "LOC_PREP"), ("en virtud de", "LOC_PREP"),
                     ("mientras que", "LOC_CS"), ("a la mujeriega", "LOC_ADV"),
                     ("vox populi", "LOC_ADV"), ("de cuelga", "LOC_ADJ"),
                     ("a pesar de", "LOC_PREP"), ("a tono", "LOC_ADV")]


def _home_with_jar(tmp_path):
    """An install folder whose lib/ holds a Spanish jar with the list."""
    (tmp_path / "lib").mkdir()
    with zipfile.ZipFile(tmp_path / "lib" / "language-es-6.8.jar", "w") as z:
        z.writestr(es_multiwords.ENTRY, MULTIWORDS)
    return tmp_path


def test_no_jar_no_list(tmp_path):
    (tmp_path / "lib").mkdir()
    assert es_multiwords.build(tmp_path) is None
    assert es_multiwords.read_entries(tmp_path) == []


@pytest.fixture
def home_with_list(tmp_path, ctx):
    """An install folder with the real tag table and the list above, whose
    forms the install has worked out."""
    table = es_tags.DICTIONARY.table_path(ctx.lexicons["es"].tools_home)
    # the README's test command installs it: a missing table fails here, never skips
    assert es_tags.DICTIONARY.is_current(table), "the Spanish tag table is not installed (qa languagetool install)"
    home = _home_with_jar(tmp_path)
    (home / "tags").mkdir()
    (home / "tags" / es_tags.DICTIONARY.table_name).symlink_to(table)
    assert es_multiwords.build(home) == es_multiwords.path_in(home)
    return home


def test_the_install_writes_the_forms_it_takes(home_with_list):
    entries = es_multiwords.read_entries(home_with_list)
    assert ("riego", 1, ("a", "riesgo", "de")) in entries
    assert ("mientra", 0, ("mientras", "que")) in entries
    expressions = {e for _, _, e in entries}
    assert ("vox", "populi") not in expressions  # Latin: its key is no word the table lists
    assert ("a", "pesar", "de") not in expressions  # on the hand list already
    # "mujer" is a commoner word than "mujeriega"; "tono", a word as written
    forms = {f for f, _, _ in entries}
    assert "mujer" not in forms and "tono" not in forms


@pytest.fixture
def lexicon_with_list(home_with_list):
    return Lexicon("es", tools_home=str(home_with_list))


def _flagged(lex, text):
    doc = Document.from_text(text, language="es")
    return {tok.text: cand for tok, cand, _ in es_locutions.broken_locutions(doc, lex, readings)}


@pytest.mark.parametrize("text,word,original", [
    ("El atleta corrió a riego de perder la medalla.", "riego", "riesgo"),
    ("El juicio se hará en Manhattan, en vir de que el traslado es simple.", "vir", "virtud"),
    ("La primera parte se estrena hoy, mientra que la segunda saldrá en mayo.", "mientra", "mientras"),
    ("El equipo ganó a pesa de las lesiones de su portero.", "pesa", "pesar"),  # the hand list still
    # the hand list's "en torno a" keeps its form "tono", a word the list's "a tono" holds
    ("Hubo un debate en tono a la reforma fiscal.", "tono", "torno"),
])
def test_the_installs_locutions_are_merged(lexicon_with_list, text, word, original):
    assert _flagged(lexicon_with_list, text).get(word) == original


@pytest.mark.parametrize("text", [
    # "a la mujeriega": "mujer" is a commoner word than the key it would damage
    "Le envió varios mensajes sin respuesta a la mujer, según la demanda.",
    "Corrió a riesgo de perder la medalla.",  # as written
    "La vox pop del barrio pidió calma.",  # Latin is not taken
])
def test_the_installs_locutions_leave_sound_text_alone(lexicon_with_list, text):
    assert _flagged(lexicon_with_list, text) == {}


def test_the_index_is_kept_read_back_as_built_and_rebuilt_for_a_new_list(lexicon_with_list, tmp_path, monkeypatch):
    monkeypatch.setenv("QA_CACHE_DIR", str(tmp_path / "cache"))
    home = lexicon_with_list.tools_home
    built = es_locutions._built_index(es_multiwords.read_text(home))
    assert dict(es_locutions._index(Lexicon("es", tools_home=home))) == built
    kept = list((tmp_path / "cache" / "index").glob("es-locutions-*.marshal"))
    assert len(kept) == 1
    assert dict(es_locutions._index(Lexicon("es", tools_home=home))) == built  # read back
    # a list the install writes again gets an index of its own
    path = es_multiwords.path_in(home)
    path.write_text(path.read_text(encoding="utf-8") + "a sabiendas de\t1\tsabienda\n", encoding="utf-8")
    changed = es_locutions._index(Lexicon("es", tools_home=home))
    assert changed["sabienda"] == ((("a", "sabiendas", "de"), 1),)
    assert "sabienda" not in built
    assert list((tmp_path / "cache" / "index").glob("es-locutions-*.marshal")) != kept
