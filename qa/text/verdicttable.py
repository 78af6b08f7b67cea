"""Per-word verdicts of the context checkers, worked out once and kept on disk.

Half of a fresh run's time went into what checkers work out the first
time they meet a word: ``Garble.RealWord``'s restoration, the candidates
and damage prices of ``Garble.Context``, the class symbols and word terms
of ``Garble.TagContext`` (docs/benchmarks.md). None of it depends on the
text: only on the word list (wordfreq's, fixed by ``pip install``), the
Spanish tag table and class model (fixed by ``qa languagetool install``),
the word n-gram model (pocketsphinx's, fixed by ``pip install``), English's
British/American spelling pairs (breame's, fixed by ``pip install``) and
the code that computes it. So ``qa languagetool install`` works them out for a
language's ``WORDS`` commonest words (``build``), by calling the very
functions a run calls (``qa.checkers.wordverdicts``), and keeps them in
the index cache folder under a digest of all of that: newsqa's source,
the shipped data, the word list's identity, the tag table's, the model
file's and the spelling pairs' file's. A changed input gives another digest, whose table is not there
until the next install: the run then works every verdict out as before.
A run never builds a table.

A table file is mapped into memory, not read: opening it costs a run
nothing it would notice, which a one-article ``qa check`` needs. It holds
the words as UTF-8 in byte order with their ends, and each word's entry
(a marshal blob, one verdict per ``Slot``) with its end. A word is found
by binary search in the mapped file, about 3 µs, once a run (the checkers
keep what they read in their per-run memos): a 200-article run asks about
19,000 words, 0.06 s. Reading the words whole into a dict after a few
thousand would cost about as much (20-40 ms) and 12 MB more a process.
"""
from __future__ import annotations

import functools
import hashlib
import importlib.util
import marshal
import mmap
import struct
from array import array
from enum import IntEnum
from pathlib import Path
from typing import Iterable

from . import freqlists
from .indexcache import index_folder, replace_cached
from .ngram import model_file
from .sortedtable import LAYOUT, SortedKeys, joined, part, utf8

# Raised when what a table holds or how it is laid out changes (2: the
# words joined as ``qa.text.sortedtable`` joins keys, without separators;
# 3: a language's own word facts, ``Slot.FACTS``).
VERSION = 3
# The commonest words of a language whose verdicts an install works out
# (English lists about 90,000 such words): on 200 real articles of each
# language, 96-97 % of the words a run judges for the first time are
# among them (90-95 % of the commonest 50,000). About 5 s a language.
WORDS = 100_000
_SLOT = "verdict-table"
# Each word's entry as read, for the run: two checkers ask it of the same
# words (Garble.RealWord and Garble.Context or Garble.TagContext), and a
# second search and unpacking cost as much as the first.
_ENTRIES = "verdict-table.entries"
MAGIC = f"qa-verdicts-{VERSION}\n".encode("ascii")
_COUNTS = struct.Struct("<III")  # words, bytes of keys, bytes of values
_DIGEST = 32  # the sha-256 of what the verdicts are computed from
# Ends in native order and size: a table is read on the machine that wrote
# it (``LAYOUT`` is part of its digest).
_END = array("I")
_PACKAGE = Path(__file__).resolve().parents[1]


class Slot(IntEnum):
    """Where each checker's verdict sits in a word's entry."""

    RESTORATION = 0  # Garble.RealWord: ``realword.restoration``
    CONTEXT = 1  # Garble.Context: candidates, how each is reached, prices
    TERMS = 2  # Garble.TagContext: ``tagcontext.word_terms``
    FACTS = 3  # the language's own word facts (the profile's ``word_facts``), or None


class VerdictTable:
    """Read-only, on a table file mapped into memory: a word's entry (a
    tuple indexed by ``Slot``), or None."""

    def __init__(self, mapped):
        count, keys_len, _ = _COUNTS.unpack_from(mapped, len(MAGIC))
        at = len(MAGIC) + _COUNTS.size + _DIGEST
        self._count = count
        size = count * _END.itemsize
        key_ends = memoryview(mapped)[at:at + size].cast(_END.typecode)
        at += size
        self._value_ends = memoryview(mapped)[at:at + size].cast(_END.typecode)
        at += size
        self._keys = SortedKeys(mapped, at, key_ends)
        self._values_at = at + keys_len
        self._mapped = mapped

    def __len__(self) -> int:
        return self._count

    def get(self, word: str) -> tuple | None:
        at = self._keys.find(utf8(word))
        return None if at is None else self._entry(at)

    def _entry(self, at: int) -> tuple:
        return marshal.loads(part(self._mapped, self._values_at, self._value_ends, at))


