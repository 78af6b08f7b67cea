"""The timing log of a forked --jobs 2 run, written only when asked for."""
from __future__ import annotations

import json

from qa import dealclock
from qa.context import Context
from qa.document import Document
from qa.options import Options
from qa.pipeline import check_documents


def _docs(languages):
    texts = {"es": "El gobiemo invirtió tres milloes de euros en el puerto de la ciudad.",
             "en": "The goverrnent would rnove the plan frorn the capital to the coast."}
    return [Document.from_text(texts[lang], source=f"d{i}") for i, lang in enumerate(languages)]


def _events(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_a_dealt_run_logs_the_fork_each_hand_over_and_the_parents_end(tmp_path, monkeypatch):
    log = tmp_path / "deal.jsonl"
    monkeypatch.setenv(dealclock.LOG_VARIABLE, str(log))
    docs = _docs(["es"] * 20 + ["en"] * 6)
    reports = list(check_documents(docs, Context.create(Options(grammar="off")), jobs=2))
    assert len(reports) == 26
    events = _events(log)
    parent = [e for e in events if e["process"] == "parent"]
    worker = [e for e in events if e["process"] == "worker"]
    assert [e["event"] for e in parent] == ["fork", "end"]
    assert parent[0]["cpu"] > 0 and parent[1]["last_check_cpu"] >= parent[0]["cpu"]
    assert worker and {e["event"] for e in worker} == {"chunk"}
    assert sum(e["docs"] for e in worker) + parent[1]["checked"] == 26  # every document once
    assert {e["pid"] for e in worker}.isdisjoint({e["pid"] for e in parent})


def test_a_warmed_up_run_logs_the_same_lines(tmp_path, monkeypatch):
    log = tmp_path / "share.jsonl"
    monkeypatch.setenv(dealclock.LOG_VARIABLE, str(log))
    list(check_documents(_docs(["es"] * 40), Context.create(Options(grammar="off")), jobs=2))
    events = _events(log)
    parent = [e for e in events if e["process"] == "parent"]
    assert [e["event"] for e in parent] == ["fork", "end"]
    worker_docs = sum(e["docs"] for e in events if e["process"] == "worker")
    assert worker_docs + parent[1]["checked"] == 39  # the warm-up checked one before the fork


def test_nothing_is_written_unless_asked(tmp_path, monkeypatch):
    monkeypatch.delenv(dealclock.LOG_VARIABLE, raising=False)
    monkeypatch.chdir(tmp_path)
    list(check_documents(_docs(["es"] * 20 + ["en"] * 6), Context.create(Options(grammar="off")), jobs=2))
    assert dealclock.log_path() is None and list(tmp_path.iterdir()) == []
