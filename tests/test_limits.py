"""Hostile sizes: every stage stays linear in the document's size.

The bounds are generous (the machine is shared); each case took minutes or
tens of seconds while a stage was quadratic.
"""
from __future__ import annotations

import time

from qa import check_text
from qa.pipeline import MAX_FINDINGS


def _timed(text: str, ctx, language: str | None = "es"):
    started = time.perf_counter()
    report = check_text(text, language=language, context=ctx)
    return report, time.perf_counter() - started


def test_one_word_repeated_thirty_thousand_times(ctx):
    report, seconds = _timed("guerra " * 30_000, ctx)
    assert seconds < 8, seconds
    # every repeat is found; the report keeps the first MAX_FINDINGS and says so
    assert sum(f.rule == "Repetition.Token" for f in report.findings) > MAX_FINDINGS // 2
    assert len(report.findings) <= MAX_FINDINGS
    assert any(n.startswith("more than 10,000 findings") for n in report.notes)


def test_thirty_thousand_inline_elements(ctx):
    # each tag was looked up among every element's span: minutes, and the
    # time budget cut the checks after the encoding one
    report, seconds = _timed(" ".join(["<b>x</b>"] * 30_000), ctx, language="en")
    assert seconds < 15, seconds
    assert not any("time budget" in n for n in report.notes)
    assert all(f.rule == "Encoding.Tag" and f.fixes[0].replacement == "x" for f in report.findings[:100])


def test_tags_inside_an_inline_element_are_its_own_and_the_rest_one_each(ctx):
    text = "Dijo <b>nuevas</b> cosas<br/> y <i>más</i> <p>hoy."
    found = check_text(text, language="es", context=ctx).findings
    tags = [(text[f.start:f.end], f.fixes[0].replacement) for f in found if f.rule == "Encoding.Tag"]
    assert tags == [("<b>nuevas</b>", "nuevas"), ("<br/>", ""), ("<i>más</i>", "más"), ("<p>", "")]


def test_one_sentence_holding_every_signal(ctx):
    # one cluster of 30,000 signals: merging rescanned the cluster per signal
    text = "los culo de lanzar una guerra “guerra” " * 10_000
    report, seconds = _timed(text, ctx)
    assert seconds < 15, seconds
    assert any(f.rule == "Garble.Span" for f in report.findings)


def test_one_huge_sentence_with_damage(ctx, seed_text):
    # repairs re-check the words around a suspect, not its whole 400 KB sentence
    text = (seed_text.replace(".", ",").replace("\n", " ") * 80)[:400_000]
    report, seconds = _timed(text, ctx)
    assert seconds < 10, seconds
    spans = [f for f in report.findings if f.rule == "Garble.Span"]
    assert spans and spans[0].fixes and spans[0].fixes[0].replacement == "culpó"


def test_a_long_line_of_mojibake_is_compared_piece_by_piece(ctx):
    # one 8,000-character line, mojibaked throughout: comparing the line with
    # its repair in one go took minutes (difflib is quadratic or worse)
    text = ("\u201cWe " * 2000).encode("utf-8").decode("cp1252")
    report, seconds = _timed(text, ctx, "en")
    assert seconds < 15, seconds
    mojibake = [f for f in report.findings if f.rule == "Encoding.Mojibake"]
    assert len(mojibake) == 2000
    assert all(report.text[f.start:f.end] == "\u00e2\u20ac\u0153We" for f in mojibake)
    assert {fix.replacement for f in mojibake for fix in f.fixes} == {"\u201cWe"}


def test_an_existence_rule_with_four_thousand_tokens_loads_quickly():
    import random

    from qa.kinds.existence import Existence
    from qa.document import Document

    rng = random.Random(9)
    tokens = sorted({"".join(rng.choice("aeioulnrst") for _ in range(rng.randint(2, 9)))
                     for _ in range(5_000)})[:4_000]
    spec = {"extends": "existence", "message": "“{match}”", "category": "style",
            "description": "d", "tokens": tokens,
            "examples": {"flag": [tokens[0]], "ok": ["123"]}}
    started = time.perf_counter()
    rule = Existence.from_spec("Test.Many", spec, "test")
    assert time.perf_counter() - started < 5  # the pairwise needle set-up took 31 s
    text = " ".join(rng.sample(tokens, 50))
    found = {text[f.start:f.end] for f in rule.check(Document.from_text(text))}
    assert found == set(text.split())


