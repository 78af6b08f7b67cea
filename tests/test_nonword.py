"""Non-word, accent, OCR, split/glued word and garbage checks, one signal at a time."""
from __future__ import annotations

import pytest

from qa.checkers import nonword, ocr, ocr_digits
from qa.context import Context
from qa.document import Document
from qa.options import Options
from qa.text.wordforms import apostrophe_known, derived_known


@pytest.fixture(scope="module")
def ctx() -> Context:
    return Context.create()


def findings(text: str, ctx: Context, language: str = "es"):
    doc = Document.from_text(text, language=language)
    return [*nonword.check(doc, ctx), *ocr_digits.check(doc, ctx), *ocr.check(doc, ctx)]


def flagged(text: str, ctx: Context, language: str = "es") -> dict[str, str]:
    """Flagged text -> rule id."""
    doc = Document.from_text(text, language=language)
    return {doc.text[f.start:f.end]: f.rule for f in findings(text, ctx, language)}


# --- non-words ----------------------------------------------------------------

def test_a_misspelling_is_flagged_with_ranked_fixes(ctx):
    [f] = [f for f in findings("El gobirno anunció nuevas medidas.", ctx) if f.rule == "Spelling.NonWord"]
    assert f.severity == "warning" and f.fixes[0].replacement == "gobierno"
    assert all(x.applicability == "unsafe" for x in f.fixes)
    confidences = [x.confidence for x in f.fixes]
    assert confidences == sorted(confidences, reverse=True)
    assert f.start == 3 and f.end == 10


def test_english_misspellings(ctx):
    got = flagged("The governmet said the company collasped last year.", ctx, "en")
    assert got == {"governmet": "Spelling.NonWord", "collasped": "Spelling.NonWord"}


@pytest.mark.parametrize("text, word, fix", [
    # an ending after an abbreviation or a name the word list holds (agr, pln, bea)
    ("The utility has agred to reduce its rates next month.", "agred", "agreed"),
    ("The news agency said the company plns to drill a second well.", "plns", "plans"),
    ("Each of the bonds beaing interest at 10 pct.", "beaing", "bearing"),
])
def test_an_ending_on_an_abbreviation_makes_no_word(ctx, text, word, fix):
    doc = Document.from_text(text, language="en")
    [f] = [f for f in nonword.check(doc, ctx) if doc.text[f.start:f.end] == word]
    assert f.rule == "Spelling.NonWord" and fix in [x.replacement for x in f.fixes]


def test_a_prefix_and_a_function_word_are_no_derived_word(ctx):
    # "under" + "that" is glue, not a prefixed word
    got = flagged("Products made underthat agreement will be marketed.", ctx, "en")
    assert got == {"underthat": "OCR.GluedWords"}


def test_newswire_shorthand_adverbs_are_words(ctx):
    # "mthly": "-ly" follows an abbreviation in the newswire's tables
    assert findings("Mthly div 3.6 cts vs 3.6 cts prior.", ctx, "en") == []


@pytest.mark.parametrize("text, word, fix, lang", [
    # the runner-up is close (petos, asumo, forage), but the repair is cheap and common
    ("Les negaron atracar en sus pertos.", "pertos", "puertos", "es"),
    ("El asuno quedó cerrado.", "asuno", "asunto", "es"),
    ("The sorage tanks were full.", "sorage", "storage", "en"),
])
def test_a_cheap_common_repair_is_a_warning_without_a_clear_lead(ctx, text, word, fix, lang):
    doc = Document.from_text(text, language=lang)
    [f] = [f for f in nonword.check(doc, ctx) if doc.text[f.start:f.end] == word]
    assert f.severity == "warning" and f.fixes[0].replacement == fix


@pytest.mark.parametrize("text, word, fix, lang", [
    ("Gobirno dijo que no habrá cambios.", "Gobirno", "Gobierno", "es"),
    ("La reunión fue breve.\nGovernmet officials said nothing.", "Governmet", "Government", "en"),
])
def test_a_misspelling_that_opens_a_sentence(ctx, text, word, fix, lang):
    [f] = findings(text, ctx, lang)
    assert text[f.start:f.end] == word and f.severity == "warning" and f.fixes[0].replacement == fix


