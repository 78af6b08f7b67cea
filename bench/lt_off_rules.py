"""What LanguageTool's rules that are off by default find of the real-word damage.

    .venv/bin/python bench/lt_off_rules.py [--data ../shared/eval] [--half calibration] [--limit 150]
                                           [--pool 300]

LanguageTool 6.8 ships rules it leaves off unless asked (``default="off"``
in its grammar files: Spanish ``AGREEMENT_SUBJECT_VERB``, the
``DIACRITICS_EXPERIMENTAL`` category; English ``DT_NNS_AGREEMENT``,
``SV_AGREEMENT_*`` ...). newsqa's raw run never asks for them, so the
calibration cannot see them. This script reads their ids from the
installed language jars, asks the server for those rules alone
(``enabledOnly``) on the half's real-word damage (lost accents, dropped
and cut letters that leave a word, determiners) and on clean text (the
half's clean units and ``--pool`` more runs of its clean pool), and prints
per rule: matches on a damage (new against the clean unit), how many of
those newsqa (grammar on, as shipped) does not already flag, how many
give the original back first, and matches on clean text. Answers are
cached in SQLite beside ``bench/evaluate.py``'s.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sqlite3
import sys
import zipfile
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.devset import clean_pool  # noqa: E402
from bench.evaluate import CACHE, DEFAULT_DATA, build_corpus, language_tool, new_flags, newsqa_flags  # noqa: E402
from qa.context import Context  # noqa: E402
from qa.grammar.install import default_home  # noqa: E402
from qa.options import Options  # noqa: E402

KINDS = ("lost_accent_word", "drop_letter_word", "cut_word_word", "determiner")
OFF_CACHE = ROOT / ".qa-cache" / "lt-off-rules.sqlite"
_TAG = re.compile(r"<(category|rule|rulegroup)\b([^>]*)>")
_ID = re.compile(r'\bid="([^"]+)"')


def off_by_default(lang: str) -> tuple[list[str], list[str]]:
    """(rule ids, category ids) that the language's grammar.xml marks
    ``default="off"`` in the installed jar; the rules of a category that is
    off count as rules that are off."""
    jar = next((default_home() / "lib").glob(f"language-{lang}-*.jar"))
    with zipfile.ZipFile(jar) as z:
        xml = z.read(f"org/languagetool/rules/{lang}/grammar.xml").decode("utf-8")
    rules, categories = [], []
    category_off = False
    for kind, attrs in _TAG.findall(xml):
        found = _ID.search(attrs)
        off = 'default="off"' in attrs
        if kind == "category":
            category_off = off
            if off and found:
                categories.append(found.group(1))
        elif found and (off or category_off):
            # a rule of a category that is off runs only when named
            rules.append(found.group(1))
    return rules, categories


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", default=str(DEFAULT_DATA), help="evaluation data folder (default ../shared/eval)")
    p.add_argument("--half", default="calibration", choices=("calibration", "test"))
    p.add_argument("--limit", type=int, default=150)
    p.add_argument("--pool", type=int, default=300, help="clean-pool runs per language besides the units")
    args = p.parse_args(argv)
    OFF_CACHE.parent.mkdir(exist_ok=True)
    db = sqlite3.connect(OFF_CACHE, check_same_thread=False)
    db.execute("create table if not exists answers (key text primary key, matches text)")

    def ask(url: str, lang: str, rules: list[str], categories: list[str], text: str) -> list:
        key = hashlib.sha1("\0".join((lang, ",".join(rules), ",".join(categories), text)).encode()).hexdigest()
        row = db.execute("select matches from answers where key = ?", (key,)).fetchone()
        if row:
            return json.loads(row[0])
        form = {"text": text, "language": lang, "enabledRules": ",".join(rules), "enabledOnly": "true"}
        if categories:
            form["enabledCategories"] = ",".join(categories)
        answer = requests.post(url.rstrip("/") + "/v2/check", data=form, timeout=120)
        if answer.status_code != 200:
            raise SystemExit(f"lt_off_rules: LanguageTool said {answer.status_code}: {answer.text[:300]}")
        # offsets in UTF-16 units: exact for the BMP text of these sets
        found = [(m["rule"]["id"], m["offset"], m["offset"] + m["length"],
                  [r["value"] for r in m.get("replacements", ())][:1]) for m in answer.json()["matches"]]
        db.execute("insert or replace into answers values (?, ?)", (key, json.dumps(found)))
        return found

    ctx = Context.create(Options(raise_check_errors=True, grammar="auto"))
    data = Path(args.data)
    with language_tool(ctx, CACHE) as (service, _, _):
        corpus = build_corpus(data, args.half, args.limit, 13, ctx)
        for lang, (units, damages) in corpus.items():
            rules, categories = off_by_default(lang)
            damaged = [(u, d) for u, d in damages if d.kind in KINDS]
            pool = [r for r in clean_pool(data, lang, args.half) if "#" in r.id][:args.pool]
            texts = [u.text for u in units] + [d.text for _, d in damaged] + [r.text for r in pool]
            with ThreadPoolExecutor(2) as workers:
                answers = list(workers.map(lambda t: ask(service.url, lang, rules, categories, t), texts))
            db.commit()
            ours = newsqa_flags([(u.text, lang) for u in units] + [(d.text, lang) for _, d in damaged], ctx)
            unit_at = {u.id: k for k, u in enumerate(units)}
            table: dict[str, Counter] = defaultdict(Counter)
            for k, (unit, dmg) in enumerate(damaged):
                clean = answers[unit_at[unit.id]]
                shift = len(dmg.text) - len(dmg.original)
                before = {(r, s if s < dmg.start else s + shift, e if e <= dmg.start else e + shift)
                          for r, s, e, _ in clean}
                _, over = new_flags(dmg, ours[len(units) + k], ours[unit_at[unit.id]])
                flagged = any(f.alarm for f in over)
                for rule, s, e, first in answers[len(units) + k]:
                    if (rule, s, e) in before or not (s < dmg.end and dmg.start < e):
                        continue
                    table[rule][dmg.kind] += 1
                    table[rule]["new"] += not flagged
                    table[rule]["fixed"] += bool(first) and (
                        dmg.text[:s] + first[0] + dmg.text[e:] == dmg.original)
            clean_texts = answers[:len(units)] + answers[len(units) + len(damaged):]
            words = sum(len(t.split()) for t in texts[:len(units)] + texts[len(units) + len(damaged):])
            for found in clean_texts:
                for rule, *_ in found:
                    table[rule]["clean"] += 1
            print(f"{lang}: {len(rules)} rules and categories {categories or '-'} off by default; "
                  f"{len(damaged)} damages ({dict(Counter(d.kind for _, d in damaged))}); "
                  f"{words} clean words")
            print(f"  {'rule':40} {'on damage':>9} {'not ours':>8} {'fixed':>5} {'clean':>5}  by kind")
            for rule, c in sorted(table.items(), key=lambda kv: -sum(kv[1][k] for k in KINDS)):
                print(f"  {rule:40} {sum(c[k] for k in KINDS):9} {c['new']:8} {c['fixed']:5} "
                      f"{c['clean']:5}  " + " ".join(f"{k}={c[k]}" for k in KINDS if c[k]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
