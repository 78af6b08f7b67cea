"""LanguageTool failing mid-run, against real servers (nothing mocked):
a hung JVM is restarted, a port collision is retried, and ``--grammar
required`` never passes a run in which a document went unchecked."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from qa.budget import Budget, BudgetSpent
from qa.document import Document
from qa.grammar import GrammarService
from qa.grammar import server as server_module
from qa.grammar.server import LocalServer
from qa.options import Options

from test_grammar import lt_home, state_dir  # noqa: F401  (module fixtures)


def _gone(pid: int) -> bool:
    return not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE


def test_a_hung_server_is_restarted_instead_of_waited_on(state_dir: Path, lt_home: Path) -> None:
    with GrammarService(Options(languagetool_home=str(lt_home))) as g:
        # warm: the first Spanish request loads the language (seconds)
        assert [f.rule for f in g.check(Document.from_text("Las casa es grande.", language="es"))] \
            == ["LT.AGREEMENT_DET_NOUN"]
        # a budget that runs out after the first request: the rest is not sent
        clock = iter(range(0, 100, 2))
        three_chunks = "\n\n".join(["Las casa es grande. " + "El consejo aprobó el plan. " * 700] * 3)
        with pytest.raises(BudgetSpent, match="only up to character") as stop:
            g.check(Document.from_text(three_chunks, language="es"), budget=Budget(1, lambda: next(clock)))
        assert [three_chunks[f.start:f.end] for f in stop.value.found] == ["Las casa"]
        g.timeout = 15
        hung = g.server_pid
        os.kill(hung, signal.SIGSTOP)  # alive, holding its port, answering nothing
        try:
            started = time.monotonic()
            found = g.check(Document.from_text("Los casa es grande.", language="es"))
            waited = time.monotonic() - started
        finally:
            if psutil.pid_exists(hung):
                os.kill(hung, signal.SIGCONT)
        assert [f.rule for f in found] == ["LT.AGREEMENT_DET_NOUN"]
        assert g.restarts == 1 and g.server_pid != hung and _gone(hung)
        # one timeout, one health check and a JVM start; not a timeout per request
        assert waited < 15 + 10 + server_module.START_TIMEOUT + 60


def test_a_port_collision_is_retried_on_another_port(state_dir: Path, lt_home: Path,
                                                     monkeypatch) -> None:
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    busy = taken.getsockname()[1]
    ports = iter([busy])
    real_free_port = server_module.free_port
    # the first port offered is one another process holds: a real collision
    monkeypatch.setattr(server_module, "free_port", lambda: next(ports, None) or real_free_port())
    server = LocalServer(lt_home)
    try:
        server.start()
        assert server.port != busy and server.alive()
        assert b"Address already in use" in (server.log_path.parent / f"server-{busy}.log").read_bytes()
    finally:
        server.stop()
        taken.close()


def test_required_grammar_fails_the_run_when_the_server_dies_mid_run(state_dir: Path,
                                                                     lt_home: Path,
                                                                     tmp_path: Path) -> None:
    corpus = tmp_path / "feed.jsonl"
    article = "El consejo aprobó el presupuesto anual sin cambios. " * 20 + "Las casa es grande."
    corpus.write_text("".join(json.dumps({"id": str(i), "lang": "es", "text": article}) + "\n"
                              for i in range(700)), encoding="utf-8")
    server = LocalServer(lt_home).start()
    try:
        run = subprocess.Popen(
            [sys.executable, "-m", "qa", "check", "--format", "jsonl", "--grammar", "required",
             "--languagetool-url", server.url, corpus.name],
            cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        first = run.stdout.readline()  # the first batch is checked: kill the server now
        server.process.kill()
        rest = run.stdout.read()  # not communicate(): it would skip what readline buffered
        stderr = run.stderr.read().decode("utf-8")
        run.wait(timeout=60)
    finally:
        server.stop()
    assert run.returncode == 2, stderr
    assert json.loads(first)["findings"], stderr
    assert "grammar required but" in stderr and "not checked" in stderr
    reports = [json.loads(line) for line in [first, *rest.split(b"\n")] if line]
    assert len(reports) == 700  # every document is still reported
    assert any("grammar not checked" in n for r in reports for n in r.get("notes", ()))
