"""How often language detection names the right language on short texts.

Short texts are a news unit's first sentence and its first 5, 8 and 12
words, from the clean news sets and the real-error sets under ``--data``
(Spanish and English), plus the French and German headlines of
``tests/fixtures/short_texts.jsonl``. A wrong language or ``und`` counts
as a miss; ``und`` is counted apart, because an honest "unknown" is the
lesser harm.

    .venv/bin/python bench/detect_short.py --data ../shared/eval --limit 200
"""
from __future__ import annotations

import argparse
import json
import time
from collections import Counter, defaultdict
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's qa, not an installed one
from qa.lexicon import Lexicons  # noqa: E402
from qa.text.language import detect_language  # noqa: E402
from qa.text.sentences import split_sentences  # noqa: E402
from qa.text.tokens import tokenize  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SETS = {  # file under --data -> field holding the text
    "news_clean/es_articles.jsonl": "text",
    "news_clean/en_reuters_articles.jsonl": "text",
    "news_clean/en_wikinews_paragraphs.jsonl": "text",
    "grammar/cowsl2h_es.jsonl": "source_text",
    "grammar/jfleg_en.jsonl": "source_text",
    "repetition/real_repeats.jsonl": "source_text",
}


def samples(data: Path, limit: int):
    """(language, cut, text) for each record and way of cutting it short."""
    for name, field in SETS.items():
        path = data / name
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as handle:
            for n, line in enumerate(handle):
                if n >= limit:
                    break
                rec = json.loads(line)
                text, lang = rec.get(field), rec.get("lang")
                if isinstance(text, str) and lang in ("es", "en"):
                    yield from _cuts(lang, text.strip())
    for line in (ROOT / "tests" / "fixtures" / "short_texts.jsonl").open(encoding="utf-8"):
        rec = json.loads(line)
        yield rec["lang"], "headline", rec["text"]


def _cuts(lang: str, text: str):
    tokens = tokenize(text)
    spans = split_sentences(text, tokens)
    if spans:
        s, e = spans[0]
        yield lang, "sentence", text[s:e]
    words = [t for t in tokens if t.kind == "word"]
    for n in (5, 8, 12):
        if len(words) >= n:
            yield lang, f"{n} words", text[:words[n - 1].end]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--limit", type=int, default=200, help="records per set")
    parser.add_argument("--cues-only", action="store_true", help="function words only, no word lists")
    args = parser.parse_args()
    lists = None if args.cues_only else Lexicons()
    right, unknown, total = Counter(), Counter(), Counter()
    wrong: dict[tuple, Counter] = defaultdict(Counter)
    started = time.perf_counter()
    for lang, cut, text in samples(args.data, args.limit):
        got = detect_language(tokenize(text), lists=lists)
        key = (lang, cut)
        total[key] += 1
        if got == lang:
            right[key] += 1
        elif got == "und":
            unknown[key] += 1
        else:
            wrong[key][got] += 1
    elapsed = time.perf_counter() - started
    print(f"{'lang':5} {'cut':9} {'n':>5} {'right':>6} {'und':>6} {'wrong':>6}  wrong as")
    for key in sorted(total):
        n = total[key]
        print(f"{key[0]:5} {key[1]:9} {n:5} {right[key] / n:6.1%} {unknown[key] / n:6.1%} "
              f"{sum(wrong[key].values()) / n:6.1%}  {dict(wrong[key].most_common(3))}")
    n = sum(total.values())
    print(f"all {n} texts: {sum(right.values()) / n:.1%} right, {sum(unknown.values()) / n:.1%} und, "
          f"{elapsed / n * 1000:.2f} ms a text")


if __name__ == "__main__":
    main()
