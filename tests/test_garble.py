"""Corrupted spans: each signal on its own, the merging, the ranked repairs."""
from __future__ import annotations

import pytest

from qa.checkers import agreement, consistency, realword
from qa.document import Document
from qa.grammar.rules import roles_of
from qa.merge import RULE as SPAN, merge_garble
from qa.model import Finding
from qa.pipeline import check_document, with_roles
from qa.text import probes

SEED = ("El Ministro de Relaciones Exteriores de Putin, Sergei Lavrov, ya había advertido sobre el "
        "potencial nuevo orden mundial.\nEn una conferencia de prensa, los culo de lanzar una guerra "
        "“guerra” contra Rusia y afirmó que Moscú y sus aliados ahora superaron a la OTAN.")


def doc(text: str, lang: str = "es") -> Document:
    return Document.from_text(text, language=lang)


def spans_of(d: Document, findings) -> list[str]:
    return [d.text[f.start:f.end] for f in findings]


def run(text: str, ctx, lang: str = "es"):
    return check_document(doc(text, lang), ctx).findings


# -- agreement -----------------------------------------------------------------

@pytest.mark.parametrize("text,span", [
    ("En una conferencia de prensa, los culo de lanzar una guerra.", "los culo"),
    ("Llegaron los ministro de Salud.", "los ministro"),
    ("Visitó la ciudades del norte.", "la ciudades"),
    ("Las fuerzas armada del país.", "Las fuerzas armada"),
])
def test_agreement_flags_spanish(ctx, text, span):
    d = doc(text)
    assert span in spans_of(d, agreement.check(d, ctx))


@pytest.mark.parametrize("text", [
    "En una conferencia de prensa, los culpó de lanzar una guerra.",  # clitic + verb
    "Las vi ayer y los saludé; la tienes tú.",
    "Los ministros llegaron y los demás se fueron.",
    "Los Angeles y Las Vegas.",
    "La foto y la mano del testigo; el análisis de los lunes.",
    "Al decirles la verdad, los dos países firmaron.",
])
def test_agreement_leaves_good_spanish(ctx, text):
    d = doc(text)
    assert list(agreement.check(d, ctx)) == []


def test_agreement_english(ctx):
    d = doc("These car were sold. These include cars. Many people came. A weapons program "
            "began. Various tax measures passed.", "en")
    assert spans_of(d, agreement.check(d, ctx)) == ["These car"]


def test_agrees_judges_only_what_it_can(ctx):
    es = ctx.lexicons["es"]
    assert agreement.agrees("los", "culpó", es) is True
    assert agreement.agrees("los", "culo", es) is False
    assert agreement.agrees("los", "cual", es) is None


# -- real-word damage --------------------------------------------------------------

def test_realword_lost_accent_and_dropped_letter(ctx):
    d = doc("El ultimo informe dice que el gobierno informo a la prensa.")
    hits = {d.text[f.start:f.end]: f.data["neighbour"] for f in realword.check(d, ctx)}
    assert hits == {"ultimo": "último", "informo": "informó"}
    d = doc("The goverment said the sofware was fine.", "en")
    hits = {d.text[f.start:f.end]: f.data["neighbour"] for f in realword.check(d, ctx)}
    assert hits == {"goverment": "government", "sofware": "software"}


def test_realword_lost_accent_without_a_verb_reading_is_a_warning(ctx):
    # "paises" and "votacion" can be nothing but "países" and "votación";
    # "criticas" is also "you criticise", so the same gain stays info
    d = doc("Los paises europeos y la votacion; las criticas del secretario.")
    got = {d.text[f.start:f.end]: f.severity for f in realword.check(d, ctx)}
    assert got == {"paises": "warning", "votacion": "warning", "criticas": "info"}


def test_realword_cut_off_end(ctx):
    d = doc("El PAN tambi consiguió una de sus peores actuaciones.")
    [f] = realword.check(d, ctx)
    assert d.text[f.start:f.end] == "tambi" and f.data["kind"] == "truncation"
    assert f.data["neighbour"] == "también" and f.severity == "warning"
    assert "también" in probes.completions("tambi", ctx.lexicons["es"])


