"""newsqa's GrammarService versus raw HTTP POSTs to the same LanguageTool server.

    .venv/bin/python bench/bench_grammar.py [--docs 200] [--threads 4] [--rounds 3]
    .venv/bin/python bench/bench_grammar.py --articles ../shared/eval/news_clean --docs 100

Both sides send the same paragraphs with the same language and the same
disabled rules to one server, from the same number of threads, so the
difference is newsqa's own cost: language-tool-python's request building,
splitting, offset conversion and Finding construction. Rounds alternate
(raw, newsqa, raw, newsqa, ...) after one warm-up pass so neither side gets
a warmer JIT; the best round of each is reported.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psutil
import requests

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpora import CLEAN, real_articles  # noqa: E402

from qa.document import Document  # noqa: E402
from qa.grammar import GrammarService  # noqa: E402
from qa.options import Options  # noqa: E402


def paragraphs(n: int) -> list[tuple[str, str]]:
    """``n`` news paragraphs, half Spanish articles' paragraphs, half Wikinews."""
    out: list[tuple[str, str]] = []
    sources = [("es_articles.jsonl", "es"), ("en_wikinews_paragraphs.jsonl", "en")]
    for name, lang in sources:
        want = n // 2 if lang == "es" else n - n // 2
        taken = 0
        for line in open(CLEAN / name, encoding="utf-8"):
            for para in json.loads(line)["text"].split("\n"):
                if len(para) >= 200 and taken < want:
                    out.append((para, lang))
                    taken += 1
            if taken >= want:
                break
    return out


def server_rss(pid: int) -> int:
    proc = psutil.Process(pid)
    return proc.memory_info().rss + sum(c.memory_info().rss for c in proc.children(recursive=True))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--threads", type=int, default=4)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--articles", type=Path, metavar="NEWS_CLEAN",
                    help="whole 3-4 KB articles from this folder (bench_speed.py's corpus, half "
                         "Spanish, half English) instead of paragraphs")
    args = ap.parse_args()

    if args.articles:
        docs = [(t, lang) for lang, n in (("es", args.docs // 2), ("en", args.docs - args.docs // 2))
                for t in real_articles(lang, n, folder=args.articles)]
    else:
        docs = paragraphs(args.docs)
    documents = [Document.from_text(t, language=lang) for t, lang in docs]
    chars = sum(len(t) for t, _ in docs)

    with GrammarService(Options()) as grammar:
        pid = grammar.server_pid
        # the exact parameters newsqa sends, so both sides ask the server for the same work
        params = {lang: grammar._client(grammar.lt_language(lang))[1]._create_params("") for lang in ("es", "en")}
        url = grammar.url + "/v2/check"

        def raw(item: tuple[str, str]) -> int:
            text, lang = item
            data = dict(params[lang], text=text)
            return len(requests.post(url, data=data, timeout=120).json()["matches"])

        def ours(doc: Document) -> int:
            return len(grammar.check(doc))

        def run(fn, items) -> tuple[float, int]:
            began = time.perf_counter()
            with ThreadPoolExecutor(args.threads) as pool:
                found = sum(pool.map(fn, items))
            return time.perf_counter() - began, found

        run(raw, docs)  # warm-up: JIT and LanguageTool's pipelines
        rss_idle = server_rss(pid) if pid else 0
        raw_times, our_times = [], []
        for _ in range(args.rounds):
            t, raw_found = run(raw, docs)
            raw_times.append(t)
            t, our_found = run(ours, documents)
            our_times.append(t)
        rss_after = server_rss(pid) if pid else 0

    raw_best, our_best = min(raw_times), min(our_times)
    overhead = (our_best - raw_best) / raw_best * 100
    unit = "articles" if args.articles else "paragraphs"
    print(f"{len(docs)} {unit} ({chars} chars, es+en), {args.threads} threads, best of {args.rounds} rounds")
    print(f"{'':18}{'docs/s':>9}{'seconds':>9}{'matches':>9}")
    print(f"{'raw HTTP POST':18}{len(docs) / raw_best:9.1f}{raw_best:9.2f}{raw_found:9d}")
    print(f"{'newsqa grammar':18}{len(docs) / our_best:9.1f}{our_best:9.2f}{our_found:9d}")
    print(f"newsqa overhead: {overhead:+.1f}% (target <= 10%)")
    if pid:
        print(f"server RSS: {rss_idle / 2**20:.0f} MB after warm-up, {rss_after / 2**20:.0f} MB after the run")
    print("(raw counts every match; newsqa drops matches of default-disabled rule families client-side)")
    return 0 if overhead <= 10 else 1


if __name__ == "__main__":
    raise SystemExit(main())