@pytest.mark.parametrize("text, lang", [
    ("Peskov dijo que no. Choe Son Hui llegó después.", "es"),  # a name; a run of capitals
    ("Zhukovsky dijo que sí. Luego habló Zhukovsky.", "es"),  # capitalised mid-sentence too
    ("Excelan said it sold shares. Excelan designs computers.", "en"),  # recurs at starts only
    ("Pittway said it filed suit.", "en"),  # a name that reads as glue ("Pitt way")
])
def test_unknown_names_that_open_a_sentence_stay_quiet(ctx, text, lang):
    assert findings(text, ctx, lang) == []


def test_a_rare_word_without_a_close_common_fix_is_only_info(ctx):
    got = [f for f in findings("Cocinaron el nixtamal con pirekua y shabbih.", ctx)]
    assert all(f.severity == "info" for f in got)


@pytest.mark.parametrize("text, word, fix, rule", [
    # a word cut short: its commonest completion ("potenc" may have been "potencial")
    ("La tendenc nacionalista crece.", "tendenc", "tendencia", "Spelling.NonWord"),
    ("Era un reto para la agenc de refugiados.", "agenc", "agencia", "Spelling.NonWord"),
    ("Se le podía ganar a una potenc mundial.", "potenc", "potencia", "Spelling.NonWord"),
    # one letter put back gives a listed word, however close the runner-up
    ("El navegaor dejó de funcionar.", "navegaor", "navegador", "Spelling.NonWord"),
    ("Además del allanaminto a la redacción.", "allanaminto", "allanamiento", "Spelling.NonWord"),
    # a function word glued to a listed word rarer than two glued content words need
    ("Fueron al lugar y corroboraronel hallazgo.", "corroboraronel", "corroboraron el", "OCR.GluedWords"),
    ("Hasta que sepercataron del error.", "sepercataron", "se percataron", "OCR.GluedWords"),
    ("Permite interrupciones pormalformación del feto.", "pormalformación", "por malformación",
     "OCR.GluedWords"),
    # a pronoun glued after a word that takes none (no infinitive, gerund or verb form)
    ("Empezó a viralizarse en redes socialeslos supuestos planos.", "socialeslos", "sociales los",
     "OCR.GluedWords"),
    ("En un momento dado, la astronautale explicó la rutina.", "astronautale", "astronauta le",
     "OCR.GluedWords"),
    # ... beside a word the dictionary lists that the word list lacks, which is no foreign phrase
    ("El candidato aseguróque no confiscará propiedades.", "aseguróque", "aseguró que",
     "OCR.GluedWords"),
    # "ri" read as "n"
    ("Financiar con millories de dólares.", "millories", "millones", "OCR.Confusion"),
    ("Una lucha contra la impuriidad.", "impuriidad", "impunidad", "OCR.Confusion"),
])
def test_a_damaged_word_with_a_sure_repair_is_a_warning(ctx, text, word, fix, rule):
    [f] = [f for f in findings(text, ctx) if text[f.start:f.end] == word]
    assert f.rule == rule and f.severity == "warning" and fix in [x.replacement for x in f.fixes]


@pytest.mark.parametrize("text, word, fix, rule", [
    # a longer stub completes to a rarer word
    ("Debe basarse en la eficacia y la indicaci de las vacunas.", "indicaci", "indicación", "Spelling.NonWord"),
    ("En las circunstancias derivadas de la pandem de la COVID-19.", "pandem", "pandemia", "Spelling.NonWord"),
    # OCR's multi-letter look-alikes ("cl" for "d", "ii" for "u") before a rarer word
    ("Pasó prácticamente inaclvertida.", "inaclvertida", "inadvertida", "OCR.Confusion"),
    ("Lograron una votación de millones de siifragios.", "siifragios", "sufragios", "OCR.Confusion"),
])
def test_a_damaged_word_with_a_rarer_sure_repair_is_a_warning_or_an_error(ctx, text, word, fix, rule):
    [f] = [f for f in findings(text, ctx) if text[f.start:f.end] == word]
    assert f.rule == rule and f.severity in ("warning", "error") and f.fixes[0].replacement == fix


def test_a_stub_whose_completion_is_rare_is_info(ctx):
    # "nixtam" completes only to a rare word (nixtamal)
    got = findings("Molieron el nixtam con cal.", ctx)
    assert got and all(f.severity == "info" for f in got)


def test_an_inflection_the_list_lacks_is_no_non_word(ctx):
    # the tagging dictionary lists both: words of the language, not damage
    assert findings("Dijo que se auditarán los contratos y no confiscará nada.", ctx) == []


