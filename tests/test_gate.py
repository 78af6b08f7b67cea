"""The CI gate: run notes in every format, rule-id typos, statistics and
fixable counts, GitLab and SARIF conventions, rule pages, GitHub order and
step summary, `qa rules` output, progress, carets without colour."""
from __future__ import annotations

import io
import json
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
from rich.console import Console

from qa.cli import main
from qa.model import DocumentReport, Finding
from qa.render import RenderSettings, github, terminal

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
SARIF_SCHEMA = json.loads((FIXTURES / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
NOTE = "grammar not checked"


@pytest.fixture()
def article(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("El ministro dijo que que no. Llegó ayer por la tarde.\n", encoding="utf-8")
    return path


@pytest.fixture()
def no_languagetool(tmp_path, monkeypatch):
    """An empty cache: LanguageTool is not installed, so grammar is skipped."""
    monkeypatch.setenv("QA_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "ltp"))


# --- item 3: run notes in every format ----------------------------------------

def test_run_notes_reach_every_format(capsys, article, no_languagetool):
    def run(fmt):
        main(["check", str(article), "--format", fmt])
        return capsys.readouterr()

    text = run("text")
    assert f"qa: note: {NOTE}" in text.err and NOTE not in text.out
    gh = run("github")
    assert any(line.startswith("::warning title=newsqa::" + NOTE) for line in gh.out.splitlines())
    suite = ET.fromstring(run("junit").out).find("testsuite")
    assert NOTE in suite.find("system-out").text
    log = json.loads(run("sarif").out)
    jsonschema.validate(log, SARIF_SCHEMA)
    notes = log["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert any(n["level"] == "warning" and NOTE in n["message"]["text"] for n in notes)
    assert NOTE in json.loads(run("json").out)["summary"]["notes"][0]
    assert NOTE in run("terminal").out


def test_action_checks_grammar_by_default_or_says_it_does_not():
    import yaml

    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["inputs"]["languagetool"]["default"] == "true"
    assert action["inputs"]["grammar"]["default"] == "auto"
    steps = " ".join(str(step) for step in action["runs"]["steps"])
    assert "setup-java" in steps and "qa languagetool install" in steps
    # an install that fails leaves the check to say so (`::warning` run note)
    install = next(s for s in action["runs"]["steps"] if "languagetool install" in str(s.get("run", "")))
    assert install.get("continue-on-error") is True


# --- item 4: typos are errors that suggest the nearest name ----------------------

@pytest.mark.parametrize("flag,value,hint", [
    ("--select", "Nope", "`qa rules` lists them"),
    ("--ignore", "Repetiton", "did you mean 'Repetition'?"),
    ("--select", "repetition.token", "did you mean 'Repetition.Token'?"),
])
def test_unknown_rule_prefix_on_the_command_line(capsys, article, flag, value, hint):
    assert main(["check", str(article), "--grammar", "off", flag, value]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and value in err and hint in err


def test_valid_prefixes_pass(capsys, article):
    for value in ("Repetition", "Repetition.Token", "Encoding.", "LT", "LT.AGREEMENT_DET_NOUN"):
        assert main(["check", str(article), "--grammar", "off", "--select", value, "--format", "json"]) in (0, 1)
        capsys.readouterr()


def test_unknown_rule_prefix_in_the_config_names_file_and_line(capsys, tmp_path, article):
    (tmp_path / ".qa.toml").write_text('fail-level = "error"\nignore = ["Repetiton"]\n', encoding="utf-8")
    assert main(["check", str(article), "--grammar", "off"]) == 2
    err = capsys.readouterr().err
    assert ".qa.toml:2: ignore" in err and "did you mean 'Repetition'?" in err


def test_invalid_pyproject_is_an_error_naming_the_file(capsys, tmp_path, article):
    (tmp_path / "pyproject.toml").write_text("[tool.qa\nselect = [\n", encoding="utf-8")
    assert main(["check", str(article), "--grammar", "off"]) == 2
    err = capsys.readouterr().err
    assert "pyproject.toml: invalid TOML" in err and err.count("\n") == 1


# --- item 2 (CLI side), item 8: exit-zero, statistics, fixable -------------------

def test_statistics_and_the_fixable_line(capsys, article):
    assert main(["check", str(article), "--grammar", "off", "--statistics"]) == 1
    out, err = capsys.readouterr()
    assert out.split() == ["1", "Repetition.Token", "[*]"]
    assert "1 fixable with --fix" in err
    main(["check", str(article), "--grammar", "off", "--format", "text"])
    assert "1 fixable with --fix" in capsys.readouterr().err
    assert main(["check", str(article), "--grammar", "off", "--exit-zero"]) == 0


def test_gitlab_code_quality(capsys, article):
    main(["check", str(article), "--grammar", "off", "--format", "gitlab"])
    issues = json.loads(capsys.readouterr().out)
    assert [(i["check_name"], i["severity"], i["location"]) for i in issues] == [
        ("Repetition.Token", "major", {"path": str(article), "lines": {"begin": 1}})]
    assert len(issues[0]["fingerprint"]) == 32 and issues[0]["description"]


def test_sarif_help_for_every_rule_from_qa_rule(capsys, article):
    main(["check", str(article), "--grammar", "off", "--format", "sarif"])
    rules = json.loads(capsys.readouterr().out)["runs"][0]["tool"]["driver"]["rules"]
    assert len(rules) > 30
    for rule in rules:
        assert "helpUri" not in rule  # no built-in rule has a public page address to give
        assert rule["help"]["text"].startswith(rule["id"]) and rule["help"]["markdown"].startswith("# ")
    token = next(r for r in rules if r["id"] == "Repetition.Token")
    main(["rule", "Repetition.Token"])
    assert token["help"]["text"] == capsys.readouterr().out.rstrip("\n")


def test_rule_pages_are_up_to_date():
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "rule_docs.py"), "--check"],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr


def _finding_report(source, *severities):
    findings = tuple(Finding(f"X.{s.title()}", "test", s, 0, 1, f"{s} here") for s in severities)
    return DocumentReport(source, None, "es", "texto", 1, findings, 50.0, "fail")


def test_github_annotations_errors_first_and_the_step_summary(tmp_path):
    reports = [_finding_report("a.txt", *["info"] * 12, *["warning"] * 12),
               _finding_report("b|c.txt", "error", "warning"), _finding_report("d.txt", "error")]
    out = io.StringIO()
    summary = tmp_path / "summary.md"
    github.render(reports, out, RenderSettings(step_summary=str(summary)))
    levels = [line.split(" ", 1)[0] for line in out.getvalue().splitlines()]
    assert levels == ["::error"] * 2 + ["::warning"] * 13 + ["::notice"] * 12
    table = summary.read_text(encoding="utf-8")
    assert "| document | verdict | score | errors | warnings |" in table
    assert "| b\\|c.txt | fail | 50 | 1 | 1 |" in table


def test_rules_json_and_ids_never_cut_when_piped():
    done = subprocess.run([sys.executable, "-m", "qa", "rules", "--format", "json"],
                          capture_output=True, text=True, cwd=ROOT)
    rules = json.loads(done.stdout)
    assert {"id", "kind", "severity", "category", "languages", "source", "description"} <= set(rules[0])
    piped = subprocess.run([sys.executable, "-m", "qa", "rules"], capture_output=True, text=True, cwd=ROOT,
                           env={"COLUMNS": "40", "PATH": "/usr/bin:/bin"})
    ids = [line.split("\t")[0] for line in piped.stdout.splitlines()]
    assert ids == [r["id"] for r in rules]


# --- item 9: progress and documents as they finish --------------------------------

def test_terminal_prints_each_document_as_it_finishes_under_a_progress_bar(article):
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=100, theme=terminal.THEME)
    report = DocumentReport(str(article), None, "es", "Hola.", 1, (), 100.0, "pass")
    seen = []

    def reports():
        yield report
        seen.append(out.getvalue())
        yield report

    terminal.write(reports(), console, RenderSettings(expected_documents=2))
    assert "a.txt" in seen[0], "the first document was not printed before the second finished"
    assert "2/2" in out.getvalue() or "1/2" in out.getvalue()  # the bar knows the total


def test_expected_documents_counts_files_and_records(tmp_path):
    from qa.inputcount import expected_documents
    from qa.options import Options

    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("x", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"text": "a"}\n\n{"text": "b"}\n{"text": "c"}\n', encoding="utf-8")
    assert expected_documents([str(tmp_path)], Options()) == 5


# --- item 10: without colour, carets mark the spans --------------------------------

def test_carets_under_spans_without_colour(capsys, article, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    main(["check", str(article), "--grammar", "off", "--format", "terminal"])
    lines = capsys.readouterr().out.splitlines()
    row = next(n for n, line in enumerate(lines) if "dijo que que no" in line)
    under = lines[row + 1]
    start = lines[row].index("que que") + 3  # the span is " que"
    assert under[start:start + 4] == "^^^^" and set(under[start + 4:].strip(" │")) == set()


def test_colour_report_has_no_carets(article):
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, color_system="standard", width=100, theme=terminal.THEME)
    report = DocumentReport(str(article), None, "es", "Dijo que que no.", 4,
                            (Finding("Repetition.Token", "repetition", "error", 8, 12, "m"),), 50.0, "fail")
    terminal.write([report], console, RenderSettings())
    assert "^^^^" not in out.getvalue() and "\x1b[" in out.getvalue()


# --- exit statuses of interrupts and unexpected errors ----------------------------

def test_ctrl_c_exits_130_without_a_traceback():
    import signal

    # stdin that never ends: the check is still reading when Ctrl-C comes.
    # The child gets a terminal's Ctrl-C: a test run started in the
    # background inherits SIGINT ignored, and Python keeps it ignored
    proc = subprocess.Popen([sys.executable, "-m", "qa", "check", "-", "--grammar", "off"], cwd=ROOT,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        time.sleep(3)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 130
    assert err == "qa: interrupted\n"


def test_an_unexpected_error_exits_2_in_one_line(capsys, article, monkeypatch):
    import qa.pipeline

    def broken(*args, **kwargs):
        raise RuntimeError("checker broke\n::error file=x::forged")

    monkeypatch.setattr(qa.pipeline, "check_documents", broken)
    assert main(["check", str(article), "--grammar", "off"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unexpected RuntimeError: checker broke ::error" in err
    assert "Traceback" not in err
    assert main(["check", str(article), "--grammar", "off", "--debug"]) == 2
    assert "Traceback" in capsys.readouterr().err


# --- the renderer contract ------------------------------------------------------

@pytest.mark.parametrize("name", sorted(__import__("qa.render", fromlist=["RENDERERS"]).RENDERERS))
def test_every_format_follows_the_renderer_contract(name, capsys, article):
    import inspect

    from qa.render import RENDERERS

    renderer = RENDERERS[name]
    assert isinstance(renderer.STREAMS, bool) and isinstance(renderer.NEEDS_RULE_INFOS, bool)
    assert list(inspect.signature(renderer.render).parameters) == ["reports", "out", "settings"]
    out = io.StringIO()
    report = DocumentReport(str(article), None, "es", "Dijo que que no.", 4,
                            (Finding("Repetition.Token", "repetition", "error", 8, 12, "repeated"),), 50.0, "fail")
    renderer.render(iter([report]), out, RenderSettings())
    assert out.getvalue(), name


def test_sarif_help_uri_is_a_rules_own_link(capsys, tmp_path, article):
    pack = tmp_path / "house" / "House"
    pack.mkdir(parents=True)
    (pack / "Sponsor.toml").write_text(
        'extends = "line"\ncategory = "scraping"\nseverity = "warning"\n'
        'message = "sponsor line: “{match}”"\ndescription = "A sponsor line."\n'
        'link = "https://styleguide.example.org/sponsors"\n'
        "patterns = ['patrocinado por .{0,40}']\n"
        '[examples]\nflag = ["Patrocinado por ACME"]\nok = ["El ministro llegó ayer."]\n',
        encoding="utf-8")
    main(["check", str(article), "--grammar", "off", "--format", "sarif", "--rules", str(tmp_path / "house")])
    rules = json.loads(capsys.readouterr().out)["runs"][0]["tool"]["driver"]["rules"]
    sponsor = next(r for r in rules if r["id"] == "House.Sponsor")
    assert sponsor["helpUri"] == "https://styleguide.example.org/sponsors"
    assert sponsor["help"]["text"].endswith("More: https://styleguide.example.org/sponsors")
