"""A time limit for one document, so one pathological text cannot hold a
Spark task (and the job) hostage: the check is interrupted and the
document becomes an error row instead."""
from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

DEFAULT_TIME_LIMIT = 300.0  # seconds per document, grammar included


class DocumentTimeout(BaseException):
    """The check of one document ran past its limit (a BaseException, so the
    pipeline's handlers for one failing check do not swallow it)."""


def _interrupt(signum, frame):
    raise DocumentTimeout


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise ``DocumentTimeout`` in the block after ``seconds`` of wall time.

    SIGALRM can only be handled on the main thread (where Spark's Python
    worker runs a task); elsewhere, or with no limit, the block runs as is.

    >>> with time_limit(5):
    ...     sum(range(10))
    45
    """
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _interrupt)
    try:
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            yield
        finally:  # an alarm due just now may still raise here: the handler is restored anyway
            signal.setitimer(signal.ITIMER_REAL, 0)
    finally:
        signal.signal(signal.SIGALRM, previous)
