"""Grammar against a real LanguageTool server (issue 4).

Nothing here is mocked: a session server is started from the jars that
`qa languagetool install` put in the cache. Without them these tests fail
(CI installs LanguageTool first); they never skip.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psutil
import pytest
import requests

from qa.document import Document
from qa.grammar import GrammarDocumentError, GrammarService, GrammarUnavailable
from qa.grammar.install import default_home, is_complete, lt_python_home
from qa.grammar.offsets import split_text, utf16_to_codepoints
from qa.options import Options

ROOT = Path(__file__).resolve().parent.parent
# The damaged sentence of the real scraped article in the project's seeds.
SEED = (
    "En una conferencia de prensa, los culo de lanzar una guerra “guerra” contra Rusia "
    "y afirmó que Moscú y sus aliados ahora superaron a la OTAN en el escenario mundial."
)


@pytest.fixture(scope="module")
def lt_home() -> Path:
    home = default_home()
    if is_complete(home):
        return home
    found = lt_python_home()
    if found is None:
        pytest.fail(f"LanguageTool is not installed in {home}: run `qa languagetool install` first")
    return found


@pytest.fixture(scope="module")
def state_dir(tmp_path_factory: pytest.TempPathFactory, lt_home: Path):
    """Server records and logs go to a private folder, so the tests neither
    see nor stop a server the developer keeps with `qa server start`."""
    path = tmp_path_factory.mktemp("qa-cache")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("QA_CACHE_DIR", str(path))
        yield path


@pytest.fixture(scope="module")
def grammar(state_dir: Path, lt_home: Path):
    service = GrammarService(Options(languagetool_home=str(lt_home)))
    service.start()
    assert service.mode == "own"
    yield service
    service.close()


def doc(text: str, language: str) -> Document:
    return Document.from_text(text, language=language)


def test_spanish_agreement(grammar: GrammarService) -> None:
    text = "Las casa es grande."
    [f] = grammar.check(doc(text, "es"))
    assert f.rule == "LT.AGREEMENT_DET_NOUN"
    assert (f.start, f.end) == (0, 8) and text[f.start : f.end] == "Las casa"
    assert f.category == "grammar" and f.severity == "warning"
    assert [x.replacement for x in f.fixes] == ["La casa", "Las casas"]
    assert all(x.applicability == "unsafe" and (x.start, x.end) == (0, 8) for x in f.fixes)
    assert f.fixes[0].confidence > f.fixes[1].confidence
    assert f.signals == ("languagetool",)
    assert f.data["lt_rule"] == "AGREEMENT_DET_NOUN" and f.data["lt_category"] == "AGREEMENT_NOUNS"


def test_english_agreement(grammar: GrammarService) -> None:
    text = "He go to school every day."
    found = {f.rule: f for f in grammar.check(doc(text, "en"))}
    f = found["LT.HE_VERB_AGR"]
    assert text[f.start : f.end] == "go"
    assert f.fixes[0].replacement == "goes"


def test_seed_los_culo_is_a_languagetool_signal(grammar: GrammarService) -> None:
    findings = grammar.check(doc(SEED, "es"))
    [f] = [f for f in findings if f.rule == "LT.AGREEMENT_DET_NOUN"]
    assert SEED[f.start : f.end] == "los culo"
    assert "languagetool" in f.signals
    replacements = [x.replacement for x in f.fixes]
    assert "el culo" in replacements and "los culos" in replacements
    assert not any("culpó" in r for r in replacements)


def test_recheck_a_candidate_fix(grammar: GrammarService) -> None:
    before = grammar.recheck("los culo de lanzar una guerra", "es")
    assert any(m["rule"] == "AGREEMENT_DET_NOUN" and (m["start"], m["end"]) == (0, 8) for m in before)
    after = grammar.recheck("los culpó de lanzar una guerra", "es")
    assert not any(m["rule"].startswith("AGREEMENT") for m in after)


def test_offsets_exact_after_emoji(grammar: GrammarService) -> None:
    # astral characters are two UTF-16 units for LanguageTool, one code point for us
    text = "👍🏽 Hola 😀 🇲🇽.\n\n𝒜 Las casa es grande."
    [f] = grammar.check(doc(text, "es"))
    assert text[f.start : f.end] == "Las casa"
    assert f.fixes[0].start == f.start and f.fixes[0].end == f.end


def test_utf16_conversion_inside_a_span() -> None:
    text = "a😀b😀c"
    to_cp = utf16_to_codepoints(text)
    assert [to_cp(u) for u in (0, 1, 3, 4, 6, 7)] == [0, 1, 2, 3, 4, 5]


def test_long_document_is_split_and_offsets_map_back(grammar: GrammarService) -> None:
    filler = "El gobierno anunció ayer nuevas medidas económicas para el sector agrícola. " * 12
    paragraphs = [filler.strip() for _ in range(60)]
    paragraphs[5] = "Las casa es grande. " + paragraphs[5]
    paragraphs[-1] = paragraphs[-1] + " Las casa es grande."
    text = "\n\n".join(paragraphs)
    assert len(text) > 2 * 20_000
    spans = split_text(text, 20_000)
    assert len(spans) >= 2 and spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(text[s - 2 : s] == "\n\n" for s, _ in spans[1:])  # cut on paragraph boundaries
    hits = [f for f in grammar.check(doc(text, "es")) if f.rule == "LT.AGREEMENT_DET_NOUN"]
    assert [text[f.start : f.end] for f in hits] == ["Las casa", "Las casa"]
    assert hits[-1].end == len(text) - len(" es grande.")


def test_unsupported_language_gives_no_findings_and_a_reason(grammar: GrammarService) -> None:
    assert grammar.check(doc("Le maison est grande.", "xx")) == []
    assert "'xx'" in grammar.skip_reason("xx")
    assert grammar.skip_reason("es") is None
    assert "not recognised" in grammar.skip_reason(None)


def test_default_rules_leave_names_and_old_accents_alone(grammar: GrammarService) -> None:
    from qa.grammar.spelling import without_spared
    from qa.lexicon import Lexicons

    text = "Sólo Xóchitl Gálvez visitó Tlaquepaque con Philippe Charlier."
    with GrammarService(Options(languagetool_url=grammar.url), turned_on={}) as defaults:
        assert defaults.check(doc(text, "es")) == []
    # the shipped calibration turns LanguageTool's Spanish speller back on:
    # what it says of names is spared before a document gets it
    assert without_spared(text, "es", grammar.check(doc(text, "es")), Lexicons(), len(doc(text, "es").words)) == []


def test_options_reach_languagetool_through_a_remote_url(grammar: GrammarService) -> None:
    text = "El gobierno aprobó el presupuestto."
    options = Options(
        languagetool_url=grammar.url + "/v2/",
        languagetool_enable=("MORFOLOGIK_RULE_ES",),
        languagetool_variant={"en": "en-GB"},
    )
    with GrammarService(options) as remote:
        assert remote.mode == "remote" and remote.server_pid is None
        rules = {f.rule for f in remote.check(doc(text, "es"))}
        assert "LT.MORFOLOGIK_RULE_ES" in rules
        [f] = [f for f in remote.check(doc("He go home.", "en")) if f.rule == "LT.HE_VERB_AGR"]
        assert f.data["lt_language"] == "en-GB"
    # closing a client of a remote server leaves that server running
    assert requests.get(grammar.url + "/v2/healthcheck", timeout=5).ok


def test_calibration_turns_rules_back_on_per_language_and_raw_mode_turns_all_on(grammar: GrammarService) -> None:
    text = "El gobierno aprobó el presupuestto."
    spelling = "LT.MORFOLOGIK_RULE_ES"
    off = GrammarService(Options(languagetool_url=grammar.url), turned_on={}).start()
    on = GrammarService(Options(languagetool_url=grammar.url),
                        turned_on={"es": frozenset({"MORFOLOGIK_RULE_ES"})}).start()
    other = GrammarService(Options(languagetool_url=grammar.url),
                           turned_on={"en": frozenset({"MORFOLOGIK_RULE_ES"})}).start()
    raw = GrammarService(Options(languagetool_url=grammar.url, calibrated=False)).start()
    user = GrammarService(Options(languagetool_url=grammar.url, languagetool_disable=("MORFOLOGIK_RULE_ES",)),
                          turned_on={"es": frozenset({"MORFOLOGIK_RULE_ES"})}).start()
    found = {name: {f.rule for f in service.check(doc(text, "es"))}
             for name, service in [("off", off), ("on", on), ("other", other), ("raw", raw), ("user", user)]}
    assert spelling in found["on"] and spelling in found["raw"]
    assert spelling not in found["off"] and spelling not in found["other"]
    assert spelling not in found["user"]  # the user's disable wins over the calibration


def test_timeout_fails_one_document_only(grammar: GrammarService, lt_home: Path) -> None:
    with GrammarService(Options(languagetool_url=grammar.url)) as g:
        g.timeout = 0.001
        with pytest.raises(GrammarDocumentError, match="timed out"):
            g.check(doc("Las casa es grande. " * 2000, "es"))
        g.timeout = 60
        assert [f.rule for f in g.check(doc("Las casa es grande.", "es"))] == ["LT.AGREEMENT_DET_NOUN"]


def test_killed_server_is_restarted_once_and_no_document_is_lost(state_dir: Path, lt_home: Path) -> None:
    texts = [f"Noticia {i}. " + "El consejo aprobó el presupuesto anual sin cambios. " * 40 + "Las casa es grande."
             for i in range(24)]
    with GrammarService(Options(languagetool_home=str(lt_home))) as g:
        first_pid = g.server_pid

        def one(text: str):
            return [text[f.start : f.end] for f in g.check(doc(text, "es")) if f.rule == "LT.AGREEMENT_DET_NOUN"]

        with ThreadPoolExecutor(4) as pool:
            futures = [pool.submit(one, t) for t in texts]
            futures[0].result()
            os.kill(first_pid, signal.SIGKILL)  # dies while the batch is running
            results = [f.result() for f in futures]
        assert results == [["Las casa"]] * len(texts)
        assert g.restarts == 1 and g.server_pid != first_pid
        assert not psutil.pid_exists(first_pid) or psutil.Process(first_pid).status() == psutil.STATUS_ZOMBIE

        # a second death is not survived: the service says so instead of hanging
        os.kill(g.server_pid, signal.SIGKILL)
        time.sleep(0.5)
        with pytest.raises(GrammarUnavailable, match="died again"):
            g.check(doc(texts[0], "es"))


def qa_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "qa", *args], cwd=ROOT, capture_output=True, text=True, timeout=180, env=os.environ
    )


def test_server_start_status_stop_round_trip(state_dir: Path, lt_home: Path) -> None:
    assert qa_cli("server", "status").returncode == 1
    started = qa_cli("server", "start", "--languagetool-home", str(lt_home))
    assert started.returncode == 0, started.stderr
    try:
        status = qa_cli("server", "status")
        assert status.returncode == 0 and "running at http://127.0.0.1:" in status.stdout
        # a run finds the kept server instead of starting a JVM, and leaves it running
        with GrammarService(Options()) as g:
            assert g.mode == "kept" and g.server_pid is None
            assert [f.rule for f in g.check(doc("Las casa es grande.", "es"))] == ["LT.AGREEMENT_DET_NOUN"]
        assert qa_cli("server", "status").returncode == 0
        # starting again reuses the running server
        again = qa_cli("server", "start", "--languagetool-home", str(lt_home))
        assert again.returncode == 0 and again.stdout == started.stdout
    finally:
        stopped = qa_cli("server", "stop")
    assert stopped.returncode == 0 and "stopped" in stopped.stdout
    assert qa_cli("server", "status").returncode == 1
    assert not (state_dir / "languagetool" / "server.json").exists()


def test_server_binds_loopback_only(grammar: GrammarService) -> None:
    port = int(grammar.url.rsplit(":", 1)[1])
    conns = [c for c in psutil.Process(grammar.server_pid).net_connections() if c.status == psutil.CONN_LISTEN]
    listening = {c.laddr.ip for c in conns if c.laddr.port == port}
    assert listening and listening <= {"127.0.0.1", "::ffff:127.0.0.1"}


def test_not_installed_is_a_clear_unavailable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QA_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "none"))
    with pytest.raises(GrammarUnavailable, match="qa languagetool install"):
        GrammarService(Options()).start()


def test_repairs_are_rechecked_with_grammar_and_bounded(grammar: GrammarService) -> None:
    """A merged span's repairs are re-checked on the real server through the
    pipeline's sentence judge, at most RECHECKS calls per suspect word."""
    from dataclasses import replace as dc_replace

    from qa.context import Context
    from qa.pipeline import check_document, sentence_judge
    from qa.originals import RECHECKS

    ctx = Context.create(Options(grammar="off"))
    ctx.grammar = grammar
    calls: list[str] = []
    judge = sentence_judge(ctx)

    def counted(text: str, language: str):
        calls.append(text)
        return grammar.recheck(text, language)

    report = check_document(doc(SEED, "es"), ctx, dc_replace(judge, recheck=counted))
    span = [f for f in report.findings if f.roles.merged_span][0]
    assert any(s.startswith("LT.") for s in span.signals) and span.severity == "error"
    assert 0 < len(calls) <= RECHECKS * 2  # two suspect words at most
    culo = [x.replacement for x in span.fixes if SEED[x.start:x.end] == "culo"]
    assert culo[0] == "culpó"


