"""Where the time of a forked ``--jobs 2`` run goes, for benchmarks only.

With ``QA_DEAL_LOG`` set to a file's path, the parent and its worker
(dealt by language, ``qa.langdeal``, or after a warm-up,
``qa.workerpool.share``) each append one JSON line to it per event: the
parent's CPU seconds at the fork and, at the end, after its last check, with
the wall seconds it spent waiting on the worker; the worker's after each
hand-over. Every line carries the wall clock (``time.time``, the same in
both processes) and the process's CPU seconds (a forked worker's start at
zero). ``bench/deal_paths.py`` reads them into the serial part, each
process's path after the fork and its idle wait at the end. Unset (as in
every ordinary run), nothing is timed or written.
"""
from __future__ import annotations

import json
import os
import time
from contextlib import contextmanager
from typing import Iterator

LOG_VARIABLE = "QA_DEAL_LOG"


def log_path() -> str | None:
    return os.environ.get(LOG_VARIABLE) or None


def note(path: str | None, process: str, event: str, **figures: float) -> None:
    """One line for ``event`` of ``process`` (``worker`` or ``parent``) in
    the log at ``path``; nothing when ``path`` is None."""
    if path is None:
        return
    line = {"process": process, "event": event, "pid": os.getpid(),
            "wall": time.time(), "cpu": time.process_time(), **figures}
    # one write per line, appended: the two processes never interleave a line
    with open(path, "a", encoding="utf-8") as log:
        log.write(json.dumps(line) + "\n")


class ParentClock:
    """The parent's side: its last check's times, its waits on the worker,
    and the ``end`` line, written once. Without a log (every ordinary run)
    each method returns at once, so callers need no test of their own."""

    def __init__(self, path: str | None = None):
        self._path = path if path is not None else log_path()
        self._count = 0
        self._last = (0.0, 0.0)
        self._waited = 0.0
        self._ended = False

    def checked(self) -> None:
        if self._path is not None:
            self._count += 1
            self._last = time.time(), time.process_time()

    @contextmanager
    def waiting(self) -> Iterator[None]:
        if self._path is None:
            yield
            return
        started = time.time()
        yield
        self._waited += time.time() - started

    def end(self, process: str = "parent") -> None:
        if self._path is not None and not self._ended:
            self._ended = True
            note(self._path, process, "end", waited=self._waited, checked=self._count,
                 last_check_wall=self._last[0], last_check_cpu=self._last[1])
