"""Stops the shared LanguageTool server once it has been idle long enough.

Started by ``server.start_kept`` as ``python -m qa.grammar.idle PID SECONDS``
in its own session, so it outlives the run that started the server; it
exits as soon as the server is gone, whoever stopped it.
"""
from __future__ import annotations

import sys
import time

from .shared import stop_if_idle


def watch(pid: int, idle_timeout: float) -> None:
    poll = min(30.0, max(0.5, idle_timeout / 4))
    while True:
        time.sleep(poll)
        if stop_if_idle(pid, idle_timeout):
            return


if __name__ == "__main__":
    watch(int(sys.argv[1]), float(sys.argv[2]))
