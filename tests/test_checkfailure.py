"""A check that raises on one document becomes a note of that document; the
run goes on and ends with the tool's failure status (qa.checkfailure)."""
from __future__ import annotations

import json

import pytest

from qa.checkers import repetition
from qa.checkfailure import PREFIX, is_failure_note
from qa.cli import main
from qa.context import Context
from qa.document import Document
from qa.options import Options
from qa.pipeline import check_document

MARK = "Zebulonia"  # a word no clean text of these tests holds


@pytest.fixture
def broken_repetition(monkeypatch):
    """The repetition checker with a bug that shows on documents holding MARK."""
    real = repetition.check

    def check(doc, ctx):
        if MARK in doc.text:
            raise ValueError("a bug met on an odd document")
        return real(doc, ctx)

    monkeypatch.setattr(repetition, "check", check)


def test_a_check_that_raises_is_a_note_and_the_other_checks_run(broken_repetition):
    ctx = Context.create(Options(grammar="off"))
    text = f"{MARK} dijo que el gobierno informo a la prensa."
    report = check_document(Document.from_text(text, language="es"), ctx)
    failures = [n for n in report.notes if is_failure_note(n)]
    assert failures and "repetition raised ValueError: a bug met on an odd document" in failures[0]
    assert any(report.text[f.start:f.end] == "informo" for f in report.findings)  # another check found it


def test_a_check_that_raises_ends_the_run_where_asked(broken_repetition):
    ctx = Context.create(Options(grammar="off", raise_check_errors=True))
    with pytest.raises(ValueError):
        check_document(Document.from_text(f"{MARK} the the end.", language="en"), ctx)


def test_the_run_reports_every_document_and_exits_as_a_tool_failure(broken_repetition, tmp_path,
                                                                    capsys):
    (tmp_path / "a.txt").write_text(f"{MARK} said the the talks would go on.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The talks will go on on Monday, officials said.\n", encoding="utf-8")
    status = main(["check", str(tmp_path), "--grammar", "off", "--format", "json", "--lang", "en"])
    out, err = capsys.readouterr()
    assert status == 2
    reports = {r["source"].rsplit("/", 1)[-1]: r for r in json.loads(out)["documents"]}
    assert set(reports) == {"a.txt", "b.txt"}
    assert any(f["rule"] == "Repetition.Token" for f in reports["b.txt"]["findings"])
    assert f"a.txt: {PREFIX}: repetition raised ValueError" in err


def test_debug_lets_the_exception_end_the_run(broken_repetition, tmp_path, capsys):
    (tmp_path / "a.txt").write_text(f"{MARK} said the talks would go on.\n", encoding="utf-8")
    status = main(["check", str(tmp_path), "--grammar", "off", "--debug"])
    assert status == 2
    assert "Traceback" in capsys.readouterr().err


# The steps after the checks (merging signals into spans and ranking their
# originals, calibration) are guarded too: a bug there keeps the document's
# findings as the checks gave them, with a note, and the run goes on.
SEED_LIKE = "En una conferencia de prensa, los culo de lanzar una guerra contra Rusia."


def _raising(*_args, **_kwargs):
    raise KeyError("a bug met while merging")


def test_a_merge_that_raises_keeps_the_checks_findings(monkeypatch):
    from qa import pipeline

    ctx = Context.create(Options(grammar="off"))
    whole = check_document(Document.from_text(SEED_LIKE, language="es"), ctx)
    assert any(f.rule == "Garble.Span" for f in whole.findings)
    monkeypatch.setattr(pipeline, "add_originals", _raising)
    report = check_document(Document.from_text(SEED_LIKE, language="es"), ctx)
    failures = [n for n in report.notes if is_failure_note(n)]
    assert failures and "merging spans raised KeyError" in failures[0]
    assert not any(f.rule == "Garble.Span" for f in report.findings)
    assert any(report.text[f.start:f.end] == "culo" for f in report.findings)  # the signals stay
    assert report.words == whole.words


def test_a_calibration_that_raises_keeps_the_hand_set_grades(monkeypatch):
    ctx = Context.create(Options(grammar="off"))
    assert ctx.calibration is not None
    monkeypatch.setattr(type(ctx.calibration), "apply", _raising)
    report = check_document(Document.from_text(SEED_LIKE, language="es"), ctx)
    assert any("calibration raised KeyError" in n for n in report.notes if is_failure_note(n))
    assert any(f.rule == "Garble.Span" for f in report.findings)


def test_a_merge_that_raises_ends_the_run_where_asked(monkeypatch):
    from qa import pipeline

    monkeypatch.setattr(pipeline, "add_originals", _raising)
    ctx = Context.create(Options(grammar="off", raise_check_errors=True))
    with pytest.raises(KeyError):
        check_document(Document.from_text(SEED_LIKE, language="es"), ctx)
