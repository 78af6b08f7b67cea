"""LanguageTool's matches, cached per text in ``.qa-cache/`` so re-runs are fast.

Two clients of the same local server (the one newsqa installs and starts):

* ``LanguageToolAlone``: LanguageTool with its own defaults (nothing
  disabled), the baseline newsqa is compared with;
* ``CachedGrammarService``: newsqa's own ``GrammarService`` (its disabled
  rules, its findings), with the server's answers cached the same way.

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

import requests

from qa.grammar import GrammarService
from qa.grammar.install import LT_VERSION
from qa.grammar.offsets import split_text, utf16_to_codepoints
from qa.grammar.rules import describe_match
from qa.grammar.service import CHUNK_LIMIT


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


def _code_point_matches(text: str, post) -> list[dict[str, Any]]:
    """``post(chunk)`` -> raw JSON matches; out come dicts with code-point
    ``start``/``end``, cut at paragraph boundaries like newsqa does."""
    out = []
    for start, end in split_text(text, CHUNK_LIMIT):
        chunk = text[start:end]
        if not chunk.strip():
            continue
        to_cp = utf16_to_codepoints(chunk)
        for raw in post(chunk):
            m = describe_match(raw)
            s16, l16 = m.pop("offset16"), m.pop("length16")
            m["start"], m["end"] = start + to_cp(s16), start + to_cp(s16 + l16)
            out.append(m)
    return out


class LanguageToolAlone:
    """LanguageTool with its default rules, through plain HTTP."""

    def __init__(self, url: str, cache: MatchCache, timeout: float = 180.0) -> None:
        self.url = url.rstrip("/") + "/v2/check"
        self.cache = cache
        self.timeout = timeout
        self._local = threading.local()

    def matches(self, text: str, lt_language: str) -> list[dict[str, Any]]:
        key = self.cache.key("defaults", lt_language, text)
        found = self.cache.get(key)
        if found is None:
            found = _code_point_matches(text, lambda chunk: self._post(chunk, lt_language))
            self.cache.put(key, found)
        return found

    def _post(self, chunk: str, lt_language: str) -> list[dict]:
        session = getattr(self._local, "session", None)
        if session is None:
            session = self._local.session = requests.Session()
        reply = session.post(self.url, data={"text": chunk, "language": lt_language}, timeout=self.timeout)
        reply.raise_for_status()
        return reply.json()["matches"]


class CachedGrammarService(GrammarService):
    """newsqa's grammar service; the server's filtered matches are cached."""

    cache: MatchCache | None = None

    def _matches(self, text: str, lt_lang: str) -> list[dict[str, Any]]:
        if self.cache is None:
            return super()._matches(text, lt_lang)
        settings = json.dumps([sorted(self._disabled_patterns), sorted(self._disabled_categories),
                               sorted(self._enabled), sorted(self.options.languagetool_enable_categories),
                               self.options.languagetool_picky])
        key = self.cache.key("newsqa", settings, lt_lang, text)
        found = self.cache.get(key)
        if found is None:
            found = super()._matches(text, lt_lang)
            self.cache.put(key, found)
        return [dict(m) for m in found]