def test_realword_cut_off_end_floor_is_the_languages(ctx):
    # English asks a completion 30 times as common (the profile's
    # truncation_gain, 1.5 zipf points): "comp" for "company"; Spanish
    # keeps 100 times, where verbs have longer forms of their own
    d = doc("Japan has relaxed its limit on securities comp outlets to serve investors.", "en")
    found = {d.text[f.start:f.end]: f.data["neighbour"] for f in realword.check(d, ctx)}
    assert found == {"comp": "company"}
    d = doc("Se quedará en la sureña Málaga hasta que la situación mejore, dijo.")
    assert [d.text[f.start:f.end] for f in realword.check(d, ctx)] == []


def test_realword_a_name_is_no_completion_of_a_lower_case_word(ctx):
    # "france" is listed only as a name: "a 150 billion franc loan" is sound
    d = doc("Belgium is to issue a 150 billion franc, eight-year state loan.", "en")
    assert [f.data["neighbour"] for f in realword.check(d, ctx)] == []


def test_realword_probes_are_kept_per_word_for_the_other_checkers(ctx):
    # Garble.Context and Garble.TagContext ask the same probes of the same
    # words: the second ask is answered from the run's memo, unchanged.
    lex = ctx.lexicons["es"]
    longer = probes.one_letter_longer("tempo", lex)
    assert "tiempo" in longer and probes.one_letter_longer("tempo", lex) is longer
    index = probes.index_for(lex)
    assert (sorted(probes._probe_one_letter_longer("tempo", index, True))
            == sorted(probes._probe_one_letter_longer("tempo", index, False)) == sorted(longer))
    cut = probes.completions("tambi", lex)
    assert "también" in cut and probes.completions("tambi", lex) is cut


def test_realword_dropped_letter_in_common_and_short_words(ctx):
    d = doc("Dijo en la zon mixta que pasaron horas, tempo en el cual revisaron todo.")
    hits = {d.text[f.start:f.end]: (f.data["neighbour"], f.severity) for f in realword.check(d, ctx)}
    assert hits == {"zon": ("zona", "warning"), "tempo": ("tiempo", "warning")}
    d = doc("The company wil pay fom its reserves.", "en")
    hits = {d.text[f.start:f.end]: f.data["neighbour"] for f in realword.check(d, ctx)}
    assert hits == {"wil": "will", "fom": "from"}


def test_realword_leaves_halves_of_a_split_word_to_ocr(ctx):
    # "distri" alone is a cut-off "district", but here it is half of "distribution"
    d = doc("Any future quota distri bution will be made.", "en")
    assert list(realword.check(d, ctx)) == []
    d = doc("Any future quota distri will be made.", "en")
    assert [f.data["neighbour"] for f in realword.check(d, ctx)] == ["district"]


def test_realword_a_verb_form_needs_more_evidence(ctx):
    # "surte" (from surtir) is one letter from "suerte": a signal, not a warning
    d = doc("La tienda surte de pan a la ciudad.")
    assert [(d.text[f.start:f.end], f.severity) for f in realword.check(d, ctx)] == [("surte", "info")]


def test_realword_a_word_no_form_of_the_language_knows_is_a_warning_at_less_gain(ctx):
    # "juli" and "och" are no form the tagging dictionary knows (a fragment,
    # no Spanish word): the gain that makes them a finding makes them a
    # warning. "alud" (a snowslide) is a noun of its own: the same gain
    # over "salud" stays info.
    d = doc("Se conocieron en juli de 2020. El tiroteo dejó och muertos. La seguridad y alud pública.")
    got = {d.text[f.start:f.end]: (f.data["neighbour"], f.severity) for f in realword.check(d, ctx)}
    assert got == {"juli": ("julio", "warning"), "och": ("ocho", "warning"), "alud": ("salud", "info")}


