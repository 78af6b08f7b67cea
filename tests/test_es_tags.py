"""The Spanish tag table: building it, looking words up, and the checks that
read it (agreement, clitic + verb, lost accents in context), with and
without it."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from conftest import FIXTURES
from qa.checkers import agreement, wordclass
from qa.context import Context
from qa.document import Document
from qa.lang import es, es_tags, tagtable
from qa.lexicon import Lexicon
from qa.merge import RULE as SPAN
from qa.options import Options
from qa.pipeline import check_document

EXCERPT = FIXTURES / "es_dict_excerpt.txt"


@pytest.fixture(scope="module")
def small_table(tmp_path_factory):
    return es_tags.build(EXCERPT, tmp_path_factory.mktemp("tags") / es_tags.TABLE_NAME)


def doc(text: str) -> Document:
    return Document.from_text(text, language="es")


# -- building and looking up ------------------------------------------------------

def test_table_from_excerpt_holds_coarse_readings(small_table):
    table = es_tags.TagTable(small_table)
    assert table.readings("culo") == {"Nms-"}
    assert table.readings("culpó") == {"V-s3"}
    assert table.readings("culpo") == {"V-s1"}
    assert table.readings("los") == {"Dmp-", "Kmp3", "Nmp-"}
    assert table.readings("esta") == {"Dfs-", "Rfs-"}
    assert table.readings("está") == {"V-s3", "V-s2"}
    assert table.readings("Público") == {"Ams-", "Nms-"}  # capitalised: looked up lower-case
    assert table.readings("ciudades") == {"Nfp-"}
    assert "K" in table.classes("se")
    assert table.readings("lanzar") == {"I---"}


def test_table_keeps_seen_attached_pronouns_and_drops_unseen_ones(small_table):
    table = es_tags.TagTable(small_table)
    assert table.readings("lanzarlo") == {"I---"}  # frequency class I
    assert table.readings("lanzárnoslo") == frozenset()  # class A: never seen


def test_words_looked_up_together_read_as_looked_up_one_by_one(small_table, monkeypatch):
    words = ["culo", "culpó", "los", "esta", "zzzz", "Público", "lanzarlo", "lanzárnoslo", "ciudades"]
    one_by_one = es_tags.TagTable(small_table)
    expected = {w: one_by_one.readings(w) for w in words}
    together = es_tags.TagTable(small_table)
    monkeypatch.setattr(tagtable, "BATCH", 3)  # several queries, the last one short
    together.prefetch(words + ["los"])
    # every lower-case word is cached by the batch, known or not; the rest are left to readings
    assert {w for w in words if w.islower()} <= set(together._cache) and "Público" not in together._cache
    assert {w: together.readings(w) for w in words} == expected


def test_unknown_word_has_no_readings(small_table):
    assert es_tags.TagTable(small_table).readings("zzzz") == frozenset()


def test_partial_or_foreign_table_is_not_current(tmp_path, small_table):
    assert es_tags.is_current(small_table)
    assert not es_tags.is_current(tmp_path / "absent.sqlite")
    (tmp_path / "junk.sqlite").write_text("not a database")
    assert not es_tags.is_current(tmp_path / "junk.sqlite")
    old = tmp_path / "old.sqlite"
    with sqlite3.connect(old) as db:
        db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        db.execute("INSERT INTO meta VALUES ('format', '0')")
    assert not es_tags.is_current(old)
    assert es_tags.open_table(tmp_path / "absent.sqlite") is None


def test_lines_that_are_not_entries_are_skipped():
    lines = ["culo_culo_NCMS000A\n", "\n", "broken\n", "a_b_\n", "x__NCMS000A\n"]
    assert list(es_tags.parse(lines)) == [("culo", "Nms-")]


# -- the installed table ----------------------------------------------------------

def test_install_built_the_table():
    """`qa languagetool install` builds it; every test below reads it."""
    table = es_tags.open_table()
    assert table is not None, "run `qa languagetool install`"
    assert table.readings("culo") == {"Nms-"} and table.readings("culpó") == {"V-s3"}


@pytest.fixture(scope="module")
def lex():
    lexicon = Lexicon("es")
    assert es_tags.for_lexicon(lexicon) is not None
    return lexicon


def test_dictionary_facts_replace_frequency_guesses(lex):
    assert es.verb_like("culpó", lex) and not es.verb_like("culo", lex)
    assert es.verb_like("fuerzas", lex)  # "tú fuerzas": a verb reading too
    assert es.first_person("publico", lex) and not es.first_person("publicó", lex)
    assert not es.first_person("una", lex)  # also an article
    assert es.agrees("los", "culpó", lex) is True
    assert es.agrees("los", "culos", lex) is True
    assert es.agrees("los", "culo", lex) is False
    assert es.agrees("se", "culpó", lex) is True and es.agrees("se", "culo", lex) is False
    # the relative possessive agrees with its noun as an article does, and a
    # determiner that is never a pronoun stands before no finite verb
    assert es.agrees("cuya", "demanda", lex) is True
    assert es.agrees("cuya", "demandas", lex) is False
    assert es.agrees("cuya", "demandó", lex) is False
    assert es.agrees("su", "demandó", lex) is False
    assert es.agrees("cada", "año", lex) is True and es.agrees("cada", "años", lex) is False


@pytest.mark.parametrize("text,span", [
    ("En una conferencia de prensa, los culo de lanzar una guerra.", "los culo"),
    ("Llegaron los ministro de Salud.", "los ministro"),
    ("La casa tiene el puerta abierta.", "el puerta"),
    ("El presidente se culo de la guerra.", "se culo"),
    ("Dijo que les ministro ayuda.", "les ministro"),
    # the noun before "de" does not agree with the adjective either
    ("Votaron en las elecciones del domingo pasada.", "del domingo pasada"),
    # "número" with no figure after it, a verb joined to a noun
    ("Marcó la número de su madre.", "la número"),
    ("Era un estira y la tensión de siempre.", "un estira"),
    # the relative possessive and "cada" agree with their noun
    ("La empresa, cuyos director fue detenido ayer, cerró.", "cuyos director"),
    ("Cada años se repite la fiesta.", "Cada años"),
    # a rare verb's present ("antiguar") makes no clitic of the article
    ("Era el sabor que sólo las antigua molenderas lograban.", "las antigua"),
    # an article after a verb opens its object: no second verb follows it
    ("Explicó cómo se organizará la vuela a las aulas.", "la vuela"),
])
def test_agreement_and_clitic_flag(ctx, text, span):
    d = doc(text)
    assert span in [d.text[f.start:f.end] for f in agreement.check(d, ctx)]


def test_gender_clash_offers_the_determiner_that_fits(ctx):
    d = doc("Visitó el ciudad del norte.")
    found = [f for f in agreement.check(d, ctx)]
    assert [d.text[f.start:f.end] for f in found] == ["el ciudad"]
    assert found[0].severity == "warning"
    fix = found[0].fixes[0]
    assert d.text[fix.start:fix.end] == "el" and fix.replacement == "la"


@pytest.mark.parametrize("text,clash,determiner", [
    ("Protestaron contra el medidas del ayuntamiento.", "el medidas", "las"),
    ("Dijo que una problemas graves afectan al sector.", "una problemas", "unos"),
    ("Llegaron los ministro de Salud.", "los ministro", "el"),
    ("Dijo que unas problema grave afecta al sector.", "unas problema", "un"),  # the noun's gender
    ("Vimos Las ciudad.", "Las ciudad", "La"),
])
def test_number_clash_offers_the_determiner_in_the_nouns_number(raw_ctx, text, clash, determiner):
    d = doc(text)
    found = [f for f in agreement.check(d, raw_ctx)]
    assert [d.text[f.start:f.end] for f in found] == [clash]
    fix = found[0].fixes[0]
    assert (d.text[fix.start:fix.end], fix.replacement) == (clash.split()[0], determiner)
    assert fix.applicability == "display"  # shown, never applied by `qa fix`


def test_number_clash_with_a_noun_of_either_gender_offers_no_determiner(raw_ctx):
    d = doc("Llegaron las turista al hotel.")  # turista: el or la
    found = list(agreement.check(d, raw_ctx))
    assert [d.text[f.start:f.end] for f in found] == ["las turista"]
    assert found[0].fixes == ()


@pytest.mark.parametrize("text", [
    "En una conferencia de prensa, los culpó de lanzar una guerra.",
    "Las fuerzas armadas del país se lo dijeron y les pidieron calma.",
    "El agua fría y el hacha del testigo; la foto y la mano.",
    "Las vi ayer y los saludé. Nos vemos el lunes.",
    "La casa blanca se vende.",
    # the adjective agrees with the noun before "de": "tienda ... ubicada"
    "Habló el gerente de una tienda del rubro ubicada en el centro.",
    "Pidió una organización del trabajo enfocada en la salud.",
    "Es la revista de los barrios dedicada al arte.",
    # a compound's first part keeps the singular
    "Criticó la violencia contra los asiático-estadounidenses del país.",
    # a place on a list, of either gender; two verbs made one noun
    "Entonces era la número 20 en la Cámara.",
    "Fue un estira y afloja de varias semanas.",
    # the relative possessive and "cada" before a noun that agrees, a figure, "uno"
    "La actriz, cuya demanda fue rechazada, y el actor, cuyos hijos viven aquí, hablaron.",
    "Cada año, cada dos semanas y cada uno de ellos; cada vez más.",
    # a verb news writes ("cuentan") keeps the clitic reading
    "A los niños los cuenta uno por uno. Las pasa a limpio.",
    # a clitic between two verbs with no noun one letter away; "lo" is the neuter too
    "Para que el que la haga la pague.",
    "Si me duermo lo digo.",
])
def test_agreement_and_clitic_leave_good_copy(ctx, text):
    d = doc(text)
    assert list(agreement.check(d, ctx)) == []


@pytest.mark.parametrize("text,word,original", [
    ("El termino del contrato vence mañana.", "termino", "término"),
    ("La empresa termino el proyecto en marzo.", "termino", "terminó"),
    ("La editorial publico el libro en marzo.", "publico", "publicó"),
    ("Abrió las puertas al publico ayer.", "publico", "público"),
    ("El ministro esta en Madrid.", "esta", "está"),
    ("La reunión esta siendo difícil.", "esta", "está"),
    # an adjective that closes its phrase after a subject's noun or "que"
    ("Este pacto esta pendiente del visto bueno de Hacienda.", "esta", "está"),
    ("La presentadora dice que esta cansada de tantas mentiras.", "esta", "está"),
    ("La mujer esta embarazada.", "esta", "está"),
    # ... after an adverb that stands before verbs, or a name the dictionary lacks
    ("La guerra no ha terminado. Solo esta dormida, a la espera.", "esta", "está"),
    ("Las mujeres cambian el país y México esta lleno de mujeres fuertes.", "esta", "está"),
    ("Con normalidad se desarrollo este jueves la votación.", "desarrollo", "desarrolló"),
    # an object pronoun between "se" and its verb
    ("A Noah se le acabo la suerte después de cuatro años.", "acabo", "acabó"),
    ("Fue el error mas grande de su vida.", "mas", "más"),
    ("Llegó un dia después de la votación.", "dia", "día"),
    ("El precio del dolar subió ayer.", "dolar", "dólar"),
])
def test_lost_accent_told_by_the_neighbours(raw_ctx, text, word, original):
    """Flagged at warning (the checkers' own severity, before calibration)
    with the accented form as the first fix, by the word-class check or,
    when frequencies already say it, Garble.RealWord."""
    assert _warned_with(raw_ctx, text, word, original) & {wordclass.RULE, "Garble.RealWord"}


def _warned_with(raw_ctx, text: str, word: str, fix: str) -> set[str]:
    """The rules (signals of merged spans too) of the warnings on ``word``,
    asserting that there is one and that its first fix is ``fix``."""
    d = doc(text)
    at = d.text.index(word)
    found = [f for f in check_document(d, raw_ctx).findings
             if f.start <= at < f.end and f.severity in ("warning", "error")]
    assert found and found[0].fixes[0].replacement == fix
    return {e.rule for f in found for e in (f, *f.evidence)}


@pytest.mark.parametrize("text", [
    "El término del contrato vence mañana.",
    "“Yo termino mi trabajo a las cinco”, dijo.",
    "Esta semana el ministro está en Madrid.",
    "Esta es la casa; esta misma tarde se publicó.",
    "Dijo que esta nueva ley es mala.",  # the adjective's noun follows
    "Dijo que esta última de las leyes es mala.",  # an adjective a demonstrative makes a pronoun of
    "Lograron que esta pareja de perros creciera.",  # after "que", a noun may head a subject
    "Con esta embarazada de veinte semanas son diez.",  # after a preposition: the demonstrative
    "Ya esta semana se decide.",  # a noun after the demonstrative
    "Solo esta última de las leyes pasó.",  # an adjective that makes it a pronoun
    "Yo publico mis libros en marzo.",
    "Ya se lo digo a mi madre cada semana.",  # "se" for "le": the first person's object
    "Cuando le pregunto por el viaje, sonríe.",
    # "se" and a third person too; "que" governs the subjunctive (without a
    # governor it is a future's lost accent: tests/test_es_subject.py)
    "Pidió que el desarrollo de la votación se llevara a cabo mañana.",
    "Mas no por eso se rindió.",
    "Dijo que cuando grabo evito ser subjetivo.",  # a first-person narrator
    "Defiende un modelo “bio-psico-social” de la salud.",  # "bío" is rarer than "bio"
])
def test_lost_accent_leaves_good_copy(ctx, text):
    assert list(wordclass.check(doc(text), ctx)) == []


@pytest.mark.parametrize("text,word,infinitive", [
    ("Cualquier intento de destituirlo podría provoca una guerra civil.", "provoca", "provocar"),
    ("Quienes quebrantan la ley deben responde por sus actos.", "responde", "responder"),
    ("Publicaron los planos para inserta chips en las vacunas.", "inserta", "insertar"),
    ("Hay que completa el acta antes de las ocho.", "completa", "completar"),
    ("Lo hicieron con el fin de frena la subida de precios.", "frena", "frenar"),
    # a form of "ser" and an adjective whose subject is the infinitive
    ("Para entrar es necesario presenta una identificación oficial.", "presenta", "presentar"),
    # a plan's infinitive
    ("Aplazaron la reunión que tenían previsto celebra el día 17.", "celebra", "celebrar"),
    # past an adverb in -mente
    ("Trabajaron en contra, para finalmente reconoce que perdió.", "reconoce", "reconocer"),
    # a noun too, before an article that opens its object
    ("El fentanilo, un opiáceo para trata el dolor asociado al cáncer.", "trata", "tratar"),
    ("Dijo que el Gobierno debe ayuda la economía local.", "ayuda", "ayudar"),
    # a modal in the first person, in a quote
    ("“Son los artistas con los que quiero consolida un proyecto”, dijo.", "consolida", "consolidar"),
])
def test_a_finite_verb_where_an_infinitive_is_wanted(raw_ctx, text, word, infinitive):
    """A dropped or cut-off end of an infinitive that leaves a finite form,
    after a word that governs an infinitive: a warning, the infinitive first."""
    assert wordclass.RULE in _warned_with(raw_ctx, text, word, infinitive)


@pytest.mark.parametrize("text", [
    "Cualquier intento de destituirlo podría provocar una guerra civil.",
    "El partido de extrema derecha ganó en la región.",  # "de" + an adjective
    "Pablo Iglesias, de Podemos afirma que no habrá acuerdo.",  # the party, not "we can"
    "Lo hizo para que la empresa responda por sus actos.",
    "Dijo que no puede más y que se va.",
    "Para entrar es necesario que presente una identificación.",
    "Es necesario tiempo para decidir.",  # a noun after the adjective
    "Trabajaron en contra, para finalmente reconocer que perdió.",
    "El gobierno tiene previsto nuevas medidas para el verano.",
    "Sin duda la mejor opción fue esperar.",  # "sin" governs a set phrase
    "Trabajan para ayuda humanitaria.",  # a noun after "para", no article
    "Pidió dinero para compra de medicinas.",
    # a pseudo-cleft: the relative clause's modal, then the copula
    "Agregó que lo que queremos es que España tenga un crecimiento robusto.",
    "Lo que quiere es que se haga claro cómo es.",
    "Lo que más podemos es esperar.",
])
def test_infinitive_slots_leave_good_copy(ctx, text):
    assert list(wordclass.check(doc(text), ctx)) == []


def test_seed_sentence_one_span_culpo_first(ctx):
    text = "En una conferencia de prensa, los culo de lanzar una guerra “guerra” contra Rusia."
    d = doc(text)
    spans = [f for f in check_document(d, ctx).findings if f.rule == SPAN]
    assert len(spans) == 1
    culo = [x.replacement for x in spans[0].fixes if d.text[x.start:x.end] == "culo"]
    assert culo[0] == "culpó"


# -- without the table ------------------------------------------------------------

def test_missing_table_falls_back_and_says_so_once(monkeypatch, tmp_path):
    monkeypatch.setenv("QA_ES_TAGS", str(tmp_path / "absent.sqlite"))
    bare = Context.create(Options(grammar="off"))
    text = ("En una conferencia de prensa, los culo de lanzar una guerra. "
            "El termino del contrato vence mañana.")
    report = check_document(doc(text), bare)
    assert report.notes.count(es_tags.MISSING) == 1
    lexicon = bare.lexicons["es"]
    assert es_tags.for_lexicon(lexicon) is None
    assert es.verb_like("culpó", lexicon) and not es.verb_like("culo", lexicon)  # the guesses
    d = doc(text)
    assert "los culo" in [d.text[f.start:f.end] for f in agreement.check(d, bare)]
    assert list(wordclass.check(d, bare)) == []


def test_installed_table_gives_no_note(ctx):
    report = check_document(doc("El ministro llegó ayer a Madrid."), ctx)
    assert es_tags.MISSING not in report.notes


def test_a_forked_worker_reads_the_table_through_its_own_connection(small_table):
    """SQLite connections must not cross fork(): a child opens its own."""
    import multiprocessing
    import os

    table = es_tags.TagTable(small_table)
    table.readings("casa")  # the parent's connection is open and used
    parent_db = table._db

    def child(queue):
        table._cache.clear()
        found = table.readings("culpó")
        queue.put((sorted(found), table._db is not parent_db, table._pid == os.getpid()))

    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    proc = ctx.Process(target=child, args=(queue,))
    proc.start()
    readings, reopened, own_pid = queue.get(timeout=30)
    proc.join(30)
    assert readings and reopened and own_pid


def test_table_is_read_from_the_configured_languagetool_home(monkeypatch, tmp_path, small_table):
    """`qa languagetool install --cache-dir DIR` builds the table in DIR;
    a run told `languagetool_home = DIR` reads it there, not in the default cache."""
    monkeypatch.delenv("QA_ES_TAGS", raising=False)
    home = tmp_path / "lt"
    (home / "tags").mkdir(parents=True)
    (home / "tags" / es_tags.TABLE_NAME).write_bytes(small_table.read_bytes())
    run = Context.create(Options(grammar="off", languagetool_home=str(home)))
    table = es_tags.for_lexicon(run.lexicons["es"])
    assert table is not None and Path(table.path) == home / "tags" / es_tags.TABLE_NAME
    empty = Context.create(Options(grammar="off", languagetool_home=str(tmp_path / "bare")))
    assert es_tags.for_lexicon(empty.lexicons["es"]) is None
