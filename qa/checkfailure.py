"""A check that raised on one document: a note on that document, not the
end of the run.

A corpus run must not lose thousands of reports to one checker's bug on one
odd text (ruff reports a file it could not lint and goes on). The pipeline
turns the exception into a note of the document's report, the other checks
of the document still run, and the run ends with the tool's failure status
(2), naming the document and the check on stderr. The steps after the
checks are guarded alike: merging signals into spans (with their originals)
and calibration; a bug there leaves the document's findings as the checks
gave them, with the note. ``--debug`` (or
``QA_DEBUG=1``) lets the exception end the run with its traceback instead,
and so do the tests (``Options.raise_check_errors``).
"""
from __future__ import annotations

# Every such note starts so: the stderr summary and the exit status count them.
PREFIX = "a check failed on this document"


def failure_note(check: str, exc: BaseException) -> str:
    """The note for ``check`` having raised ``exc``, on one line.

    >>> failure_note("realword", TypeError("'NoneType' object is not iterable"))
    "a check failed on this document: realword raised TypeError: 'NoneType' object is not iterable (a bug: please report it; the other checks ran)"
    """
    detail = " ".join(str(exc).split())[:200]
    return f"{PREFIX}: {check} raised {type(exc).__name__}: {detail} (a bug: please report it; the other checks ran)"


def is_failure_note(note: str) -> bool:
    return note.startswith(PREFIX)


def failure_note_or_raise(check: str, exc: BaseException, raise_errors: bool) -> str:
    """``check``'s failure note for ``exc``, called inside the handler that
    caught it; where the run asks for the traceback (``raise_errors``:
    ``--debug``, the tests, the measuring scripts) ``exc`` goes on up instead."""
    if raise_errors:
        raise exc
    return failure_note(check, exc)
