"""Shared fixtures. Tests never read ../shared: fixtures live in tests/fixtures."""
from __future__ import annotations

from pathlib import Path

import pytest

from qa.checkers import repetition
from qa.context import Context
from qa.document import Document
from qa.options import Options
from qa.pipeline import check_document

FIXTURES = Path(__file__).parent / "fixtures"
ALARMS = ("warning", "error")


def repeat_alarms(ctx, text: str, lang: str) -> list[str]:
    """The spans a whole check of ``text`` calls repeats at warning or error
    (a merged span's evidence included)."""
    report = check_document(Document.from_text(text, language=lang), ctx)
    return [text[f.start:f.end] for g in report.findings for f in (g, *g.evidence)
            if f.rule.startswith("Repetition") and f.severity in ALARMS]


def repetition_alarms(ctx, text: str, lang: str) -> list[str]:
    """The spans the repetition checker alone flags in ``text`` at warning or error."""
    return [text[f.start:f.end] for f in repetition.check(Document.from_text(text, language=lang), ctx)
            if f.severity in ALARMS]


def context_findings(text: str, ctx, language: str = "en") -> list:
    """``Garble.Context``'s findings in a whole check of ``text``, alone or as a
    signal of a merged span."""
    from qa import check_text
    from qa.checkers.context_word import RULE

    return [f for f in check_text(text, language=language, context=ctx).findings
            if f.rule == RULE or (f.rule == "Garble.Span" and RULE in f.signals)]


def context_warnings(text: str, ctx) -> list:
    """The English ``context_findings`` at warning or error."""
    return [f for f in context_findings(text, ctx) if f.severity != "info"]


def warned_over(text: str, word: str, ctx) -> list[tuple[bool, str]]:
    """For each English ``context_warnings`` finding: whether it covers the
    last ``word`` of ``text`` standing between spaces, and its first fix."""
    start = text.rindex(" " + word + " ") + 1
    return [(f.start <= start < f.end, f.fixes[0].replacement) for f in context_warnings(text, ctx)]


def context_check_warnings(text: str, ctx) -> list[tuple[str, str]]:
    """``Garble.Context``'s own warnings on English ``text``, its check run
    alone: (word, first fix)."""
    from qa.checkers import context_word

    return [(text[f.start:f.end], f.fixes[0].replacement)
            for f in context_word.check(Document.from_text(text, language="en"), ctx)
            if f.severity == "warning"]


def padded_run(*words: str) -> list[str]:
    """A run of words as the word model reads it, padded with its ends."""
    from qa.text.ngram import END, START

    return [START, *words, END]


@pytest.fixture(scope="session")
def ctx() -> Context:
    """A context without grammar: the offline checks only; a check's bug
    raises, with its traceback, instead of becoming a note."""
    return Context.create(Options(grammar="off", raise_check_errors=True))


@pytest.fixture(scope="session")
def raw_ctx() -> Context:
    """The offline checks with their own, hand-set confidences and severities
    (no calibration): for tests of what a checker itself decides."""
    return Context.create(Options(grammar="off", calibrated=False))


@pytest.fixture(scope="session")
def placeless_ctx() -> Context:
    """``raw_ctx`` without the English places that ask a word outright (the
    profile's ``word_places``): the trigram's own reading."""
    from dataclasses import replace

    from qa.lang import BUILTIN

    en = replace(BUILTIN["en"], word_places=None)
    return Context.create(Options(grammar="off", calibrated=False), profiles={**BUILTIN, "en": en})


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (FIXTURES / "seed_es.txt").read_text(encoding="utf-8")


def link_tag_table(cache_folder: Path) -> None:
    """Give a test's own cache folder this process's LanguageTool folder,
    where the Spanish tag table is (when it has been installed), so a
    private cache still checks Spanish as a real run does."""
    from qa.cachedir import cache_home

    if (cache_home() / "languagetool").is_dir():
        (cache_folder / "languagetool").symlink_to(cache_home() / "languagetool")
