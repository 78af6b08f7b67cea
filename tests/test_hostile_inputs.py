"""Hostile input: each case that once crashed or lost a run is an error
entry for that document (or a one-line usage error), and the rest is still
reported."""
from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

import pytest

from test_loader import GOOD

from qa.cli import main
from qa.options import Options
from qa.sources import opening
from qa.sources.files import read_all

FORMATS = ("json", "jsonl", "text", "sarif", "github", "junit", "terminal")
REPEAT = "Los ministros ministros llegaron ayer."


def _run(capsys, *args):
    status = main(["check", *map(str, args), "--grammar", "off"])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return status, out, err


def _documents(capsys, *args):
    status, out, err = _run(capsys, *args, "--format", "json")
    return status, json.loads(out)["documents"], err


def _jsonl(tmp_path, *lines, name="feed.jsonl"):
    path = tmp_path / name
    path.write_bytes(b"".join((line if isinstance(line, bytes) else line.encode()) + b"\n" for line in lines))
    return path


# -- crashes that lost the whole run -----------------------------------------

@pytest.mark.parametrize("fmt", FORMATS)
def test_a_lone_surrogate_in_a_record_becomes_an_encoding_finding(tmp_path, capsys, fmt):
    path = _jsonl(tmp_path, '{"id": "s", "text": "La reuni\\ud800n termin\\u00f3 ayer.", "lang": "es"}',
                  json.dumps({"id": "ok", "text": REPEAT, "lang": "es"}))
    status, out, err = _run(capsys, path, "--format", fmt)
    assert status == 1 and "\ud800" not in out
    if fmt == "json":
        first, second = json.loads(out)["documents"]
        [bad] = [f for f in first["findings"] if f["rule"] == "Encoding.InvalidBytes"]
        assert bad["text"] == "\ufffd" and "U+D800" in bad["message"]
        assert second["findings"][0]["rule"] == "Repetition.Token"


def test_a_lone_surrogate_through_the_python_api_and_the_baseline(tmp_path, capsys):
    from qa import check_text

    report = check_text("Hola \udc80 mundo.", language="es")
    assert "\udc80" not in report.text
    assert [f.rule for f in report.findings] == ["Encoding.InvalidBytes"]
    path = _jsonl(tmp_path, '{"id": "s", "text": "La reuni\\udc00n termin\\u00f3 ayer."}')
    baseline = tmp_path / "baseline.json"
    status, _, err = _run(capsys, path, "--baseline", baseline, "--update-baseline")
    assert "recorded" in err and json.loads(baseline.read_text(encoding="utf-8"))


@pytest.mark.parametrize("value", ["3", "true", '{"a": 1}', '["Repetition", 2]'])
def test_a_qa_ignore_that_is_not_rule_ids_is_an_error_for_that_record(tmp_path, capsys, value):
    path = _jsonl(tmp_path, f'{{"id": "x", "text": "{REPEAT}", "qa_ignore": {value}}}',
                  json.dumps({"id": "ok", "text": REPEAT, "lang": "es"}))
    status, docs, err = _documents(capsys, path)
    assert status == 2 and len(docs) == 2
    assert "qa_ignore" in docs[0]["error"] and docs[0]["id"] == "x"
    assert docs[1]["findings"][0]["rule"] == "Repetition.Token"
    assert err.count("\n") == 1 and "line 1" in err


def test_deeply_nested_json_and_huge_numbers_are_errors_for_their_lines(tmp_path, capsys):
    path = _jsonl(tmp_path, '{"text": "x", "deep": ' + "[" * 100_000 + "]" * 100_000 + "}",
                  '{"text": "x", "n": ' + "9" * 5000 + "}",
                  json.dumps({"text": REPEAT, "lang": "es"}))
    status, docs, _ = _documents(capsys, path)
    assert status == 2 and [d.get("error", "")[:7] for d in docs] == ["line 1:", "line 2:", ""]


def test_a_file_name_that_is_not_utf8_is_shown_escaped_in_every_format(tmp_path, capsys):
    name = os.fsdecode(b"caf\xe9.txt")
    (tmp_path / name).write_text(REPEAT, encoding="utf-8")
    for fmt in FORMATS:
        status, out, _ = _run(capsys, tmp_path, "--format", fmt, "--lang", "es")
        # JSON doubles the backslash and SARIF's URI escapes it; the name is there, encodable
        assert status == 1 and "xe9.txt" in out and out.encode("utf-8")


def test_a_folder_that_cannot_be_read_is_an_error_entry(tmp_path, capsys, monkeypatch):
    """Root reads folders without permission bits, so the refusal is made at the call."""
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "a.txt").write_text(REPEAT, encoding="utf-8")
    (tmp_path / "locked").mkdir()
    real_scandir = os.scandir

    def scandir(path):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    status, docs, err = _documents(capsys, tmp_path, "--lang", "es")
    assert status == 2 and len(docs) == 2
    assert docs[0]["error"] == "cannot read folder: Permission denied"
    assert docs[1]["findings"]


