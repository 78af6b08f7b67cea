"""Baseline: known findings are left out, new ones still fail, edits elsewhere
in the document keep the fingerprints."""
from __future__ import annotations

import json

import pytest

from qa.cli import main

ARTICLE = ("Primer párrafo de la nota, sin daños.\n\n"
           "Los ministros ministros llegaron ayer a la capital.\n\n"
           "Johnson &amp; Johnson dijo que no habrá cambios.\n")


def _check(path, baseline, capsys, *extra):
    status = main(["check", str(path), "--grammar", "off", "--lang", "es", "--format", "json",
                   "--baseline", str(baseline), *extra])
    captured = capsys.readouterr()
    docs = json.loads(captured.out)["documents"]
    return status, [f["rule"] for d in docs for f in d["findings"]], captured.err


@pytest.fixture
def recorded(tmp_path, capsys):
    article = tmp_path / "content" / "nota.txt"
    article.parent.mkdir()
    article.write_text(ARTICLE, encoding="utf-8")
    baseline = tmp_path / "qa-baseline.json"
    status, rules, err = _check(article, baseline, capsys, "--update-baseline")
    assert status == 0 and "recorded 2 findings" in err
    assert sorted(rules) == ["Encoding.Entity", "Repetition.Token"]
    return article, baseline


def test_known_findings_are_left_out_and_the_gate_passes(recorded, capsys):
    article, baseline = recorded
    status, rules, err = _check(article, baseline, capsys)
    assert (status, rules) == (0, [])
    assert "2 known findings left out" in err


def test_unrelated_edits_elsewhere_keep_the_fingerprints(recorded, capsys):
    article, baseline = recorded
    edited = ("Un párrafo nuevo al principio, más largo que el anterior.\n\n" + ARTICLE
              + "\nUn cierre nuevo y limpio.\n").replace("sin daños", "sin ningún daño")
    article.write_text(edited, encoding="utf-8")
    status, rules, _ = _check(article, baseline, capsys)
    assert (status, rules) == (0, [])


def test_a_new_finding_fails_even_when_the_same_rule_is_known(recorded, capsys):
    article, baseline = recorded
    article.write_text(ARTICLE + "\nLas ciudades ciudades crecieron.\n", encoding="utf-8")
    status, rules, _ = _check(article, baseline, capsys)
    assert (status, rules) == (1, ["Repetition.Token"])


def test_a_second_identical_finding_is_new(recorded, capsys):
    article, baseline = recorded
    repeat = "Los ministros ministros llegaron ayer a la capital.\n\n"
    article.write_text(ARTICLE.replace(repeat, repeat + repeat), encoding="utf-8")
    status, rules, _ = _check(article, baseline, capsys, "--ignore", "Repetition.Paragraph")
    assert (status, rules) == (1, ["Repetition.Token"])


def test_editing_the_flagged_words_makes_the_finding_new(recorded, capsys):
    article, baseline = recorded
    article.write_text(ARTICLE.replace("ministros ministros", "diputados diputados"), encoding="utf-8")
    status, rules, _ = _check(article, baseline, capsys)
    assert (status, rules) == (1, ["Repetition.Token"])


def test_paths_are_relative_to_the_baseline_file(recorded, capsys, monkeypatch):
    article, baseline = recorded
    data = json.loads(baseline.read_text(encoding="utf-8"))
    assert list(data["documents"]) == ["content/nota.txt"]
    monkeypatch.chdir(article.parent)
    status, rules, _ = _check("nota.txt", baseline, capsys)
    assert (status, rules) == (0, [])


def test_a_missing_or_broken_baseline_is_exit_2(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert main(["check", str(article), "--grammar", "off", "--baseline", str(tmp_path / "none.json")]) == 2
    assert "baseline not found" in capsys.readouterr().err
    (tmp_path / "bad.json").write_text("{}")
    assert main(["check", str(article), "--grammar", "off", "--baseline", str(tmp_path / "bad.json")]) == 2
    assert main(["check", str(article), "--grammar", "off", "--update-baseline"]) == 2
    assert "--update-baseline needs --baseline" in capsys.readouterr().err


def test_jsonl_records_are_keyed_by_id(tmp_path, capsys):
    feed = tmp_path / "feed.jsonl"
    rec = {"id": "n1", "text": "Los ministros ministros llegaron ayer."}
    feed.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    baseline = tmp_path / "b.json"
    _check(feed, baseline, capsys, "--update-baseline")
    assert list(json.loads(baseline.read_text())["documents"]) == ["feed.jsonl#n1"]
    other = {"id": "n2", "text": rec["text"]}
    feed.write_text(json.dumps(other) + "\n" + json.dumps(rec) + "\n", encoding="utf-8")
    status, rules, _ = _check(feed, baseline, capsys)
    assert (status, rules) == (1, ["Repetition.Token"])
