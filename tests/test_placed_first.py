"""The repair a span's Garble.TagContext signal names (the candidate the
Spanish class trigrams fit best in the word's place) comes first in the
span's ranking (qa.placed_first), unless the word is shorter than four
letters, the repair is of the ranking's first's class, or a naming signal
agrees with the ranking's first."""
from __future__ import annotations

import pytest

from qa.checkers import tagcontext
from qa.document import Document
from qa.model import Finding, Fix, RuleRoles
from qa.originals import Original, add_originals, rank_originals
from qa.pipeline import check_documents, sentence_judge
from qa.placed_first import MIN_LETTERS, has_word_beside, placed_first, placed_originals


def span_first(ctx, text: str, word: str) -> str | None:
    """The first fix of the merged span over ``word`` in ``text``."""
    (report,) = check_documents([Document.from_text(text, language="es")], ctx)
    start = text.index(word)
    for f in report.findings:
        if f.roles.merged_span and f.start <= start < f.end:
            return next((x.replacement for x in f.fixes if x.start == start), None)
    return None


def ranking_first(ctx, text: str, word: str) -> str:
    """The span ranking's own first repair of ``word``, before any signal is put first."""
    start = text.index(word)
    doc = Document.from_text(text, language="es")
    return rank_originals(doc, start, start + len(word), sentence_judge(ctx))[0].word


@pytest.mark.parametrize("text,word,placed", [
    # a count asks the plural noun, not the preterite the accent puts back
    ("La confirmación se produjo por una amplia mayoría de 86 voto a favor y 13 en contra.", "voto", "votos"),
    # "debido a", not the preterite
    ("Es parecido a otros encontrados en la región, pero muy especial debio a su gran tamaño.", "debio", "debido"),
])
def test_the_class_models_repair_comes_first(ctx, text, word, placed):
    assert ranking_first(ctx, text, word) != placed
    assert span_first(ctx, text, word) == placed


@pytest.mark.parametrize("text,word,first", [
    # a naming signal (Garble.WordClass: "hará") agrees with the ranking's first
    ("Un equipo de investigadores dice que este hallazgo te hara sonreír.", "hara", "hará"),
    # three letters: the ranking's own choice ("nueva" is the class model's)
    ("La empresa puso en marcha un nue servicio de bicicletas.", "nue", "nuevo"),
])
def test_the_ranking_keeps_its_first(ctx, text, word, first):
    assert span_first(ctx, text, word) == first


def ranked(*words: str) -> list[Original]:
    return [Original(word=w, score=5.0 - k, confidence=0.5 / (k + 1), cost=0.7, cleared=(), added=())
            for k, w in enumerate(words)]


def test_placed_first_moves_the_word_up_at_the_top_score(ctx):
    classes = tagcontext.word_classes(ctx.lexicons["es"])
    first = placed_first(ranked("votó", "votos", "vato"), "votos", "voto", classes.word_symbol)
    assert [r.word for r in first] == ["votos", "votó", "vato"]
    assert (first[0].score, first[0].confidence) == (5.0, 0.5)
    assert "placed" in first[0].cleared
    absent = placed_first(ranked("votó", "vato"), "votos", "voto", classes.word_symbol)
    assert [r.word for r in absent] == ["votos", "votó", "vato"]


def test_placed_first_leaves_one_class_and_short_words_alone(ctx):
    classes = tagcontext.word_classes(ctx.lexicons["es"])
    same = ranked("preciada", "preciado")  # no gender in the classes: one symbol
    assert classes.word_symbol("preciada") == classes.word_symbol("preciado")
    assert placed_first(same, "preciado", "preciad", classes.word_symbol) == same
    short = ranked("lunes", "luna")
    assert len("lun") < MIN_LETTERS
    assert placed_first(short, "luna", "lun", lambda w: w) == short


def test_only_a_place_repair_signal_names_the_repair():
    def signal(roles: RuleRoles, replacement: str) -> Finding:
        return Finding(rule="X.Y", category="garble", severity="warning", start=10, end=14, message="",
                       confidence=0.6, fixes=(Fix(10, 14, replacement, 0.6),), roles=roles)
    evidence = (signal(RuleRoles(family="context", place_repair=True), "votos"),
                signal(RuleRoles(family="context"), "votó"))
    assert placed_originals(evidence) == {(10, 14): "votos"}
    assert tagcontext.RULES[0].roles.place_repair


@pytest.mark.parametrize("text,word,beside", [
    ("de 86 voto a favor", "voto", True),
    ("86 voto", "voto", True),  # a number is read as a class too
    ("orígen", "orígen", False),
    ("«orígen».", "orígen", False),  # punctuation is no word
    ("Fin. Orígen. Otro", "Orígen", False),  # nor is another sentence
])
def test_a_word_beside(text, word, beside):
    start = text.index(word)
    assert has_word_beside(Document.from_text(text, language="es"), start, start + len(word)) is beside


def span_of(text: str, word: str, placed: str) -> tuple[Document, Finding]:
    """A span over ``word`` whose one signal is the class model's, naming ``placed``."""
    start = text.index(word)
    end = start + len(word)
    signal = Finding(rule=tagcontext.RULE, category="garble", severity="warning", start=start, end=end,
                     message="", confidence=0.6, fixes=(Fix(start, end, placed, 0.6),),
                     roles=tagcontext.RULES[0].roles)
    span = Finding(rule="Garble.Span", category="garble", severity="warning", start=start, end=end,
                   message="", confidence=0.9, evidence=(signal,), roles=RuleRoles(merged_span=True))
    return Document.from_text(text, language="es"), span


def test_a_word_alone_keeps_the_rankings_first(ctx):
    judge = sentence_judge(ctx)
    doc, span = span_of("orígen", "orígen", "orígenes")
    (alone,) = add_originals(doc, [span], judge)
    assert alone.fixes[0].replacement == ranking_first(ctx, "orígen", "orígen") == "origen"
    doc, span = span_of("Se habló de orígen incierto.", "orígen", "orígenes")
    (placed,) = add_originals(doc, [span], judge)
    assert placed.fixes[0].replacement == "orígenes"


def test_a_repair_the_word_before_rules_out_is_not_put_first(ctx):
    # "su" is singular: the plural the signal names cannot follow it
    judge = sentence_judge(ctx)
    doc, span = span_of("Su orígen es incierto.", "orígen", "orígenes")
    (kept,) = add_originals(doc, [span], judge)
    assert kept.fixes[0].replacement == "origen"


def test_a_repair_that_leaves_a_signal_standing_stays_second(ctx):
    classes = tagcontext.word_classes(ctx.lexicons["es"])
    culpo = Original(word="culpó", score=4.6, confidence=0.4, cost=0.8, cleared=("agreement", "register"), added=())
    culos = Original(word="culos", score=3.5, confidence=0.2, cost=0.7, cleared=("agreement",), added=())
    assert placed_first([culpo, culos], "culos", "culo", classes.word_symbol) == [culpo, culos]
    clears_both = Original(word="culos", score=3.5, confidence=0.2, cost=0.7, cleared=("agreement", "register"),
                           added=())
    assert [r.word for r in placed_first([culpo, clears_both], "culos", "culo", classes.word_symbol)] == [
        "culos", "culpó"]
