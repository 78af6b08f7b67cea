"""Where the time of a dealt ``--jobs 2`` run goes, for benchmarks only.

With ``QA_DEAL_LOG`` set to a file's path, the parent and its worker
(``qa.langdeal``) each append one JSON line to it per event: the parent's
CPU seconds at the fork, after each document it checks and at the end with
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