def test_needles_found_are_exactly_those_in_the_text():
    import random

    from qa.kinds.existence import _NeedleSearch

    rng = random.Random(4)
    needles = {"".join(rng.choice("abcde") for _ in range(rng.randint(1, 6))) for _ in range(300)}
    search = _NeedleSearch(needles)
    for _ in range(100):
        text = "".join(rng.choice("abcde ") for _ in range(80))
        assert search.present(text) == {n for n in needles if n in text}


def test_a_line_rule_has_one_budget_per_document_and_leaves_a_note(tmp_path):
    from qa.context import Context
    from qa.options import Options

    from test_loader import GOOD, write

    line_rule = GOOD.replace('extends = "existence"', 'extends = "line"').replace(
        'tokens = ["a nivel de"]', "patterns = ['(a|aa)+$']")
    write(tmp_path, line_rule, "House/Slow.toml")
    ctx = Context.create(Options(grammar="off", rule_paths=(str(tmp_path),)))
    # each line backtracks for seconds; 40 of them once cost 40 timeouts, silently
    report, seconds = _timed("\n".join(["a" * 40 + "b"] * 40), ctx, language="en")
    assert seconds < 6, seconds
    assert any("House.Slow timed out" in n for n in report.notes), report.notes


def _big_news(size: int, tail: str) -> str:
    """Clean paragraphs (each one different) up to about ``size``, then ``tail``."""
    paragraphs = []
    total = 0
    for i in range(size):
        paragraphs.append(f"El consejo aprobó el presupuesto número {i} sin cambios y con el apoyo "
                          f"de todos los grupos.\n\n")
        total += len(paragraphs[-1])
        if total >= size:
            break
    return "".join(paragraphs) + tail


def test_a_large_document_is_checked_window_by_window(ctx, seed_text, monkeypatch):
    from qa import windows
    from qa.document import Document
    from qa.pipeline import check_document

    WINDOW = 100_000  # small windows, so that the test is quick
    monkeypatch.setattr(windows, "WINDOW", WINDOW)
    tail = "Los ministros ministros llegaron. " + seed_text.splitlines()[17]
    doc = Document.from_text(_big_news(5 * WINDOW + 1000, tail), language="es")
    report = check_document(doc, ctx)
    assert len(list(windows.split(doc))) == 6
    assert "tokens" not in doc.__dict__  # the whole document was never tokenized at once
    text = report.text
    end = [f for f in report.findings if f.start > len(text) - len(tail)]
    repeat = [f for f in end if f.rule == "Repetition.Token"][0]
    assert text[repeat.start:repeat.end] == "ministros ministros"
    assert text[repeat.fixes[0].start:repeat.fixes[0].end] == " ministros"
    span = [f for f in end if f.rule == "Garble.Span"][0]
    assert text[span.start:span.end] == "los culo de lanzar una guerra “guerra”"
    assert span.fixes[0].replacement == "culpó" and text[span.fixes[0].start:span.fixes[0].end] == "culo"
    assert report.words == len(Document.from_text(text).words)  # windows cut between words


def test_a_document_over_its_time_budget_is_reported_and_the_run_goes_on(seed_text):
    from qa.context import Context
    from qa.document import Document
    from qa.options import Options
    from qa.pipeline import check_documents
    from qa.windows import WINDOW

    ctx = Context.create(Options(grammar="off", language="es", time_budget=0.5))
    big = Document.from_text(_big_news(4 * WINDOW, seed_text), source="big")
    small = Document.from_text(seed_text, source="small")
    started = time.perf_counter()
    first, second = check_documents([big, small], ctx)
    assert time.perf_counter() - started < 30
    stopped = [n for n in first.notes if n.startswith("time budget of 0.5 CPU seconds spent")]
    assert stopped and "did not run from character" in stopped[0]
    assert not any(f.start >= len(big.text) - len(seed_text) for f in first.findings)
    assert second.source == "small" and not any("time budget" in n for n in second.notes)
    assert any(f.rule == "Garble.Span" for f in second.findings)