@pytest.mark.parametrize("text,word,repair", [
    ("Según la coautora del studio, la mayoría de las muestras coinciden.", "studio", "estudio"),
    ("Llegó en un mensaje de alert.", "alert", "alerta"),  # not the name "albert"
    ("Los artist Sun Yuan y Peng Yu presentaron la obra.", "artist", "artista"),
])
def test_realword_an_unlisted_word_in_running_text_needs_less_gain(ctx, text, word, repair):
    # "studio" over "estudio" gains 1.6 zipf points, under the 2.0 a dropped
    # letter needs anywhere: in plain running text a word the tagging
    # dictionary does not list is a warning from 1.4 on, and only the listed
    # repairs are offered
    d = doc(text)
    got = {d.text[f.start:f.end]: f for f in realword.check(d, ctx)}
    assert got[word].severity == "warning"
    assert all(fx.replacement != "albert" for fx in got[word].fixes)
    assert repair in [fx.replacement for fx in got[word].fixes]


def test_realword_an_unlisted_english_word_in_running_text_needs_less_gain(ctx):
    # "lowe" (1.55 zipf points under "lower") is no form LanguageTool's English
    # dictionary lists; the newswire's abbreviations ("dlrs") are the language's own
    d = doc("Although the figures were lowe, they were at the top end of forecasts.", "en")
    got = {d.text[f.start:f.end]: f for f in realword.check(d, ctx)}
    assert got["lowe"].severity == "warning" and got["lowe"].fixes[0].replacement == "lower"
    d = doc("Net profit was 12 mln dlrs, up from 10 mln dlrs.", "en")
    assert [f for f in realword.check(d, ctx) if f.severity != "info"] == []


def test_realword_a_weak_restoration_whose_place_cannot_be_read_keeps_its_one_repair(ctx):
    # no known word beside "lowe": its place orders nothing, and the
    # restoration stands alone
    d = doc("zzyx lowe qqxz and more", "en")
    assert [[fx.replacement for fx in f.fixes] for f in realword.check(d, ctx)] == [["lower"]]


def test_realword_an_unlisted_word_is_no_verb_form_whatever_its_ending(ctx):
    # "sie" ends as a verb form may, but the tagging dictionary lists every
    # verb form: it is none, and its restoration warns at the unlisted word's gain
    d = doc("El 6 % de la población española sie dolores incluso con el roce.")
    assert [(d.text[f.start:f.end], f.severity) for f in realword.check(d, ctx)] == [("sie", "warning")]


@pytest.mark.parametrize("text", [
    "La salsa \"vegan McFeast\" se venderá en Finlandia.",  # in quotes: a name
    "El chip NFC (near field communication) se activa.",  # in brackets
    "La cocina japo-cañí de moda.",  # beside a hyphen
    "Cai Berna call 11 sur.",  # before a figure: an address
    "Con el propósito de irla achicando por decreto.",  # ir + la: a clitic on its verb
])
def test_realword_an_unlisted_word_outside_running_text_keeps_the_usual_gain(ctx, text):
    d = doc(text)
    assert [d.text[f.start:f.end] for f in realword.check(d, ctx) if f.severity != "info"] == []


def test_realword_a_word_cut_before_an_ellipsis_was_cut_by_its_writer(ctx):
    d = doc("Me agarraron de su pend... y luego nada.")
    got = [(d.text[f.start:f.end], f.data["kind"], f.severity) for f in realword.check(d, ctx)]
    assert got == [("pend", "truncation", "info")]
    d = doc("Me agarraron de su pend y luego nada.")
    assert [f.severity for f in realword.check(d, ctx)] == ["warning"]


