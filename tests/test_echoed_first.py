"""A span's repairs that the document writes elsewhere come first (qa.echoed_first):
the story names its things again, and the sentence alone prefers the commoner word."""
from __future__ import annotations

import math

import pytest

from qa.document import Document
from qa.echoed_first import ECHO_WEIGHT, echoed_first
from qa.originals import Original
from qa.pipeline import check_document


def _first_fix(text, ctx, word):
    report = check_document(Document.from_text(text, language="en"), ctx)
    spans = [f for f in report.findings if text[f.start:f.end] == word and f.fixes]
    assert spans, report.findings
    return spans[0].fixes[0].replacement


def test_a_repair_the_story_writes_comes_first(ctx):
    echoed = "It cancelled a previous pact with a Yugoslav fim because the firm could not raise capital."
    alone = "It cancelled a previous pact with a Yugoslav fim because it could not raise capital."
    assert _first_fix(echoed, ctx, "fim") == "firm"
    assert _first_fix(alone, ctx, "fim") != "firm"


def test_the_echo_reaches_a_repair_ranked_past_the_list_kept(ctx):
    # on its sentence alone ``stock`` is none of the first five repairs of ``sto``
    tail = " but was informed that level was not reached. IC Gas {}rose 5p on the news."
    text = "Hanson had hoped to gain 750,000 IC Gas shares under an offer for IC Gas ordinary sto" + tail
    report = check_document(Document.from_text(text.format(""), language="en"), ctx)
    alone = [r["word"] for f in report.findings for r in f.data.get("repairs", {}).get("sto", [])]
    assert alone and "stock" not in alone
    assert _first_fix(text.format("stock "), ctx, "sto") == "stock"


def test_the_story_does_not_raise_a_repair_the_word_before_rules_out(ctx):
    """The story writes ``mexicano`` (a player), but ``la selección`` takes
    the feminine: the echo does not lift what agreement rules out."""
    text = ("El West Ham podría dejar salir al delantero mexicano si llegase una oferta. Su traspaso "
            "lo colocó como el segundo mexicano más caro. Tal fue la ilusión por el máximo goleador de "
            "la selección mexican que las casas de apuestas lo colocan como favorito. El mexicano "
            "respondió con goles.")
    report = check_document(Document.from_text(text, language="es"), ctx)
    spans = [f for f in report.findings if text[f.start:f.end].endswith("mexican") and f.fixes]
    assert spans, report.findings
    assert spans[0].fixes[0].replacement == "mexicana"


def test_the_story_does_not_raise_a_verb_form_a_modal_rules_out(ctx):
    """The story writes ``taking``, but after ``will`` a verb is bare."""
    text = ("The Bank of England said it was creating and taking onto its own books a tranche of "
            "the stock. The issue is part paid with 20 stg pct payable on issue. First dealings "
            "will tak place this Wednesday, March 4.")
    assert _first_fix(text, ctx, "tak") == "take"


def test_words_every_story_writes_gain_nothing():
    ranked = [Original("within", 3.0, 0.5, 0.8, (), ()), Original("with", 2.5, 0.3, 0.8, (), ())]
    zipf = {"within": 5.0, "with": 7.1}.get
    assert [r.word for r in echoed_first(ranked, {"with"}, zipf)] == ["within", "with"]
    assert echoed_first(ranked, {"with"}, zipf) == ranked


def test_shares_move_with_the_scores_and_the_rest_keeps_its_weight():
    ranked = [Original("long", 4.0, 0.6, 0.8, (), ()), Original("loan", 3.5, 0.3, 0.8, (), ())]
    out = echoed_first(ranked, {"loan"}, lambda w: 4.5)
    assert [r.word for r in out] == ["loan", "long"]
    assert out[0].score == 3.5 + ECHO_WEIGHT
    # the 0.1 left out of the list keeps its weight against the raised one
    assert out[0].confidence > 0.3 and abs(sum(r.confidence for r in out) - (1 - 0.1 / (0.1 + 0.6 + 0.3 * math.exp(ECHO_WEIGHT)))) < 0.01