def pack(entries: dict[str, tuple], digest: bytes) -> bytes:
    """``entries`` (word -> tuple by ``Slot``) as a table file for ``digest``."""
    items = sorted((utf8(word), marshal.dumps(entry)) for word, entry in entries.items())
    keys, key_ends = joined([k for k, _ in items])
    values, value_ends = joined([v for _, v in items])
    return b"".join((MAGIC, _COUNTS.pack(len(items), len(keys), len(values)), digest,
                     key_ends.tobytes(), value_ends.tobytes(), keys, values))


def _mapped_table(path: Path, digest: bytes):
    """The file at ``path`` mapped into memory if it is a whole table for
    ``digest`` (its size is what its header says), else None. Files are
    written whole and renamed into place, so a reader never sees a part."""
    try:
        with open(path, "rb") as f:
            mapped = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # absent, unreadable, or empty
        return None
    head = len(MAGIC) + _COUNTS.size + _DIGEST
    if len(mapped) >= head and mapped[:len(MAGIC)] == MAGIC and mapped[head - _DIGEST:head] == digest:
        count, keys_len, values_len = _COUNTS.unpack_from(mapped, len(MAGIC))
        if len(mapped) == head + 2 * count * _END.itemsize + keys_len + values_len:
            return mapped
    mapped.close()
    return None


def identity(lex) -> str | None:
    """Everything a language's verdicts are computed from, as text; None
    where no table may stand in for them (a profile a caller brought, a
    language without a word list)."""
    from ..lang import BUILTIN

    if BUILTIN.get(lex.language) is not lex.profile:
        return None
    words = freqlists._source(lex.language, "best")
    if words is None:
        return None
    # the routines that read the tag table (Spanish): another language's
    # run does not import its module
    profile = lex.profile
    tags = (_file_identity(_tag_table_path(lex))
            if profile.class_context is not None or profile.verb_like is not None else "unused")
    # the British/American spelling pairs decide which candidates exist
    spellings = _spelling_pairs_identity() if profile.other_spelling is not None else "unused"
    return "\n".join((f"{VERSION}", LAYOUT, lex.language, _code_identity(), words, tags,
                      _model_identity(lex), spellings))


@functools.cache
def _code_identity() -> str:
    """Every module and the shipped class models, by size and modification
    time (a stat each, not a read: a one-article run pays for this), once a
    process: the same for every language and every forked worker."""
    code = hashlib.sha256()
    for path in sorted([*_PACKAGE.rglob("*.py"), *(_PACKAGE / "data").glob("*-classgram.json")]):
        code.update(_file_identity(path).encode("utf-8", "surrogatepass"))
    return code.hexdigest()


@functools.cache
def _spelling_pairs_identity() -> str:
    """breame's table of spelling pairs, found without importing it (a
    top-level ``find_spec`` runs no code), so an upgrade of the package
    renews the verdicts."""
    spec = importlib.util.find_spec("breame")
    if spec is None or spec.origin is None:
        return "absent"
    return _file_identity(Path(spec.origin).parent / "data" / "spelling_constants.py")


def _file_identity(path: Path | None) -> str:
    try:
        stat = path.stat() if path is not None else None
    except OSError:
        stat = None
    return "absent" if stat is None else f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}"


def _tag_table_path(lex) -> Path:
    from ..lang import es_tags  # (which imports the LanguageTool install's paths)

    return es_tags.table_path(lex.tools_home)


def _model_identity(lex) -> str:
    """The word n-gram model's file, found without loading it."""
    loader = lex.profile.context_model
    return "none" if loader is None else _file_identity(model_file(loader))


