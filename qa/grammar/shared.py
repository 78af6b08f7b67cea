"""One LanguageTool server shared by every run of a user, as build daemons are.

The first ``qa check`` that wants grammar starts the kept server
(``qa.grammar.server``) in the background and says so; later and
concurrent runs reuse it. A run holds a *lease* (a file named by its pid)
while it uses the server; a watcher process (``qa.grammar.idle``) stops the
server once no live process holds a lease and the last one ended more than
the idle time ago. One lock file serialises starting, leasing and stopping.
"""
from __future__ import annotations

import fcntl
import os
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import psutil

from .install import cache_root
from .server import KeptServer, ServerStartError, find_kept, is_ours, read_kept, start_kept, stop_kept, used_path

# A server started by `qa check` stops after this long without a run
# ($QA_SERVER_IDLE seconds): long enough for an editing session, short
# enough not to hold 650 MB all day.
AUTO_IDLE_TIMEOUT = 900.0


def auto_idle_timeout() -> float:
    try:
        return float(os.environ.get("QA_SERVER_IDLE", AUTO_IDLE_TIMEOUT))
    except ValueError:
        return AUTO_IDLE_TIMEOUT


@contextmanager
def state_lock() -> Iterator[None]:
    """Held while a server is started, leased or stopped for being idle."""
    path = cache_root() / "server.lock"
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _lease_path(pid: int) -> Path:
    return cache_root() / "leases" / str(pid)


def busy() -> bool:
    """Some live process holds a lease (leases of dead processes are removed)."""
    folder = cache_root() / "leases"
    held = False
    for lease in folder.glob("*") if folder.is_dir() else ():
        if lease.name.isdigit() and psutil.pid_exists(int(lease.name)):
            held = True
        else:
            lease.unlink(missing_ok=True)
    return held


def idle_seconds() -> float:
    try:
        return time.time() - used_path().stat().st_mtime
    except OSError:
        return float("inf")


@contextmanager
def lease(home: Path, announce: Callable[[str], None]) -> Iterator[KeptServer | None]:
    """The shared server for one run, started if none runs (``announce``
    says so first). Yields None when it cannot start; the caller then falls
    back to a server of its own, which reports why."""
    if shutil.which("java") is None:
        yield None  # the caller's own attempt says Java is missing
        return
    path = _lease_path(os.getpid())
    with state_lock():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(str(time.time()), encoding="ascii")
        kept = find_kept()
        if kept is None:
            idle = auto_idle_timeout()
            after = f"{idle / 60:.0f} min" if idle >= 120 else f"{idle:.0f}s"
            announce(f"starting a shared LanguageTool server in the background (127.0.0.1, stops after "
                     f"{after} without a run; `qa server stop` stops it now)")
            try:
                kept = start_kept(home, idle_timeout=idle)
            except ServerStartError:
                kept = None
    try:
        yield kept
    finally:
        path.unlink(missing_ok=True)
        used_path().touch()


def stop_if_idle(pid: int, idle_timeout: float) -> bool:
    """Stop the kept server ``pid`` when no run holds it and it has been idle
    long enough; True when it is gone (stopped here, by the user, or replaced)."""
    with state_lock():
        kept = read_kept()
        if kept is None or kept.pid != pid or not is_ours(kept):
            return True
        if busy() or idle_seconds() < idle_timeout:
            return False
        stop_kept()
        return True
