"""Hostile sizes: every stage stays linear in the document's size.

The bounds are generous (the machine is shared); each case took minutes or
tens of seconds while a stage was quadratic.
"""
from __future__ import annotations

import time

from qa import check_text


def _timed(text: str, ctx, language: str | None = "es"):
    started = time.perf_counter()
    report = check_text(text, language=language, context=ctx)
    return report, time.perf_counter() - started


def test_one_word_repeated_thirty_thousand_times(ctx):
    report, seconds = _timed("guerra " * 30_000, ctx)
    assert seconds < 8, seconds
    assert sum(f.rule == "Repetition.Token" for f in report.findings) >= 15_000


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
