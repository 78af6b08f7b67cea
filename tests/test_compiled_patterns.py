"""Rule patterns compiled by one run are read back compiled by the next;
they match as freshly compiled ones, and a bad pattern is still an error."""
from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest
import regex

from qa.kinds.base import RuleFileError
from qa.kinds.compiled import CompiledPatterns, kept_file
from qa.kinds.existence import literal_alternation
from qa.loader import load_rules
from test_loader import GOOD

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))

# A rule whose pattern does not compile (line 6 of the file).
BAD = GOOD.replace('tokens = ["a nivel de"]', 'patterns = ["(unclosed"]')


def _patterns(rules) -> list[regex.Pattern]:
    out = []
    for rule in rules:
        out += getattr(rule, "patterns", [])
        out += [pattern for pattern, *_ in getattr(rule, "swaps", [])]
    return out


def test_second_load_reads_the_patterns_back_and_they_match_alike(tmp_path, monkeypatch):
    monkeypatch.setenv("QA_CACHE_DIR", str(tmp_path))
    first = load_rules()
    path = kept_file()
    assert path.is_file()
    stamp = path.stat().st_mtime_ns
    second = load_rules()
    assert path.stat().st_mtime_ns == stamp  # nothing new compiled, nothing written
    fresh, read = _patterns(first), _patterns(second)
    assert len(read) == len(fresh) > 20
    for a, b in zip(fresh, read):
        assert (a.pattern, a.flags) == (b.pattern, b.flags)
    texts = [p.read_text(encoding="utf-8") for p in SAMPLES]
    for a, b in zip(fresh, read):
        for text in texts:
            assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]


def test_bad_pattern_is_an_error_with_patterns_kept(tmp_path, monkeypatch):
    monkeypatch.setenv("QA_CACHE_DIR", str(tmp_path / "cache"))
    load_rules()
    assert kept_file().is_file()
    folder = tmp_path / "rules" / "House"
    folder.mkdir(parents=True)
    (folder / "Bad.toml").write_text(BAD, encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"Bad\.toml:6: invalid pattern"):
        load_rules([tmp_path / "rules"])


class _Planted:
    """A pickle that would create a folder when read, were it trusted."""

    def __init__(self, target: Path):
        self.target = target

    def __reduce__(self):
        return (os.mkdir, (str(self.target),))


@pytest.mark.parametrize("content", ["damaged", "foreign"])
def test_damaged_or_foreign_file_is_compiled_over_never_run(tmp_path, monkeypatch, content):
    monkeypatch.setenv("QA_CACHE_DIR", str(tmp_path))
    path = kept_file()
    path.parent.mkdir(parents=True)
    planted = tmp_path / "planted"
    bad = (b"\x80\x04garbage" if content == "damaged"
           else pickle.dumps({("a+", int(regex.V1)): _Planted(planted)}))
    path.write_bytes(bad)
    rules = load_rules()
    assert not planted.exists()
    assert len(_patterns(rules)) > 20
    assert path.read_bytes() != bad  # written again
    stamp = path.stat().st_mtime_ns  # and read back by the next load
    load_rules()
    assert path.stat().st_mtime_ns == stamp


def test_unwritable_cache_only_means_compiling(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("QA_CACHE_DIR", str(blocker))
    assert len(_patterns(load_rules())) > 20


def test_a_locale_dependent_pattern_is_compiled_each_time(tmp_path):
    kept = CompiledPatterns(tmp_path / "kept.pickle")
    kept.compile(r"(?L)\w+", int(regex.V1))
    kept.compile(r"\w+", int(regex.V1))
    kept.save()
    again = CompiledPatterns(tmp_path / "kept.pickle")
    assert again.compile(r"\w+", int(regex.V1)) is again._kept[(r"\w+", int(regex.V1))]
    assert (r"(?L)\w+", int(regex.V1)) not in again._kept


def test_token_alternation_does_not_depend_on_token_order():
    tokens = ("gonna", "wanna", "kinda", "u r", "lol", "read more")
    assert literal_alternation(tokens) == literal_alternation(tuple(reversed(tokens)))
    assert literal_alternation(tokens).index("read\\s+more") < literal_alternation(tokens).index("gonna")
