"""The folder newsqa keeps its own files in: ``$QA_CACHE_DIR`` or ``~/.cache/newsqa``.

LanguageTool is installed under it, and word-list indexes built once are
kept there so that a later run loads them instead of building them again.
"""
from __future__ import annotations

import os
from pathlib import Path


def cache_home() -> Path:
    base = os.environ.get("QA_CACHE_DIR")
    return Path(base) if base else Path.home() / ".cache" / "newsqa"