def _environment(lex) -> str:
    """Where this install's inputs lie, not what they hold: the package's
    folder and the paths of the data files a table is computed from (the
    model and the spelling pairs live in the Python environment). A table's
    name starts with it, and an install replaces only its own environment's
    older table: two checkouts or venvs sharing one cache folder keep a
    table each instead of deleting each other's, and a code change or an
    upgrade in one environment replaces that environment's table."""
    parts = [str(_PACKAGE), lex.language, _tag_table_path(lex) if lex.profile.class_context is not None
             or lex.profile.verb_like is not None else "unused",
             _model_identity(lex).split("\0")[0],
             _spelling_pairs_identity().split("\0")[0] if lex.profile.other_spelling is not None else "unused"]
    return hashlib.sha256("\n".join(map(str, parts)).encode("utf-8", "surrogatepass")).hexdigest()[:8]


def _path_and_digest(lex, source: str) -> tuple[Path, bytes]:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    name = f"verdicts-{lex.language}-{_environment(lex)}-{digest.hex()[:24]}.table"
    return index_folder() / name, digest


def open_table(lex) -> VerdictTable | None:
    """The table of the Lexicon's language and data, or None when no
    install built one for them."""
    source = identity(lex)
    if source is None:
        return None
    mapped = _mapped_table(*_path_and_digest(lex, source))
    return None if mapped is None else VerdictTable(mapped)


def _other_tables(lex) -> bool:
    """Whether the cache folder holds a table of ``lex``'s language built
    in another environment (``_environment``: another venv, a moved one,
    another checkout) while none of its own is there. A stale table of its
    own environment (its code edited, a package upgraded) is no reason for
    a note: it is replaced by the next install, as before."""
    if identity(lex) is None:  # no table may stand in for this language's verdicts
        return False
    names = [p.name for p in index_folder().glob(f"verdicts-{lex.language}-*.table")]
    own = f"verdicts-{lex.language}-{_environment(lex)}-"
    return bool(names) and not any(name.startswith(own) for name in names)


def missing_table_note(lex) -> str | None:
    """A run note when ``lex``'s run works every verdict out although an
    install built a table for its language in another environment (a venv
    moved or copied, a cache folder brought from another machine or
    checkout): the findings are the same, the run is slower, and only
    ``qa languagetool install`` here mends it. None otherwise, and before
    the run has asked the table anything."""
    slot = lex.memo(_SLOT)
    if slot.get("table", True) is not None or not slot.get("others", False):
        return None
    return (f"word verdicts for {lex.language!r} worked out live: the cached table was built in "
            "another environment; `qa languagetool install` builds this one's (same findings, faster)")


def stored(lex, word: str) -> tuple | None:
    """``word``'s entry in the run's table (opened on the first word a
    checker asks, kept with the Lexicon), or None: no table, or a word it
    does not hold."""
    entries = lex.memo(_ENTRIES, 100_000)
    try:
        return entries[word]
    except KeyError:
        pass
    slot = lex.memo(_SLOT)
    try:
        table = slot["table"]
    except KeyError:
        table = slot["table"] = open_table(lex)
        if table is None:  # once a run: a note may say why the run is slower
            slot["others"] = _other_tables(lex)
    found = entries[word] = None if table is None else table.get(word)
    return found


def work_out_live(lex) -> None:
    """Make ``lex`` answer every verdict by computing it (for ``build``
    and for comparing a table with the live computation)."""
    lex.memo(_SLOT)["table"] = None
    lex.memo(_ENTRIES).clear()


def table_words(lex, limit: int = WORDS) -> list[str]:
    """The ``limit`` commonest words a checker would judge (lower-case, letters only)."""
    from .suggest import index_for

    return [w for w in index_for(lex).words if w.islower()][:limit]


def build(lex, words: Iterable[str] | None = None) -> int:
    """Work out the verdicts of ``words`` (default: ``table_words``) on
    ``lex``, a fresh Lexicon, and keep them for later runs, unless a table
    for the same inputs is there; the number of words the table holds (0
    where no table may stand in, or the cache cannot be written)."""
    source = identity(lex)
    if source is None:
        return 0
    path, digest = _path_and_digest(lex, source)
    kept = _mapped_table(path, digest) if words is None else None
    if kept is not None:
        return len(VerdictTable(kept))
    from ..checkers.wordverdicts import entry

    work_out_live(lex)
    entries = {w: entry(w, lex) for w in (table_words(lex) if words is None else words)}
    try:
        replace_cached(path, pack(entries, digest))
        for old in path.parent.glob(f"verdicts-{lex.language}-*.table"):
            if old.stem.count("-") == 2:  # named before tables were kept per environment
                old.unlink(missing_ok=True)
    except OSError:
        return 0
    return len(entries)
