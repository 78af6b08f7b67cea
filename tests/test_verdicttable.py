"""Verdict tables (qa.text.verdicttable): what a run reads from one is what
it would have worked out, and a table built from other inputs is never read."""
from __future__ import annotations

from pathlib import Path

import pytest

from qa.checkers import context_word, realword, tagcontext
from qa.context import Context
from qa.document import Document
from qa.lang import es, es_classes, es_number, es_subject, es_verbforms, es_wordfacts
from qa.lexicon import Lexicon
from qa.options import Options
from qa.pipeline import check_documents
from qa.text import verdicttable
from qa.text.ngram import model_for
from qa.text.suggest import index_for
from qa.text.tokens import tokenize

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))]
    texts.append((FIXTURES / "seed_es.txt").read_text(encoding="utf-8"))
    for module in (realword, context_word, tagcontext):
        for info in module.RULES:
            texts += [*info.flag, *info.ok]
    return texts


TEXTS = _texts()


def _sample_words(lang: str) -> list[str]:
    """Every 251st of the words an install would keep, and every lower-case
    word of the texts above (some of them rare, some unlisted)."""
    lex = Lexicon(lang)
    common = verdicttable.table_words(lex)[::251]
    met = {t.text for text in TEXTS for t in tokenize(text) if t.kind == "word" and t.text.islower()}
    return sorted({*common, *met})


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    """Tables for the sample words of both languages, in a folder of their own."""
    folder = tmp_path_factory.mktemp("verdicts")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(verdicttable, "index_folder", lambda: folder)
        words = {lang: _sample_words(lang) for lang in ("es", "en")}
        for lang in words:
            assert verdicttable.build(Lexicon(lang), words[lang]) == len(words[lang])
    return folder, words


@pytest.fixture
def in_folder(tables, monkeypatch):
    """The sample words by language, with the run's tables read from their folder."""
    folder, words = tables
    monkeypatch.setattr(verdicttable, "index_folder", lambda: folder)
    return words


def _live(lang: str) -> Lexicon:
    lex = Lexicon(lang)
    verdicttable.work_out_live(lex)
    return lex


@pytest.mark.parametrize("lang", ["es", "en"])
def test_a_table_answers_what_the_live_computation_answers(in_folder, lang):
    stored, live = Lexicon(lang), _live(lang)
    lm = model_for(live)
    classes = {lex: es_classes.open_classes(lex) for lex in (stored, live)} if lang == "es" else {}
    words = in_folder[lang]
    assert len(words) > 300
    for word in words:
        assert verdicttable.stored(stored, word) is not None, word  # the table answers
        assert realword.restoration(word, stored, {}) == realword.restoration(word, live, {}), word
        if lm is not None:
            from_table = context_word._judged(word, stored, lm)
            worked_out = context_word._judged(word, live, lm)
            assert from_table[:3] == worked_out[:3], word
            if from_table:
                _, cands, ways, prices, *marks = worked_out
                assert from_table[3] == [context_word.price(word, c, *w, live)
                                         for c, w in zip(cands, ways)], word
                assert list(from_table[4:]) == marks, word
        if classes:
            assert (tagcontext.word_terms(word, classes[stored], stored)
                    == tagcontext.word_terms(word, classes[live], live)), word
        if lang == "es":  # the language's own word facts
            facts = es_wordfacts.word_facts(word, live)
            assert verdicttable.stored(stored, word)[verdicttable.Slot.FACTS] == facts, word
            assert es_wordfacts.kept(word, stored) == facts, word
        else:
            assert verdicttable.stored(stored, word)[verdicttable.Slot.FACTS] is None, word
    # a word the table does not hold is worked out
    assert verdicttable.stored(stored, "zzqxv") is None


def test_spanish_slot_checks_read_a_word_the_table_holds_from_it(in_folder, monkeypatch):
    """The table's facts stand in for the live work (which would fail here)."""
    def fail(word, *args, **kwargs):
        raise AssertionError(f"worked out live: {word}")

    for name in ("verb_form_kind", "singular_noun_plural", "accented_neighbours", "live_verb_reading"):
        for module in (es, es_number, es_verbforms, es_subject):
            if hasattr(module, name):
                monkeypatch.setattr(module, name, fail)
    lex = Lexicon("es")
    held = [w for w in in_folder["es"] if w.isalpha()][:200]
    doc = Document.from_text(" ".join(held) + ".", language="es")
    list(es.word_in_context(doc, lex))
    # a word the table does not hold is worked out
    with pytest.raises(AssertionError, match="worked out live"):
        list(es.word_in_context(Document.from_text("zzqxv abc.", language="es"), lex))


