"""LanguageTool for Spark executors.

Every task on an executor talks to one loopback server on that machine:
the first task starts it as a *kept* server (what ``qa server start``
starts, recorded in the cache folder) and later tasks, and later jobs, find
it there instead of paying JVM start-up (10-20 s) per task. A file lock
makes concurrent tasks on one machine start one server, not one each. With
a ``languagetool_url`` every executor uses that server instead.
"""
from __future__ import annotations

import fcntl
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from ..grammar.install import InstallError, cache_root, resolve_home
from ..options import Options

START_TIMEOUT = 180.0  # JVM start and warm-up on a busy executor


@contextmanager
def _machine_lock() -> Iterator[None]:
    path = cache_root() / "spark-server.lock"
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)  # released when the file closes
        yield


def ensure_machine_server(options: Options) -> str | None:
    """Start this machine's kept server unless one runs or none is wanted;
    returns why it could not start (``GrammarService.start`` then fails too,
    and the reports' grammar note says why)."""
    if options.grammar == "off" or options.languagetool_url:
        return None
    from ..grammar.server import find_kept

    with _machine_lock():
        if find_kept() is not None:
            return None
        try:
            home = resolve_home(options.languagetool_home)
        except InstallError as exc:
            return str(exc)
        # `qa server start` in a process of its own, which exits once the
        # server answers: the JVM is then nobody's child here, so stopping it
        # later (`qa server stop`) never leaves a zombie under a Spark worker.
        try:
            done = subprocess.run(
                [sys.executable, "-m", "qa", "server", "start", "--languagetool-home", str(home)],
                stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=START_TIMEOUT)
        except subprocess.TimeoutExpired:
            return f"LanguageTool did not start within {START_TIMEOUT:.0f}s"
        if done.returncode != 0:
            return " ".join(done.stderr.split())[:300] or f"`qa server start` exited with {done.returncode}"
    return None
