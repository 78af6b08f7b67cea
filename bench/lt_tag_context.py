"""LanguageTool's disambiguated Spanish tags against the ambiguity classes, for Garble.TagContext.

    .venv/bin/python bench/lt_tag_context.py                  # calibration half, 150 units
    .venv/bin/python bench/lt_tag_context.py --limit 60 --data DIR

``Garble.TagContext`` reads each word as its ambiguity class (every class
the tagging dictionary allows it: ``los`` is ``Dp|K|Np``), so no tagger
runs. LanguageTool's tagger and disambiguator would say which of those
classes a word takes in its sentence (``los`` before ``culo``: an
article). This script measures whether that pays:

1. LanguageTool 6.8 (the jars ``qa languagetool install`` fetched) tags
   the training text of ``bench/train_classgram.py`` (the calibration
   half's Spanish articles beyond their units) and the calibration half's
   clean and damaged units, through ``bench/lttags/LtTags.java`` run in
   Java's source-file mode;
2. a class trigram model is counted on the disambiguated classes (the
   class set of the readings LanguageTool keeps), next to the shipped
   ambiguity-class model counted on the same text;
3. every lower-case word of the clean units and the damaged word of each
   damaged unit (lost accent, dropped letter, cut-off end that leave a
   word) is scored by both models with the checker's own candidates and
   channel: the shipped model as ``Garble.TagContext`` scores it, the
   tagged one with the neighbours' disambiguated classes and the word (or
   candidate) summed over its dictionary classes,
   ``P(w | h) = sum_c P(c | h) P(w) / (k_w P(c))`` (a word's own class in
   context is what the check asks, so it is not taken from a tagger that
   read the damage).

It prints, for gain thresholds around the shipped one, the clean flags per
1,000 words, and recall and fix@1 per kind, for both models and for the
two as votes that must agree (the smaller gain); and the CPU
time LanguageTool spent tagging per 1,000 words. LanguageTool's answers
are kept in ``.qa-cache/lt-tags-es.json`` (per paragraph).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's qa, not an installed one

from bench.corpora import SHARED  # noqa: E402
from bench.damage import inject  # noqa: E402
from bench.devset import half_of, headlines, news_units, read_jsonl  # noqa: E402
from bench.train_classgram import beyond_unit  # noqa: E402

from qa.checkers import tagcontext  # noqa: E402
from qa.context import Context  # noqa: E402
from qa.document import Document  # noqa: E402
from qa.grammar.install import classpath, default_home  # noqa: E402
from qa.lang import es_classes, es_tags  # noqa: E402
from qa.options import Options  # noqa: E402
from qa.text.classgram import UNKNOWN, ClassTrigrams, count_trigrams  # noqa: E402

KINDS = ("lost_accent_word", "drop_letter_word", "cut_word_word")
JAVA_SOURCE = Path(__file__).resolve().parent / "lttags" / "LtTags.java"
CACHE = ROOT / ".qa-cache" / "lt-tags-es.json"
OFFSETS = (-1.0, -0.5, 0.0, 0.5, 1.0)  # added to the checker's needed gain
_EAGLES = re.compile(r"^[A-Z][A-Z0-9]+(:[A-Z0-9]+)*$")


# -- LanguageTool's tags ---------------------------------------------------------------


def _key(line: str) -> str:
    return hashlib.sha1(line.encode("utf-8")).hexdigest()


def tag_lines(lines: list[str], cache: dict) -> float:
    """Tag the ``lines`` not in ``cache`` with LanguageTool (one JVM), adding
    ``{key: [[offset, [tag, ...]], ...]}`` with code-point offsets. Returns
    the CPU seconds LanguageTool spent tagging, 0 when all were kept."""
    todo = sorted({line for line in lines if _key(line) not in cache})
    if not todo:
        return 0.0
    jars = classpath(default_home())
    if jars is None:
        raise SystemExit("lt_tag_context: LanguageTool is not installed (qa languagetool install)")
    proc = subprocess.run(["java", "-cp", jars, str(JAVA_SOURCE)],
                          input="\n".join(todo) + "\n", capture_output=True, text=True,
                          encoding="utf-8", check=True)
    answers: list[list] = [[]]
    for row in proc.stdout.splitlines():
        if row == "E":
            answers.append([])
            continue
        offset, _token, tags = row.split("\t")
        answers[-1].append([int(offset), [t for t in tags.split() if _EAGLES.match(t)]])
    answers.pop()
    if len(answers) != len(todo):
        raise SystemExit(f"lt_tag_context: {len(todo)} lines sent, {len(answers)} tagged")
    for line, tokens in zip(todo, answers):
        to_points = _utf16_to_points(line)
        cache[_key(line)] = [[to_points[o], tags] for o, tags in tokens]
    found = re.search(r"in (\d+) ms of CPU", proc.stderr)
    return int(found.group(1)) / 1000 if found else float("nan")


def _utf16_to_points(text: str) -> dict[int, int]:
    table, units = {}, 0
    for i, ch in enumerate(text):
        table[units] = i
        units += 2 if ord(ch) > 0xFFFF else 1
    table[units] = len(text)
    return table


def doc_tags(text: str, cache: dict) -> dict[int, list[str]]:
    """Token start (code points into ``text``) -> LanguageTool's tags."""
    found: dict[int, list[str]] = {}
    start = 0
    for line in text.split("\n"):
        for offset, tags in cache.get(_key(line), ()) if line else ():
            found[start + offset] = tags
        start += len(line) + 1
    return found


