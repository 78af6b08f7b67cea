"""Errors the user can act on: one line on stderr and exit status 2."""
from __future__ import annotations


class UsageError(Exception):
    """A problem with the command line, the configuration or the set-up
    (grammar required but unavailable)."""
