"""LanguageTool's matches, cached per text in ``.qa-cache/`` so re-runs are fast.

Two clients of the same local server (the one newsqa installs and starts):

* ``LanguageToolAlone``: LanguageTool with its own defaults (nothing
  disabled, every match kept), the baseline newsqa is compared with;
* ``CachedGrammarService``: newsqa's own ``GrammarService`` (its disabled
  rules, its findings), with the server's answers cached the same way.
  Given the defaults client (``defaults``), it takes LanguageTool's default
  answer and drops the rules newsqa turns off itself, so raw, calibrated
  and default runs share one cached answer per text. That is what the
  server would answer with those rules off, but for LanguageTool's removal
  of overlapping matches (a match it hid under a disabled rule's shows).

The cache key holds the LanguageTool version, the language, the rule
settings and the text, so a changed setting never reads a stale answer.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from pathlib import Path
from typing import Any

from qa.budget import Budget  # noqa: E402
from qa.grammar import GrammarService
from qa.grammar.install import LT_VERSION
from qa.options import Options


class MatchCache:
    """A small SQLite table: key -> JSON list of matches. Safe across threads."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, check_same_thread=False)
        self._db.execute("CREATE TABLE IF NOT EXISTS matches (key TEXT PRIMARY KEY, value TEXT)")
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    @staticmethod
    def key(*parts: str) -> str:
        return hashlib.sha256("\0".join((LT_VERSION, *parts)).encode("utf-8")).hexdigest()

    def get(self, key: str) -> list[dict] | None:
        with self._lock:
            row = self._db.execute("SELECT value FROM matches WHERE key = ?", (key,)).fetchone()
        if row is None:
            self.misses += 1
            return None
        self.hits += 1
        return json.loads(row[0])

    def put(self, key: str, matches: list[dict]) -> None:
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO matches VALUES (?, ?)", (key, json.dumps(matches)))
            self._db.commit()

    def close(self) -> None:
        self._db.close()


class CachedGrammarService(GrammarService):
    """newsqa's grammar service; the server's filtered matches are cached."""

    cache: MatchCache | None = None
    defaults: "LanguageToolAlone | None" = None

    def cache_tag(self) -> tuple[str, ...]:
        """What, besides language and text, decides the server's answer."""
        return ("newsqa", json.dumps([
            sorted(self._disabled_patterns), sorted(self._disabled_categories), sorted(self._enabled),
            sorted((lang, sorted(ids)) for lang, ids in self._turned_on.items()),
            sorted(self.options.languagetool_enable_categories), self.options.languagetool_picky]))

    def _matches(self, text: str, lt_lang: str, budget: Budget | None = None) -> list[dict[str, Any]]:
        if self.defaults is not None and not (self._enabled or self.options.languagetool_picky
                                              or self.options.languagetool_enable_categories):
            enabled = self._enabled_for(lt_lang)
            return [m for m in self.defaults.matches(text, lt_lang) if self._keeps(m, enabled)]
        if self.cache is None:
            return super()._matches(text, lt_lang, budget)
        key = self.cache.key(*self.cache_tag(), lt_lang, text)
        found = self.cache.get(key)
        if found is None:
            found = super()._matches(text, lt_lang, budget)
            self.cache.put(key, found)
        return [dict(m) for m in found]


class LanguageToolAlone(CachedGrammarService):
    """LanguageTool with its default rules: newsqa's client of the same
    server with nothing turned off, its matches taken as they come."""

    def __init__(self, url: str, cache: MatchCache) -> None:
        super().__init__(Options(languagetool_url=url), timeout=180.0, turned_on={})
        self._disabled_patterns = ()
        self._disabled_categories = ()
        self.cache = cache
        self.start()

    def cache_tag(self) -> tuple[str, ...]:
        return ("defaults",)

    def matches(self, text: str, lt_language: str) -> list[dict[str, Any]]:
        return self._matches(text, lt_language)
