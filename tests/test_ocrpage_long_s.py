"""The long s of old print read as f: words it turned into other words are flagged
on a page of old print, never in news."""
from __future__ import annotations

from qa.checkers import ocrpage
from qa.document import Document
from qa.pipeline import check_document

OLD_PRINT = ("Dixo que fe avia de hazer lo mifmo con fu cafa, fiendo efto cofa de fu padre, "
             "y que fe diefe a todos lo que fus hijos pedian. Fe llama Fer. en el libro.")


def _long_s(ctx, text, language="es"):
    report = check_document(Document.from_text(text, language=language), ctx)
    return [f for f in report.findings if f.rule == "OCR.LongS"]


def test_long_s_words_on_old_print_are_flagged_with_the_s_reading(ctx):
    found = _long_s(ctx, OLD_PRINT)
    words = [OLD_PRINT[f.start:f.end] for f in found]
    # listed words (fe, fu, and the junk wordfreq lists: cafa, cofa); the
    # unknown ones (mifmo, fiendo) are the spelling checks' to report; the
    # abbreviation in capitals (Fer.) is not read
    assert words == ["fe", "fu", "cafa", "cofa", "fu", "fe", "fus", "Fe"]
    fixed = {OLD_PRINT[f.start:f.end]: f.fixes[0].replacement for f in found}
    assert fixed == {"fe": "se", "fu": "su", "cafa": "casa", "cofa": "cosa", "fus": "sus", "Fe": "Se"}
    assert all(f.severity in ("warning", "error") for f in found)


def test_news_with_the_same_words_is_quiet(ctx):
    # fe, fin and a typo that reads as a word with s: no page of old print
    text = ("La fe de los fieles no se pierde con el fin de la fiesta, dijo el cura, "
            "que fue a su casa. El fiempre quiso ser fiel a su fe y a su familia.")
    assert _long_s(ctx, text) == []


def test_english_old_print(ctx):
    # the checker itself: on so short a page the pipeline merges its
    # findings with the context model's into one damaged span
    text = ("The firft thing I faw was the fame man that I did fee before, fuch a one as "
            "fhall be faid to live in the fame houfe.")
    found = [f for f in ocrpage.check(Document.from_text(text, language="en"), ctx) if f.rule == "OCR.LongS"]
    assert {text[f.start:f.end]: f.fixes[0].replacement for f in found} == {
        "faw": "saw", "fame": "same", "fee": "see", "fuch": "such", "faid": "said"}