def test_a_rare_completion_is_no_cut_word(ctx):
    # "nixta" (nixtamal) and "cnido" (cnidarios) complete only to rare words
    got = findings("Molieron la nixta y el cnido.", ctx)
    assert got and all(f.severity == "info" for f in got)


@pytest.mark.parametrize(
    "text",
    [
        # seed article names
        "El líder visitará Pyongyang, dijo Peskov a la agencia KCNA y a TASS.",
        "Choe Son Hui se reunió con Serguéi Lavrov y con Kim Jong-un.",
        "Kim Jong-un and Choe Son Hui met Sergei Lavrov in Pyongyang, KCNA said.",
        # numbers, URLs, e-mails, hashtags
        "Costó 1.250,5 dólares el 12/05/2020 a las 12:30, un 3,5% más.",
        "Más en https://www.ejemplo.com/nota?id=3 o en prensa@ejemplo.mx #Elecciones2024 @usuario",
        # loanwords and foreign quotes
        "El streaming y el software libre crecen entre los youtubers.",
        "Dijo “c'est la vie, mon ami” y se fue.",
        # regular derivations missing from the word list
        "Quiso enviárnoslas; el exmandatario habló salomónicamente de la cibervigilancia.",
    ],
)
def test_innocent_words_are_not_flagged(ctx, text):
    language = "en" if text.startswith("Kim") else "es"
    assert not [f for f in findings(text, ctx, language) if f.severity != "info"], text


def test_a_word_of_the_other_language_that_starts_a_common_word_is_cut_short(ctx):
    # "dividen" is Spanish ("they divide"), and the start of "dividend"
    doc = Document.from_text("Homestead said the dividen are payable on April 6.", language="en")
    [f] = nonword.check(doc, ctx)
    assert f.severity == "warning" and "dividend" in [x.replacement for x in f.fixes]
    # a borrowed word that starts no common English word stays a loanword
    assert findings("Brazil paid 300 mln cruzados in fees last year.", ctx, "en") == []


def test_names_are_never_flagged_at_any_severity(ctx):
    text = "Pyongyang, Peskov, KCNA, TASS, Choe Son Hui, Serguéi Lavrov y Kim Jong-un."
    assert findings(text, ctx) == []


def test_accepted_vocabulary_is_never_flagged():
    ctx = Context.create(Options(accept=frozenset({"gobirno", "nixtamalera"})))
    assert findings("El gobirno y la nixtamalera.", ctx) == []


def test_a_language_without_a_word_list_gets_only_garbage(ctx):
    text = "Ny tantara dia xkcdrtvp tHe efa lasa i,fwi!j.n.g.'iii ihany."
    rules = {f.rule for f in findings(text, ctx, "mg")}
    assert rules == {"OCR.Garbage"}
    assert findings("", ctx, "und") == []


def test_an_unknown_language_code_does_not_crash(ctx):
    assert isinstance(findings("Some text 1ike this gobier no.", ctx, "zz"), list)


# --- accents -------------------------------------------------------------------

def test_a_listed_but_unaccented_word_is_flagged(ctx):
    # "informacion" is common on the web, so wordfreq lists it.
    [f] = findings("La informacion fue publicada ayer.", ctx)
    assert f.rule == "Spelling.Accent" and f.fixes[0].replacement == "información"


def test_valid_unaccented_twins_are_left_alone(ctx):
    assert findings("Esta semana él está solo en casa y publico mis notas.", ctx) == []


def test_an_unlisted_misplaced_accent(ctx):
    got = flagged("Según la investigacíon, todo fue bien.", ctx)
    assert got == {"investigacíon": "Spelling.Accent"}


# --- OCR ------------------------------------------------------------------------

def test_digits_among_letters(ctx):
    got = flagged("El g0bierno y la c1udad.", ctx)
    assert got == {"g0bierno": "OCR.Confusion", "c1udad": "OCR.Confusion"}
    assert flagged("I 1ike it.", ctx, "en") == {"1ike": "OCR.Confusion"}


def test_model_names_and_codes_are_not_ocr(ctx):
    assert flagged("La vacuna Ad5 del G20 y el mp3 del 4x4 con COVID19.", ctx) == {}


@pytest.mark.parametrize("text, word, fix, lang", [
    ("Se aprecia la Constitución con l0s numerales.", "l0s", "los", "es"),  # listed junk
    ("La mujer estaba rec0stada sobre su cama.", "rec0stada", "recostada", "es"),  # rare reading
    ("Tirada en e1 suelo.", "e1", "el", "es"),
    ("It expects the offering t0 be priced.", "t0", "to", "en"),
])
def test_digits_read_as_letters(ctx, text, word, fix, lang):
    assert flagged(text, ctx, lang) == {word: "OCR.Confusion"}
    [f] = findings(text, ctx, lang)
    assert f.fixes[0].replacement == fix


