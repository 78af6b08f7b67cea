"""JSON schema, exit status, terminal rendering, rules documentation."""
from __future__ import annotations

import io
import json
from pathlib import Path

import jsonschema
import pytest

import qa.render
from qa.cli import main
from qa.document import Document
from qa.exitcode import Outcome, exit_status, outcome_of
from qa.model import DocumentReport, Finding
from qa.pipeline import check_document
from qa.render import RenderSettings, terminal
from qa.score import score, verdict

SCHEMA = json.loads((Path(qa.render.__file__).parent / "report.schema.json").read_text())
ROOT = Path(__file__).resolve().parent.parent
SAMPLES = Path(__file__).parent.parent / "samples"


def _report(*severities, error=None, fail_level="error", confidence=0.8):
    findings = [Finding("X.Y", "test", s, 0, 1, "m", confidence=confidence) for s in severities]
    value = score(findings, 600)
    return DocumentReport("s", None, "es", "t", 600, tuple(findings), value,
                          verdict(findings, value, 85.0, 60.0, fail_level), error=error)


@pytest.mark.parametrize("severities,level,expected", [
    ((), "error", 0),
    (("warning", "info"), "error", 0),
    (("warning",), "warning", 1),
    (("error",), "error", 1),
    (("info",), "info", 1),
    (("info",), "warning", 0),
])
def test_exit_status_follows_the_verdict_at_each_fail_level(severities, level, expected):
    report = _report(*severities, fail_level=level)
    assert exit_status(outcome_of([report])) == expected
    assert (report.verdict == "fail") == (expected == 1)


def test_a_fail_verdict_from_warnings_alone_exits_1():
    """Many confident warnings sink the score below 60: FAIL, so exit 1."""
    report = _report(*["warning"] * 20)
    assert report.verdict == "fail" and exit_status(outcome_of([report])) == 1


def test_an_unconfident_error_that_does_not_fail_the_document_exits_0():
    report = _report("error", confidence=0.3)
    assert report.verdict != "fail" and exit_status(outcome_of([report])) == 0


def test_exit_status_unreadable_input_wins():
    assert exit_status(outcome_of([_report("error"), _report(error="binary file")])) == 2


def test_exit_zero_reports_only_but_tool_failures_still_exit_2():
    assert exit_status(Outcome(failed=4, exit_zero=True)) == 0
    assert exit_status(Outcome(failed=4, unreadable=1, exit_zero=True)) == 2
    assert exit_status(Outcome(interrupted=True, failed=1)) == 130
    assert exit_status(Outcome(diff=True, failed=2)) == 0
    assert exit_status(Outcome(diff=True, fixes_pending=True)) == 1


def test_cli_exit_status_and_verdict_agree(tmp_path, capsys):
    many_warnings = tmp_path / "warned.txt"
    # a house rule at warning (the calibration file knows no house rule, so
    # it keeps its level); enough of its findings fail a short text
    pack = tmp_path / "house" / "House"
    pack.mkdir(parents=True)
    (pack / "Doubled.toml").write_text((ROOT / "rules" / "Structure" / "DoubledPunctuation.toml")
                                       .read_text(encoding="utf-8"), encoding="utf-8")
    many_warnings.write_text("Dijo,, que no.. " * 12 + "\n", encoding="utf-8")
    status = main(["check", str(many_warnings), "--grammar", "off", "--format", "json",
                   "--rules", str(tmp_path / "house"), "--select", "House"])
    doc = json.loads(capsys.readouterr().out)["documents"][0]
    assert doc["verdict"] == "fail" and not any(f["severity"] == "error" for f in doc["findings"])
    assert status == 1
    assert main(["check", str(many_warnings), "--grammar", "off", "--format", "json", "--exit-zero",
                 "--rules", str(tmp_path / "house"), "--select", "House"]) == 0


