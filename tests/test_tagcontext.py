"""Garble.TagContext: real words whose word class their neighbours make
unlikely, by the Spanish class-trigram model (qa.text.classgram,
qa.lang.es_classes); and the repairs it ranks."""
from __future__ import annotations

import math
import re
from collections import Counter
from itertools import product

import pytest

from qa.checkers import tagcontext
from qa.document import Document
from qa.lang import es_classes
from qa.pipeline import check_document
from qa.text.classgram import ClassTrigrams

RULE = "Garble.TagContext"


def _found(text, ctx):
    doc = Document.from_text(text, language="es")
    return [f for f in tagcontext.check(doc, ctx) if f.severity != "info"]


def test_the_model_prefers_what_it_counted():
    model = ClassTrigrams.from_sequences([["D", "N", "S", "D", "N"]] * 5 + [["N", "V", "S"]])
    assert model.logprob("N", ("<s>", "D")) > model.logprob("V", ("<s>", "D"))
    # smoothed: an unseen trigram and an unseen symbol stay possible
    assert model.logprob("V", ("D", "D")) > model.logprob("Q", ("D", "D")) > float("-inf")
    again = ClassTrigrams.from_json(model.to_json())
    assert again.logprob("S", ("D", "N")) == model.logprob("S", ("D", "N"))


def _by_definition(counts, a, b, c):
    """log10 P(c | a b) by Witten-Bell interpolation, from the counts alone."""
    tri = Counter(counts)
    bi, uni, hist2, hist1 = Counter(), Counter(), Counter(), Counter()
    for (x, y, z), n in tri.items():
        bi[y, z] += n
        uni[z] += n
        hist2[x, y] += n
    for (y, z), n in bi.items():
        hist1[y] += n
    total = sum(uni.values())
    p = uni[c] / total if uni[c] else 0.5 / (total + 0.5 * len(uni))
    types1 = sum(1 for (y, _) in bi if y == b)
    if hist1[b]:
        p = (bi[b, c] + types1 * p) / (hist1[b] + types1)
    types2 = sum(1 for (x, y, _) in tri if (x, y) == (a, b))
    if hist2[a, b]:
        p = (tri[a, b, c] + types2 * p) / (hist2[a, b] + types2)
    return math.log10(p)


def test_the_precomputed_model_answers_as_its_definition():
    sequences = [["D", "N", "S", "D", "N"]] * 5 + [["N", "V", "S"], ["D", "Q", "N", "V"]]
    model = ClassTrigrams.from_sequences(sequences)
    counts = model.to_json()["trigrams"]
    symbols = ["<s>", "</s>", "D", "N", "S", "V", "Q", "Z"]  # Z never counted
    for a, b, c in product(symbols, repeat=3):
        assert model.logprob(c, (a, b)) == _by_definition({(x, y, z): n for x, y, z, n in counts}, a, b, c)
    for c in symbols:
        assert model.logunigram(c) == math.log10(model.unigram(c))
    padded = ["<s>", "<s>", "D", "Z", "S", "N", "</s>"]
    for at in range(2, len(padded)):
        d = padded[at + 1] if at + 1 < len(padded) else None
        e = padded[at + 2] if at + 2 < len(padded) else None
        assert model.window(padded[at - 2], padded[at - 1], padded[at], d, e) == pytest.approx(
            model.window_logprob(padded, at), abs=1e-12)


def test_a_table_of_another_format_is_refused():
    with pytest.raises(ValueError, match="format"):
        ClassTrigrams.from_json({"format": 0, "trigrams": []})


def test_words_become_their_ambiguity_classes(ctx):
    classes = es_classes.open_classes(ctx.lexicons["es"])
    doc = Document.from_text("Dijo que los culo de Putin, 25.", language="es")
    assert classes.symbols(doc.tokens) == ["V3s", "C|R", "Dp|K|Np", "Ns", "S", "E", ",", "Z", "."]
    # a capitalised word opens a sentence as a common word, elsewhere it is a name
    assert classes.symbols(Document.from_text("Los datos", language="es").tokens) == ["Dp|K|Np", "Np"]