def test_short_codes_with_digits_are_not_ocr(ctx):
    assert flagged("Usa papel a4, vitamina b1, el mp3 y la ruta e5.", ctx) == {}


def test_rn_read_as_m(ctx):
    [f] = findings("El gobiemo anunció nuevas medidas.", ctx)
    assert f.rule == "OCR.Confusion" and f.fixes[0].replacement == "gobierno"


# --- split words ----------------------------------------------------------------

@pytest.mark.parametrize(
    "text, span, joined",
    [
        ("El gobier no anunció nuevas medidas.", "gobier no", "gobierno"),
        ("Se declaró la guer- ra en mayo.", "guer- ra", "guerra"),
        ("La decisión del presi-\ndente llegó tarde.", "presi-\ndente", "presidente"),
    ],
)
def test_split_words_are_joined(ctx, text, span, joined):
    doc = Document.from_text(text, language="es")
    [f] = [f for f in ocr.check(doc, ctx) if f.rule == "OCR.SplitWord"]
    assert doc.text[f.start:f.end] == span and f.fixes[0].replacement == joined


def test_english_line_end_hyphenation(ctx):
    assert flagged("on the last no-\nmination day", ctx, "en") == {"no-\nmination": "OCR.SplitWord"}


@pytest.mark.parametrize("text, span", [
    # a hyphen and a space inside a line, whatever the halves are on their own
    ("The group earlier re- ported a drop in net income.", "re- ported"),
    ("It required a great amount of manage- ment time.", "manage- ment"),
    ("Exports stopped for five mo- nths after the quake.", "mo- nths"),
])
def test_a_hyphen_and_a_space_inside_a_line_split_a_word(ctx, text, span):
    assert flagged(text, ctx, "en") == {span: "OCR.SplitWord"}


@pytest.mark.parametrize("text, lang", [
    ("Loans to small- and medium-sized firms rose.", "en"),  # a suspended compound
    ('"Una analogía -para el caso del clima normal- es el uso de modelos", dijo.', "es"),  # a dash closes an aside
])
def test_a_suspended_compound_or_an_aside_is_no_split(ctx, text, lang):
    doc = Document.from_text(text, language=lang)
    assert [f for f in ocr.check(doc, ctx) if f.rule == "OCR.SplitWord"] == []


@pytest.mark.parametrize(
    "text",
    ["No quiso decir nada de más.", "Lo dejó a parte de los otros.", "Firmaron un pacto franco-\nalemán.",
     "Visitó Nueva York y Los Ángeles."],
)
def test_two_real_words_are_not_joined(ctx, text):
    assert [f for f in findings(text, ctx) if f.rule == "OCR.SplitWord"] == []


@pytest.mark.parametrize(
    "text, span, lang",
    [
        # both halves are words, but the join is far likelier than the pair
        ("La em presa anunció despidos.", "em presa", "es"),
        ("En distintas par tes del mundo.", "par tes", "es"),
        ("The comp any said it would buy the plant.", "comp any", "en"),
        ("Prices rose, reflect ing dearer food.", "reflect ing", "en"),
    ],
)
def test_split_between_two_real_words(ctx, text, span, lang):
    doc = Document.from_text(text, language=lang)
    [f] = [f for f in ocr.check(doc, ctx) if f.rule == "OCR.SplitWord"]
    assert doc.text[f.start:f.end] == span and f.severity == "warning"


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Se para la discusión en torno al presupuesto.", "es"),
        ("Tiene un mal trato con los demás y sin fin de quejas.", "es"),
        ("It may be that every one of them came in to the room.", "en"),
        ("Profits rose 5 per cent from day to day.", "en"),
    ],
)
def test_common_word_pairs_are_not_splits(ctx, text, lang):
    doc = Document.from_text(text, language=lang)
    assert [f for f in ocr.check(doc, ctx) if f.rule == "OCR.SplitWord"] == []


# --- glued words ------------------------------------------------------------------

def test_glued_function_word(ctx):
    [f] = findings("Muchos deestos proyectos fracasaron.", ctx)
    assert f.rule == "OCR.GluedWords" and f.fixes[0].replacement == "de estos"
    assert flagged("He said thegovernment failed.", ctx, "en") == {"thegovernment": "OCR.GluedWords"}