def test_json_report_validates_and_offsets_round_trip(tmp_path, capsys):
    status = main(["check", str(SAMPLES), "--grammar", "off", "--format", "json"])
    payload = json.loads(capsys.readouterr().out)
    jsonschema.validate(payload, SCHEMA)
    assert status == 1
    assert payload["summary"]["documents"] == len(payload["documents"]) >= 7
    for d in payload["documents"]:
        if d["source"].endswith(".jsonl") or "extracted" in d:  # offsets into a record / extracted text
            continue
        text = Path(d["source"]).read_text(encoding="utf-8")
        for f in d["findings"]:
            assert text[f["start"]:f["end"]] == f["text"]
            line = text.splitlines()[f["line"] - 1]
            assert line[f["column"] - 1:].startswith(f["text"].split("\n")[0])


def test_json_offsets_with_emoji_and_crlf(tmp_path, capsys):
    p = tmp_path / "e.txt"
    p.write_bytes("🎉 Titular\r\nEl el gobierno habló.\r\n".encode())
    main(["check", str(p), "--grammar", "off", "--format", "json"])
    [f] = [f for f in json.loads(capsys.readouterr().out)["documents"][0]["findings"]
           if f["rule"] == "Repetition.Token"]
    assert (f["start"], f["line"], f["column"], f["text"]) == (11, 2, 1, "El el")


def test_stdin(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO("The the end.".encode())))
    status = main(["check", "-", "--grammar", "off", "--format", "text"])
    out = capsys.readouterr().out
    assert status == 1 and out.startswith("-:1:1: error Repetition.Token")


def test_select_and_ignore_by_prefix(capsys):
    args = ["check", str(SAMPLES / "es_scraped_mojibake.txt"), "--grammar", "off", "--format", "json"]
    main(args + ["--select", "Encoding"])
    rules = {f["rule"] for f in json.loads(capsys.readouterr().out)["documents"][0]["findings"]}
    assert rules == {"Encoding.Mojibake", "Encoding.Entity"}
    main(args + ["--ignore", "Encoding,Scraping"])
    rules = {f["rule"] for f in json.loads(capsys.readouterr().out)["documents"][0]["findings"]}
    assert rules and not any(r.startswith(("Encoding", "Scraping")) for r in rules)


def test_bad_arguments_exit_2(capsys):
    assert main(["check", "--rules", "/nonexistent/rules", "--grammar", "off", str(SAMPLES)]) == 2
    assert "rule folder not found" in capsys.readouterr().err
    assert main(["rule", "No.Such"]) == 2
    with pytest.raises(SystemExit) as exc:
        main(["check", "--format", "nope"])
    assert exc.value.code == 2


def test_terminal_report_highlights_without_markup(ctx):
    text = "El [b]ministro[/b] dijo que que no."
    report = check_document(Document.from_text(text, language="es"), ctx)
    out = io.StringIO()
    console = terminal.make_console(out, color=False, width=100)
    terminal.write([report], console, RenderSettings())
    rendered = out.getvalue()
    assert "[b]ministro[/b]" in rendered  # scraped text is never parsed as markup
    assert "Repetition.Token" in rendered and "FAIL" in rendered
    assert "delete “ que”" in rendered


def test_terminal_colours_spans(ctx):
    report = check_document(Document.from_text("Dijo que que no.", language="es"), ctx)
    out = io.StringIO()
    console = terminal.Console(file=out, theme=terminal.THEME, force_terminal=True, width=100,
                               color_system="standard")
    terminal.write([report], console, RenderSettings())
    assert "\x1b[" in out.getvalue()


def test_rule_docs(capsys):
    assert main(["rule", "Repetition.Token"]) == 0
    out = capsys.readouterr().out
    assert "What it does:" in out and "Why it matters:" in out and "Instead:" in out
    assert "una guerra “guerra” contra Rusia" in out  # an example
    assert main(["rules"]) == 0
    assert "Scraping.ReadMore" in capsys.readouterr().out
