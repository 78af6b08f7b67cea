"""Decomposed (NFD) text, as some CMSs store it, is checked as its composed form."""
from __future__ import annotations

import unicodedata

from qa.document import Document
from qa.pipeline import check_document
from qa.text.tokens import tokenize


def _shape(report, text):
    """Findings without offsets (NFD text is longer), with the flagged text composed."""
    return sorted((f.rule, unicodedata.normalize("NFC", text[f.start:f.end]),
                   tuple(x.replacement for x in f.fixes)) for f in report.findings)


def test_a_decomposed_accent_is_part_of_a_known_word(ctx):
    text = "La economi\u0301a del pai\u0301s crecio\u0301 mucho este an\u0303o, segu\u0301n el gobierno."
    report = check_document(Document.from_text(text, language="es"), ctx)
    assert report.findings == ()
    economia = [t for t in tokenize(text) if t.text == "economía"]
    assert len(economia) == 1 and text[economia[0].start:economia[0].end] == "economi\u0301a"


def test_the_seed_decomposed_gives_the_findings_of_its_composed_form(ctx, seed_text):
    nfc = unicodedata.normalize("NFC", seed_text)
    nfd = unicodedata.normalize("NFD", seed_text)
    assert nfd != nfc
    composed = check_document(Document.from_text(nfc, source="nfc"), ctx)
    decomposed = check_document(Document.from_text(nfd, source="nfd"), ctx)
    assert decomposed.language == composed.language == "es"
    assert _shape(decomposed, nfd) == _shape(composed, nfc)
    assert len(composed.findings) >= 3
    assert not any(f.rule.startswith("Spelling") for f in decomposed.findings)