def test_glue_at_a_case_change(ctx):
    [f] = findings("Aumentó la circulaciónFoto: archivo.", ctx)
    assert f.rule == "OCR.GluedWords" and f.fixes[0].replacement == "circulación Foto"


@pytest.mark.parametrize("text,word,pair,lang", [
    ("Además del allanamiento a la redacción deAristegui Noticias, nada.", "deAristegui", "de Aristegui",
     "es"),
    ("Rajoy llegó a laCasa Blanca el martes.", "laCasa", "la Casa", "es"),
    ("La copa de Peña Nieto yAngélica Rivera.", "yAngélica", "y Angélica", "es"),
    ("The visit to theWhite House was brief.", "theWhite", "the White", "en"),
    # a name the word list lacks: no camel-case pair of two listed words
    ("The value of orders signed with theBundespost rose.", "theBundespost", "the Bundespost", "en"),
    ("Mitsubishi (60,000 tonnes) andRichco Grain Co (30,000 tonnes).", "andRichco", "and Richco", "en"),
])
def test_a_function_word_glued_to_a_capital_is_split_not_deleted(ctx, text, word, pair, lang):
    found = [f for f in findings(text, ctx, lang) if text[f.start:f.end] == word]
    assert [(f.rule, f.fixes[0].replacement) for f in found] == [("OCR.GluedWords", pair)]


@pytest.mark.parametrize("text,lang", [
    ("Compró un iPhone y lo vendió en eBay.", "es"),  # a brand's lower-case lead is no function word
    ("He bought an iPad at McDonald's.", "en"),
])
def test_a_brand_with_a_lower_case_lead_stays_quiet(ctx, text, lang):
    assert flagged(text, ctx, lang) == {}


def test_a_common_word_with_a_capital_inside_is_case_damage_not_glue(ctx):
    assert flagged("Lo dijo deSde el principio.", ctx) == {"deSde": "OCR.Garbage"}


def test_listed_glue_is_still_glue(ctx):
    # "quela" is in wordfreq's list (web text), yet far rarer than "que la".
    assert flagged("Dijo quela ley fue aprobada.", ctx) == {"quela": "OCR.GluedWords"}


@pytest.mark.parametrize("text, word, fix, lang", [
    # listed as common as zipf 3 (dela, enel), but two of the commonest words
    ("Es sede dela Copa del Mundo.", "dela", "de la", "es"),
    ("Vive enel Estado de Chihuahua.", "enel", "en el", "es"),
    ("Key figures inthe scandal.", "inthe", "in the", "en"),
])
def test_commoner_listed_glue(ctx, text, word, fix, lang):
    [f] = [f for f in findings(text, ctx, lang) if f.rule == "OCR.GluedWords"]
    assert text[f.start:f.end] == word and f.fixes[0].replacement == fix and f.severity == "warning"


@pytest.mark.parametrize("text, word, fix", [
    # two function words glued: listed by the web's glue, far rarer than the pair
    ("The firm said itwill close the plant.", "itwill", "it will"),
    ("The new shares willbe sold in May.", "willbe", "will be"),
    ("The talks ended, hesaid on Monday.", "hesaid", "he said"),
    # glue's own function words, too shared with other languages to be
    # detection cues (qa.lang.en.GLUE_FUNCTION_WORDS)
    ("At present we do not havea forecast for the year.", "havea", "have a"),
    ("He said the plant couldbe sold by May.", "couldbe", "could be"),
    ("The car crashed intoa wall on Monday.", "intoa", "into a"),
])
def test_two_function_words_glued(ctx, text, word, fix):
    [f] = [f for f in findings(text, ctx, "en") if f.rule == "OCR.GluedWords"]
    assert text[f.start:f.end] == word and f.fixes[0].replacement == fix and f.severity == "warning"


def _glue_over_every_cut(low: str, f: float, lexicon, min_ratio: float):
    """``glue.listed_glue``'s verdict with no cut left unread: its four
    cuts and every cut into two function words, each pair judged."""
    from qa.checkers import glue
    from qa.text.suggest import splits

    n = len(low)
    words = glue.glue_function_words(lexicon.profile)
    cuts = sorted({i for i in (2, 3, n - 3, n - 2) if 0 < i < n}
                  | {i for i in range(1, n) if low[:i] in words and low[i:] in words})
    pairs = [(p, pf) for p, pf in splits(low, lexicon.frequencies, at=cuts)
             if pf >= f * min_ratio
             and (glue._plain_glue(p, lexicon) or glue._function_pair(p, f, pf, lexicon))]
    return max(pairs, key=lambda x: x[1]) if pairs else None