def test_a_config_search_through_a_folder_without_execute_bit_does_not_crash(tmp_path, capsys, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text(REPEAT, encoding="utf-8")
    real_is_file = Path.is_file

    def is_file(self):
        if self.name in (".qa.toml", "pyproject.toml") and self.parent == tmp_path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_is_file(self)

    monkeypatch.setattr(Path, "is_file", is_file)
    status, docs, _ = _documents(capsys, path, "--lang", "es")
    assert status == 1 and docs[0]["findings"]


@pytest.mark.parametrize("problem", ["latin1", "folder"])
def test_a_rule_file_that_is_not_utf8_or_is_a_folder_is_one_line(tmp_path, capsys, problem):
    pack = tmp_path / "rules" / "House"
    pack.mkdir(parents=True)
    if problem == "folder":
        (pack / "Rule.toml").mkdir()
    else:
        (pack / "Rule.toml").write_bytes('message = "é"\n'.encode("latin-1"))
    doc = tmp_path / "a.txt"
    doc.write_text(REPEAT, encoding="utf-8")
    status, _, err = _run(capsys, doc, "--rules", tmp_path / "rules")
    assert status == 2 and len(err.splitlines()) == 1 and "Rule.toml" in err


def test_a_rule_message_with_an_unknown_field_is_refused_when_loading(tmp_path, capsys):
    pack = tmp_path / "rules" / "House"
    pack.mkdir(parents=True)
    (pack / "Rule.toml").write_text(GOOD.replace("“{match}”", "{match} in {section}"), encoding="utf-8")
    doc = tmp_path / "a.txt"
    doc.write_text("Se decidió a nivel de gobierno.", encoding="utf-8")
    status, _, err = _run(capsys, doc, "--rules", tmp_path / "rules")
    assert status == 2 and "Rule.toml:4: unknown field {section}" in err


def test_update_baseline_pointed_at_a_folder_is_refused_before_the_run(tmp_path, capsys):
    doc = tmp_path / "a.txt"
    doc.write_text(REPEAT, encoding="utf-8")
    status, out, err = _run(capsys, doc, "--baseline", tmp_path, "--update-baseline")
    assert status == 2 and "is a folder" in err and out == ""


# -- inputs that could hang or blow up ----------------------------------------

def test_standard_input_has_the_size_limit_of_a_file(capsys, monkeypatch):
    monkeypatch.setattr(opening, "MAX_BYTES", 100)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"palabra " * 100)))
    status, docs, err = _documents(capsys, "-")
    assert status == 2 and "over the 0 MiB limit" in docs[0]["error"] and "qa: -:" in err


def test_a_fifo_or_device_given_as_a_path_is_refused_without_waiting(tmp_path, capsys):
    fifos = [tmp_path / "pipe.txt", tmp_path / "pipe.jsonl"]
    for fifo in fifos:
        os.mkfifo(fifo)
    status, docs, err = _documents(capsys, *fifos, "/dev/zero")
    assert status == 2 and len(docs) == 3
    assert all("not a regular file" in d["error"] for d in docs)


def test_an_over_long_record_is_an_error_and_the_next_records_are_read(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(opening, "MAX_BYTES", 200)
    path = _jsonl(tmp_path, json.dumps({"text": "palabra " * 100}), json.dumps({"text": REPEAT, "lang": "es"}))
    status, docs, _ = _documents(capsys, path)
    assert status == 2 and "line 1: record is" in docs[0]["error"] and docs[1]["findings"]


@pytest.mark.parametrize("content", [b"", b"\n  \n\n"])
def test_an_empty_or_blank_jsonl_file_is_an_error_entry(tmp_path, capsys, content):
    path = tmp_path / "empty.jsonl"
    path.write_bytes(content)
    status, docs, _ = _documents(capsys, path)
    assert status == 2 and docs[0]["error"] == "no records: the file is empty or blank"


def test_a_failed_record_keeps_its_line_as_data_not_in_the_source(tmp_path):
    path = _jsonl(tmp_path, "{broken", json.dumps({"id": 7, "text": REPEAT}))
    failure, doc = read_all([str(path)], Options())
    assert (failure.source, failure.record_line) == (str(path), 1)
    assert (doc.source, doc.record_line, doc.id) == (str(path), 2, "7")


def test_a_failed_record_is_named_by_its_line_in_the_text_and_github_formats(tmp_path, capsys):
    path = _jsonl(tmp_path, "{broken")
    _, text, _ = _run(capsys, path, "--format", "text")
    assert text.startswith(f"{path}[line 1]: error: line 1: invalid JSON")
    _, github, _ = _run(capsys, path, "--format", "github")
    assert github.startswith("::error file=") and ",line=1," in github


# -- documents with few or no words -------------------------------------------

WORD_POOR = [
    "1234 5678", "12,5 % — 3.400", "¿?", "…", "-- -- --", "a", "Sí", "OK.", "x y", "1 de 2",
    "la", "los 3", "de 4 que 5", "y 7 se", "en 1986.", "• 12\n• 15\n",
]


@pytest.mark.parametrize("language", ["es", "en", "fr", "de", "und"])
def test_a_document_of_figures_signs_or_a_word_or_two_is_checked_without_a_failing_check(ctx, language):
    """Every checker runs, raising on a bug, on documents that hold no word
    or one or two: a list of figures once made three Spanish checks slice
    from word 1 to word -1 (``islice(words, 1, len(words) - 1)``) and fail."""
    from qa import check_text

    for text in WORD_POOR:
        report = check_text(text, language=language, context=ctx)
        assert not report.notes or all("check failed" not in note for note in report.notes), (text, report.notes)
