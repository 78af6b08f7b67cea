"""Shared fixtures. Tests never read ../shared: fixtures live in tests/fixtures."""
from __future__ import annotations

from pathlib import Path

import pytest

from qa.context import Context
from qa.options import Options

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def ctx() -> Context:
    """A context without grammar: the offline checks only."""
    return Context.create(Options(grammar="off"))


@pytest.fixture(scope="session")
def raw_ctx() -> Context:
    """The offline checks with their own, hand-set confidences and severities
    (no calibration): for tests of what a checker itself decides."""
    return Context.create(Options(grammar="off", calibrated=False))


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