def test_realword_ocr_lookalike_on_listed_strings(ctx):
    # wordfreq lists "sc", "cn", "thc", "corno"; their look-alike reading is
    # at least 1,000 times as common
    d = doc("La noticia sc difundió cn la prensa y corno siempre nadie la leyó.")
    hits = {d.text[f.start:f.end]: (f.data["neighbour"], f.data["kind"]) for f in realword.check(d, ctx)}
    assert hits == {"sc": ("se", "ocr"), "cn": ("en", "ocr"), "corno": ("como", "ocr")}
    d = doc("He said thc estate tax rose, as did iron ore and can prices.", "en")
    hits = {d.text[f.start:f.end]: f.data["neighbour"] for f in realword.check(d, ctx)}
    assert hits == {"thc": "the"}


def test_realword_verdicts_kept_for_the_run_still_read_each_place():
    """A word's verdict is kept per run, but where the word stands is
    judged in every document: a unit after a number and half of a split
    word stay quiet, the same word elsewhere is flagged, in either order."""
    from qa.context import Context
    from qa.options import Options

    for order in (1, -1):
        fresh = Context.create(Options(grammar="off"))
        texts = ["Compró 75 sc de vino.", "La noticia sc difundió ayer."][::order]
        flagged = [[d.text[f.start:f.end] for f in realword.check(d, fresh)]
                   for d in (doc(t) for t in texts)]
        assert flagged == [[], ["sc"]][::order]
        again = [[f.data["neighbour"] for f in realword.check(doc(t, "en"), fresh)]
                 for t in ("Any future quota distri bution will be made.",
                           "Any future quota distri will be made.")]
        assert again == [[], ["district"]]


def test_realword_quiet_on_good_words_and_names(ctx):
    d = doc("El último informe: Esta semana está lloviendo en Publico, dijo Ultimo.")
    assert list(realword.check(d, ctx)) == []


# -- register -----------------------------------------------------------------------

def test_register_outside_quotes_only(ctx):
    assert "Register.VulgarEs" in {f.rule for f in run("El diputado dijo que era una mierda.", ctx)}
    assert "Register.VulgarEs" not in {f.rule for f in run("El diputado gritó “¡qué mierda!”.", ctx)}
    assert "Register.SlangEn" not in {f.rule for f in run("“We're gonna win,” he said.", ctx, "en")}


# -- consistency --------------------------------------------------------------------

def test_consistency_majority_form(ctx):
    d = doc("Kim Jong Un llegó. Luego Kim Jong-un habló. Kim Jong-un volvió.")
    found = list(consistency.check(d, ctx))
    assert spans_of(d, found) == ["Kim Jong Un"]
    assert found[0].fixes[0].replacement == "Kim Jong-un"
    assert found[0].fixes[0].applicability == "unsafe"


@pytest.mark.parametrize("text", [
    "Mario Pérez y María Pérez firmaron.",  # different people
    "RUSIA Y COREA. Rusia firmó con Corea.",  # case only
    "Visitó el Estadio Azteca y el Estado Azteca.",  # two common words
    "South Korea said South Korean troops left.",  # demonym
    "Kim Jong-un llegó. Luego Kim Yo Jong habló.",
])
def test_consistency_leaves_different_names(ctx, text):
    d = doc(text, "en" if text.startswith("South") else "es")
    assert list(consistency.check(d, ctx)) == []


# -- merging -------------------------------------------------------------------------

def test_seed_sentence_is_one_error_span_without_languagetool(ctx):
    assert ctx.grammar is None
    d = doc(SEED)
    findings = check_document(d, ctx).findings
    spans = [f for f in findings if f.rule == SPAN]
    assert len(spans) == 1
    span = spans[0]
    covered = d.text[span.start:span.end]
    assert span.severity == "error" and span.category == "garble"
    assert "los culo" in covered and "guerra “guerra”" in covered
    assert {"Garble.Agreement", "Register.VulgarEs", "Repetition.Token"} <= set(span.signals)
    # the class trigrams find "los culo de" unlikely too (a signal of their own family)
    assert span.message == "Corrupted span: 4 independent signals (agreement, context, register, " \
        "repetition); likely original of “culo”: “culpó”, “culpo”, “culto”"
    assert [f.rule for f in span.evidence] == ["Garble.Agreement", "Garble.TagContext", "Register.VulgarEs",
                                               "Repetition.Token"]
    # the signals are the span's evidence, not findings of their own
    assert not {"Garble.Agreement", "Register.VulgarEs", "Repetition.Token"} & {f.rule for f in findings}
    culo = [x.replacement for x in span.fixes if d.text[x.start:x.end] == "culo"]
    assert "culpó" in culo[:3]
    # the repeat's original is not invented: only a display note
    guerra = [x for x in span.fixes if x.start >= d.text.index("“guerra”")]
    assert guerra and all(x.applicability == "display" and x.replacement == "" for x in guerra)


