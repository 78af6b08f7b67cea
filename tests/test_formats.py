"""Machine formats on the samples: SARIF against the official schema, GitHub
annotations parsed back, JUnit parsed as XML, JSON Lines streamed."""
from __future__ import annotations

import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote, urlparse

import jsonschema
import pytest

from qa.cli import main
from qa.model import DocumentReport, Finding, Fix
from qa.render import RenderSettings, github, jsonl, junit, sarif

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLES = Path(__file__).parent.parent / "samples"
SARIF_SCHEMA = json.loads((FIXTURES / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def _run(capsys, *args):
    status = main(["check", str(SAMPLES), "--grammar", "off", *args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture(scope="module")
def json_report():
    out = io.StringIO()
    import contextlib

    with contextlib.redirect_stdout(out):
        main(["check", str(SAMPLES), "--grammar", "off", "--format", "json"])
    return json.loads(out.getvalue())


def _file_findings(json_report):
    """Findings located in their file (not a JSON Lines record, not a page's extracted text)."""
    return [(d, f) for d in json_report["documents"]
            if not d["source"].endswith(".jsonl") and "extracted" not in d
            for f in d["findings"]]


def test_sarif_validates_and_locates_every_finding(capsys, json_report):
    status, out, _ = _run(capsys, "--format", "sarif")
    log = json.loads(out)
    jsonschema.validate(log, SARIF_SCHEMA)
    assert status == 1
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    rules = run["tool"]["driver"]["rules"]
    ids = [r["id"] for r in rules]
    assert len(ids) == len(set(ids)) and "Repetition.Token" in ids and "Suppression.Unused" in ids
    results = run["results"]
    assert len(results) == sum(len(d["findings"]) for d in json_report["documents"])
    texts = {}
    for res in results:
        assert rules[res["ruleIndex"]]["id"] == res["ruleId"]
        assert res["level"] in ("error", "warning", "note")
        loc = res["locations"][0]["physicalLocation"]
        uri = loc["artifactLocation"]["uri"]
        if res["properties"].get("textOrigin") == "extracted":  # a page: no region in the file
            assert "region" not in loc and "fixes" not in res and "textStart" in res["properties"]
            continue
        region = loc["region"]
        if uri.endswith(".jsonl"):
            assert set(region) == {"startLine"} and "textStart" in res["properties"]
            continue
        assert uri.startswith("file:///")  # SAMPLES is absolute
        path = Path(unquote(urlparse(uri).path))
        text = texts.setdefault(uri, path.read_text(encoding="utf-8").lstrip("\ufeff"))
        start, length = region["charOffset"], region["charLength"]
        if length:
            assert text[start:start + length] == region["snippet"]["text"]
        line = text.split("\n")[region["startLine"] - 1]
        assert line[region["startColumn"] - 1:].startswith(text[start:start + length].split("\n")[0])
        for fix in res.get("fixes", ()):
            deleted = fix["artifactChanges"][0]["replacements"][0]["deletedRegion"]
            assert 0 <= deleted["charOffset"] <= len(text)
            assert fix["properties"]["applicability"] in ("safe", "unsafe")
    assert any("fixes" in r for r in results)


def test_sarif_with_an_unreadable_input_and_an_unknown_rule_validates():
    reports = [
        DocumentReport("gone.txt", None, "und", "", 0, (), 0.0, "error", error="no such file"),
        DocumentReport("a b.md", None, "es", "Hola hola.\n", 2,
                       (Finding("LT.SOMETHING", "grammar", "info", 0, 4, "m",
                                fixes=(Fix(0, 4, "Hola", 0.5, "unsafe"),)),), 90.0, "pass"),
    ]
    out = io.StringIO()
    sarif.render(reports, out, RenderSettings())
    log = json.loads(out.getvalue())
    jsonschema.validate(log, SARIF_SCHEMA)
    run = log["runs"][0]
    assert run["invocations"][0]["executionSuccessful"] is False
    assert run["tool"]["driver"]["rules"][0]["id"] == "LT.SOMETHING"
    assert run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "a%20b.md"
    assert run["results"][0]["level"] == "note"


_ANNOTATION = re.compile(r"^::(error|warning|notice) (?P<props>[^:]*)::(?P<message>.*)$")


def _unescape(s):
    return s.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",").replace("%25", "%")


def parse_annotation(line):
    m = _ANNOTATION.match(line)
    assert m, line
    props = dict(p.split("=", 1) for p in m.group("props").split(","))
    return m.group(1), {k: _unescape(v) for k, v in props.items()}, _unescape(m.group("message"))


def test_github_annotations_parse_back_to_the_findings(capsys, json_report):
    _, out, _ = _run(capsys, "--format", "github")
    lines = out.splitlines()
    assert lines and all(line.startswith("::") for line in lines)
    parsed = [parse_annotation(line) for line in lines]
    expected = {(d["source"], f["line"], f["column"], f["rule"], f["message"]) for d, f in _file_findings(json_report)
                if f["line"] == f["end_line"]}
    got = {(p["file"], int(p["line"]), int(p["col"]), p["title"], msg) for _, p, msg in parsed if "col" in p}
    assert expected == got
    levels = {level for level, _, _ in parsed}
    assert levels <= {"error", "warning", "notice"} and "error" in levels


def test_github_escapes_data_and_properties():
    text = "50% off,\nreally: yes"
    report = DocumentReport("dir,x/a:b.txt", None, "en", text, 4,
                            (Finding("X.Y", "t", "warning", 0, 3, "50% off\r\nnow"),), 90.0, "warn")
    out = io.StringIO()
    github.render([report], out, RenderSettings())
    line = out.getvalue().rstrip("\n")
    assert "\n" not in line and "\r" not in line
    # a line break in a message is shown, never written: it could start a command
    assert "file=dir%2Cx/a%3Ab.txt" in line and line.endswith("::50%25 off␍␊now")
    level, props, message = parse_annotation(line)
    assert (level, props["file"], props["line"], props["col"], message) == (
        "warning", "dir,x/a:b.txt", "1", "1", "50% off␍␊now")


def test_junit_is_xml_with_one_case_per_document(capsys, json_report):
    _, out, _ = _run(capsys, "--format", "junit")
    root = ET.fromstring(out)
    cases = root.findall("./testsuite/testcase")
    docs = json_report["documents"]
    assert len(cases) == len(docs) == int(root.get("tests"))
    failing = [d for d in docs if d.get("error") is None and d["verdict"] == "fail"]
    assert int(root.get("failures")) == len(failing) == len(root.findall(".//failure"))
    assert int(root.get("errors")) == sum(1 for d in docs if d.get("error"))
    seed = next(c for c in cases if "seed" in c.get("name"))
    assert "Garble.Span" in seed.find("failure").text


def test_junit_holds_characters_xml_cannot():
    report = DocumentReport("bell.txt", None, "es", "Dijo\x07 que sí", 3,
                            (Finding("Encoding.Invisible", "encoding", "error", 4, 5, "bell \x07 here"),),
                            50.0, "fail")
    out = io.StringIO()
    junit.render([report], out, RenderSettings(fail_level="warning"))
    failure = ET.fromstring(out.getvalue()).find(".//failure")
    assert "bell ␇ here" in failure.text  # shown, never written raw


def test_jsonl_is_one_document_per_line_and_streams(capsys, json_report):
    _, out, _ = _run(capsys, "--format", "jsonl")
    lines = [json.loads(line) for line in out.splitlines()]
    assert lines == json_report["documents"]

    stream = io.StringIO()
    report = DocumentReport("a.txt", None, "es", "Hola.", 1, (), 100.0, "pass")

    def reports():
        yield report
        assert stream.getvalue().count("\n") == 1, "the first document was not written before the second"
        yield report

    jsonl.render(reports(), stream, RenderSettings())
    assert stream.getvalue().count("\n") == 2


@pytest.mark.parametrize("fmt", ["json", "jsonl", "sarif", "github", "junit"])
def test_machine_formats_print_only_their_payload(capsys, fmt, tmp_path):
    missing = tmp_path / "missing.txt"
    status = main(["check", str(SAMPLES), str(missing), "--grammar", "off", "--format", fmt])
    captured = capsys.readouterr()
    assert status == 2
    out = captured.out
    if fmt in ("json", "sarif"):
        json.loads(out)
    elif fmt == "jsonl":
        [json.loads(line) for line in out.splitlines()]
    elif fmt == "junit":
        ET.fromstring(out)
    else:
        assert all(line.startswith("::") for line in out.splitlines())
    assert "missing.txt" in captured.err


def test_output_file_gets_the_payload(capsys, tmp_path):
    target = tmp_path / "report.sarif"
    main(["check", str(SAMPLES), "--grammar", "off", "--format", "sarif", "--output-file", str(target)])
    assert capsys.readouterr().out == ""
    jsonschema.validate(json.loads(target.read_text(encoding="utf-8")), SARIF_SCHEMA)
