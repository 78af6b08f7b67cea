"""A language's word forms and their possible tags, from LanguageTool's
tagging dictionary: the table, how it is built, and how a run opens it.

``qa languagetool install`` decompiles a morfologik tagging dictionary
(``qa.grammar.install.build_tag_tables``) into ``lemma SEP form SEP TAG``
lines; a language's module (``qa.lang.es_tags``, ``qa.lang.en_tags``)
reads them into (form, reading) pairs, and ``build`` writes one sqlite row
per form holding its readings. An sqlite table is opened, not loaded:
opening costs well under a millisecond and a few hundred kilobytes, and
each distinct word is looked up once per run.
"""
from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

# Words looked up in one query by ``TagTable.prefetch`` (SQLite allows
# 32,766 parameters to a statement; a few hundred keep each query quick).
BATCH = 500
# Readings kept per table before the cache starts again.
CACHE_SIZE = 200_000
_NONE: frozenset[str] = frozenset()


@dataclass(frozen=True)
class TagDictionary:
    """One language's tagging dictionary and the table built from it."""

    table_name: str  # the table's file in the install's tags/ folder
    format: str  # a table of another format is rebuilt
    env: str  # the variable that points a run at another table
    jar: str  # the dictionary's jar, a glob in the install's tools/ or lib/
    entry: str  # the morfologik dictionary inside it (its .info beside it)
    # (form, reading) pairs of the decompiled lines
    parse: Callable[[Iterable[str]], Iterator[tuple[str, str]]]

    def build(self, decompiled: Path, target: Path) -> Path:
        with open(decompiled, encoding="utf-8") as lines:
            return build(self.parse(lines), target, self.format)

    def is_current(self, path: Path) -> bool:
        return is_current(path, self.format)

    def default_path(self, home: str | Path | None = None) -> Path:
        """Where ``qa languagetool install`` writes the table: inside the
        LanguageTool folder ``home`` (``--cache-dir``), by default its own cache."""
        from ..grammar.install import default_home  # the same cache as LanguageTool's jars
        return (Path(home).expanduser() if home else default_home()) / "tags" / self.table_name

    def table_path(self, home: str | Path | None = None) -> Path:
        """The table a run reads: ``$<env>``, else the one in the install ``home``."""
        return Path(os.environ.get(self.env) or self.default_path(home))

    def open_table(self, path: Path | None = None, home: str | Path | None = None) -> TagTable | None:
        """The table at ``path`` (default: ``table_path(home)``), or None if absent."""
        path = path or self.table_path(home)
        return TagTable(path) if self.is_current(path) else None

    def for_lexicon(self, lex) -> TagTable | None:
        """The run's table, opened the first time a check asks (kept with
        the run's Lexicon), or None when the install has not built it."""
        slot = lex.memo(self.table_name)
        if "table" not in slot:
            slot["table"] = self.open_table(home=lex.tools_home)
        return slot["table"]


def build(pairs: Iterable[tuple[str, str]], target: Path, format: str) -> Path:
    """Write the form -> readings table of ``pairs``; the table appears only
    once complete (written next to it, then renamed)."""
    forms: dict[str, set[str]] = {}
    for form, reading in pairs:
        forms.setdefault(form, set()).add(reading)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    with sqlite3.connect(partial) as db:
        db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        db.execute("INSERT INTO meta VALUES ('format', ?)", (format,))
        db.execute("CREATE TABLE forms (form TEXT PRIMARY KEY, readings TEXT NOT NULL) WITHOUT ROWID")
        db.executemany("INSERT INTO forms VALUES (?, ?)",
                       ((form, " ".join(sorted(r))) for form, r in sorted(forms.items())))
    db.close()
    os.replace(partial, target)
    return target


def is_current(path: Path, format: str) -> bool:
    """Is ``path`` a complete table of ``format``?"""
    if not path.is_file():
        return False
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            row = db.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
    except sqlite3.Error:
        return False
    return row is not None and row[0] == format


class TagTable:
    """Read-only look-ups in a built table; readings are cached per form."""

    def __init__(self, path: Path):
        self.path = path
        self._cache: dict[str, frozenset[str]] = {}
        self._connect()

    def _connect(self) -> None:
        self._db = sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True,
                                   check_same_thread=False)
        # SQLite forbids using a connection across fork(): --jobs workers
        # forked from a parent that opened the table open their own.
        self._pid = os.getpid()

    def readings(self, word: str) -> frozenset[str]:
        """Every reading of ``word`` (as written, else lower-cased); empty
        when the dictionary does not know it."""
        found = self._cache.get(word)
        if found is None:
            found = self._lookup(word)
            if not found and not word.islower():
                found = self._lookup(word.lower())
            if len(self._cache) > CACHE_SIZE:
                self._cache.clear()
            self._cache[word] = found
        return found

    def prefetch(self, words: Iterable[str]) -> None:
        """Look up at once, a few hundred to a query, the lower-case words
        of ``words`` not yet cached, so that ``readings`` then finds them in
        the cache: a document's words cost one query, not one each."""
        cache = self._cache
        todo = sorted({w for w in words if w not in cache and w.islower()})
        if not todo:
            return
        if self._pid != os.getpid():
            self._connect()
        if len(cache) + len(todo) > CACHE_SIZE:
            cache.clear()
        for k in range(0, len(todo), BATCH):
            chunk = todo[k:k + BATCH]
            rows = self._db.execute(
                f"SELECT form, readings FROM forms WHERE form IN ({','.join('?' * len(chunk))})", chunk)
            found = {form: frozenset(readings.split()) for form, readings in rows}
            for w in chunk:
                cache[w] = found.get(w, _NONE)

    def classes(self, word: str) -> frozenset[str]:
        """The word classes (first letters of the readings) of ``word``."""
        return frozenset(r[0] for r in self.readings(word))

    def _lookup(self, form: str) -> frozenset[str]:
        if self._pid != os.getpid():
            self._connect()
        row = self._db.execute("SELECT readings FROM forms WHERE form = ?", (form,)).fetchone()
        return frozenset(row[0].split()) if row else frozenset()

    def __getstate__(self):  # Spark ships the lexicon to workers: reopen there
        return {"path": self.path}

    def __setstate__(self, state):
        self.__init__(state["path"])
