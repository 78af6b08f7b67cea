"""Config discovery, keys, errors and precedence (defaults < config < flags)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from qa.cli import main
from qa.config import ConfigError, find_config, load_config, parse_config
from qa.options import Options

ROOT = Path(__file__).resolve().parent.parent

DAMAGED = "Los ministros ministros llegaron ayer. Johnson &amp; Johnson dijo que no.\n"  # error + warning
MISSPELT = "El ministro habló con la prensa sobre el presupesto del gobierno.\n"


def _rules(tmp_path, capsys, *args):
    status = main(["check", *args, "--grammar", "off", "--lang", "es", "--format", "json"])
    payload = json.loads(capsys.readouterr().out)
    return status, [f["rule"] for d in payload["documents"] for f in d["findings"]]


def test_found_by_walking_up_from_the_checked_path(tmp_path, monkeypatch):
    (tmp_path / ".qa.toml").write_text('fail-level = "warning"\n')
    deep = tmp_path / "content" / "2024"
    deep.mkdir(parents=True)
    (deep / "a.txt").write_text(DAMAGED)
    monkeypatch.chdir("/")
    assert find_config(deep / "a.txt") == tmp_path / ".qa.toml"
    assert load_config(None, [str(deep / "a.txt")]).apply(Options()).fail_level == "warning"


def test_pyproject_needs_a_tool_qa_table_and_qa_toml_wins(tmp_path):
    inner = tmp_path / "site"
    inner.mkdir()
    (inner / "pyproject.toml").write_text('[project]\nname = "site"\n')
    (tmp_path / "pyproject.toml").write_text('[tool.qa]\nselect = ["Encoding"]\n')
    assert find_config(inner) == tmp_path / "pyproject.toml"
    (inner / "pyproject.toml").write_text('[tool.qa]\nignore = ["Scraping"]\n')
    assert find_config(inner) == inner / "pyproject.toml"
    (inner / ".qa.toml").write_text('ignore = ["Register"]\n')
    assert find_config(inner) == inner / ".qa.toml"


def test_no_config_anywhere_gives_the_defaults(tmp_path):
    assert load_config(None, [str(tmp_path)]).apply(Options()) == Options()


def test_flags_override_the_config_which_overrides_the_defaults(tmp_path, capsys):
    # a house rule keeps its level (the calibration file knows only newsqa's rules)
    (tmp_path / "house" / "House").mkdir(parents=True)
    (tmp_path / "house" / "House" / "Doubled.toml").write_text(
        (ROOT / "rules" / "Structure" / "DoubledPunctuation.toml").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / ".qa.toml").write_text('fail-level = "warning"\nselect = ["House"]\nrules = ["house"]\n')
    path = tmp_path / "a.txt"
    path.write_text("Johnson dijo que no,, y se fue.\n")
    status, rules = _rules(tmp_path, capsys, str(path))
    assert (status, rules) == (1, ["House.Doubled"])  # a warning fails at fail-level warning
    status, _ = _rules(tmp_path, capsys, str(path), "--fail-level", "error")
    assert status == 0
    path.write_text(DAMAGED)
    _, rules = _rules(tmp_path, capsys, str(path), "--select", "Repetition")
    assert rules == ["Repetition.Token"]


def test_explicit_config_file(tmp_path, capsys):
    cfg = tmp_path / "elsewhere" / "strict.toml"
    cfg.parent.mkdir()
    cfg.write_text('ignore = ["Repetition"]\n')
    path = tmp_path / "a.txt"
    path.write_text(DAMAGED)
    _, rules = _rules(tmp_path, capsys, str(path), "--config", str(cfg))
    assert rules == ["Encoding.Entity"]
    assert main(["check", str(path), "--config", str(tmp_path / "nope.toml")]) == 2
    assert "config file not found" in capsys.readouterr().err


def test_rule_folders_and_word_files_are_relative_to_the_config(tmp_path, capsys, monkeypatch):
    project = tmp_path / "project"
    (project / "house" / "House").mkdir(parents=True)
    (project / "house" / "House" / "Banned.toml").write_text(
        'extends = "existence"\nmessage = "no “{match}” here"\nseverity = "error"\ncategory = "style"\n'
        'description = "House words."\ntokens = ["sinergia"]\n'
        '[examples]\nflag = ["Hay sinergia."]\nok = ["Hay acuerdo."]\n')
    (project / "words.txt").write_text("# house vocabulary\npresupesto\n")
    (project / ".qa.toml").write_text('rules = ["house"]\naccept-file = "words.txt"\nselect = ["House", "Spelling"]\n')
    path = project / "a.txt"
    path.write_text("Hubo sinergia en el presupesto del gobierno.\n")
    monkeypatch.chdir(tmp_path)
    _, rules = _rules(tmp_path, capsys, str(path))
    assert rules == ["House.Banned"]
    (project / "words.txt").write_text("otra\n")
    _, rules = _rules(tmp_path, capsys, str(path))
    assert sorted(rules) == ["House.Banned", "Spelling.NonWord"]


def test_accept_list_per_path_ignores_and_text_field(tmp_path, capsys):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.qa]\naccept = ["presupesto"]\ntext-field = "body"\nselect = ["Spelling", "Repetition"]\n'
        '[tool.qa.per-path-ignores]\n"*/drafts/*" = ["Repetition"]\n')
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "a.txt").write_text(DAMAGED)
    (tmp_path / "b.txt").write_text(MISSPELT + DAMAGED)
    (tmp_path / "c.jsonl").write_text(json.dumps({"body": "Los ministros ministros llegaron."}) + "\n")
    _, rules = _rules(tmp_path, capsys, str(tmp_path / "drafts" / "a.txt"))
    assert rules == []
    _, rules = _rules(tmp_path, capsys, str(tmp_path / "b.txt"))
    assert rules == ["Repetition.Token"]
    _, rules = _rules(tmp_path, capsys, str(tmp_path / "c.jsonl"))
    assert rules == ["Repetition.Token"]


def test_every_key_reaches_the_options(tmp_path):
    raw = """