@pytest.mark.parametrize("lang, words", [
    ("es", "dela enel quela delos conel casa sobrepesca modelos desde enero lasmedidas"),
    ("en", "inthe itwill willbe hesaid heron toon anon ofthe theory often another havea intoa"),
])
def test_listed_glue_reads_only_cuts_that_can_pass(ctx, lang, words):
    # the cuts with no short common half are left unread: the same verdicts
    from qa.checkers import glue

    lexicon = ctx.lexicons[lang]
    verdicts = []
    for low in words.split():
        f = lexicon.frequency(low)
        lexicon.memo("listed-glue").pop(low, None)
        found = glue.listed_glue(low, f, lexicon, nonword.RARE_RATIO)
        assert found == _glue_over_every_cut(low, f, lexicon, nonword.RARE_RATIO), low
        verdicts.append(found is not None)
    assert any(verdicts) and not all(verdicts)


def test_a_cut_is_read_only_beside_a_short_common_half(ctx):
    from qa.checkers import glue

    es = ctx.lexicons["es"]
    assert glue._short_half_common("dela", 2, es)  # de | la
    assert glue._short_half_common("modelos", 4, es)  # mode | los
    assert not glue._short_half_common("casa", 2, es)  # ca | sa
    assert not glue._short_half_common("sobrepesca", 3, es)  # sob | repesca


def test_listed_words_of_two_function_words_are_not_glue(ctx):
    # listed words, not rare enough to be the web's glue of "he ron", "to on", "a non"
    assert flagged("A heron stood by the toon, anon.", ctx, "en") == {}
    # "can" is no glue function word: "cancan" is a dance
    assert flagged("A cancan dancer came on stage.", ctx, "en") == {}


def test_listed_words_that_hide_a_pair_are_not_glue(ctx):
    # "a lot" is not a thousand times as common as "alot"; "at" is no
    # function word common enough to hide in "atone"; "alas" is a word
    assert flagged("They atone for a lot of it, alot.", ctx, "en") == {}
    assert flagged("Las alas del avión.", ctx) == {}


def the_glue(text, ctx, lang="es"):
    """The one finding of ``text``, which must be a glued pair at warning:
    (its span, its first fix)."""
    [f] = findings(text, ctx, lang)
    assert f.rule == "OCR.GluedWords" and f.severity == "warning"
    return text[f.start:f.end], f.fixes[0].replacement


def glue_or_alarms(text, ctx, lang="es"):
    """The findings of ``text`` that call a pair glued or are warnings or errors."""
    return [f for f in findings(text, ctx, lang) if f.rule == "OCR.GluedWords" or f.severity != "info"]


@pytest.mark.parametrize("text, word, fix", [
    ("Anunció la nuevaplanta en Puebla.", "nuevaplanta", "nueva planta"),
    ("Los tres países compartimos muchahistoria.", "muchahistoria", "mucha historia"),
    # a noun that is a first person or a form in -s too is no verb stem
    ("El acosoescolar en México lo sufren los alumnos.", "acosoescolar", "acoso escolar"),
    ("Fueron construidas con finesrituales hace siglos.", "finesrituales", "fines rituales"),
    # a third person before an adjective starts no compound
    ("Pasará a una distanciasegura de la Tierra.", "distanciasegura", "distancia segura"),
    # a rarer word after a common one
    ("Se comprobaron antecedentes en los casosreportados en el 2018.", "casosreportados", "casos reportados"),
])
def test_two_content_words_glued_in_spanish(ctx, text, word, fix):
    assert the_glue(text, ctx) == (word, fix)


def test_spanish_compounds_of_content_words_are_not_glue(ctx):
    # a verb stem (cubre-), combining forms that start other compounds
    # (centro-americano, corona-virus), a prefix (nano-)
    assert glue_or_alarms("El cubreboca, el coronacirco, la centrofacial y los nanosensores.", ctx) == []
    # two rarer words together: a compound the list lacks (tour-operadoras)
    assert glue_or_alarms("Trabaja con empresas touroperadoras del país.", ctx) == []


