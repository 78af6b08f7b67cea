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

