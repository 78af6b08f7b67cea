"""A damaged span is one finding: its signals are its evidence, in every
format, and it offers one ranked list of fixes. Checked on the seed's
sentence without grammar and with a real LanguageTool."""
from __future__ import annotations

import io
import json
from pathlib import Path

import jsonschema
from test_grammar import grammar, lt_home, state_dir  # noqa: F401 (module fixtures: one server)

import qa.render
from qa.context import Context
from qa.document import Document
from qa.fix import plan_fixes
from qa.model import Finding, Fix
from qa.options import Options
from qa.pipeline import check_document
from qa.render import RenderSettings, json as json_format

SCHEMA = json.loads((Path(qa.render.__file__).parent / "report.schema.json").read_text())
SENTENCE = "los culo de lanzar una guerra “guerra”"


def _span_report(text: str, ctx: Context):
    report = check_document(Document.from_text(text, source="seed", language="es"), ctx)
    start = text.index(SENTENCE)
    end = start + len(SENTENCE)
    inside = [f for f in report.findings if f.start < end and start < f.end]
    return report, inside, start, end


def _assert_one_span(text: str, ctx: Context, signals: set[str]) -> None:
    report, inside, start, end = _span_report(text, ctx)
    assert [f.rule for f in inside] == ["Garble.Span"], "the span's signals are no findings of their own"
    [span] = inside
    assert (span.start, span.end) == (start, end) and span.severity == "error"
    assert {s.rule for s in span.evidence} == signals
    assert span.fixes[0].replacement == "culpó" and text[span.fixes[0].start:span.fixes[0].end] == "culo"
    top = span.fixes[0]
    assert not any(x.conflicts(top) for x in span.fixes[1:] if text[x.start:x.end] != "culo")
    assert "el culo" not in [x.replacement for x in span.fixes]
    # The JSON report says the same, and validates.
    out = io.StringIO()
    json_format.render([report], out, RenderSettings())
    payload = json.loads(out.getvalue())
    jsonschema.validate(payload, SCHEMA)
    [doc] = payload["documents"]
    [shown] = [f for f in doc["findings"] if f["start"] < end and start < f["end"]]
    assert shown["rule"] == "Garble.Span" and shown["fixes"][0]["replacement"] == "culpó"
    assert {e["rule"] for e in shown["evidence"]} == signals
    assert all(e["text"] == text[e["start"]:e["end"]] for e in shown["evidence"])
    # The fixer sees one span: its top repair, not a signal's conflicting fix.
    edits = [e for e in plan_fixes(report, text, unsafe=True).edits if e.start < end and start < e.end]
    assert [(e.original, e.replacement) for e in edits] == [("culo", "culpó")]


def test_the_seed_span_without_grammar(ctx, seed_text):
    _assert_one_span(seed_text, ctx, {"Garble.Agreement", "Garble.TagContext", "Register.VulgarEs",
                                      "Repetition.Token"})


def test_the_seed_span_with_languagetool(grammar, lt_home, seed_text):  # noqa: F811
    ctx = Context.create(Options(languagetool_home=str(lt_home)))
    ctx.grammar = grammar
    _assert_one_span(seed_text, ctx, {"Garble.Agreement", "Garble.TagContext", "LT.AGREEMENT_DET_NOUN",
                                      "Register.VulgarEs", "Repetition.Token"})


def test_a_repeat_on_its_own_stays_a_finding(ctx):
    text = "El ministro dijo que que la reunión fue un éxito."
    report = check_document(Document.from_text(text, language="es"), ctx)
    assert [f.rule for f in report.findings] == ["Repetition.Token"]
    assert report.findings[0].evidence == ()


def test_a_span_not_selected_leaves_its_signals_standing(seed_text):
    ctx = Context.create(Options(grammar="off", select=("Repetition", "Register")))
    report, inside, _, _ = _span_report(seed_text, ctx)
    assert sorted(f.rule for f in inside) == ["Register.VulgarEs", "Repetition.Token"]


def test_a_span_is_as_severe_as_its_strongest_signal():
    from qa.merge import absorb
    from qa.merge import RULES as SPAN_RULES

    signal = Finding("Repetition.Token", "repetition", "error", 5, 9, "r", confidence=0.9,
                     fixes=(Fix(5, 9, "", 0.9, "safe"),))
    span = Finding("Garble.Span", "garble", "warning", 0, 9, "s", confidence=0.95,
                   roles=SPAN_RULES[0].roles, evidence=(signal,))
    [absorbed] = absorb([signal, span])
    assert absorbed.rule == "Garble.Span" and absorbed.severity == "error"


# A span whose ranking and whose class-model signal both name ``manejos``:
# written for this test, the determiner left plural and the noun cut.
SAME_EDIT_TWICE = "El hospital revisó sus protocolos y los manejo de residuos peligrosos."


def test_a_span_offers_each_edit_once(ctx):
    report = check_document(Document.from_text(SAME_EDIT_TWICE, language="es"), ctx)
    [span] = [f for f in report.findings if f.rule == "Garble.Span"]
    edits = [(fix.start, fix.end, fix.replacement) for fix in span.fixes]
    assert len(edits) == len(set(edits))
    word = SAME_EDIT_TWICE.index("manejo")
    assert (word, word + len("manejo"), "manejos") in edits


def test_an_edit_offered_twice_keeps_its_place_and_its_strongest_terms():
    from qa.merge import RULES as SPAN_RULES
    from qa.model import one_per_edit

    ranked = Fix(10, 14, "casa", 0.4, "display", "ranked")
    other = Fix(20, 22, "la", 0.3, "display")
    signal = Fix(10, 14, "casa", 0.6, "unsafe", "a signal's")
    kept = one_per_edit([ranked, other, signal])
    assert [(f.replacement, f.confidence, f.applicability, f.description) for f in kept] == [
        ("casa", 0.6, "unsafe", "ranked"), ("la", 0.3, "display", "")]
    # what --unsafe-fixes applies is the same as with both copies
    span = Finding("Garble.Span", "garble", "warning", 10, 22, "s", fixes=kept,
                   roles=SPAN_RULES[0].roles)
    plan = plan_fixes([span], "x" * 30, unsafe=True)
    assert [(e.start, e.replacement) for e in plan.edits] == [(10, "casa")]