def test_seed_article_consistency(ctx, seed_text):
    findings = check_document(doc(seed_text), ctx).findings
    kim = [f for f in findings if f.rule == "Consistency.Name" and "Kim Jong" in f.message]
    assert kim and kim[0].fixes[0].replacement == "Kim Jong-un"
    spans = [f for f in findings if f.rule == SPAN and f.severity == "error"]
    assert len(spans) == 1 and "los culo" in seed_text[spans[0].start:spans[0].end]


@pytest.mark.parametrize("text", [
    "En una conferencia de prensa, los culpó de lanzar una guerra “híbrida” contra Rusia.",
    "Dijo que “los culo” era una expresión vulgar.",  # register quiet in quotes: one family left
    "Lo dijo corno siempre.",  # one signal alone is not a span
])
def test_no_span_on_clean_or_single_signal(ctx, text):
    assert SPAN not in {f.rule for f in run(text, ctx)}


def test_damage_inside_quotes_is_still_damage(ctx):
    text = "El vocero dijo: “los culo de lanzar una guerra guerra contra nosotros”."
    [span] = [f for f in run(text, ctx) if f.rule == SPAN]
    assert {"Repetition.Token", "Garble.Agreement"} <= {f.rule for f in span.evidence}


def _finding(rule, start, end, confidence=0.5, category="grammar", suspect=None):
    return Finding(rule=rule, category=category, severity="info", start=start, end=end,
                   message=rule, confidence=confidence, suspect=suspect)


def test_noisy_or_counts_a_family_once(ctx):
    d = doc("En una conferencia de prensa, los culo de lanzar una guerra.")
    s = d.text.index("los culo")
    [ours] = with_roles([_finding("Garble.Agreement", s, s + 8, 0.5, suspect=(s + 4, s + 8))], ctx)
    lt = _finding("LT.AGREEMENT_DET_NOUN", s, s + 8, 0.7).with_(
        roles=roles_of("AGREEMENT_DET_NOUN", "grammar"))
    assert ours.roles.family == lt.roles.family == "agreement"
    assert [f for f in merge_garble(d, [ours, lt]) if f.rule == SPAN] == []
    [register] = with_roles([_finding("Register.VulgarEs", s + 4, s + 8, 0.5, category="register")], ctx)
    span = [f for f in merge_garble(d, [ours, lt, register]) if f.rule == SPAN][0]
    assert span.confidence == pytest.approx(1 - (1 - 0.7) * (1 - 0.5), abs=1e-3)
    assert span.severity == "error"  # two independent families, 0.85 >= ERROR_AT
    assert set(span.signals) == {"Garble.Agreement", "LT.AGREEMENT_DET_NOUN", "Register.VulgarEs"}


def test_mojibake_beside_a_doubtful_word_is_no_corrupted_span(ctx):
    """A wrong decode hits every accented word alike: it says nothing of the
    word beside it, and the speller's complaint about the mojibake itself is
    no second signal (the mojibake explains it)."""
    from qa.pipeline import drop_explained

    d = doc("Se guarda solo con escribir el tÃ\xadtulo y la fecha.")
    s, m = d.text.index("solo"), d.text.index("tÃ")
    findings = with_roles([_finding("Garble.TagContext", s, s + 4, 0.41, category="garble"),
                           _finding("Encoding.Mojibake", m, m + 7, 0.95, category="encoding")], ctx)
    speller = _finding("LT.MORFOLOGIK_RULE_ES", m, m + 7, 0.6, category="spelling").with_(
        roles=roles_of("MORFOLOGIK_RULE_ES", "spelling"))
    kept = drop_explained([*findings, speller])
    assert speller not in kept
    assert [f for f in merge_garble(d, kept) if f.rule == SPAN] == []


