from __future__ import annotations

import unicodedata

from qa.document import Document
from qa.text.language import detect_language
from qa.text.tokens import tokenize


def test_positions_are_code_points_and_one_based():
    doc = Document.from_text("😀 a\r\nsegunda línea")
    assert doc.position(0) == (1, 1)
    assert doc.position(2) == (1, 3)  # the emoji is one code point
    assert doc.position(doc.text.index("segunda")) == (2, 1)


def test_crlf_paragraphs_and_sentences():
    doc = Document.from_text("Uno dos. Tres cuatro.\r\n\r\nCinco seis.")
    assert [doc.text[s:e] for s, e in doc.paragraphs] == ["Uno dos. Tres cuatro.", "Cinco seis."]
    assert [doc.text[s:e] for s, e in doc.sentences] == ["Uno dos.", "Tres cuatro.", "Cinco seis."]


def test_nfd_text_keeps_offsets_and_looks_up_words(ctx):
    nfd = unicodedata.normalize("NFD", "La canción terminó.")
    doc = Document.from_text(nfd)
    word = doc.words[1]
    assert word.text == "canción"  # one token despite the combining mark, composed
    assert doc.text[word.start:word.end] == unicodedata.normalize("NFD", "canción")
    assert ctx.lexicons["es"].known(word.text)


def test_tokens_keep_urls_numbers_hashtags():
    kinds = {t.text: t.kind for t in tokenize("Ver https://ej.com/a?b=1, #Elecciones2024 @efe 1.250,5 km")}
    assert kinds["https://ej.com/a?b=1"] == "url"
    assert kinds["#Elecciones2024"] == "hashtag" and kinds["@efe"] == "hashtag"
    assert kinds["1.250,5"] == "number"


def test_sentences_respect_abbreviations_and_quotes():
    text = "El Sr. García dijo: “Vamos.” Luego se fue. Mr. Smith left at 3.30 p.m. yesterday."
    doc = Document.from_text(text)
    assert [text[s:e] for s, e in doc.sentences] == [
        "El Sr. García dijo: “Vamos.”", "Luego se fue.", "Mr. Smith left at 3.30 p.m. yesterday."]


def test_language_detection():
    assert detect_language(tokenize("El gobierno anunció que las medidas serán para todos")) == "es"
    assert detect_language(tokenize("The government said that the measures would be for everyone")) == "en"
    assert detect_language(tokenize("Правительство объявило о новых мерах")) == "ru"
    assert detect_language(tokenize("12 34")) == "und"


def test_unknown_language_does_not_crash(ctx):
    from qa.pipeline import check_document

    report = check_document(Document.from_text("Правительство объявило объявило о новых мерах."), ctx)
    assert report.language == "ru"
    assert [f.rule for f in report.findings] == ["Repetition.Token"]
    report = check_document(Document.from_text("Xyzzy qwrt plugh.", language="tlh"), ctx)
    assert report.language == "tlh"


def test_sentence_tokens_are_the_tokens_of_the_words_sentence():
    doc = Document.from_text("First one here. The second one ends. Third.")
    start = doc.text.index("second")
    toks = doc.sentence_tokens(start, start + len("second"))
    assert [t.text for t in toks] == ["The", "second", "one", "ends", "."]
    assert doc.sentence_tokens(0, 5)[0].text == "First"
