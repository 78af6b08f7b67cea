"""Corpora the benchmarks share: the seed article and the clean news sets.

Both live outside the repository, in ``../shared`` (benchmarks may read it,
tests may not). ``QA_SHARED`` points elsewhere when the checkout moves.
"""
from __future__ import annotations

import json
import os
import random
from pathlib import Path
from typing import Iterator

from qa.document import Document

SHARED = Path(os.environ.get("QA_SHARED", Path(__file__).resolve().parents[2] / "shared"))
SEED = SHARED / "seeds" / "000_b93cd10eda9988a7.txt"
CLEAN = SHARED / "eval" / "news_clean"
CLEAN_SETS = ("es_articles", "en_reuters_articles", "en_wikinews_paragraphs")


def shuffled_copies(n: int, seed: int = 0, path: Path = SEED) -> list[str]:
    """``n`` copies of the article with its sentences shuffled, one RNG per run.

    Each copy keeps the article's shape (as many lines, as many sentences per
    line) so paragraph and headline logic sees a real article; only the order
    of the sentences differs, so no two copies are the same text.
    """
    from qa.text.sentences import split_sentences
    from qa.text.tokens import tokenize

    text = path.read_text(encoding="utf-8")
    shape, sentences = [], []
    for line in text.splitlines():
        spans = split_sentences(line, tokenize(line)) if line.strip() else []
        shape.append(len(spans))
        sentences.extend(line[s:e] for s, e in spans)
    rng = random.Random(seed)
    copies = []
    for _ in range(n):
        pool = sentences[:]
        rng.shuffle(pool)
        it = iter(pool)
        copies.append("\n".join(" ".join(next(it) for _ in range(k)) for k in shape))
    return copies


def clean_records(name: str, limit: int | None = None, folder: Path = CLEAN) -> list[dict]:
    """Records of one clean news set (fields ``text``, optional ``lang``, ``id``)."""
    records = []
    with open(folder / f"{name}.jsonl", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                rec = json.loads(line)
                if isinstance(rec.get("text"), str) and rec["text"].strip():
                    records.append(rec)
            if limit is not None and len(records) >= limit:
                break
    return records


def clean_documents(name: str, limit: int | None = None) -> list[Document]:
    """Documents as ``qa check`` reads them from the JSONL file: a record's
    ``lang`` is used, else the language is detected (Reuters has none)."""
    return [
        Document.from_text(rec["text"], source=name, id=str(rec.get("id", i)),
                           language=rec.get("lang") or None)
        for i, rec in enumerate(clean_records(name, limit))
    ]


def _cut(text: str, most: int) -> str:
    """``text`` cut to at most ``most`` UTF-8 bytes at the last line break,
    else at the last sentence end, else at the last space before the limit."""
    raw = text.encode("utf-8")
    if len(raw) <= most:
        return text
    head = raw[:most].decode("utf-8", errors="ignore")
    for mark in ("\n", ". "):
        k = head.rfind(mark)
        if k >= len(head) * 3 // 4:
            return head[:k + 1].rstrip()
    return head[:head.rfind(" ")].rstrip()


def _articles(lang: str, folder: Path) -> Iterator[str]:
    """Whole clean articles of one language, in file order: the Spanish
    news set; for English the Wikinews articles (paragraphs joined) first,
    then the Reuters stories."""
    if lang == "es":
        yield from (r["text"] for r in clean_records("es_articles", folder=folder))
        return
    by_article: dict[str, list[str]] = {}
    for rec in clean_records("en_wikinews_paragraphs", folder=folder):
        by_article.setdefault(str(rec.get("id", "")).rsplit("-p", 1)[0], []).append(rec["text"])
    yield from ("\n\n".join(paragraphs) for paragraphs in by_article.values())
    yield from (r["text"] for r in clean_records("en_reuters_articles", folder=folder))


def real_articles(lang: str, n: int = 200, least: int = 3000, most: int = 4000,
                  folder: Path = CLEAN) -> list[str]:
    """``n`` documents of ``least``..``most`` UTF-8 bytes of real clean news
    in ``lang`` ("es" or "en"), every one different text: a longer article
    is cut at a line break, shorter ones that follow each other in the set
    are put together (a wire page of several stories) until long enough."""
    docs, parts, size = [], [], 0
    for article in _articles(lang, folder):
        parts.append(article.strip())
        size += len(parts[-1].encode("utf-8")) + 2
        if size >= least:
            doc = _cut("\n\n".join(parts), most)
            parts, size = [], 0
            if len(doc.encode("utf-8")) >= least:
                docs.append(doc)
            if len(docs) == n:
                break
    return docs