@pytest.mark.parametrize("text, word, fix", [
    ("La ministra explico ayer que no habrá cambios.", "explico", "explicó"),  # lost accent
    ("El Gobierno Municipal publico hoy su convocatoria.", "publico", "publicó"),  # lost accent
    ("Dijo que el president del país viajará mañana.", "president", "presidente"),  # dropped letter
    ("Los diputados aprobaron la ley desp de un largo debate.", "desp", "después"),  # cut-off end
])
def test_flags_real_word_damage(ctx, text, word, fix):
    [finding] = _found(text, ctx)
    assert text[finding.start:finding.end] == word and finding.rule == RULE
    assert finding.fixes[0].replacement == fix and tagcontext.RULES[0].roles.family == "context"


@pytest.mark.parametrize("text", [
    "La ministra explicó ayer que no habrá cambios.",
    "El Gobierno Municipal publicó hoy su convocatoria.",
    "Dijo que el presidente del país viajará mañana.",
    "Los diputados aprobaron la ley después de un largo debate.",
    "La reunión está prevista para el lunes en la sede del partido.",
    "Las autoridades informaron que los partidos de la oposición votaron en contra.",
])
def test_leaves_sound_copy_alone(ctx, text):
    assert _found(text, ctx) == []


def test_the_per_word_verdicts_change_no_finding(raw_ctx):
    """``check`` keeps what a word's occurrences share; judging every place
    afresh with ``best_repair`` finds the same candidates and gains."""
    text = ("La ministra explico ayer que el president del país publico un informe. "
            "Los diputados aprobaron la ley desp de un largo debate y la ministra explico "
            "que la reunión esta en la sede. El ministro publico otra vez un informe.")
    lex = raw_ctx.lexicons["es"]
    classes = es_classes.open_classes(lex)
    doc = Document.from_text(text, language="es")
    fresh = []
    for run, symbols in classes.sentences(doc):
        for i, tok in enumerate(run):
            word = tok.text
            if tok.kind != "word" or len(word) < 3 or not word.isalpha() or not word.islower():
                continue
            needed = tagcontext.needed_gain(word, lex)
            found = tagcontext.best_repair(symbols, i + 2, word, classes, lex,
                                           least_gain=needed - tagcontext.INFO_MARGIN)
            if found is not None and found[1] - needed >= -tagcontext.INFO_MARGIN:
                fresh.append((tok.start, found[0], round(found[1], 2)))
    for _ in range(2):  # the second pass reads the kept verdicts
        kept = [(f.start, f.fixes[0].replacement, f.data["gain"]) for f in tagcontext.check(doc, raw_ctx)]
        assert kept == fresh and len(kept) >= 4


def test_other_languages_are_left_alone(ctx):
    doc = Document.from_text("The minister said the president form the city would come.", language="en")
    assert list(tagcontext.check(doc, ctx)) == []


def test_the_seed_is_one_span_with_culpo_first(ctx):
    text = "En una conferencia de prensa, los culo de lanzar una guerra “guerra” contra Rusia."
    report = check_document(Document.from_text(text, language="es"), ctx)
    [span] = [f for f in report.findings if f.rule == "Garble.Span"]
    assert RULE in {f.rule for f in span.evidence}
    assert span.fixes[0].replacement == "culpó"


def test_the_class_model_ranks_a_cut_off_end_first(ctx):
    """``mun`` is a rare word one letter from the common ``un``; after
    ``del`` and before ``ya`` a noun fits, and ``mundo`` is put first."""
    text = "Es un problema no sólo del país, sino del mun ya saben que hay que actuar."
    report = check_document(Document.from_text(text, language="es"), ctx)
    [span] = [f for f in report.findings if f.rule == "Garble.Span"]
    assert span.fixes[0].replacement == "mundo"


def _ranked(text, word, ctx):
    from qa.originals import rank_originals
    from qa.pipeline import sentence_judge
    doc = Document.from_text(text, language="es")
    start = re.search(rf"\b{word}\b", text).start()
    return [r.word for r in rank_originals(doc, start, start + len(word), sentence_judge(ctx))]


