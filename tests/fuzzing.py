"""Seeded hostile inputs and the promises every run must keep on them.

Used by ``tests/test_fuzz.py`` (a few hundred cases) and
``bench/fuzz_inputs.py`` (thousands). Cases are random bytes, random
Unicode (lone surrogates, combining marks, bidi controls, emoji sequences,
controls), and mutations of short news texts written for this file; JSON
Lines records carry the same texts plus lines that are not records at all.

The promises: no traceback, an exit status of 0, 1 or 2, every file and
every JSON Lines line in the report, every span inside its text, and an
output that every format can encode.
"""
from __future__ import annotations

import io
import json
import os
import random
import xml.etree.ElementTree as ET
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass, field
from pathlib import Path

NEWS = (
    "El Gobierno anunció ayer un plan de vivienda para jóvenes. La oposición criticó que llega tarde "
    "y pidió más fondos para los ayuntamientos.\n\n«No vamos a permitirlo», dijo la ministra en rueda "
    "de prensa, antes de viajar a Bruselas.",
    "The city council approved the budget on Tuesday after a long debate. Critics said the plan "
    "ignores public transport.\n\n“We will keep fighting,” said Ana López, a local organiser.",
    "Los bomberos tardaron tres horas en controlar el incendio de la nave industrial de Getafe; no "
    "hubo heridos, según el 112.\r\nCompartir en Facebook | Twitter\r\nSuscríbete a nuestro boletín",
    "Johnson &amp; Johnson dijo que sÃ­ pagará la multa. <b>Última hora</b> La empresa apelará.",
)
COMBINING = "\u0301\u0300\u0308\u0327\u0303\u20dd\u0489"
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
EMOJI = ("\U0001F468\u200d\U0001F469\u200d\U0001F467", "\U0001F44D\U0001F3FD", "\U0001F1EA\U0001F1F8",
         "\u2764\ufe0f", "\U0001F3F3\ufe0f\u200d\U0001F308", "#\ufe0f\u20e3")
CONTROLS = "\x00\x07\x08\x1b[31m\x1b]8;;http://x\x07\x0b\x0c\x7f\x85\u2028\u2029\ufeff\ufffd"
SUFFIXES = (".txt", ".md", ".html")


def random_unicode(rng: random.Random, n: int) -> str:
    pools = (
        lambda: rng.choice(NEWS)[rng.randrange(100):][:rng.randrange(1, 20)],
        lambda: chr(rng.randrange(0xD800, 0xE000)),  # lone surrogate
        lambda: rng.choice("aeiouny") + "".join(rng.choice(COMBINING) for _ in range(rng.randrange(1, 30))),
        lambda: rng.choice(BIDI),
        lambda: rng.choice(EMOJI),
        lambda: rng.choice(CONTROLS),
        lambda: chr(rng.randrange(0x20, 0x30000)),
        lambda: " " * rng.randrange(1, 5) + rng.choice(("\n", "\r\n", "\r", "\t")),
    )
    return "".join(rng.choice(pools)() for _ in range(n))


def mutate(rng: random.Random, text: str) -> str:
    """One to five edits of the kinds scraping and OCR make, and some worse."""
    for _ in range(rng.randrange(1, 6)):
        i = rng.randrange(len(text) + 1)
        j = min(len(text), i + rng.randrange(1, 40))
        op = rng.randrange(9)
        if op == 0:  # a word repeated, sometimes very often
            word = text[i:j].split(" ")[0] or "la"
            text = text[:i] + (word + " ") * rng.choice((2, 3, 50, 2000)) + text[i:]
        elif op == 1:
            text = text[:i] + text[j:]
        elif op == 2:  # mojibake
            text = text[:i] + text[i:j].encode("utf-8", "surrogatepass").decode("latin-1") + text[j:]
        elif op == 3:
            text = text[:i] + random_unicode(rng, rng.randrange(1, 8)) + text[i:]
        elif op == 4:
            text = text[:i] + rng.choice(("&amp;", "&#39;", "<br>", "<!-- qa: off -->", "<!-- qa: ignore -->",
                                          "<!-- qa: on Nope -->", "[b]x[/b]", "{match}", "%s%n")) + text[i:]
        elif op == 5:  # glued or split words
            text = text[:i] + text[i:j].replace(" ", "") + text[j:]
        elif op == 6:
            text = text[:i] + " ".join(text[i:j]) + text[j:]
        elif op == 7:
            text = text[:i] + text[i:j].upper() + text[j:]
        else:
            text = text[:i] + "\n" * rng.randrange(1, 4) + text[i:]
    return text


def text_case(rng: random.Random) -> str:
    kind = rng.randrange(3)
    if kind == 0:
        return random_unicode(rng, rng.randrange(0, 60))
    return mutate(rng, rng.choice(NEWS))


