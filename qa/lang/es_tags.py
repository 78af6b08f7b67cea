"""Spanish word forms and their possible tags, from LanguageTool's dictionary.

``qa languagetool install`` decompiles ``org.softcatala:spanish-pos-dict``
(the tagging dictionary LanguageTool itself loads) into ``lemma_form_TAG``
lines, 3.7 M of them, and ``build`` turns them into a small sqlite table:
one row per form, holding the coarse readings the checks need. A reading is
four letters, class, gender, number, person, ``-`` where one does not apply:

==========  ========================================================
``N``       common noun (``Nms-``: masculine singular)
``E``       proper noun
``A``       adjective or ordinal
``V``       finite verb (``V-s3``: third person singular)
``I G P``   infinitive, gerund, participle (``Pfs-``)
``D``       determiner or article
``K``       clitic (unstressed object) pronoun: ``los``, ``le``, ``se``
``R``       any other pronoun
``S C B``   preposition, conjunction, adverb
``J Z X``   interjection, numeral, anything else
==========  ========================================================

So ``culo`` is ``{Nms-}`` only, ``culpó`` ``{V-s3}`` only, and ``los``
``{Dmp-, Kmp3, Nmp-}`` (the plural of the noun ``lo``). An sqlite table is
opened, not loaded: opening costs well under a millisecond and a few
hundred kilobytes, and each distinct word is looked up once per run.

>>> reading_of("VMIS3S0")
'V-s3'
>>> reading_of("NCMS000"), reading_of("PP3MPA00"), reading_of("DA0FS0")
('Nms-', 'Kmp3', 'Dfs-')
>>> reading_of("VMN0000:PP3MSA00"), reading_of("VMP00SF")
('I---', 'Pfs-')
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Iterable, Iterator

TABLE_NAME = "es-tags.sqlite"
# Forms with an attached pronoun (lanzárnoslo) are 2.8 M of the 3.7 M
# lines; only those the dictionary marks as ever seen (frequency class
# above "A") are kept. The others are still read as verbs by endings.
RARE_FREQUENCY = "A"
# A table built by another version of this module is rebuilt.
FORMAT = "1"

# Words looked up in one query by ``TagTable.prefetch`` (SQLite allows
# 32,766 parameters to a statement; a few hundred keep each query quick).
BATCH = 500
_NONE: frozenset[str] = frozenset()

_GENDER = {"M": "m", "F": "f", "C": "c", "N": "c"}
_NUMBER = {"S": "s", "P": "p", "N": "n"}
_PERSON = {"1": "1", "2": "2", "3": "3"}
_SIMPLE = {"S": "S", "C": "C", "R": "B", "I": "J", "Z": "Z"}


def reading_of(tag: str) -> str:
    """The four-letter coarse reading of one EAGLES tag (its first part
    when pronouns are attached: ``VMN0000:PP3MSA00`` is an infinitive)."""
    t = tag.split(":", 1)[0] + "00000000"
    head = t[0]
    if head == "N":
        return ("E" if t[1] == "P" else "N") + _GENDER.get(t[2], "-") + _NUMBER.get(t[3], "-") + "-"
    if head == "A":
        return "A" + _GENDER.get(t[3], "-") + _NUMBER.get(t[4], "-") + "-"
    if head == "V":
        mood = t[2]
        if mood == "N":
            return "I---"
        if mood == "G":
            return "G---"
        if mood == "P":
            return "P" + _GENDER.get(t[6], "-") + _NUMBER.get(t[5], "-") + "-"
        return "V-" + _NUMBER.get(t[5], "-") + _PERSON.get(t[4], "-")
    if head == "D":
        return "D" + _GENDER.get(t[3], "-") + _NUMBER.get(t[4], "-") + "-"
    if head == "P":
        # Unstressed object pronouns: personal with accusative or dative
        # case (lo, los, le), and "se" (P0...).
        clitic = (t[1] == "P" and t[5] in "AD") or t[1] == "0"
        return (("K" if clitic else "R") + _GENDER.get(t[3], "-") + _NUMBER.get(t[4], "-")
                + _PERSON.get(t[2], "-"))
    return _SIMPLE.get(head, "X") + "---"


def parse(lines: Iterable[str]) -> Iterator[tuple[str, str]]:
    """(form, reading) for each decompiled ``lemma_form_TAGf`` line, where
    ``f`` is the dictionary's one-letter frequency class."""
    for line in lines:
        parts = line.rstrip("\n").split("_")
        if len(parts) < 3 or not parts[1] or len(parts[2]) < 2:
            continue  # a lemma or form holding "_" is not a news word
        tag, frequency = parts[2][:-1], parts[2][-1]
        if ":" in tag and frequency <= RARE_FREQUENCY:
            continue
        yield parts[1], reading_of(tag)


def build(decompiled: Path, target: Path) -> Path:
    """Write the form -> readings table for a decompiled dictionary; the
    table appears only once complete (written next to it, then renamed)."""
    forms: dict[str, set[str]] = {}
    with open(decompiled, encoding="utf-8") as lines:
        for form, reading in parse(lines):
            forms.setdefault(form, set()).add(reading)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    with sqlite3.connect(partial) as db:
        db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        db.execute("INSERT INTO meta VALUES ('format', ?)", (FORMAT,))
        db.execute("CREATE TABLE forms (form TEXT PRIMARY KEY, readings TEXT NOT NULL) WITHOUT ROWID")
        db.executemany("INSERT INTO forms VALUES (?, ?)",
                       ((form, " ".join(sorted(r))) for form, r in sorted(forms.items())))
    db.close()
    os.replace(partial, target)
    return target


def is_current(path: Path) -> bool:
    """Is ``path`` a complete table of this format?"""
    if not path.is_file():
        return False
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            row = db.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
    except sqlite3.Error:
        return False
    return row is not None and row[0] == FORMAT


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
            if len(self._cache) > 200_000:
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
        if len(cache) + len(todo) > 200_000:
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


def default_path(home: str | Path | None = None) -> Path:
    """Where ``qa languagetool install`` writes the table: inside the
    LanguageTool folder ``home`` (``--cache-dir``), by default its own cache."""
    from ..grammar.install import default_home  # the same cache as LanguageTool's jars
    return (Path(home).expanduser() if home else default_home()) / "tags" / TABLE_NAME


def table_path(home: str | Path | None = None) -> Path:
    """The table a run reads: ``$QA_ES_TAGS``, else the one in the
    LanguageTool install ``home``."""
    return Path(os.environ.get("QA_ES_TAGS") or default_path(home))


def open_table(path: Path | None = None, home: str | Path | None = None) -> TagTable | None:
    """The table at ``path`` (default: ``table_path(home)``), or None if absent."""
    path = path or table_path(home)
    return TagTable(path) if is_current(path) else None


def for_lexicon(lex) -> TagTable | None:
    """The run's table, opened the first time a Spanish check asks (kept
    with the run's Lexicon), or None when the install has not built it."""
    slot = lex.memo("es_tags.table")
    if "table" not in slot:
        slot["table"] = open_table(home=lex.tools_home)
    return slot["table"]


MISSING = ("Spanish tagging dictionary not built (run `qa languagetool install`): agreement, "
           "clitic and accent checks guessed word classes from frequencies")


def missing_note(lex) -> str | None:
    """The note a Spanish report carries when the table is absent."""
    return MISSING if for_lexicon(lex) is None else None