def test_a_cut_off_end_that_suggest_prices_as_lost_letters_is_priced_as_one_cut(ctx):
    """``suggest`` offers ``labores`` for ``labor`` as two lost letters
    (1.4); put back as a cut-off end it costs one damage (0.8) and, as the
    plural after ``las``, leads ``labora``."""
    from qa.text.suggest import suggest
    [offered] = [c for c in suggest("labor", ctx.lexicons["es"], limit=12, max_cost=2.5, real_word=True)
                 if c.word == "labores"]
    assert offered.cost > tagcontext.CUT_COST
    ranked = _ranked("Los bomberos retomaron las labor de rescate en la zona.", "labor", ctx)
    assert ranked[0] == "labores"


@pytest.mark.parametrize("text, word, original, standing", [
    ("Ayer murió una profeso de 50 años en un accidente de tráfico.", "profeso", "profesora",
     "profesor"),
    ("El ministro viajará a Lima antes de las eleccion presidenciales del país.", "eleccion",
     "elecciones", "elección"),
])
def test_a_repair_that_leaves_the_agreement_clash_standing_gains_nothing_by_its_class(
        ctx, text, word, original, standing):
    """The classes have no gender, and the article's number is one word
    back: ``una profesor`` reads as a determiner and a noun. A candidate
    the agreement check still faults is not lifted by its class fit."""
    ranked = _ranked(text, word, ctx)
    assert ranked.index(original) == 0 and standing in ranked


def test_a_look_alike_read_back_does_not_outrank_a_lost_letter_by_its_low_price(ctx):
    """``canta`` is one OCR look-alike (o -> a, 0.4) from ``conta``,
    ``contra`` one lost letter (0.7); in a real word OCR damage is rare."""
    from qa.text.suggest import suggest
    offered = {c.word: c.operations for c in suggest("conta", ctx.lexicons["es"], limit=12,
                                                     max_cost=2.5, real_word=True)}
    assert offered["canta"] == ("ocr:o>a",) and offered["contra"] == ("insert:r",)
    ranked = _ranked("Los abogados pidieron que el juicio conta su cliente se celebre en Madrid.",
                     "conta", ctx)
    assert ranked.index("contra") < ranked.index("canta")


@pytest.mark.parametrize("text, word, original, replaced", [
    ("La petición alcanzó en 3 hor casi 45 mil firmas.", "hor", "horas", "por"),
    ("El presidente Trump, qui no suele distinguirse por su moderación, está recurriendo a amenazas.",
     "qui", "quien", "que"),
])
def test_a_letter_put_in_anothers_place_does_not_outrank_a_cut_end_put_back(
        ctx, monkeypatch, text, word, original, replaced):
    """Scraping cuts words off; it does not put one letter in another's
    place: ``por`` is commoner than ``horas``, but ``hor`` is ``horas``
    cut, not ``por`` mistyped."""
    from qa.text import damage
    from qa.text.suggest import suggest
    offered = {c.word: c.operations for c in suggest(word, ctx.lexicons["es"], limit=12,
                                                     max_cost=2.5, real_word=True)}
    assert any(op.startswith("replace:") for op in offered[replaced])
    assert _ranked(text, word, ctx)[0] == original
    monkeypatch.setattr(damage, "REPLACED_LETTER_PENALTY", 0.0)
    assert _ranked(text, word, ctx)[0] == replaced


@pytest.mark.parametrize("text, word, original, shorter", [
    ("El tiroteo dejó ocho muertos, ent ellos seis mujeres de origen asiático.", "ent", "entre", "en"),
    ("El asteroide pasará cerca de nuestro plane el próximo viernes.", "plane", "planeta", "plan"),
])
def test_a_letter_taken_out_does_not_outrank_a_cut_end_put_back_by_its_frequency(
        ctx, text, word, original, shorter):
    """Scraping loses letters, it rarely adds one: ``en`` is commoner than
    ``entre``, but ``ent`` is more likely ``entre`` cut than ``en`` with a
    stray letter."""
    from qa.text.suggest import suggest
    offered = {c.word: c.operations for c in suggest(word, ctx.lexicons["es"], limit=12,
                                                     max_cost=2.5, real_word=True)}
    assert any(op.startswith("delete:") for op in offered[shorter])
    ranked = _ranked(text, word, ctx)
    assert ranked[0] == original and shorter in ranked