def test_a_word_repair_the_story_writes_comes_first_and_takes_the_first_place():
    from qa.echoed_first import echoed_fixes
    from qa.model import Fix

    fixes = (Fix(4, 9, "célula", 0.5, "unsafe"), Fix(4, 9, "células", 0.3, "display"))
    out = echoed_fixes(fixes, {"células", "madre"}, lambda w: 4.0)
    assert [(x.replacement, x.applicability) for x in out] == [("células", "unsafe"), ("célula", "display")]
    assert abs(sum(x.confidence for x in out) - 0.8) < 0.01  # the fixes' total kept
    # fixes of different spans are no one word's repairs: left as they are
    apart = (Fix(0, 3, "los", 0.5), Fix(4, 9, "células", 0.3))
    assert echoed_fixes(apart, {"células"}, lambda w: 4.0) == apart


@pytest.mark.parametrize("opening, first", [
    ("The ministry issued a statement.", "ministry"),
    ("The minister spoke on Monday.", "minister"),
])
def test_a_word_s_repairs_follow_the_story_s_word(ctx, opening, first):
    text = opening + " The minist said the talks would go on."
    report = check_document(Document.from_text(text, language="en"), ctx)
    found = [f for f in report.findings if text[f.start:f.end] == "minist"]
    assert found and found[0].fixes[0].replacement == first


def _fixes(text, ctx, word, language):
    report = check_document(Document.from_text(text, language=language), ctx)
    found = [f for f in report.findings if text[f.start:f.end] == word and f.fixes]
    assert found, report.findings
    return [x.replacement for x in found[0].fixes]


def test_a_listed_fragment_s_repairs_weigh_the_story_before_the_first_three_are_kept(ctx):
    # by its place alone ``vacuna`` is none of the three repairs of ``vac``
    opening = "Lo que ha quedado claro es que la población no puede elegir qué vac ponerse. "
    alone = _fixes(opening + "La elección no puede ser individual.", ctx, "vac", "es")
    assert "vacuna" not in alone
    told = _fixes(opening + "La elección de la vacuna no puede ser individual.", ctx, "vac", "es")
    assert told[0] == "vacuna" and len(told) == 3


@pytest.mark.parametrize("said, first", [("analysts", "analysts"), ("experts", "analysis")])
def test_a_listed_fragment_follows_the_story_in_english(ctx, said, first):
    text = (f"Oil industry {said} said prices would rise. The analys, who issued buy "
            "recommendations on some stocks, said the recovery would go on.")
    assert _fixes(text, ctx, "analys", "en")[0] == first


def test_a_non_word_s_repair_the_story_writes_outweighs_a_far_commoner_one(ctx):
    text = ("La consulta de secsión independentista será el domingo. "
            "El gobierno defiende la secesión de Cataluña.")
    assert _fixes(text, ctx, "secsión", "es")[0] == "secesión"
    alone = "La consulta de secsión independentista será el domingo."
    assert _fixes(alone, ctx, "secsión", "es")[0] == "sección"


def test_a_word_weighed_with_the_story_is_not_weighed_again(ctx):
    from qa.checkers import nonword
    from qa.model import Finding, Fix
    from qa.originals import add_originals
    from qa.pipeline import sentence_judge

    text = "Las células madre y la célul."
    start = text.index("célul.")
    fixes = (Fix(start, start + 5, "célula", 0.5, "unsafe"), Fix(start, start + 5, "células", 0.3, "display"))
    word = Finding(rule="Spelling.NonWord", category="spelling", severity="warning", start=start,
                   end=start + 5, message="", confidence=0.8, fixes=fixes, roles=nonword.RULES[0].roles)
    doc, judge = Document.from_text(text, language="es"), sentence_judge(ctx)
    (weighed,) = add_originals(doc, [word.with_(data={"echoed": True})], judge)
    assert weighed.fixes == fixes
    (raised,) = add_originals(doc, [word], judge)  # a checker that did not weigh the story
    assert [x.replacement for x in raised.fixes] == ["células", "célula"]
