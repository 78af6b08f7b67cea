"""Fix plans, the fixed-point loop, and `qa fix` writing files back."""
from __future__ import annotations

import codecs
import json
import os
import shutil
import stat
from itertools import pairwise
from pathlib import Path

import pytest

import qa.pipeline
from qa import fix_text
from qa.cli import main
from qa.fix import (
    Plan,
    PlanMismatch,
    apply_plan,
    fix_and_explain,
    fix_document,
    plan_fixes,
)
from qa.model import DocumentReport, Finding, Fix
from qa.options import Options

ROOT = Path(__file__).resolve().parent.parent

SAMPLES = Path(__file__).parent.parent / "samples"
OFF = Options(grammar="off")
DAMAGED_ES = "Los ministros ministros llegaron ayer. Johnson &amp; Johnson dijo que no.\n"
FIXED_ES = "Los ministros llegaron ayer. Johnson & Johnson dijo que no.\n"


def _finding(rule, start, end, replacement, confidence=0.9, applicability="safe"):
    fix = Fix(start, end, replacement, confidence, applicability)
    return Finding(rule, "test", "error", start, end, "m", fixes=(fix,))


def _sample_texts():
    return [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.*")) if p.suffix in (".txt", ".md")]


# -- plans -----------------------------------------------------------------

def test_overlapping_edits_are_never_applied_together():
    text = "abcdefgh"
    plan = plan_fixes([_finding("A.Low", 0, 4, "X", 0.5), _finding("B.High", 2, 6, "Y", 0.9),
                       _finding("C.Apart", 6, 8, "Z", 0.4)], text)
    assert [e.rule for e in plan.edits] == ["B.High", "C.Apart"]
    assert [e.rule for e in plan.waiting] == ["A.Low"]
    assert apply_plan(text, plan) == "abYZ"


def test_safe_wins_over_a_more_confident_unsafe_edit():
    plan = plan_fixes([_finding("U.X", 0, 3, "u", 0.99, "unsafe"), _finding("S.X", 1, 2, "s", 0.5)],
                      "abc", unsafe=True)
    assert [e.rule for e in plan.edits] == ["S.X"]


def test_insertions_at_an_edge_conflict_but_touching_replacements_do_not():
    text = "abcd"
    touching = plan_fixes([_finding("A.X", 0, 2, "1"), _finding("B.X", 2, 4, "2")], text)
    assert len(touching.edits) == 2 and apply_plan(text, touching) == "12"
    insertion = plan_fixes([_finding("A.X", 0, 2, "1"), _finding("B.X", 2, 2, "!")], text)
    assert len(insertion.edits) == 1 and len(insertion.waiting) == 1


def test_unsafe_and_display_fixes_need_asking_and_display_never_applies():
    findings = [_finding("U.X", 0, 1, "u", applicability="unsafe"),
                _finding("D.X", 2, 3, "d", applicability="display")]
    assert not plan_fixes(findings, "abc")
    assert [e.rule for e in plan_fixes(findings, "abc", unsafe=True).edits] == ["U.X"]


def test_a_plan_replays_only_on_its_own_text():
    plan = plan_fixes([_finding("A.X", 1, 2, "B")], "abc")
    assert apply_plan("abc", plan) == "aBc"
    with pytest.raises(PlanMismatch):
        apply_plan("xyz", plan)
    again = Plan.from_dict(json.loads(json.dumps(plan.to_dict())))
    assert apply_plan("abc", again) == "aBc"


def test_fix_text_applies_safe_fixes():
    assert fix_text(DAMAGED_ES, language="es", options=OFF) == FIXED_ES


@pytest.mark.parametrize("text", _sample_texts(), ids=lambda t: t[:20])
def test_replaying_the_plans_gives_the_fixed_text_and_fixing_is_idempotent(text):
    result = fix_and_explain(text, options=OFF, unsafe=True)
    replayed = text
    for plan in result.plans:
        edits = sorted(plan.edits, key=lambda e: e.start)
        assert all(a.end <= b.start for a, b in pairwise(edits)), "overlapping edits in one plan"
        replayed = apply_plan(replayed, plan)
    assert replayed == result.text
    assert result.converged
    assert fix_text(result.text, options=OFF, unsafe=True) == result.text


def test_the_round_cap_stops_edits_that_undo_each_other(monkeypatch):
    def flip(doc, ctx):
        new = "b" if doc.text == "a" else "a"
        f = _finding("Flip.Flop", 0, 1, new)
        return DocumentReport(doc.source, None, "en", doc.text, 1, (f,), 50.0, "fail")

    monkeypatch.setattr(qa.pipeline, "check_document", flip)
    from qa.context import Context
    from qa.document import Document

    result = fix_document(Document.from_text("a", language="en"), Context.create(OFF))
    assert not result.converged
    assert len(result.plans) <= 10
    assert any("stopped" in n for n in result.report.notes)


# -- qa fix on files ---------------------------------------------------------

def _check_json(path, capsys, *extra):
    main(["check", str(path), "--grammar", "off", "--format", "json", *extra])
    return json.loads(capsys.readouterr().out)


def test_fix_then_check_shows_no_safe_fix_and_a_second_fix_changes_nothing(tmp_path, capsys):
    work = tmp_path / "samples"
    shutil.copytree(SAMPLES, work)
    for p in work.iterdir():  # a checkout may hold read-only samples
        p.chmod(0o644)
        if p.name.endswith((".html", ".warc.gz")):  # checked as extracted text, never fixed
            p.unlink()
    before = _check_json(work, capsys)
    safe_before = sum(1 for d in before["documents"] for f in d["findings"]
                      for x in f["fixes"] if x["applicability"] == "safe")
    assert safe_before > 0, "the samples should hold safe-fixable damage"
    main(["fix", str(work), "--grammar", "off", "--format", "json"])
    capsys.readouterr()
    after = _check_json(work, capsys)
    assert [(d["source"], f["rule"]) for d in after["documents"] for f in d["findings"]
            if any(x["applicability"] == "safe" for x in f["fixes"])] == []
    snapshot = {p: p.read_bytes() for p in work.rglob("*")}
    status = main(["fix", str(work), "--grammar", "off", "--format", "json"])
    assert "fixed 0 edits in 0 files" in capsys.readouterr().err
    assert status == main(["check", str(work), "--grammar", "off", "--format", "json"])
    assert {p: p.read_bytes() for p in work.rglob("*")} == snapshot


def test_crlf_bytes_outside_the_fix_spans_are_unchanged(tmp_path, capsys):
    path = tmp_path / "nota.txt"
    original = ("Primera línea limpia.\r\n"
                "Los ministros ministros llegaron ayer.\r\n\r\n"
                "Johnson &amp; Johnson dijo que no.\r\n")
    path.write_bytes(original.encode("utf-8"))
    assert main(["fix", str(path), "--grammar", "off", "--lang", "es", "--format", "json"]) in (0, 1)
    expected = original.replace("ministros ministros", "ministros").replace("&amp;", "&")
    assert path.read_bytes() == expected.encode("utf-8")


def test_mojibake_fix_keeps_crlf(tmp_path):
    path = tmp_path / "m.txt"
    path.write_bytes("Dijo que sÃ­.\r\nOtra línea.\r\n".encode())
    main(["fix", str(path), "--grammar", "off", "--lang", "es", "--format", "json"])
    assert path.read_bytes() == "Dijo que sí.\r\nOtra línea.\r\n".encode()


@pytest.mark.parametrize("bom,codec", [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                                       (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_byte_order_mark_and_encoding_are_kept(tmp_path, bom, codec):
    path = tmp_path / "bom.txt"
    path.write_bytes(bom + DAMAGED_ES.encode(codec))
    main(["fix", str(path), "--grammar", "off", "--lang", "es", "--format", "json"])
    assert path.read_bytes() == bom + FIXED_ES.encode(codec)


def test_permissions_are_kept_and_no_temporary_file_is_left(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(DAMAGED_ES, encoding="utf-8")
    path.chmod(0o640)
    link = tmp_path / "link.txt"
    link.symlink_to(path)
    main(["fix", str(link), "--grammar", "off", "--lang", "es", "--format", "json"])
    assert link.is_symlink(), "the link was replaced by a file"
    assert path.read_text(encoding="utf-8") == FIXED_ES
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "link.txt"]


def test_a_read_only_file_is_left_untouched_with_a_clear_error(tmp_path, capsys):
    path = tmp_path / "ro.txt"
    path.write_text(DAMAGED_ES, encoding="utf-8")
    path.chmod(0o444)
    mtime = path.stat().st_mtime_ns
    status = main(["fix", str(path), "--grammar", "off", "--lang", "es", "--format", "json"])
    err = capsys.readouterr().err
    assert status == 2
    assert f"{path}: not fixed: the file is read-only" in err
    assert path.read_text(encoding="utf-8") == DAMAGED_ES and path.stat().st_mtime_ns == mtime


def test_an_undecodable_file_is_left_untouched(tmp_path, capsys):
    path = tmp_path / "bad.txt"
    data = DAMAGED_ES.encode() + b"caf\xe9 con leche\n"
    path.write_bytes(data)
    status = main(["fix", str(path), "--grammar", "off", "--lang", "es", "--format", "json"])
    captured = capsys.readouterr()
    assert status == 2
    assert "not valid UTF-8" in captured.err and "Traceback" not in captured.err
    assert path.read_bytes() == data
    assert json.loads(captured.out)["documents"][0]["findings"], "the file is still checked"


def test_unsafe_fixes_only_on_request(tmp_path):
    # a house rule whose fix is unsafe (house rules keep their own level and applicability)
    pack = tmp_path / "house" / "House"
    pack.mkdir(parents=True)
    rule = (ROOT / "rules" / "Structure" / "DoubledPunctuation.toml").read_text(encoding="utf-8")
    (pack / "Doubled.toml").write_text(rule.replace('applicability = "safe"', 'applicability = "unsafe"'),
                                       encoding="utf-8")
    text = "El gobierno anunció ayer un plan,, dijo la ministra.\n"
    path = tmp_path / "dup.txt"
    path.write_text(text, encoding="utf-8")
    house = ["--rules", str(tmp_path / "house"), "--select", "House"]
    main(["fix", str(path), "--grammar", "off", "--lang", "es", "--format", "json", *house])
    assert path.read_text(encoding="utf-8") == text
    main(["fix", str(path), "--grammar", "off", "--lang", "es", "--format", "json", "--unsafe-fixes", *house])
    assert path.read_text(encoding="utf-8") == text.replace(",,", ",")


def test_unsafe_fixes_without_fix_is_a_usage_error(tmp_path, capsys):
    assert main(["check", str(SAMPLES), "--grammar", "off", "--unsafe-fixes"]) == 2
    assert "--unsafe-fixes" in capsys.readouterr().err


def test_diff_prints_a_unified_diff_and_writes_nothing(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text(DAMAGED_ES, encoding="utf-8")
    status = main(["check", str(path), "--grammar", "off", "--lang", "es", "--diff"])
    out = capsys.readouterr().out
    assert status == 1
    assert path.read_text(encoding="utf-8") == DAMAGED_ES
    assert out.startswith(f"--- a/{path}\n+++ b/{path}\n@@")
    assert f"-{DAMAGED_ES}" in out and f"+{FIXED_ES}" in out
    path.write_text(FIXED_ES, encoding="utf-8")
    assert main(["check", str(path), "--grammar", "off", "--lang", "es", "--diff"]) == 0
    assert capsys.readouterr().out == ""


def test_fix_from_stdin_prints_the_fixed_text(monkeypatch, capsys):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(DAMAGED_ES.encode())))
    main(["fix", "-", "--grammar", "off", "--lang", "es", "--format", "text"])
    captured = capsys.readouterr()
    assert captured.out == FIXED_ES


def test_jsonl_records_are_rewritten_one_by_one_with_other_fields_untouched(tmp_path):
    lines = [
        '{"id": "a1", "text": "Los ministros ministros llegaron ayer.", "score": 1.50, "tags": ["x", "y"]}\n',
        '{"text":"Todo bien por aqu\\u00ed, sin da\\u00f1os.","id":"a2","lang":"es"}\r\n',
        '{this is not json}\n',
        '\n',
        '{"zz": 1, "text": "It&#39;s late \\u00e9 and the the end.", "id": 3, "text2": "&amp;"}\n',
    ]
    path = tmp_path / "feed.jsonl"
    path.write_bytes("".join(lines).encode("utf-8"))
    main(["fix", str(path), "--grammar", "off", "--format", "json"])
    out = path.read_bytes().decode("utf-8").splitlines(keepends=True)
    assert out[0] == lines[0].replace("ministros ministros", "ministros")
    assert out[1:4] == lines[1:4]
    # text2 is another field: untouched
    assert out[4] == lines[4].replace("It&#39;s", "It's").replace("the the", "the")
    record = json.loads(out[4])
    assert list(record) == ["zz", "text", "id", "text2"] and "\\u00e9" in out[4]


def test_jsonl_read_only_file_is_not_rewritten(tmp_path, capsys):
    path = tmp_path / "feed.jsonl"
    data = b'{"id": 1, "text": "Los ministros ministros llegaron ayer."}\n'
    path.write_bytes(data)
    os.chmod(path, 0o444)
    assert main(["fix", str(path), "--grammar", "off", "--format", "json"]) == 2
    assert "read-only" in capsys.readouterr().err
    assert path.read_bytes() == data