# -- the two symbol streams ------------------------------------------------------------


def tagged_symbols(run, symbols: list[str], tags_at: dict[int, list[str]]) -> list[str]:
    """The sentence's padded ambiguity-class ``symbols`` with each common
    word's symbol replaced by the class set of the readings LanguageTool
    kept for it (names, numbers and punctuation as they were)."""
    out = list(symbols)
    for k, tok in enumerate(run):
        if tok.kind != "word" or symbols[k + 2] == es_classes.NAME:
            continue
        tags = tags_at.get(tok.start)
        if tags is None:
            continue  # tokenised differently: keep the dictionary's class
        readings = {es_tags.reading_of(t) for t in tags}
        out[k + 2] = es_classes.ambiguity_class(readings) if readings else UNKNOWN
    return out


def word_classes(word: str, classes) -> tuple[str, ...]:
    readings = classes.table.readings(word)
    return tuple(sorted({es_classes.coarse(r) for r in readings})) or (UNKNOWN,)


def tagged_score(model: ClassTrigrams, symbols: list[str], at: int, word: str, classes, lex) -> float:
    """log10 of the word's probability at ``symbols[at]`` and of the next
    two symbols after it, summed over the word's dictionary classes."""
    cands = word_classes(word, classes)
    total = 0.0
    for c in cands:
        trial = symbols[at - 2:at] + [c] + symbols[at + 1:at + 3]
        total += 10 ** (model.window_logprob(trial, 2) - model.logunigram(c))
    return math.log10(total / len(cands)) + lex.zipf(word)


def tagged_repair(model, symbols, at, word, classes, lex):
    """(candidate, gain) as ``tagcontext.best_repair`` gives it, with the
    tagged model and context."""
    if classes.word_symbol(word) == UNKNOWN and lex.zipf(word) < tagcontext.MIN_UNKNOWN_ZIPF:
        return None
    own_classes = word_classes(word, classes)
    own = tagged_score(model, symbols, at, word, classes, lex)
    best = None
    for cand, cost in tagcontext.candidates(word, lex):
        if word_classes(cand, classes) == own_classes:
            continue  # a frequency ratio, as in the checker
        score = tagged_score(model, symbols, at, cand, classes, lex)
        class_gain = score - own - (lex.zipf(cand) - lex.zipf(word))
        if class_gain < tagcontext.MIN_CLASS_GAIN:
            continue
        gain = (score - own - tagcontext.CHANNEL_WEIGHT * cost
                + tagcontext.prior_relief(word, cand, lex))
        if best is None or gain > best[1]:
            best = (cand, gain)
    return best


# -- the measurement -------------------------------------------------------------------


def judged_words(doc: Document, classes, tags_at):
    """(token, ambiguity-class symbols, tagged symbols, place) for every
    word the checker looks at."""
    for run, symbols in es_classes.sentence_symbols(doc, classes):
        tagged = tagged_symbols(run, symbols, tags_at)
        for i, tok in enumerate(run):
            word = tok.text
            if (tok.kind == "word" and len(word) >= tagcontext.MIN_LENGTH and word.isalpha()
                    and word.islower()):
                yield tok, symbols, tagged, i + 2


