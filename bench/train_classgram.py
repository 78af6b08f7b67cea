"""Count the Spanish class trigrams that ``Garble.TagContext`` reads.

    .venv/bin/python bench/train_classgram.py            # writes qa/data/es-classgram.json
    .venv/bin/python bench/train_classgram.py --data DIR --out FILE [--learner]

Only the calibration half of each source is counted (``bench/devset.py``:
a record's half is fixed by its id):

- the clean news articles, of each only what follows the paragraphs its
  evaluation unit holds, so that neither half's units were ever seen:
  figures on the calibration half, and the calibration fitted on it, are
  not flattered by text the model was counted on. They are the "true"
  news of jpposadas's FakeNewsCorpusSpanish (CC BY 4.0), some 70,000
  words: the shipped table;
- with ``--learner``, the instructors' corrections of COWS-L2H's learner
  sentences as well (ucdaviscl/cowsl2h, Apache-2.0; a sentence with an
  anonymised placeholder, ``*PLACE*``, left out): 155,000 words more of
  plain written Spanish. Measured and not shipped (docs/context-models.md,
  "Forty-ninth round"): its halves are drawn per sentence, so other
  sentences of an essay in the test half's COWS-L2H set are counted.

The table holds only counts of class symbols, no text. Needs the tag
table ``qa languagetool install`` builds.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Iterable

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's qa, not an installed one
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpora import SHARED  # noqa: E402
from devset import PLACEHOLDER, UNIT_WORDS, half_of, read_jsonl  # noqa: E402

from qa.document import Document  # noqa: E402
from qa.lang import es_classes, es_tags  # noqa: E402
from qa.text.classgram import ClassTrigrams, count_trigrams  # noqa: E402


def beyond_unit(text: str) -> str:
    """The article after the paragraphs its evaluation unit takes (the
    same cut as ``devset._first_paragraphs``)."""
    lines = text.splitlines()
    words = 0
    for i, line in enumerate(lines):
        if line.strip():
            words += len(line.split())
            if words >= UNIT_WORDS:
                return "\n".join(lines[i + 1:])
    return ""


def add_sentences(texts: Iterable[str], classes, sentences: list) -> tuple[int, int]:
    """Each Spanish text's sentences as class symbols, added to
    ``sentences``; (texts read, their words)."""
    count = words = 0
    for text in texts:
        doc = Document(text=text, language="es")
        count += 1
        words += len(doc.words)
        sentences.extend(padded[2:-1] for _, padded in es_classes.sentence_symbols(doc, classes))
    return count, words


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", default=str(SHARED / "eval"),
                   help="evaluation data folder (default ../shared/eval, or $QA_SHARED/eval)")
    p.add_argument("--out", default=str(es_classes.MODEL_PATH))
    p.add_argument("--learner", action="store_true",
                   help="count COWS-L2H's corrected learner sentences too (measured, not shipped)")
    args = p.parse_args(argv)
    table = es_tags.open_table()
    if table is None:
        print("train_classgram: the Spanish tag table is not built (qa languagetool install)",
              file=sys.stderr)
        return 2
    classes = es_classes.SpanishClasses(table, ClassTrigrams({}))
    data = Path(args.data)
    sentences: list = []
    articles, words = add_sentences(
        (beyond_unit(rec["text"]) for rec in read_jsonl(data / "news_clean" / "es_articles.jsonl")
         if half_of(rec["id"]) == "calibration"), classes, sentences)
    learner, learner_words = add_sentences(
        (rec["target_text"] for rec in read_jsonl(data / "grammar" / "cowsl2h_es.jsonl")
         if half_of(rec["id"]) == "calibration" and not PLACEHOLDER.search(rec["target_text"])),
        classes, sentences) if args.learner else (0, 0)
    model = ClassTrigrams(count_trigrams(sentences))
    out = Path(args.out)
    out.write_text(json.dumps(model.to_json(), ensure_ascii=False, separators=(",", ":")) + "\n",
                   encoding="utf-8")
    print(f"{articles} articles, {words} words; {learner} corrected learner sentences, "
          f"{learner_words} words; {len(sentences)} sentences -> {out} "
          f"({out.stat().st_size // 1024} kB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