def test_compounds_are_not_glue(ctx):
    assert [f for f in findings("El sobrepeso, la sobrepesca y el bioetanol.", ctx)
            if f.rule == "OCR.GluedWords"] == []
    assert [f for f in findings("The writedown and the selloff hit soymeal.", ctx, "en")
            if f.rule == "OCR.GluedWords"] == []
    # beside a function word, a rare half counts only where compounds are
    # rare, or beside one its profile names (English "of", not "or")
    assert [f for f in findings("They sold the multiplexor.", ctx, "en") if f.rule == "OCR.GluedWords"] == []


@pytest.mark.parametrize("text, word, fix", [
    ("It took onto its books a one stg trancheof the nine pct stock.", "trancheof", "tranche of"),
    ("The talks aim tofinalise the deal by May.", "tofinalise", "to finalise"),
])
def test_english_rare_words_glued_to_a_named_function_word(ctx, text, word, fix):
    assert the_glue(text, ctx, "en") == (word, fix)


@pytest.mark.parametrize("text, word, fix", [
    # a past, a plural, a first person, an accented present: no compound's verb stem
    ("El presidente llegóhoy a la capital.", "llegóhoy", "llegó hoy"),
    ("La empresa demostróinterés en la compra.", "demostróinterés", "demostró interés"),
    ("Los vecinos veíancoches quemados.", "veíancoches", "veían coches"),
    ("Yo le estuveinsistiendo para ir.", "estuveinsistiendo", "estuve insistiendo"),
])
def test_spanish_verb_forms_glued(ctx, text, word, fix):
    assert the_glue(text, ctx) == (word, fix)


def test_spanish_verb_stems_and_longer_forms_are_not_glue(ctx):
    # a third person in -a/-e starts compounds (cubre-boca) and the verb's
    # own forms the list lacks (aterriza-das, sugería-mos): words of clean news
    assert glue_or_alarms("Usó el cubreboca; las naves aterrizadas y lo que sugeríamos.", ctx) == []

@pytest.mark.parametrize("text, word, fix", [
    # a plural, a past, an adverb first: no compound's modifier
    ("The group has factoriesranging from steel to paper.", "factoriesranging", "factories ranging"),
    ("The bank quicklyrejected the offer.", "quicklyrejected", "quickly rejected"),
    ("Output was revisedhigher in May.", "revisedhigher", "revised higher"),
    # a preposition or an adverb second: no compound's head
    ("Tariffs on farm goodsbefore the vote were cut.", "goodsbefore", "goods before"),
    ("Sales rose sharplyagain in May.", "sharplyagain", "sharply again"),
    # a long word that can only be an adjective first: a phrase's, no compound's
    ("It failed to reach agreement with its institutionallenders on the debt.", "institutionallenders",
     "institutional lenders"),
    ("The charge hurt the company's financialflexibility last year.", "financialflexibility",
     "financial flexibility"),
    # a derived adjective first, whatever else it reads as (commercial is a
    # noun too), or a participle or an -ing form: a phrase's, no compound's
    ("The firm sold commercialpaper to raise cash.", "commercialpaper", "commercial paper"),
    ("The company reportedearnings of five mln dlrs.", "reportedearnings", "reported earnings"),
    ("Its operatingcompanies were sold last year.", "operatingcompanies", "operating companies"),
])
def test_english_words_glued_across_a_phrase(ctx, text, word, fix):
    assert the_glue(text, ctx, "en") == (word, fix)


@pytest.mark.parametrize("text, word, fix", [
    # a modifier and a head, but a pair the language writes apart: the
    # second word follows the first once in a hundred times or more
    ("Ecuador halted crudeoil exports for five months.", "crudeoil", "crude oil"),
    ("The plan will create economicgrowth in the region.", "economicgrowth", "economic growth"),
    ("The company makes printed circuitboards for computers.", "circuitboards", "circuit boards"),
])
def test_english_pairs_written_apart_are_glue(ctx, text, word, fix):
    assert the_glue(text, ctx, "en") == (word, fix)


def test_english_closed_compounds_of_rarer_pairs_stay_unknown_words(ctx):
    # the clean news's own closed compounds: pairs too rare apart (soy oil,
    # snow cover, feed grain, palm kernel) to say the space was lost
    assert glue_or_alarms("Soyoil, palmkernel and feedgrain rose while snowcover thinned.",
                          ctx, "en") == []