def scores(doc: Document, classes, tagged_model, tags_at, lex, only: tuple[int, int] | None = None):
    """{token start: (word, needed gain, shipped (cand, gain), tagged (cand, gain),
    both (the shipped candidate, the smaller gain))}."""
    out = {}
    for tok, symbols, tagged, at in judged_words(doc, classes, tags_at):
        if only is not None and not (tok.start < only[1] and only[0] < tok.end):
            continue
        if lex.accepted and tok.text in lex.accepted:
            continue
        shipped = tagcontext.best_repair(symbols, at, tok.text, classes, lex)
        tagged_found = tagged_repair(tagged_model, tagged, at, tok.text, classes, lex)
        both = (shipped[0], min(shipped[1], tagged_found[1])) if shipped and tagged_found else None
        out[tok.start] = (tok.text, tagcontext.needed_gain(tok.text, lex),
                          shipped[:2] if shipped else None, tagged_found, both)
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", default=str(SHARED / "eval"),
                   help="evaluation data folder (default ../shared/eval, or $QA_SHARED/eval)")
    p.add_argument("--limit", type=int, default=150, help="units of the calibration half")
    p.add_argument("--seed", type=int, default=13)
    args = p.parse_args(argv)
    data = Path(args.data)
    ctx = Context.create(Options(raise_check_errors=True, grammar="off"))
    lex = ctx.lexicons["es"]
    classes = es_classes.open_classes(lex)
    if classes is None:
        print("lt_tag_context: the Spanish tag table is not built (qa languagetool install)",
              file=sys.stderr)
        return 2

    train = [beyond_unit(r["text"]) for r in read_jsonl(data / "news_clean" / "es_articles.jsonl")
             if half_of(r["id"]) == "calibration"]
    units = news_units(data, "es", "calibration", args.limit)
    titles = headlines(data, "es", "calibration")
    damaged = []
    for unit in units:
        for kind in KINDS:
            dmg = inject(unit.text, kind, lex, random.Random(f"{args.seed}:{unit.id}:{kind}"),
                         language="es", half="calibration", titles=titles)
            if dmg is not None:
                damaged.append(dmg)

    cache = json.loads(CACHE.read_text(encoding="utf-8")) if CACHE.is_file() else {}
    texts = train + [u.text for u in units] + [d.text for d in damaged]
    lines = [line for text in texts for line in text.split("\n") if line]
    words = sum(len(line.split()) for line in lines if _key(line) not in cache)
    cpu = tag_lines(lines, cache)
    CACHE.parent.mkdir(exist_ok=True)
    CACHE.write_text(json.dumps(cache), encoding="utf-8")
    if words:
        print(f"LanguageTool tagged {words:,} words in {cpu:.1f} s of CPU "
              f"({1e6 * cpu / words:.0f} ms per 1,000 words)")

    sequences, tagged_sequences = [], []
    for text in train:
        doc = Document(text=text, language="es")
        tags_at = doc_tags(text, cache)
        for run, symbols in es_classes.sentence_symbols(doc, classes):
            sequences.append(symbols[2:-1])
            tagged_sequences.append(tagged_symbols(run, symbols, tags_at)[2:-1])
    tagged_model = ClassTrigrams(count_trigrams(tagged_sequences))
    shipped_syms = Counter(s for seq in sequences for s in seq)
    tagged_syms = Counter(s for seq in tagged_sequences for s in seq)
    ambiguous = sum(n for s, n in tagged_syms.items() if "|" in s) / sum(tagged_syms.values())
    print(f"training: {len(train)} articles, {sum(map(len, sequences)):,} tokens; symbols "
          f"{len(shipped_syms)} (ambiguity classes) against {len(tagged_syms)} (tagged; "
          f"{ambiguous:.0%} of tokens still ambiguous after disambiguation)")

    clean_words = 0
    clean: list[tuple] = []
    for unit in units:
        doc = Document(text=unit.text, language="es")
        clean_words += len(doc.words)
        clean.extend(scores(doc, classes, tagged_model, doc_tags(unit.text, cache), lex).values())
    hits: dict[str, list[tuple]] = defaultdict(list)
    for dmg in damaged:
        doc = Document(text=dmg.text, language="es")
        found = scores(doc, classes, tagged_model, doc_tags(dmg.text, cache), lex,
                       only=(dmg.start, dmg.end))
        original = re.match(r"\w+", dmg.original[dmg.start:]).group(0)
        best = max(found.values(), key=lambda r: r[1], default=None)
        hits[dmg.kind].append((best, original.lower()))

    print(f"\nclean: {len(units)} units, {clean_words:,} words; damaged: "
          + ", ".join(f"{k} {len(v)}" for k, v in hits.items()))
    print("\nthreshold = the checker's needed gain + offset (shipped warning at +0, info at -1)")
    print("| model | offset | clean flags per 1,000 words | "
          + " | ".join(f"{k} recall / fix@1" for k in KINDS) + " |")
    print("|---|---:|---:|" + "---:|" * len(KINDS))
    for name, slot in (("ambiguity classes (shipped)", 2), ("LanguageTool tags", 3),
                       ("both must agree", 4)):
        for off in OFFSETS:
            flags = sum(1 for r in clean if r[slot] and r[slot][1] >= r[1] + off)
            cells = []
            for kind in KINDS:
                rows = hits[kind]
                found = [(r, orig) for r, orig in rows if r and r[slot] and r[slot][1] >= r[1] + off]
                fixed = sum(1 for r, orig in found if r[slot][0] == orig)
                cells.append(f"{len(found) / len(rows):.2f} / {fixed / len(rows):.2f}")
            print(f"| {name} | {off:+.1f} | {1000 * flags / clean_words:.2f} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
