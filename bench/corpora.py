"""Corpora the benchmarks share: the seed article and the clean news sets.

Both live outside the repository, in ``../shared`` (benchmarks may read it,
tests may not). ``QA_SHARED`` points elsewhere when the checkout moves.
"""
from __future__ import annotations

import json
import os
import random
from pathlib import Path

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


def clean_records(name: str, limit: int | None = None) -> list[dict]:
    """Records of one clean news set (fields ``text``, optional ``lang``, ``id``)."""
    records = []
    with open(CLEAN / f"{name}.jsonl", encoding="utf-8") as handle:
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