def test_far_apart_signals_do_not_merge(ctx):
    d = doc("Los culo llegaron temprano a la reunión del consejo municipal de la ciudad; "
            "hubo una guerra “guerra” después.")
    a = d.text.index("Los culo")
    g = d.text.index("guerra")
    findings = with_roles([_finding("Garble.Agreement", a, a + 8, suspect=(a + 4, a + 8)),
                           _finding("Repetition.Token", g, g + 15, 0.75, category="repetition")], ctx)
    assert [f for f in merge_garble(d, findings) if f.rule == SPAN] == []


def test_a_span_absorbs_its_signals_in_the_terminal_report(ctx):
    """The span lists its evidence; its signals are not repeated beside it,
    nor kept in the report as findings of their own."""
    import io

    from qa.render import terminal

    report = check_document(doc(SEED), ctx)
    span = [f for f in report.findings if f.roles.merged_span][0]
    assert {f.rule for f in span.evidence} == {"Garble.Agreement", "Garble.TagContext", "Register.VulgarEs",
                                               "Repetition.Token"}
    assert not any(f in report.findings for f in span.evidence)
    out = io.StringIO()
    terminal.make_console(out, color=False, width=400).print(terminal.render_document(report))
    rendered = out.getvalue()
    assert "Corrupted span" in rendered and "likely original of “culo”" in rendered
    assert rendered.count("Repetition.Token") == 1  # listed once, as the span's evidence
    assert "· “guerra” is repeated across punctuation" in rendered
    assert "info finding" not in rendered


def test_realword_a_first_person_form_after_an_object_pronoun_is_a_verb_of_its_own(ctx):
    # "Me preservo evitándolos" (a quoted writer): "preservo" is "I preserve";
    # the same word after an article or a subject is a lost accent
    d = doc("“Me preservo evitándolos”, escribe. Le informo que el gobierno preservo el bosque.")
    got = [(d.text[f.start - 3:f.end], f.severity) for f in realword.check(d, ctx)]
    assert got == [("Me preservo", "info"), ("Le informo", "info"), ("no preservo", "warning")]


@pytest.mark.parametrize("text,first", [
    ("Ni Tri ni afición mexican podrán votar en Rusia.", "mexicana"),  # a feminine noun before
    ("Es la gloria del cine mexican de siempre.", "mexicano"),
])
def test_a_span_ranks_first_the_adjective_that_agrees_with_the_noun_before(ctx, text, first):
    # the word classes have no gender: the noun before settles it
    [span] = [f for f in run(text, ctx) if f.rule == SPAN]
    assert span.fixes[0].replacement == first


def test_a_verb_the_class_model_names_is_not_put_first_after_a_determiner_it_cannot_follow(ctx):
    # the class trigrams read "cuya" as a relative, after which a verb fits;
    # the relative possessive stands before its noun
    text = "La actriz Barbra Streisand, cuya demand en 2003 en aras de su privacidad fue rechazada, habló ayer."
    [span] = [f for f in run(text, ctx) if f.rule == SPAN]
    assert span.fixes[0].replacement == "demanda"


def test_of_the_repairs_that_clear_an_agreement_the_one_its_classes_fit_comes_first(ctx):
    # "los medio" agrees too ("los" a clitic, "medio" a verb); the classes
    # read a plural noun before the plural verb
    text = "Causaron daños que los medi calcularon en unos 2019 millones de euros."
    [span] = [f for f in run(text, ctx) if f.rule == SPAN]
    assert span.fixes[0].replacement == "medios"
