"""The development data: clean news units and the real-error sets, each
split once and for all into a calibration half and a test half.

A record's half is decided by a hash of its id, so it never changes when
the files grow or a run is limited. ``data`` is the evaluation folder
(``../shared/eval`` next to the checkout unless told otherwise); see its
README for sources and licences.
"""
from __future__ import annotations

import difflib
import hashlib
import html
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

HALVES = ("calibration", "test")
PLACEHOLDER = re.compile(r"\*[A-Z_]+\*")  # COWS-L2H anonymisation (*PLACE*, *NAME*)
UNIT_WORDS = 120  # a news unit: whole paragraphs from an article's start until this many words
REUTERS_SIGN_OFF = re.compile(r"\s*\bReuter(s)?\s*$")


def half_of(record_id: str) -> str:
    """The half a record belongs to.

    >>> half_of("reuters-5") in HALVES
    True
    """
    return HALVES[hashlib.sha1(record_id.encode("utf-8")).digest()[0] & 1]


def _order(record_id: str) -> bytes:
    """A stable pseudo-random order, so ``--limit N`` takes a fair sample."""
    return hashlib.sha1(b"order:" + record_id.encode("utf-8")).digest()


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@dataclass(frozen=True)
class Unit:
    """A short stretch of clean news: whole paragraphs, headline first."""

    id: str
    language: str
    text: str
    headline: str


def ends_sentence(line: str) -> bool:
    """Whether a paragraph ends a sentence: its last mark, closing quotes and
    brackets aside, is a full stop, a question or exclamation mark or an
    ellipsis. A subheading does not, nor a paragraph the source broke in the
    middle of a sentence.

    >>> ends_sentence("Dijo que “ganaremos”."), ends_sentence("“¿Ganaremos?”")
    (True, True)
    >>> ends_sentence("PRD, sólo un testimonio"), ends_sentence("Siento un profundo respeto por el")
    (False, False)
    """
    return line.rstrip().rstrip(_CLOSERS)[-1:] in _SENTENCE_ENDS


_SENTENCE_ENDS = (".", "!", "?", "…")
_CLOSERS = "\"'”’»)]"


def _paragraph_runs(lines: list[str]) -> list[str]:
    """The article cut into runs of whole paragraphs of about ``UNIT_WORDS``
    words each, in order; the first run is the article's unit. A run ends
    only after a paragraph that ends a sentence (or at the article's end):
    cut after a subheading, or where the source broke a paragraph
    mid-sentence, a run would end the way a truncated text does, and the
    truncation check would count a false alarm that no article has."""
    runs, kept, words = [], [], 0
    for line in lines:
        line = line.strip()
        if not line:
            continue
        kept.append(line)
        words += len(line.split())
        if words >= UNIT_WORDS and ends_sentence(line):
            runs.append("\n".join(kept))
            kept, words = [], 0
    if kept:
        runs.append("\n".join(kept))
    return runs


def _first_paragraphs(lines: list[str]) -> str:
    runs = _paragraph_runs(lines)
    return runs[0] if runs else ""


def _prose(text: str) -> bool:
    """Reuters holds price tables; a unit should be running text."""
    letters = sum(c.isalpha() for c in text)
    return len(text.split()) >= 60 and letters >= 0.7 * len(text) and text.count("--") < 2


def undo_wire(text: str) -> str:
    """A 1987 Reuters story without the wire's residue, which is not damage
    this corpus injects: its SGML entities, the angle brackets it puts round
    a company's name or ticker (``<Strong Point Inc>``, ``<GM>``, which read
    as HTML tags once unescaped), and its "Reuter" sign-off. A sign-off run
    into the last sentence with no full stop before it (``…, he added
    Reuter``: one story in nine) ends the story, so the full stop is put
    back; without it the story would read as cut off.

    >>> undo_wire("Shares of &lt;Strong Point Inc> rose, he added Reuter")
    'Shares of Strong Point Inc rose, he added.'
    >>> undo_wire("It said so. Reuter")
    'It said so.'
    """
    body = _COMPANY.sub(r"\1", html.unescape(text))
    signed = REUTERS_SIGN_OFF.search(body)
    if signed is None:
        return body
    body = body[:signed.start()]
    return body if not body or body[-1] in _STORY_END else body + "."


_COMPANY = re.compile(r"<([^<>\n]+)>")
# Marks after which a story has ended (a closing quote or bracket, as in
# the truncation check's list).
_STORY_END = frozenset(".!?…\"”»)]'’:;*-–—")


