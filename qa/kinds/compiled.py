"""Rule patterns compiled once and kept for later runs.

Compiling the rule files' patterns with ``regex`` (whose parser is Python)
costs every ``qa check`` about 0.045 CPU seconds, a tenth of checking one
article; reading them back compiled costs under a millisecond. ``regex``
pickles a compiled pattern as its compiled form (``_regex.compile`` with
the program its parser produced), so unpickling does not parse again. The
kept patterns live in one file in newsqa's cache, named after the
``regex`` and Python versions that compiled them; reading it refuses every
global but ``_regex.compile``, so the file can do nothing but compile
patterns (otherwise it is trusted as the user's own, like the index
cache's marshal files).

A pattern not in the file is compiled as before, so a bad pattern is still
an error when its rule file loads; the file is then written again with what
this load used first. A missing, damaged or unwritable file only means
compiling.
"""
from __future__ import annotations

import io
import pickle
import sys
from pathlib import Path

import regex

from ..text.indexcache import index_folder, replace_cached

# Patterns the file holds at most: the built-in rules have about 30; user
# rule folders that change add more, and the oldest go first.
MAX_KEPT = 1000
_ONLY_GLOBAL = ("regex._regex", "compile")


def kept_file() -> Path:
    # ``<name>-<versions>``, so that writing it removes what older versions kept
    versions = f"regex{regex.__version__}_py{sys.version_info[0]}.{sys.version_info[1]}"
    return index_folder() / f"rule-patterns-{versions}.pickle"


class _PatternUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str):
        if (module, name) != _ONLY_GLOBAL:
            raise pickle.UnpicklingError(f"{module}.{name} is not a compiled pattern")
        return super().find_class(module, name)


class CompiledPatterns:
    """The patterns of one ``load_rules``: those kept by an earlier run
    read back, the others compiled (and kept by ``save``)."""

    def __init__(self, path: Path | None = None):
        self.path = kept_file() if path is None else path
        self._kept = self._read()
        self._used: dict[tuple[str, int], regex.Pattern] = {}
        self._compiled_here = False

    def _read(self) -> dict[tuple[str, int], regex.Pattern]:
        try:
            kept = _PatternUnpickler(io.BytesIO(self.path.read_bytes())).load()
        except Exception:  # noqa: BLE001 - missing, damaged or foreign: compile instead
            return {}
        if not isinstance(kept, dict):
            return {}
        return {key: value for key, value in kept.items()
                if isinstance(key, tuple) and isinstance(value, regex.Pattern) and value.pattern == key[0]}

    def compile(self, pattern: str, flags: int) -> regex.Pattern:
        """``regex.compile(pattern, flags)``; raises ``regex.error`` as it does."""
        key = (pattern, int(flags))  # a plain int: the file names no class but _regex.compile
        compiled = self._kept.get(key)
        if compiled is None:
            compiled = regex.compile(pattern, flags)
            if compiled.flags & regex.LOCALE:
                return compiled  # compiled for this process's locale: not kept
            self._compiled_here = True
        self._used[key] = compiled
        return compiled

    def save(self) -> None:
        """Keep what this load compiled, with what it read, for the next run."""
        if not self._compiled_here:
            return
        kept = dict(self._used)
        for key, value in self._kept.items():
            if len(kept) >= MAX_KEPT:
                break
            kept.setdefault(key, value)
        try:
            replace_cached(self.path, pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL))
        except (OSError, pickle.PicklingError):
            pass  # a read-only or full disk: the next run compiles again
