"""Inline suppressions, the JSON Lines field, and Suppression.Unused."""
from __future__ import annotations

import json

from qa import check_text, fix_text
from qa.cli import main
from qa.options import Options

REPEAT = "Los ministros ministros llegaron ayer."
ENTITY = "Johnson &amp; Johnson dijo que no."
OFF = Options(grammar="off")


def rules(text, **kw):
    return [f.rule for f in check_text(text, language="es", options=OFF, **kw).findings]


def test_ignore_on_its_own_line_covers_the_next_paragraph_only():
    text = f"<!-- qa: ignore Repetition.Token -->\n{REPEAT}\n{ENTITY}\n\n{REPEAT}\n"
    found = check_text(text, language="es", options=OFF).findings
    assert [f.rule for f in found] == ["Encoding.Entity", "Repetition.Token"]
    assert found[1].start > text.index("\n\n"), "the paragraph after the blank line is not covered"


def test_ignore_after_text_covers_its_line_only():
    text = f"{REPEAT} <!-- qa: ignore Repetition -->\n{REPEAT}\n"
    found = check_text(text, language="es", options=OFF).findings
    assert [f.rule for f in found] == ["Repetition.Token"] and found[0].start > text.index("\n")


def test_ignore_names_several_rules_by_prefix():
    text = f"<!-- qa: ignore Repetition, Encoding.Entity -->\n{REPEAT} {ENTITY}\n"
    assert rules(text) == []


def test_off_and_on_regions():
    text = f"{REPEAT}\n\n<!-- qa: off -->\n{REPEAT}\n\n{ENTITY}\n<!-- qa: on -->\n\n{ENTITY}\n"
    found = check_text(text, language="es", options=OFF).findings
    assert [f.rule for f in found] == ["Repetition.Token", "Encoding.Entity"]
    assert found[0].start < text.index("<!-- qa: off") < text.index("<!-- qa: on") < found[1].start


def test_off_with_rule_ids_and_an_unclosed_region():
    text = f"<!-- qa: off Encoding -->\n{REPEAT}\n\n{ENTITY}\n"
    assert rules(text) == ["Repetition.Token"]


def test_unused_suppressions_are_reported_with_a_fix():
    text = f"<!-- qa: ignore Repetition.Token, Encoding.Entity -->\n{REPEAT}\n"
    found = check_text(text, language="es", options=OFF).findings
    assert [(f.rule, f.severity) for f in found] == [("Suppression.Unused", "warning")]
    assert "Encoding.Entity" in found[0].message
    assert fix_text(text, language="es", options=OFF) == f"<!-- qa: ignore Repetition.Token -->\n{REPEAT}\n"
    lone = "Texto limpio de la nota.\n<!-- qa: ignore Repetition -->\nOtro párrafo limpio.\n"
    assert rules(lone) == ["Suppression.Unused"]
    assert fix_text(lone, language="es", options=OFF) == "Texto limpio de la nota.\nOtro párrafo limpio.\n"


def test_unused_off_region_and_unknown_rule():
    assert rules("<!-- qa: off -->\nTexto limpio.\n<!-- qa: on -->\n") == ["Suppression.Unused"]
    assert rules(f"<!-- qa: ignore No.SuchRule -->\n{REPEAT}\n") == ["Suppression.Unused", "Repetition.Token"]


def test_grammar_ids_are_not_judged_unused_without_grammar():
    assert rules("<!-- qa: ignore LT.AGREEMENT -->\nTexto limpio.\n") == []


def test_unused_can_be_ignored_like_any_rule():
    text = "<!-- qa: ignore Repetition -->\nTexto limpio.\n"
    assert rules(text, context=None) == ["Suppression.Unused"]
    assert [f.rule for f in check_text(text, language="es",
                                       options=Options(grammar="off", ignore=("Suppression",))).findings] == []


def test_jsonl_field_silences_a_whole_record(tmp_path, capsys):
    path = tmp_path / "feed.jsonl"
    records = [{"id": "a", "text": f"{REPEAT}\n\n{REPEAT}", "qa_ignore": ["Repetition.Token"]},
               {"id": "b", "text": REPEAT, "qa_ignore": "Encoding"},
               {"id": "c", "text": REPEAT}]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    main(["check", str(path), "--grammar", "off", "--lang", "es", "--format", "json"])
    docs = json.loads(capsys.readouterr().out)["documents"]
    assert [[f["rule"] for f in d["findings"]] for d in docs] == [
        [], ["Suppression.Unused", "Repetition.Token"], ["Repetition.Token"]]
    assert "qa_ignore" in docs[1]["findings"][0]["message"]


def test_suppressed_findings_are_not_fixed(tmp_path):
    path = tmp_path / "a.md"
    text = f"<!-- qa: ignore Repetition -->\n{REPEAT}\n\n{REPEAT}\n"
    path.write_text(text, encoding="utf-8")
    main(["fix", str(path), "--grammar", "off", "--lang", "es", "--format", "json"])
    assert path.read_text(encoding="utf-8") == text.replace(
        f"\n\n{REPEAT}", "\n\nLos ministros llegaron ayer.")