def _findings(ctx: Context) -> list[tuple]:
    docs = [Document.from_text(text, source=f"t/{i}") for i, text in enumerate(TEXTS)]
    return [(report.source, f.rule, f.start, f.end, f.severity, f.confidence, f.message,
             tuple((x.replacement, x.confidence) for x in f.fixes))
            for report in check_documents(docs, ctx) for f in report.findings]


def test_findings_with_tables_are_the_findings_without(in_folder):
    with_tables = Context.create(Options(grammar="off"))
    without = Context.create(Options(grammar="off"))
    for lang in ("es", "en"):
        verdicttable.work_out_live(without.lexicons[lang])
    found = _findings(with_tables)
    assert found == _findings(without)
    rules = {row[1] for row in found}
    assert {"Garble.Context", "Garble.TagContext", "Garble.RealWord"} <= rules
    for lang in ("es", "en"):  # the tables were read
        assert with_tables.lexicons[lang].memo("verdict-table")["table"] is not None


def test_every_word_is_found_and_no_other():
    """Keys in UTF-8 byte order (``ñu`` after ``zz``), the first and the last."""
    words = ["a", "aa", "año", "ano", "b", "casa", "ñu", "zz", "über", "ß", "日本"]
    entries = {w: (None if k % 2 else (w, k * 0.1, "accent", 1.5), (), ("Ns", (), 0.0))
               for k, w in enumerate(words)}
    table = verdicttable.VerdictTable(verdicttable.pack(entries, b"d" * 32))
    assert len(table) == len(words)
    for word in words:
        assert table.get(word) == entries[word], word
    for absent in ["", "0", "aaa", "an", "añ", "cas", "casas", "zzz", "ÿ", "日", "\U0001f600"]:
        assert table.get(absent) is None, absent
    assert verdicttable.VerdictTable(verdicttable.pack({}, b"d" * 32)).get("a") is None


def test_a_table_of_other_inputs_is_not_read(in_folder, monkeypatch):
    assert verdicttable.open_table(Lexicon("en")) is not None
    monkeypatch.setattr(verdicttable, "VERSION", verdicttable.VERSION + 1)
    assert verdicttable.open_table(Lexicon("en")) is None


def _english_report_notes(ctx) -> tuple[str, ...]:
    doc = Document("The company said it would form a new unit next year.", "a.txt", language="en")
    (report,) = check_documents([doc], ctx)
    return report.notes


def test_a_run_says_when_its_table_was_built_in_another_environment(in_folder, monkeypatch):
    # the table of this environment is read: no note
    assert not any("worked out live" in n for n in _english_report_notes(Context.create(Options(grammar="off"))))
    # a copy of the checkout elsewhere (or a moved venv) finds only the first one's table
    monkeypatch.setattr(verdicttable, "_PACKAGE", Path("/elsewhere/qa"))
    notes = _english_report_notes(Context.create(Options(grammar="off")))
    assert [n for n in notes if "worked out live" in n] == [
        "word verdicts for 'en' worked out live: the cached table was built in another environment; "
        "`qa languagetool install` builds this one's (same findings, faster)"]


def test_a_stale_table_of_its_own_environment_is_no_note(in_folder, monkeypatch):
    # edited code or an upgraded package: the next install replaces the table, as before
    monkeypatch.setattr(verdicttable, "VERSION", verdicttable.VERSION + 1)
    assert verdicttable.open_table(Lexicon("en")) is None
    assert not any("worked out live" in n for n in _english_report_notes(Context.create(Options(grammar="off"))))


