"""Unsafe fixes are guesses that must not chain: they come from the first
round only, never from an info finding, and one after which its place is
still flagged is taken back. Checked on the seed with a real LanguageTool."""
from __future__ import annotations

from pathlib import Path

from test_grammar import grammar, lt_home, state_dir  # noqa: F401 (module fixtures: one server)

from qa.context import Context
from qa.document import Document
from qa.fix import Edit, Plan, fix_and_explain, fix_document, new_span, plan_fixes, still_flagged
from qa.model import DocumentReport, Finding, Fix
from qa.options import Options

SEED = Path(__file__).parent.parent / "samples" / "es_seed_putin_pyongyang.txt"


def _finding(severity, start, end, applicability="unsafe", rule="A.X"):
    return Finding(rule, "test", severity, start, end, "m", fixes=(Fix(start, end, "z", 0.9, applicability),))


def test_an_info_finding_never_gives_an_unsafe_edit():
    findings = [_finding("info", 0, 1), _finding("warning", 2, 3, rule="B.X"), _finding("info", 4, 5, "safe", "C.X")]
    assert [e.rule for e in plan_fixes(findings, "abcdef", unsafe=True).edits] == ["B.X", "C.X"]


def test_an_edit_is_still_flagged_when_a_finding_touches_its_new_place():
    plan = Plan((Edit("A.X", 0, 4, "los ", ""), Edit("B.X", 8, 12, "culo", "culto")))
    assert new_span(plan.edits[1], plan) == (4, 9)
    report = DocumentReport("-", None, "es", "xxxxculto", 1, (_finding("warning", 4, 9),), 50.0, "warn")
    assert still_flagged(plan.edits[1], plan, report)
    quiet = DocumentReport("-", None, "es", "xxxxculto", 1, (_finding("info", 4, 9),), 90.0, "pass")
    assert not still_flagged(plan.edits[1], plan, quiet)


def test_later_rounds_apply_safe_edits_only(seed_text):
    result = fix_and_explain(seed_text, language="es", unsafe=True, options=Options(grammar="off"))
    assert result.plans and any(e.applicability == "unsafe" for e in result.plans[0].edits)
    assert all(e.applicability == "safe" for plan in result.plans[1:] for e in plan.edits)


def test_the_seed_keeps_seria_preocupacion_and_gets_no_chained_culto(grammar, lt_home):  # noqa: F811
    ctx = Context.create(Options(languagetool_home=str(lt_home)))
    ctx.grammar = grammar
    text = SEED.read_text(encoding="utf-8")
    result = fix_document(Document.from_text(text, source=str(SEED)), ctx, unsafe=True)
    assert "el culto de lanzar" not in result.text and "el culo de lanzar" not in result.text
    assert "“seria preocupación”" in result.text
    assert any(e.applicability == "unsafe" for e in result.plans[0].edits), "unsafe fixes still apply"
    assert all(e.applicability == "safe" for plan in result.plans[1:] for e in plan.edits)