@pytest.mark.parametrize("text, word, original, shorter", [
    ("Le extrañó la actitud de Celso, quie no demostró interés en verla.", "quie", "quien", "que"),
    ("Fue criticado por populista, ent otras cosas.", "ent", "entre", "en"),
])
def test_a_letter_taken_out_of_a_fragment_is_charged_twice(ctx, text, word, original, shorter):
    """The dictionary knows no reading of ``quie`` or ``ent``: a fragment a
    cut left, not a word with a letter added (``que``, ``en``), though the
    shorter word is the commoner by far."""
    from qa.checkers.tagcontext import unknown_to_classes
    assert unknown_to_classes(word, ctx.lexicons["es"]) and not unknown_to_classes(
        shorter, ctx.lexicons["es"])
    ranked = _ranked(text, word, ctx)
    assert ranked[0] == original and shorter in ranked


def test_a_letter_taken_out_still_wins_where_nothing_longer_fits(ctx):
    """The charge is a preference, not a ban: ``dell`` for ``del``."""
    ranked = _ranked("El presidente dell Gobierno viajó ayer a Bruselas.", "dell", ctx)
    assert ranked[0] == "del"


@pytest.mark.parametrize("text, word, original, other", [
    ("Tanto el título del programa, coo la agresiva manera de la entrevista iban dirigidos a él.",
     "coo", "como", "con"),
    ("El partido se mostró beligerante contr la primavera árabe.", "contr", "contra", "contar"),
    ("El mandatario no fue ada sutil con sus rivales.", "ada", "nada", "cada"),
    ("El cantante lo desmintió, lego que la foto circulara en las redes.", "lego", "luego",
     "llegó"),
])
def test_a_word_whose_readings_few_words_share_is_not_charged_its_class_prior(
        ctx, text, word, original, other):
    """The ranking adds a candidate's frequency to its class's fit, so the
    fit leaves (half) the class's prior out: ``contra`` (an interjection, a
    noun or a preposition, a class of few words) is not charged its class's
    rarity over the infinitive ``contar`` a second time."""
    ranked = _ranked(text, word, ctx)
    assert ranked[0] == original and other in ranked


def test_the_class_fit_still_decides_where_one_class_fits(ctx):
    """With the prior out, the place still speaks: after ``saben`` an
    infinitive, ``contar``, not the commoner preposition ``contra``."""
    ranked = _ranked("Los alumnos ya no saben contr hasta diez.", "contr", ctx)
    assert ranked[0] == "contar"


def test_a_repair_is_graded_by_its_margin_over_the_gain_needed():
    from qa.checkers.repairfinding import repair_finding
    tok = Document.from_text("los culo de", language="es").tokens[1]
    warning = repair_finding(RULE, tok, "culpó", 4.0, 3.0, 1.0, "m", mark_suspect=True)
    info = repair_finding(RULE, tok, "culpó", 2.5, 3.0, 1.0, "m")
    assert (warning.severity, warning.suspect, warning.fixes[0].replacement) == ("warning", (4, 8), "culpó")
    assert (info.severity, info.suspect, info.data["margin"]) == ("info", None, -0.5)
    assert warning.confidence > info.confidence
    assert repair_finding(RULE, tok, "culpó", 1.9, 3.0, 1.0, "m") is None  # below the info margin