def test_two_environments_sharing_a_folder_keep_a_table_each(tmp_path, monkeypatch):
    monkeypatch.setattr(verdicttable, "index_folder", lambda: tmp_path)
    words = ["form", "from", "meeting"]
    legacy = tmp_path / f"verdicts-en-{'0' * 24}.table"  # named before tables were kept per environment
    legacy.write_bytes(b"old")
    assert verdicttable.build(Lexicon("en"), words) == 3
    monkeypatch.setattr(verdicttable, "_PACKAGE", Path("/elsewhere/qa"))
    assert verdicttable.build(Lexicon("en"), words) == 3
    assert len(list(tmp_path.glob("verdicts-en-*.table"))) == 2 and not legacy.exists()
    assert verdicttable.open_table(Lexicon("en")) is not None
    monkeypatch.undo()
    monkeypatch.setattr(verdicttable, "index_folder", lambda: tmp_path)
    assert verdicttable.open_table(Lexicon("en")) is not None
    # a code change in one environment replaces that environment's table only
    monkeypatch.setattr(verdicttable, "VERSION", verdicttable.VERSION + 1)
    assert verdicttable.build(Lexicon("en"), words) == 3
    assert len(list(tmp_path.glob("verdicts-en-*.table"))) == 2


def test_no_table_at_all_is_not_a_note(tmp_path, monkeypatch):
    # a run that was never installed for is not told about tables it never had
    monkeypatch.setattr(verdicttable, "index_folder", lambda: tmp_path)
    assert not any("worked out live" in n for n in _english_report_notes(Context.create(Options(grammar="off"))))


def test_another_copy_of_the_spelling_pairs_renews_the_english_table(in_folder, monkeypatch):
    # English candidates leave out a word's other standard spelling, so an
    # upgraded table of pairs must not be answered by verdicts of the old one
    assert verdicttable.open_table(Lexicon("en")) is not None
    assert verdicttable.open_table(Lexicon("es")) is not None
    monkeypatch.setattr(verdicttable, "_spelling_pairs_identity", lambda: "another copy")
    assert verdicttable.open_table(Lexicon("en")) is None
    assert verdicttable.open_table(Lexicon("es")) is not None


def test_a_profile_the_caller_brought_gets_no_table(in_folder):
    from dataclasses import replace

    from qa.lang import BUILTIN

    own = replace(BUILTIN["en"], suffixes=())  # prices inflections differently
    assert verdicttable.identity(Lexicon("en", profile=own)) is None
    assert verdicttable.stored(Lexicon("en", profile=own), "form") is None


def test_a_damaged_or_cut_table_is_not_read(in_folder):
    lex = Lexicon("en")
    path, digest = verdicttable._path_and_digest(lex, verdicttable.identity(lex))
    whole = path.read_bytes()
    try:
        path.write_bytes(whole[:-1])
        assert verdicttable.open_table(lex) is None
        path.write_bytes(b"")
        assert verdicttable.open_table(lex) is None
        path.write_bytes(whole[:20] + b"x" * (len(whole) - 20))
        assert verdicttable.open_table(lex) is None
    finally:
        path.write_bytes(whole)
    assert verdicttable.open_table(lex) is not None


def test_the_table_words_are_a_languages_commonest(in_folder):
    lex = Lexicon("en")
    words = verdicttable.table_words(lex, 1_000)
    assert words[:3] == ["the", "to", "and"] and len(words) == 1_000
    assert all(w.islower() and w.isalpha() for w in words)
    assert set(words) <= set(index_for(lex).words)


def test_a_words_entry_is_searched_and_unpacked_once_a_run(in_folder, monkeypatch):
    """Garble.RealWord and Garble.Context ask the same word: one read."""
    reads: list[str] = []
    read = verdicttable.VerdictTable.get
    monkeypatch.setattr(verdicttable.VerdictTable, "get",
                        lambda table, word: reads.append(word) or read(table, word))
    lex = Lexicon("en")
    word = next(w for w in in_folder["en"] if w.isalpha() and len(w) > 3)
    realword.restoration(word, lex)
    context_word._judged(word, lex, model_for(lex))
    assert reads == [word]
    assert verdicttable.stored(lex, word) == read(verdicttable.open_table(lex), word) is not None


def test_the_tables_name_the_model_file_the_run_reads():
    from functools import partial

    from qa.lang import BUILTIN
    from qa.text import ngram

    found = ngram.model_file(BUILTIN["en"].context_model)
    assert found is not None and found.is_file() and found.name == "en-us.lm.bin"
    assert ngram.model_file(partial(lambda: None)) is None