def test_workers_finish_with_grammar_on_like_one_process(grammar: GrammarService) -> None:
    from qa.context import Context
    from qa.pipeline import check_documents

    ctx = Context.create(Options(grammar="off"))
    ctx.grammar = grammar
    texts = [SEED, "Los ministro llegaron ayer a la reunión.", "The these car is red."] * 2
    docs = lambda: [Document.from_text(t, source=f"d{i}") for i, t in enumerate(texts)]  # noqa: E731
    one = list(check_documents(docs(), ctx, jobs=1))
    two = list(check_documents(docs(), ctx, jobs=2, batch=3))
    assert [(r.source, r.findings, r.score) for r in one] == [(r.source, r.findings, r.score) for r in two]
    fixes = lambda rs: [[x.fixes for x in r.findings] for r in rs]  # noqa: E731
    assert fixes(one) == fixes(two)
    assert any(f.rule.startswith("LT.") for r in two for f in r.findings)


def test_an_unknown_language_is_not_blamed_on_languagetool(grammar: GrammarService) -> None:
    reason = grammar.skip_reason("und")
    assert reason == "grammar not checked: language not recognised"
    assert grammar.skip_reason("es") is None


@pytest.mark.parametrize("text, language", [
    ("O ministro falou falou com os deputados sobre o orçamento.", "pt"),
    ("El ministre va parlar parlar amb els diputats sobre el pressupost.", "ca"),
])
def test_languagetool_word_repeat_rules_stay_off_in_every_installed_language(
        grammar: GrammarService, text: str, language: str) -> None:
    # newsqa's repetition checker owns doubled words; a second match would read as
    # an independent signal of the same slip and make a corrupted span of it
    raw = GrammarService(Options(languagetool_url=grammar.url, calibrated=False)).start()
    assert any("REPEAT" in f.rule for f in raw.check(doc(text, language)))
    assert not any("REPEAT" in f.rule for f in grammar.check(doc(text, language)))


def test_a_rule_the_calibration_turns_on_runs_inside_a_category_newsqa_turns_off(grammar: GrammarService) -> None:
    # CAMBIOS_NORMA (O_NO_TILDE, SOLO, MONOSILABOS) is off by default; the
    # server runs a rule named in enabledRules even inside a disabled category
    text = "Vinieron 3 ó 4 personas. Sólo vino él con el guión."
    url = Options(languagetool_url=grammar.url)
    off = GrammarService(url, turned_on={}).start()
    on = GrammarService(url, turned_on={"es": frozenset({"O_NO_TILDE"})}).start()
    user = GrammarService(Options(languagetool_url=grammar.url, languagetool_disable_categories=("CAMBIOS_NORMA",)),
                          turned_on={"es": frozenset({"O_NO_TILDE"})}).start()
    found = {name: [(f.rule, text[f.start:f.end]) for f in service.check(doc(text, "es"))]
             for name, service in [("off", off), ("on", on), ("user", user)]}
    assert found["off"] == []
    assert found["on"] == [("LT.O_NO_TILDE", "ó")]  # the category's other rules stay off
    assert found["user"] == []  # the user's word on the category wins over the calibration