def test_a_word_common_only_as_a_lost_accent_is_not_guarded_by_its_frequency(ctx):
    lex = ctx.lexicons["es"]
    # "mas" is common on the web as "más" without its accent
    assert lex.zipf("mas") > tagcontext.PRIOR_FROM and lex.zipf("más") > lex.zipf("mas")
    assert tagcontext.prior_relief("mas", "más", lex) == pytest.approx(
        tagcontext.needed_gain("mas", lex) - tagcontext.GAIN)
    assert tagcontext.prior_relief("mas", "masa", lex) == 0.0  # not an accent put back
    # "esta" is more common than "está", a word in its own right: it keeps its prior
    assert lex.zipf("esta") > lex.zipf("está") and tagcontext.prior_relief("esta", "está", lex) == 0.0
    # a signal only with the relief: without it the margin (-1.2) is below the info line (-1.0)
    text = "Los precios subieron mas de un diez por ciento."
    found = list(tagcontext.check(Document.from_text(text, language="es"), ctx))
    assert [(text[f.start:f.end], f.fixes[0].replacement) for f in found] == [("mas", "más")]
    # the message gives the fit, which the relief is no part of
    fit = float(found[0].message.split("fits ")[1].split(" times")[0].replace(",", ""))
    relief = tagcontext.prior_relief("mas", "más", lex)
    assert fit == pytest.approx(10 ** (found[0].data["gain"] - relief), rel=0.05)


def _repair_read_whole(symbols, at, own, terms, model):
    """``_repair_here`` with no bound: every candidate's whole window read."""
    before = model.window(symbols[at - 2], symbols[at - 1], own,
                          symbols[at + 1] if at + 1 < len(symbols) else None,
                          symbols[at + 2] if at + 2 < len(symbols) else None)
    best = None
    for sym, cand, term in terms:
        after = model.window(symbols[at - 2], symbols[at - 1], sym,
                             symbols[at + 1] if at + 1 < len(symbols) else None,
                             symbols[at + 2] if at + 2 < len(symbols) else None)
        class_gain = after - before
        if class_gain >= tagcontext.MIN_CLASS_GAIN and (best is None or class_gain + term > best[1]):
            best = (cand, class_gain + term, class_gain)
    return best


def test_the_partial_windows_never_change_the_best_repair(ctx):
    # branch and bound against reading every candidate's whole window
    lex = ctx.lexicons["es"]
    classes = es_classes.open_classes(lex)
    texts = [*tagcontext.RULES[0].flag, *tagcontext.RULES[0].ok,
             "El ministro publico ayer que la reunión esta en duda y que los diputados votaran "
             "la ley desp de un largo debate sobre el president del gobierno.",
             "La empresa informo que sus ventas crecieron un diez por ciento en el primer trimestre."]
    compared = found = 0
    for text in texts:
        doc = Document.from_text(text, language="es")
        for run, symbols in classes.sentences(doc):
            for i, tok in enumerate(run):
                word = tok.text
                if not tagcontext._judges(word):
                    continue
                own, terms, top = tagcontext.word_terms(word, classes, lex)
                if not terms:
                    continue
                got = tagcontext._repair_here(symbols, i + 2, own, terms, top, classes.model, None)
                assert got == _repair_read_whole(symbols, i + 2, own, terms, classes.model), word
                compared += 1
                found += got is not None
    assert compared > 20 and found > 0


def test_each_sentence_is_read_with_its_own_tokens(raw_ctx):
    # the runs are found by bisection over the tokens' starts: each is its
    # sentence's tokens, in order, none left out and none read twice
    text = ("Hola. La ministra explico ayer que el president publico un informe.\n\n"
            "¿Y ahora?  “Nada”, dijo. El fin.")
    classes = es_classes.open_classes(raw_ctx.lexicons["es"])
    doc = Document.from_text(text, language="es")
    runs = [run for run, _ in classes.sentences(doc)]
    assert runs == [doc.sentence_tokens(start, end) for start, end in doc.sentences]
    assert [t for run in runs for t in run] == list(doc.tokens) and len(runs) > 3


# The classes hold number but no gender: the class model's pick is the
# commoner gender of the class, and the word before decides between them.
@pytest.mark.parametrize("text, fix", [
    ("El presidente tuvo que hacerle una peque acotación a Kelly.", "pequeña"),
    ("El presidente tuvo que hacerle un peque comentario a Kelly.", "pequeño"),
])
def test_the_repair_takes_the_gender_of_the_word_before(ctx, text, fix):
    found = [f for f in tagcontext.check(Document.from_text(text, language="es"), ctx)
             if text[f.start:f.end] == "peque"]
    assert found and found[0].fixes[0].replacement == fix