def file_bytes(rng: random.Random) -> bytes:
    kind = rng.randrange(6)
    if kind == 0:
        return rng.randbytes(rng.randrange(0, 400))
    text = text_case(rng)
    data = text.encode("utf-8", "surrogatepass" if kind == 1 else "replace")
    if kind == 2:  # cut inside a character, or a stray Latin-1 byte
        data = data[:rng.randrange(len(data) + 1)] + b"\xe9" + data[rng.randrange(len(data) + 1):]
    elif kind == 3:
        data = rng.choice((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")) + (
            text.encode("utf-16-le", "replace") if rng.random() < 0.5 else data)
    return data


def jsonl_line(rng: random.Random) -> bytes:
    kind = rng.randrange(10)
    if kind == 0:
        return rng.randbytes(rng.randrange(1, 80)).replace(b"\n", b" ")
    if kind == 1:
        depth = rng.choice((10, 5000, 50000))
        return b'{"text": "x", "deep": ' + b"[" * depth + b"]" * depth + b"}"
    if kind == 2:
        return json.dumps({"text": rng.choice((None, 3, [], {}, "", "  ", True))}).encode()
    record: dict = {"id": rng.choice((None, 7, "a\nb", "x\ud800", "id-%d" % rng.randrange(99))),
                    "text": text_case(rng)}
    if rng.random() < 0.3:
        record["qa_ignore"] = rng.choice(("Repetition", ["Encoding", "Nope"], 3, True, None, ["\udc80"]))
    if rng.random() < 0.3:
        record["lang"] = rng.choice(("es", "en", "fr", "", "xx", 5, "\ud800"))
    if rng.random() < 0.2:
        record["title"] = random_unicode(rng, 5)
    # ensure_ascii keeps lone surrogates as \ud800 escapes, as a hostile producer would
    return json.dumps(record, ensure_ascii=rng.random() < 0.7).encode("utf-8", "surrogatepass")


def file_name(rng: random.Random, n: int) -> bytes:
    base = rng.choice((b"doc", b"caf\xe9", b"a b", "día".encode(), b"x\x1b[2J", b"multi\nline"))
    return b"%s-%d%s" % (base, n, rng.choice(SUFFIXES).encode())


@dataclass
class Corpus:
    """A folder of hostile files and one JSON Lines file, plus what the
    report must hold for them."""

    folder: Path
    texts: list[str] = field(default_factory=list)  # for the Python API
    expected_documents: int = 0


def write_corpus(folder: Path, seed: int, files: int, records: int) -> Corpus:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    corpus = Corpus(folder)
    for n in range(files):
        (Path(os.fsdecode(bytes(folder) + b"/" + file_name(rng, n)))).write_bytes(file_bytes(rng))
    lines = [jsonl_line(rng) for _ in range(records)]
    if rng.random() < 0.5:
        lines.insert(rng.randrange(len(lines) + 1), b"")
    (folder / "feed.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    corpus.expected_documents = files + max(1, sum(1 for line in lines if line.strip()))
    corpus.texts = [text_case(rng) for _ in range(files)]
    return corpus


FORMATS = ("json", "jsonl", "text", "sarif", "github", "junit", "terminal")


def check_cli(corpus: Corpus, fmt: str, extra: tuple[str, ...] = ()) -> None:
    """Run ``qa check`` in-process on the corpus and assert the promises."""
    from qa.cli import main

    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        status = main(["check", str(corpus.folder), "--grammar", "off", "--format", fmt, *extra])
    report, errors = out.getvalue(), err.getvalue()
    assert "Traceback" not in errors, errors
    assert status in (0, 1, 2), (status, errors)
    report.encode("utf-8")  # no lone surrogate reached the output
    errors.encode("utf-8")
    if fmt == "json":
        documents = json.loads(report)["documents"]
        assert len(documents) == corpus.expected_documents, (len(documents), corpus.expected_documents)
        for d in documents:
            for f in d["findings"]:
                assert 0 <= f["start"] <= f["end"] and f["text"] is not None
                assert (f["line"], f["column"]) <= (f["end_line"], f["end_column"])
    elif fmt == "jsonl":
        assert len(report.rstrip("\n").split("\n")) == corpus.expected_documents  # U+2028 may stay raw
    elif fmt == "sarif":
        json.loads(report)
    elif fmt == "junit":
        suite = ET.fromstring(report.encode("utf-8"))
        assert int(suite.get("tests")) == corpus.expected_documents


def check_fix(corpus: Corpus, scratch: Path) -> None:
    """``qa fix --unsafe-fixes`` on a copy of the corpus: the promises of a
    check, and every file still there afterwards."""
    import shutil

    copy = Corpus(scratch / "fixed", corpus.texts, corpus.expected_documents)
    shutil.copytree(corpus.folder, copy.folder)
    before = sorted(os.listdir(copy.folder))
    check_cli(copy, "json", ("--fix", "--unsafe-fixes"))
    assert sorted(os.listdir(copy.folder)) == before  # nothing lost, no temporary file left


# Texts up to this long are also checked as Spanish and as English, whatever
# their detected language: a language's checks then meet what detection
# keeps from them (a list of figures, a lone sign), as a record that names
# its language does.
FORCED_LANGUAGE_CHARS = 300


def check_api(corpus: Corpus, ctx) -> None:
    """``check_text`` and ``fix_text`` on every text: spans inside the text."""
    from qa import check_text, fix_text

    for text in corpus.texts:
        forced = ("es", "en") if len(text) <= FORCED_LANGUAGE_CHARS else ()
        for language in (None, *forced):
            report = check_text(text, language=language, context=ctx)
            report.text.encode("utf-8")
            for f in report.findings:
                assert 0 <= f.start <= f.end <= len(report.text), (f, len(report.text))
                for fix in f.fixes:
                    assert 0 <= fix.start <= fix.end <= len(report.text), (fix, len(report.text))
        fix_text(text, context=ctx).encode("utf-8")