def _articles(data: Path, language: str) -> list[tuple[str, list[str], str]]:
    """(id, paragraphs, headline) of every clean article of ``language``."""
    clean = data / "news_clean"
    out = []
    if language == "es":
        for rec in read_jsonl(clean / "es_articles.jsonl"):
            lines = rec["text"].splitlines()
            out.append((rec["id"], lines, lines[0].strip()))
    else:
        for rec in read_jsonl(clean / "en_reuters_articles.jsonl"):
            body = undo_wire(rec["text"])
            title = rec.get("title") or ""
            out.append((rec["id"], body.splitlines(), title.title()))
        articles: dict[str, list[dict]] = {}
        for rec in read_jsonl(clean / "en_wikinews_paragraphs.jsonl"):
            articles.setdefault(rec["id"].rsplit("-p", 1)[0], []).append(rec)
        for key, paras in articles.items():
            lines = [p["text"] for p in paras]
            out.append((key, lines, lines[0]))
    return out


def news_units(data: Path, language: str, half: str, limit: int | None) -> list[Unit]:
    units = [Unit(key, language, _first_paragraphs(lines), headline)
             for key, lines, headline in _articles(data, language)]
    units = [u for u in units if _prose(u.text) and half_of(u.id) == half]
    units.sort(key=lambda u: _order(u.id))
    return units[:limit] if limit else units


@dataclass(frozen=True)
class PoolArticle:
    """A clean article of the pool, checked whole as a reader's check sees
    it: its paragraph runs joined by line breaks, and where each run of the
    pool (running text only) starts in it."""

    id: str
    language: str
    text: str
    runs: tuple[tuple[Unit, int], ...]  # (pool run, its first code point in ``text``)

    def run_at(self, offset: int) -> tuple[Unit, int] | None:
        r"""The pool run (and its start) that holds ``offset``; None in a
        run that is not running text (a table, a list of prices).

        >>> runs = ((Unit("a", "es", "Uno.", ""), 0), (Unit("a#1", "es", "Dos.", ""), 5))
        >>> a = PoolArticle("a", "es", "Uno.\nDos.", runs)
        >>> [a.run_at(k)[0].id for k in (0, 3, 5, 8)], a.run_at(4)
        (['a', 'a', 'a#1', 'a#1'], None)
        """
        for unit, start in self.runs:
            if start <= offset < start + len(unit.text):
                return unit, start
        return None


def pool_articles(data: Path, language: str, half: str) -> list[PoolArticle]:
    """Every article of the half, whole, with its unit-sized runs of
    paragraphs (the first run of each is its unit, with the unit's id; the
    others are ``id#k``), the runs of running text only: the clean news a
    false-alarm rate is counted on, five to seven times the words of the
    units at ``--limit 150``. Each article is checked whole, as a reader
    checks it, so a rule that reads the whole document (a name used again,
    a word seen twice) sees what it sees in use; the runs say which words
    each alarm falls in, for the held-out folds and for the articles'
    first runs, the units' shape and size."""
    out = []
    for key, lines, headline in _articles(data, language):
        if half_of(key) != half:
            continue
        runs, at = [], 0
        pieces = _paragraph_runs(lines)
        for k, text in enumerate(pieces):
            if _prose(text):
                runs.append((Unit(key if k == 0 else f"{key}#{k}", language, text, headline), at))
            at += len(text) + 1
        if runs:
            out.append(PoolArticle(key, language, "\n".join(pieces), tuple(runs)))
    return out


def clean_pool(data: Path, language: str, half: str) -> list[Unit]:
    """The pool's runs (``pool_articles``), in order."""
    return [unit for article in pool_articles(data, language, half) for unit, _ in article.runs]


def article_of(run_id: str) -> str:
    """The article a clean-pool run comes from (its runs share a fold).

    >>> article_of("reuters-5#2"), article_of("reuters-5")
    ('reuters-5', 'reuters-5')
    """
    return run_id.split("#")[0]


def headlines(data: Path, language: str, half: str) -> tuple[str, ...]:
    """Headlines of the half's units, for leftovers such as "Lee también: …"."""
    return tuple(u.headline for u in news_units(data, language, half, None)
                 if 3 <= len(u.headline.split()) <= 14)


# -- real errors ---------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    """One text with real damage and where it is (code points into ``text``)."""

    id: str
    language: str
    text: str
    gold: tuple[tuple[int, int], ...]
    target: str = ""  # the corrected text, where the set gives one
    legit: tuple[tuple[int, int], ...] = field(default=())  # spans that must stay unflagged


