"""Start-up: word lists read from newsqa's cached copy, renderers imported
on use; the lists and the reports stay what they were."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import weakref
from pathlib import Path

import pytest
import wordfreq

from conftest import link_tag_table
from qa.text import freqlists

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "es_seed_putin_pyongyang.txt"


def _fresh_lists(monkeypatch, cache_folder: Path) -> None:
    """Word lists read from (or built into) ``cache_folder`` alone: lists that
    earlier tests still hold would otherwise be shared, not read from it."""
    monkeypatch.setenv("QA_CACHE_DIR", str(cache_folder))
    monkeypatch.setattr(freqlists, "_LOADED", weakref.WeakValueDictionary())


@pytest.mark.parametrize("language, wordlist", [("es", "best"), ("en", "best"), ("pt", "small"),
                                                ("de", "small")])
def test_cached_list_is_wordfreqs_dict_in_its_order(tmp_path, monkeypatch, language, wordlist):
    _fresh_lists(monkeypatch, tmp_path)
    expected = list(wordfreq.get_frequency_dict(language, wordlist=wordlist).items())
    built = freqlists.frequency_dict(language, wordlist)
    (path,) = (tmp_path / "index").glob(f"freq-{wordlist}-{language}-*.marshal")
    stamp = path.stat().st_mtime_ns
    read = freqlists.frequency_dict(language, wordlist)
    assert path.stat().st_mtime_ns == stamp  # read back, not built again
    assert list(built.items()) == expected
    assert list(read.items()) == expected


def test_languages_as_wordfreq_lists_them():
    for wordlist in ("best", "small", "large"):
        assert freqlists.available(wordlist) == frozenset(wordfreq.available_languages(wordlist=wordlist))
    assert freqlists.frequency_dict("xx") == {}


def test_without_wordfreqs_data_folder_wordfreq_is_asked(monkeypatch):
    monkeypatch.setattr(freqlists, "_data_files", lambda: None)
    monkeypatch.setattr(freqlists, "_LOADED", weakref.WeakValueDictionary())  # nothing loaded yet
    assert freqlists.available("small") == frozenset(wordfreq.available_languages(wordlist="small"))
    assert freqlists.frequency_dict("pt", "small") is wordfreq.get_frequency_dict("pt", wordlist="small")
    assert freqlists.probed("pt", "small") is wordfreq.get_frequency_dict("pt", wordlist="small")
    assert freqlists.frequency_dict("xx") == {}


def test_a_copy_of_wordfreqs_file_elsewhere_names_the_same_cached_list(tmp_path, monkeypatch):
    """Environments that install the same wordfreq (each its own path and
    install time) share one cached copy; a file with other data does not."""
    import shutil

    installed = freqlists._data_files()
    original = installed[("small", "pt")]
    copy = tmp_path / "data" / original.name
    copy.parent.mkdir()
    shutil.copyfile(original, copy)
    os.utime(copy, ns=(1, 1))
    expected = freqlists._source("pt", "small")
    monkeypatch.setattr(freqlists, "_data_files", lambda: {**installed, ("small", "pt"): copy})
    assert freqlists._source("pt", "small") == expected
    other = bytearray(copy.read_bytes())
    other[-8] ^= 1  # the gzip trailer's CRC-32 of the data: other words
    copy.write_bytes(bytes(other))
    assert freqlists._source("pt", "small") != expected


def test_words_holding_the_separator_survive():
    freq = {"a": 0.5, "b\nc": 0.5, "d": 0.25}
    assert list(freqlists._from_runs(freqlists._runs(freq)).items()) == list(freq.items())


def test_probed_list_answers_as_the_dict_then_becomes_it(tmp_path, monkeypatch):
    _fresh_lists(monkeypatch, tmp_path)
    whole = wordfreq.get_frequency_dict("es", wordlist="small")
    probed = freqlists.probed("es", "small")
    assert isinstance(probed, freqlists.ProbedList)
    asked = [*list(whole)[::97], "zzzz", "", "Ä", "\udcff", "niño", "nino", "the"]
    for word in asked[: freqlists.PROBES_BEFORE_LOAD // 2]:
        assert probed.get(word, 0.0) == whole.get(word, 0.0)
        assert (word in probed) == (word in whole)
    assert probed._dict is None  # answered by binary search so far
    assert len(probed) == len(whole)
    for word in asked:
        assert probed.get(word) == whole.get(word)
    assert probed._dict is not None and list(probed.items()) == list(whole.items())
    assert freqlists.probed("xx", "small") == {}


def test_spell_index_reads_what_it_used_to_build(tmp_path, monkeypatch):
    """The top words, their sorted copy, the alphabet and the accent table
    (cached or computed faster now) are what the plain definitions give."""
    from collections import Counter

    from qa.lexicon import Lexicon
    from qa.text.damage import base_letter
    from qa.text.suggest import SpellIndex

    monkeypatch.setenv("QA_CACHE_DIR", str(tmp_path))
    for language in ("es", "en"):
        lexicon = Lexicon(language)
        words = []
        for w, f in lexicon.frequencies.items():
            if f < 1e-7:
                break
            if w.isalpha():
                words.append(w)
        counts = Counter(ch for w in words[:20000] for ch in w)
        alphabet = "".join(ch for ch, n in counts.most_common(64) if n >= 3)
        table = {ord(c): base_letter(c) for c in alphabet if base_letter(c) != c}
        accented: dict[str, str] = {}
        for w in words[:30_000]:
            if (bare := w.translate(table)) != w and bare not in accented:
                accented[bare] = w
        for index in (SpellIndex(lexicon), SpellIndex(lexicon)):  # built, then read back
            assert index.words == words
            assert index.alphabet == alphabet
            assert index.sorted_words == sorted(words)
            assert list(index.accented.items()) == list(accented.items())


def test_class_model_read_back_from_the_cache_answers_as_the_table(tmp_path, monkeypatch):
    from qa.lang.es_classes import MODEL_PATH
    from qa.text.classgram import ClassTrigrams

    monkeypatch.setenv("QA_CACHE_DIR", str(tmp_path))
    parsed = ClassTrigrams.from_json(json.loads(MODEL_PATH.read_text(encoding="utf-8")))
    built, read = ClassTrigrams.load(MODEL_PATH), ClassTrigrams.load(MODEL_PATH)
    assert len(list(tmp_path.glob("index/classgram-*.marshal"))) == 1
    symbols = [*sorted(parsed._uni)[::3], "never-seen"]
    for model in (built, read):
        assert model.to_json() == parsed.to_json()
        assert [model.logprob3(a, b, c) for a in symbols for b in symbols for c in symbols] == \
               [parsed.logprob3(a, b, c) for a in symbols for b in symbols for c in symbols]
        assert model.logunigram("never-seen") == parsed.logunigram("never-seen")


def _check_in_fresh_process(fmt: str, cache: Path) -> tuple[str, str]:
    """``qa check`` on the sample in a new interpreter with ``cache`` as its
    cache folder: the report, and the heavy modules that run imported."""
    code = (
        "import sys, io, contextlib\n"
        "from qa.cli import main\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n"
        f"    main(['check', {str(SAMPLE)!r}, '--grammar', 'off', '--format', {fmt!r}])\n"
        "heavy = sorted(m for m in ('wordfreq', 'langcodes', 'rich', 'ftfy', 'wcwidth') if m in sys.modules)\n"
        "sys.stderr.write(repr(heavy))\n"
        "sys.__stdout__.write(out.getvalue())\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, timeout=120, env={**os.environ, "QA_CACHE_DIR": str(cache)})
    return done.stdout, done.stderr.strip().splitlines()[-1]


def test_json_run_imports_neither_wordfreq_nor_rich_and_reports_the_same(tmp_path):
    from qa.context import Context
    from qa.options import Options
    from qa.pipeline import check_documents
    from qa.render import RENDERERS, RenderSettings
    from qa.sources.files import read_all

    # A cache folder of the test's own: another environment's run could
    # replace a shared one's lists in between.
    link_tag_table(tmp_path)
    first, _ = _check_in_fresh_process("json", tmp_path)  # builds the cached lists
    second, heavy = _check_in_fresh_process("json", tmp_path)
    assert heavy == "[]"
    options = Options(grammar="off")
    ctx = Context.create(options)
    expected = io.StringIO()
    RENDERERS["json"].render(check_documents(read_all([str(SAMPLE)], options), ctx), expected,
                             RenderSettings(fail_level=options.fail_level))
    assert json.loads(first) == json.loads(second) == json.loads(expected.getvalue())
    assert json.loads(second)["documents"][0]["findings"]


def test_every_format_still_renders_by_name():
    from qa.render import RENDERERS

    assert sorted(RENDERERS) == ["github", "gitlab", "html", "json", "jsonl", "junit", "sarif",
                                 "terminal", "text"]
    for name in RENDERERS:
        assert callable(RENDERERS[name].render)


def test_word_list_is_searched_then_read_whole_with_the_same_answers(tmp_path, monkeypatch):
    """A run's first look-ups are answered from the sorted copy; the words
    taken from the list's runs are those the dict gives; once read whole
    the Lexicon hands out the dict itself."""
    from qa.lexicon import Lexicon

    _fresh_lists(monkeypatch, tmp_path)
    whole = wordfreq.get_frequency_dict("es", wordlist="best")
    lexicon = Lexicon("es")
    listed = lexicon.frequencies
    assert isinstance(listed, freqlists.ProbedList) and listed.searched
    asked = [*list(whole)[::811], "zzzz", "", "gobierno", "Gobierno", "niño", "\udcff"]
    assert [listed.get(w, 0.0) for w in asked] == [whole.get(w, 0.0) for w in asked]
    assert [w in listed for w in asked] == [w in whole for w in asked]
    assert [lexicon.known(w) for w in asked] == [w.lower() in whole for w in asked]
    assert listed.keys() & {"casa", "casaqz", "gobierno", "qzxv"} == {"casa", "gobierno"}
    assert len(listed) == len(whole) and bool(listed)
    for floor in (1e-7, 1e-4):
        rare = next(i for i, f in enumerate(whole.values()) if f < floor)
        assert freqlists.words_before_rarer(listed, floor) == list(whole)[:rare]
        assert freqlists.words_before_rarer(listed, floor) == [w for w, f in whole.items() if f >= floor]
    assert listed.searched and lexicon.frequencies is listed  # none of that read it whole
    lexicon.read_whole()
    assert not listed.searched and type(lexicon.frequencies) is freqlists.FrequencyDict
    assert list(lexicon.frequencies.items()) == list(whole.items())
    assert freqlists.words_before_rarer(lexicon.frequencies, 1e-7) == \
        freqlists.words_before_rarer(whole, 1e-7)


def test_word_list_is_read_whole_after_enough_searches(tmp_path, monkeypatch):
    from qa.lexicon import Lexicon

    _fresh_lists(monkeypatch, tmp_path)
    monkeypatch.setattr(freqlists, "LIST_PROBES_BEFORE_LOAD", 50)
    lexicon = Lexicon("pt")
    listed = lexicon.frequencies
    words = list(wordfreq.get_frequency_dict("pt", wordlist="best"))[:200:4]
    for word in words * 3:  # a word asked again is answered from what its search gave
        assert listed.get(word) is not None
    assert listed.searched
    assert listed.get("não-listada-1") is None and listed.get("não-listada-2") is None
    assert not listed.searched and isinstance(lexicon.frequencies, freqlists.FrequencyDict)


def test_one_article_never_builds_the_dict_and_finds_the_same(tmp_path, monkeypatch):
    from qa.context import Context
    from qa.options import Options
    from qa.pipeline import check_documents
    from qa.sources.files import read_all

    link_tag_table(tmp_path)
    read = Context.create(Options(grammar="off"))
    read.lexicons["es"].read_whole()
    expected = [r.findings for r in check_documents(read_all([str(SAMPLE)], read.options), read)]
    assert type(read.lexicons["es"].frequencies) is freqlists.FrequencyDict
    _fresh_lists(monkeypatch, tmp_path)
    fresh = Context.create(Options(grammar="off"))
    found = [r.findings for r in check_documents(read_all([str(SAMPLE)], fresh.options), fresh)]
    assert fresh.lexicons["es"].frequencies.searched
    assert found == expected and found[0]


def test_a_batch_of_articles_reads_its_languages_list_first(tmp_path, monkeypatch):
    """One process, a batch with enough articles of a language: its word
    list is read whole before checking (not in the middle of the run, where
    the dict built after the searches leaves the memory scattered); a batch
    of a few articles keeps searching."""
    from qa.context import Context
    from qa.document import Document
    from qa.options import Options
    from qa import pipeline
    from qa.pipeline import ARTICLES_BEFORE_WHOLE_LIST, check_documents

    link_tag_table(tmp_path)
    monkeypatch.setenv("QA_CACHE_DIR", str(tmp_path))
    text = SAMPLE.read_text(encoding="utf-8")

    def run(n):
        monkeypatch.setattr(freqlists, "_LOADED", weakref.WeakValueDictionary())
        ctx = Context.create(Options(grammar="off"))
        searched_when_checked = []
        real_check = pipeline.local_findings

        def local_findings(doc, ctx):
            searched_when_checked.append(getattr(ctx.lexicons["es"].frequencies, "searched", False))
            return real_check(doc, ctx)

        monkeypatch.setattr(pipeline, "local_findings", local_findings)
        docs = [Document.from_text(text, source=f"a{i}.txt") for i in range(n)]
        return list(check_documents(docs, ctx)), searched_when_checked

    few, searched = run(2)
    assert searched == [True, True]  # two articles: answered by search
    busy, searched = run(ARTICLES_BEFORE_WHOLE_LIST)
    assert searched == [False] * ARTICLES_BEFORE_WHOLE_LIST  # read whole before the first check
    assert few[0].findings == busy[0].findings == busy[-1].findings and few[0].findings


def test_install_keeps_the_word_lists_copies(tmp_path, monkeypatch):
    monkeypatch.setenv("QA_CACHE_DIR", str(tmp_path))
    assert freqlists.keep_copies("pt") and not freqlists.keep_copies("xx")
    kept = sorted(p.name.rsplit("-", 1)[0] for p in (tmp_path / "index").iterdir())
    assert kept == ["freq-best-pt", "sorted-best-pt"]
    stamps = [p.stat().st_mtime_ns for p in (tmp_path / "index").iterdir()]
    assert freqlists.keep_copies("pt")  # there already: read, not built again
    assert [p.stat().st_mtime_ns for p in (tmp_path / "index").iterdir()] == stamps


def test_words_taken_before_the_dict_are_its_keys(tmp_path, monkeypatch):
    """The suggestion index's words, split from the runs while the list is
    searched, are the very strings the dict is built with later."""
    from qa.lexicon import Lexicon

    _fresh_lists(monkeypatch, tmp_path)
    lexicon = Lexicon("es")
    top = freqlists.words_before_rarer(lexicon.frequencies, 1e-5)
    lexicon.read_whole()
    keys = {id(k) for k in lexicon.frequencies}
    assert top and all(id(w) in keys for w in top)
    assert list(lexicon.frequencies.items()) == list(wordfreq.get_frequency_dict("es", wordlist="best").items())
