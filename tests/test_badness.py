"""ftfy's badness test without importing ftfy (``qa.text.badness``): it
answers exactly as ``ftfy.badness.is_bad`` on every character ftfy's
pattern is built from, and a check of clean news never imports ftfy."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from ftfy.badness import BADNESS_RE, MOJIBAKE_CATEGORIES, is_bad

from conftest import link_tag_table
from qa.text import badness

ROOT = Path(__file__).resolve().parents[1]


def _trigger_characters() -> list[str]:
    """Every non-ASCII character ftfy's categories name (their ranges
    expanded) or its pattern spells out."""
    sets = [re.compile(f"[{chars}]") for chars in MOJIBAKE_CATEGORIES.values()]
    found = {chr(c) for c in range(0x80, 0x3000) if any(s.match(chr(c)) for s in sets)}
    found |= {c for c in BADNESS_RE.pattern if c >= "\x80"}
    found |= {"\uf8ff", "\ufffd"}
    return sorted(found)


TRIGGERS = _trigger_characters()
# Neighbours of every kind the pattern distinguishes: ASCII letters (lower,
# upper), space, digits, punctuation, accented letters, start of text.
CONTEXTS = ("{}", "a{}", "{}a", "Z{}", "{}Z", " {}", "{} ", "é{}", "{}é", "1{}", ".{}", "{}.")


def _fresh_test(cache: Path, monkeypatch) -> badness.BadnessTest:
    monkeypatch.setenv("QA_CACHE_DIR", str(cache))
    return badness.badness_test.__wrapped__()  # past the once-a-process cache


def test_kept_pattern_is_ftfys_and_read_back(tmp_path, monkeypatch):
    built = _fresh_test(tmp_path, monkeypatch)
    (kept,) = (tmp_path / "index").glob("ftfy-badness-*.marshal")
    stamp = kept.stat().st_mtime_ns
    read = _fresh_test(tmp_path, monkeypatch)
    assert kept.stat().st_mtime_ns == stamp  # read back, not worked out again
    for test in (built, read):
        assert (test.pattern.pattern, test.pattern.flags) == (BADNESS_RE.pattern, BADNESS_RE.flags)
        assert test.suspect is not None and test.width == badness.required_chars(BADNESS_RE)[1]


def test_answers_as_ftfy_on_each_trigger_character_and_pair(tmp_path, monkeypatch):
    test = _fresh_test(tmp_path, monkeypatch)
    assert len(TRIGGERS) > 200
    differ = []
    for c in TRIGGERS:
        for context in CONTEXTS:
            text = context.format(c)
            if test.is_bad(text) != is_bad(text):
                differ.append(text)
        for d in TRIGGERS:
            # padded, so the windows around the characters are cut from a longer line
            text = f"la palabra {c}{d} y otra {d}x{c}"
            if test.is_bad(text) != is_bad(text):
                differ.append(text)
    assert differ == []
    assert sum(is_bad(f"ab {c}{d}") for c in TRIGGERS for d in TRIGGERS) > 1000  # not all clean


def test_answers_as_ftfy_on_lines_of_real_and_clean_text(tmp_path, monkeypatch):
    from qa.checkers.encoding import RULES

    test = _fresh_test(tmp_path, monkeypatch)
    lines = [line for path in sorted((ROOT / "samples").glob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines()]
    lines += [text for rule in RULES for text in (*rule.flag, *rule.ok)]
    lines += ["Ã¡", "Ã\xa0 la", "x Ã ", "â€œnoâ€\x9d", "Ð¿Ñ€Ð¸Ð²ÐµÑ‚", "вЂ”", "Â° grados"]
    assert any(is_bad(line) for line in lines) and not all(is_bad(line) for line in lines)
    assert [test.is_bad(line) for line in lines] == [is_bad(line) for line in lines]


def test_a_pattern_of_another_shape_is_searched_whole(tmp_path, monkeypatch):
    """Where the characters every match holds cannot be worked out (a
    future ftfy's pattern), every text is searched whole, as ftfy does."""
    monkeypatch.setattr(badness, "required_chars", lambda pattern: None)
    test = _fresh_test(tmp_path, monkeypatch)
    assert test.suspect is None
    for c in TRIGGERS:
        assert test.is_bad(f"a{c}é") == is_bad(f"a{c}é")


def test_ftfy_changed_is_read_afresh(tmp_path, monkeypatch):
    monkeypatch.setenv("QA_CACHE_DIR", str(tmp_path))
    before = badness._badness_source()
    folder = tmp_path / "ftfy"
    folder.mkdir()
    (folder / "badness.py").write_text("BADNESS_RE = None\n")

    class Spec:
        submodule_search_locations = [str(folder)]

    monkeypatch.setattr(badness, "find_spec", lambda name: Spec())
    assert badness._badness_source() not in (None, before)


@pytest.mark.parametrize("name, imported", [("es_seed_putin_pyongyang.txt", False),
                                            ("es_scraped_mojibake.txt", True)])
def test_ftfy_is_imported_only_for_a_line_that_holds_mojibake(tmp_path, name, imported):
    link_tag_table(tmp_path)
    code = (
        "import sys, io, contextlib\n"
        "from qa.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
        f"    main(['check', {str(ROOT / 'samples' / name)!r}, '--grammar', 'off', '--format', 'json',"
        " '--select', 'Encoding'])\n"
        "print('ftfy' in sys.modules, 'wcwidth' in sys.modules, 'Encoding.Mojibake' in out.getvalue())\n"
    )
    env = {**os.environ, "QA_CACHE_DIR": str(tmp_path)}
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                           timeout=120, env=env) for _ in range(2)]  # the first keeps the pattern
    assert runs[1].stdout.split() == [str(imported), str(imported), str(imported)], runs[1].stderr