def test_english_compounds_stay_unknown_words(ctx):
    # modifier + head (soy meal, tax writing, wide bodied) may be a closed
    # compound; roadslips also cuts as road + slips, a compound's shape
    got = findings("The taxwriting panel cut soyoil and widebodied jet duties; roadslips closed lanes.",
                   ctx, "en")
    assert [f for f in got if f.rule == "OCR.GluedWords" or f.severity != "info"] == []
    # a short adjective, or one that is a noun too, may start a compound
    got = findings("The newsprint deal and the bluechip index rose.", ctx, "en")
    assert [f for f in got if f.rule == "OCR.GluedWords" or f.severity != "info"] == []

# --- garbage ------------------------------------------------------------------------

@pytest.mark.parametrize(
    "chunk, reason",
    [
        ("i,fwi!j.n.g.'iii", "punctuation strewn inside a word"),
        ("jjjjjjjhh", "one letter repeated four times or more"),
        ("sEcretario", "mixed case inside a word"),
        ("xkcdrtvp", "no vowels"),
        ("abcdefghij" * 5, "too long to be a word"),
    ],
)
def test_each_garbage_rule(ctx, chunk, reason):
    text = f"Las tropas llegaron {chunk} al frente de la guerra."
    [f] = [f for f in findings(text, ctx) if f.rule == "OCR.Garbage"]
    assert f.data["reason"] == reason and text[f.start:f.end] == chunk


@pytest.mark.parametrize(
    "text",
    ["Compró un iPhone en eBay con US$1,000.00.", "The U.S.-based firm's AT&T deal.",
     "¡Goooool de México!", "La OTAN, la ONU y el BBVA.", "Visite https://a.com/x?y=1&z=2."],
)
def test_not_garbage(ctx, text):
    assert [f for f in findings(text, ctx) if f.rule == "OCR.Garbage"] == []


# --- word forms ---------------------------------------------------------------------

def test_derived_forms(ctx):
    es, en = ctx.lexicons["es"], ctx.lexicons["en"]
    assert derived_known("dárnoslo", es) and derived_known("postparto", es)
    assert derived_known("educadísima", es)
    assert derived_known("remodelings", en) and not derived_known("governmet", en)
    assert apostrophe_known("group’s", en) and not apostrophe_known("grouq's", en)


def test_offsets_are_code_points(ctx):
    text = "😀 Ñandú: el gobirno."
    doc = Document.from_text(text, language="es")
    [f] = [f for f in findings(text, ctx) if f.rule == "Spelling.NonWord"]
    assert doc.text[f.start:f.end] == "gobirno"


# --- a page damaged throughout --------------------------------------------------

OCR_PAGE = ("The Couutry of the Tbinn was foone aud the peoplc werc ftrong, and Mr Hawkins "
            "faid that the Hawkins family had bene there longe. ")
CLEAN_PAGE = ("The Couutry of the Tbinn was soon at peace and the people were strong, and Mr Hawkins "
              "said that the Hawkins family had been there long. ")


def test_on_a_page_damaged_throughout_a_capitalised_unknown_word_is_info_for_the_calibration(ctx):
    from qa.checkers.nonword import DAMAGED_PAGE_CONFIDENCE

    doc = Document.from_text(OCR_PAGE, language="en")
    kept = {doc.text[f.start:f.end]: f for f in nonword.check(doc, ctx) if doc.text[f.start].isupper()}
    assert set(kept) == {"Couutry", "Tbinn"}  # Hawkins is used twice: a name
    assert all((f.severity, f.confidence) == ("info", DAMAGED_PAGE_CONFIDENCE) for f in kept.values())
    assert kept["Couutry"].fixes[0].replacement == "Country"


def test_in_clean_copy_a_capitalised_unknown_word_is_a_name(ctx):
    doc = Document.from_text(CLEAN_PAGE, language="en")
    assert [f for f in nonword.check(doc, ctx) if doc.text[f.start].isupper()] == []


def test_a_verb_with_its_pronoun_is_no_glue(ctx):
    """An imperative or an infinitive takes the pronoun (``vacunate``,
    ``permitela``: accents lost, not a space): no OCR.GluedWords."""
    for text in ("La vacuna es segura, vacunate ya.", "Pidió que permitela entrada."):
        assert all(f.rule != "OCR.GluedWords" for f in findings(text, ctx))


def test_a_derived_word_beside_glue_is_the_languages_own():
    # "reoffering" is unlisted but "re" + "offering": no foreign phrase
    # beside "priceof", whose glue then warns as it would anywhere
    ctx = Context.create(Options(grammar="off"))
    text = "The notes carry a coupon of 7-1/2 pct and a reoffering priceof 98.75, it said."
    assert the_glue(text, ctx, "en") == ("priceof", "price of")