def grammar_gold(row: dict) -> tuple[tuple[int, int], ...]:
    """Edits of a learner sentence, minus those on anonymisation placeholders."""
    src = row["source_text"]
    spans = []
    for g in row.get("gold_spans") or ():
        if PLACEHOLDER.search(src[max(0, g["start"] - 1):g["end"] + 1]) or PLACEHOLDER.search(g.get("tgt", "")):
            continue
        spans.append((g["start"], g["end"]))
    return tuple(spans)


def icdar_gold(row: dict) -> tuple[tuple[int, int], ...]:
    """ICDAR 2019 spans, minus whitespace- and dash-only differences (layout)."""
    return tuple((g["start"], g["end"]) for g in row["gold_spans"]
                 if g["ocr"].strip() != g["gold"].strip() and any(c.isalnum() for c in g["ocr"] + g["gold"]))


def aligned_gold(src: str, tgt: str) -> tuple[tuple[int, int], ...]:
    """Spans of ``src`` that an alignment with ``tgt`` says were changed."""
    spans = []
    matcher = difflib.SequenceMatcher(None, src, tgt, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        a, b = src[i1:i2], tgt[j1:j2]
        if op != "equal" and a.strip() != b.strip() and any(c.isalnum() for c in a + b):
            spans.append((i1, i2))
    return tuple(spans)


def _take(rows: list[dict], half: str, limit: int | None) -> list[dict]:
    rows = sorted((r for r in rows if half_of(r["id"]) == half), key=lambda r: _order(r["id"]))
    return rows[:limit] if limit else rows


def real_sets(data: Path, half: str, limit: int | None) -> dict[str, list[Item]]:
    """Every real-error set of ``data``, the given half, at most ``limit`` items each
    (sentence sets get five times as many: a sentence is short)."""
    sentences = limit * 5 if limit else None
    out: dict[str, list[Item]] = {}
    rows = _take(read_jsonl(data / "grammar" / "cowsl2h_es.jsonl"), half, sentences)
    out["COWS-L2H"] = [Item(r["id"], "es", r["source_text"], grammar_gold(r), r["target_text"]) for r in rows]
    rows = _take(read_jsonl(data / "grammar" / "jfleg_en.jsonl"), half, sentences)
    out["JFLEG"] = [Item(r["id"], "en", r["source_text"], grammar_gold(r), r["target_text"]) for r in rows]
    rows = _take(read_jsonl(data / "ocr" / "icdar2019_docs.jsonl"), half, limit)
    out["ICDAR 2019"] = [Item(r["id"], r["lang"], r["source_text"], icdar_gold(r), r["target_text"])
                         for r in rows]
    rows = _take(read_jsonl(data / "ocr" / "overproof_en_articles.jsonl"), half, limit)
    out["Overproof"] = [Item(r["id"], "en", r["source_text"],
                             aligned_gold(r["source_text"], r["target_text"]), r["target_text"])
                        for r in rows]
    items = []
    for r in _take(read_jsonl(data / "repetition" / "real_repeats.jsonl"), half, None):
        if r["lang"] not in ("es", "en"):
            continue
        if r["kind"] == "error":
            gold = tuple((s["start"], s["end"]) for s in r["repeat_spans"])
            items.append(Item(r["id"], r["lang"], r["source_text"], gold, r["target_text"]))
        else:  # the corrected text keeps a legitimate repeat ("muy muy"): check that
            text = r["target_text"].lstrip("\ufeff")
            legit = tuple((i, i + len(s)) for s in r["legit_repeats_in_target"] if (i := text.find(s)) >= 0)
            items.append(Item(r["id"], r["lang"], text, (), text, legit))
    out["real repeats"] = items
    rows = _take(read_jsonl(data / "mojibake" / "wild_es.jsonl"), half, None)
    out["wild mojibake"] = [Item(r["id"], "es", r["source_text"],
                                 aligned_gold(r["source_text"], r["target_text_silver"]),
                                 r["target_text_silver"]) for r in rows]
    rows = _take(read_jsonl(data / "typos" / "typos_es_en.jsonl"), half, sentences)
    out["typos"] = [Item(r["id"], r["lang"], r["source_text"], ((0, len(r["source_text"])),),
                         r["target_text"]) for r in rows if " " not in r["source_text"].strip()]
    return out
