"""SIGTERM that unwinds like an interrupt, but never in the middle of a
handoff of a temporary file.

``qa fix`` writes through temporary siblings (``qa.atomicfile``) and discards
them when the run unwinds. A signal that lands between the temporary file's
creation and the moment its owner can discard it (inside the constructor,
or before the writer has recorded it) would leave it behind. Inside
``held()`` the signal waits, and the run unwinds as the block ends, when
whatever the block created is where the unwinding finds it.
"""
from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager


class TermSignal:
    """The SIGTERM handler of one run, and the blocks it waits for."""

    def __init__(self) -> None:
        self._depth = 0
        self._pending: int | None = None

    def handle(self, signum: int, frame) -> None:
        """Unwind now (``SystemExit(128 + signum)``), or at the end of the
        outermost ``held()`` block."""
        if self._depth:
            self._pending = signum
            return
        raise SystemExit(128 + signum)

    @contextmanager
    def held(self) -> Iterator[None]:
        """A block that no SIGTERM interrupts; one that came meanwhile ends
        the run as the block ends (even when it ends by an exception: the
        run was to end either way)."""
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
            if not self._depth and self._pending is not None:
                signum, self._pending = self._pending, None
                raise SystemExit(128 + signum)

    def install(self) -> object:
        """Make this the process's SIGTERM handler; returns the one it replaces."""
        return signal.signal(signal.SIGTERM, self.handle)
