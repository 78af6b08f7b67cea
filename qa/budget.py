"""A time budget, shared by the steps of one stage on one document.

Scraped text is hostile: no document may hold a run for long. A stage looks
at its budget between its steps (a checker, a rule, a window, a match, a
request to LanguageTool) and stops once it is spent, keeping what it found;
the report then carries a note saying where checking stopped.

Local checks count the CPU time of the thread that runs them, so that a
machine busy with other work does not cut a document short; grammar counts
wall time, because it waits on the server.

>>> Budget.cpu(60).spent(), Budget.wall(0).left() <= 0
(False, True)
>>> 30 <= Budget.cpu(60).at_least_left() <= 60
True
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any, Callable


@dataclass(frozen=True)
class Budget:
    until: float
    clock: Callable[[], float]
    # A CPU budget cannot be spent before this wall-clock instant, since a
    # thread's CPU time never runs ahead of the wall clock. Reading the
    # thread's CPU time is a system call (about 8 microseconds on a virtual
    # machine, read about a hundred times a document); the monotonic clock
    # is read without one, so ``spent`` asks it first.
    not_before: float = float("-inf")
    # Until this monotonic instant ``not_before - monotonic()`` leaves at
    # least half the budget: ``at_least_left`` answers with it, no system
    # call (a rule's matches ask after each match: 60 times a document).
    wall_answers_until: float = float("-inf")

    @classmethod
    def cpu(cls, seconds: float) -> "Budget":
        """``seconds`` of this thread's CPU time from now."""
        now = time.monotonic()
        return cls(time.thread_time() + seconds, time.thread_time, now + seconds, now + seconds / 2)

    @classmethod
    def wall(cls, seconds: float) -> "Budget":
        return cls(time.monotonic() + seconds, time.monotonic)

    def left(self) -> float:
        return self.until - self.clock()

    def at_least_left(self) -> float:
        """No more than ``left()``, and at least half the budget or
        ``left()`` itself: a CPU budget answers from the monotonic clock
        while that leaves half of it (the thread's CPU time never runs
        ahead of the wall clock), and reads its own clock only after."""
        now = time.monotonic()
        if now < self.wall_answers_until:
            return self.not_before - now
        return self.left()

    def spent(self) -> bool:
        if time.monotonic() < self.not_before:
            return False
        return self.clock() > self.until


class BudgetSpent(Exception):
    """A stage stopped when its budget ran out; ``found`` is what it had
    found before (findings, or a stage's raw results)."""

    def __init__(self, message: str, found: list[Any] | None = None):
        super().__init__(message)
        self.found = found or []
