"""bench/lt_tag_context.py: LanguageTool's disambiguated tags, read back onto
newsqa's tokens (the measurement in docs/evaluation.md rests on it)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.lt_tag_context import doc_tags, tag_lines, tagged_symbols  # noqa: E402
from qa.document import Document  # noqa: E402
from qa.lang import es_classes  # noqa: E402

TEXT = ("Los culo de lanzar una guerra 🙂 contra Rusia.\n"
        "El ministro publicó un informe sobre la economía.")


def test_the_disambiguated_readings_land_on_their_tokens(ctx):
    cache: dict = {}
    tag_lines(TEXT.split("\n"), cache)
    tags_at = doc_tags(TEXT, cache)
    # offsets are code points: the emoji (two UTF-16 units) does not shift "contra"
    assert tags_at[TEXT.index("contra")] == ["SPS00"]
    assert tags_at[TEXT.index("publicó")] == ["VMIS3S0"]
    doc = Document(text=TEXT, language="es")
    classes = es_classes.open_classes(ctx.lexicons["es"])
    (run, symbols), *_ = es_classes.sentence_symbols(doc, classes)
    tagged = tagged_symbols(run, symbols, tags_at)
    los = next(k for k, t in enumerate(run) if t.text == "Los") + 2
    culo = los + 1
    # the dictionary allows article, clitic and noun; before "culo" LanguageTool keeps the article
    assert symbols[los] == "Dp|K|Np" and tagged[los] == "Dp"
    assert tagged[culo] == symbols[culo] == "Ns"
    assert tagged[0:2] == symbols[0:2] and tagged[-1] == symbols[-1]