fail-level = "info"
warn-below = 90
fail-below = 50.5
select = ["Encoding"]
ignore = ["Encoding.Tag"]
language = "es"
grammar = "required"
include = ["*.md"]
exclude = ["drafts/*"]
text-field = "body"
jobs = 0
baseline = "qa-baseline.json"

[per-path-ignores]
"news/*" = ["Register"]

[languagetool]
url = "http://localhost:8081"
home = "lt"
enable = ["A"]
disable = ["B"]
enable-categories = ["C"]
disable-categories = ["D"]
picky = true
variants = {es = "es-ES"}
"""
    cfg = parse_config(raw, tmp_path / ".qa.toml")
    o = cfg.apply(Options())
    assert (o.fail_level, o.warn_below, o.fail_below, o.select, o.ignore) == (
        "info", 90.0, 50.5, ("Encoding",), ("Encoding.Tag",))
    assert (o.language, o.grammar, o.include, o.exclude, o.text_field, o.jobs) == (
        "es", "required", ("*.md",), ("drafts/*",), "body", 0)
    assert o.per_path_ignores == {"news/*": ("Register",)}
    assert (o.languagetool_url, o.languagetool_home, o.languagetool_enable, o.languagetool_disable,
            o.languagetool_enable_categories, o.languagetool_disable_categories, o.languagetool_picky,
            o.languagetool_variant) == ("http://localhost:8081", "lt", ("A",), ("B",), ("C",), ("D",), True,
                                        {"es": "es-ES"})
    assert cfg.baseline == tmp_path / "qa-baseline.json"


@pytest.mark.parametrize("raw,name,line,words", [
    ('select = ["A"]\n\ncolour = "red"\n', ".qa.toml", 3, "unknown key 'colour'"),
    ('[languagetool]\nurl = "x"\nport = 1\n', ".qa.toml", 3, "unknown key 'port' in [languagetool]"),
    ('jobs = -1\n', ".qa.toml", 1, "'jobs' must be a whole number"),
    ('fail-level = "fatal"\n', ".qa.toml", 1, "'fail-level' must be one of error, warning, info"),
    ('[project]\nname = "x"\nselect = 1\n[tool.qa]\nselect = "Encoding"\n', "pyproject.toml", 5,
     "'select' must be a list of strings"),
    ('[tool.qa]\nfail-level = "error"\nfoo = 1\n', "pyproject.toml", 3, "unknown key 'foo' in [tool.qa]"),
])
def test_bad_keys_name_file_and_line(tmp_path, raw, name, line, words):
    path = tmp_path / name
    with pytest.raises(ConfigError) as err:
        parse_config(raw, path)
    assert str(err.value).startswith(f"{path}:{line}: ")
    assert words in str(err.value)


def test_a_bad_config_is_exit_2_with_one_line(tmp_path, capsys):
    (tmp_path / ".qa.toml").write_text('select = ["Encoding"]\nunknown-thing = 1\n')
    (tmp_path / "a.txt").write_text(DAMAGED)
    assert main(["check", str(tmp_path / "a.txt"), "--grammar", "off"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{tmp_path / '.qa.toml'}:2: unknown key 'unknown-thing'" in err


def test_rules_command_reads_the_config_of_the_current_folder(tmp_path, capsys, monkeypatch):
    (tmp_path / "mine" / "Mine").mkdir(parents=True)
    (tmp_path / "mine" / "Mine" / "Word.toml").write_text(
        'extends = "existence"\nmessage = "m"\ncategory = "style"\ndescription = "d."\ntokens = ["zz"]\n'
        '[examples]\nflag = ["zz"]\nok = ["aa"]\n')
    (tmp_path / ".qa.toml").write_text('rules = ["mine"]\n')
    monkeypatch.chdir(tmp_path)
    assert main(["rule", "Mine.Word"]) == 0
    assert "Mine.Word" in capsys.readouterr().out
    assert Path(".qa.toml").exists()
