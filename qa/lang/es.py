"""Spanish: detection cues, abbreviations, word formation, morphology, agreement.

Word classes, gender, number and person come from LanguageTool's Spanish
tagging dictionary (``qa.lang.es_tags``) once ``qa languagetool install``
has built its table: ``culo`` is only a masculine singular noun, ``culpó``
only a third-person preterite. A word the dictionary does not know, or a
run without the table, falls back to guesses from closed-class tables,
endings and the frequency of related forms, each erring on the side of
"not sure": a signal that fires on good copy costs more than one that
stays quiet on damage.

>>> from qa.lexicon import Lexicon
>>> es = Lexicon("es")
>>> verb_like("culpó", es), verb_like("culo", es), verb_like("culpa", es)
(True, False, True)
>>> plural_of("culo", es), plural_of("ciudad", es), plural_of("avión", es)
('culos', 'ciudades', 'aviones')
"""
from __future__ import annotations

from functools import partial
from itertools import chain, compress
from operator import itemgetter
from typing import Iterator

import regex

from ..text.pairs import adjacent_words, plain_word, spaced
from ..text.quotes import inside_quotes
from . import (es_apocope, es_classes, es_copula, es_count, es_detadj, es_detclitic, es_detorder, es_glue,
               es_dates, es_infinitive_verbs, es_locutions, es_number, es_plural_subject, es_postadj, es_predeterminer,
               es_neuter, es_prenominal, es_second_person,
               es_relatives, es_reported, es_reporting, es_short_accents, es_subject, es_tags, es_verbforms, es_wordfacts)
from .profile import INTERJECTIONS, Clash, ClauseBoundary, LanguageProfile

FUNCTION_WORDS = frozenset(
    "el la los las de del y en que por con para una un se su sus al es lo como más pero "
    "fue ha han este esta está son sobre entre también desde cuando muy sin hasta donde tras "
    "según durante ya le les nos ni".split())
ABBREVIATIONS = frozenset(
    """
    sr sra srta dr dra lic ing arq prof gral gob pdte dip sen ud uds vd vds etc
    núm no nº art cap pág págs vol ed eds aprox tel av avda c cía ltda sa cv
    ene abr ago dic
    """.split()
)
# Emphatic doubles of adverbs and quantifiers ("muy muy", "mal mal", "todo
# todo"). Not "poco": "poco a poco" is the idiom, and learners' "un poco poco
# saludable" is a slip (real repeats, calibration half).
LEGITIMATE_REPEATS = frozenset(
    "muy mucho así casi mal bien todo nada nunca siempre despacio pronto rápido cerca lejos".split()
    # from LanguageTool's Spanish allowed repetitions (disambiguation.xml)
    + "sapiens bunga".split()
) | INTERJECTIONS
ANSWER_REPEATS = frozenset("no sí ya".split())
# "muy muy" is emphatic before the adjective, adverb or phrase it modifies ("muy
# a gusto", "muy por encima"); before an article, a conjunction or punctuation it
# governs nothing, and one copy replaced another word.
GOVERNED_REPEATS = (("muy", frozenset("el la los las un una unos unas y e o u que".split())),)

CLITICS = ("me", "te", "se", "nos", "os", "lo", "la", "los", "las", "le", "les")
# infinitive, gerund, or imperative (dad, haced, decid)
CLITIC_HOSTS = ("ar", "er", "ir", "ndo", "ad", "ed", "id")
PREFIXES = tuple(
    """
    anti auto bio ciber co contra cuasi des eco electro euro ex extra foto geo hidro hiper
    infra inter intra macro maxi mega micro mini mono multi narco neo poli pos post pre pro
    pseudo psico radio re semi sobre socio sub super tecno tele termo trans tri ultra vice
    video bi dis im in
    """.split()
)
SUFFIXES = (
    ("mente", ("",)),
    ("ísimos", ("os", "o")), ("ísimas", ("as", "a")), ("ísimo", ("o", "")), ("ísima", ("a", "")),
    # A plural: "-es" after a consonant or a stressed í, ú (no "seguidoes"),
    # "-s" after a vowel or a loanword's consonant, never after s, x, z or
    # the -ión that takes "-es" (no "paíss", "opcions"): else a damaged
    # plural passes as one the word list lacks
    ("es", ("",), ("a", "e", "i", "o", "u", "á", "é", "ó")),
    ("s", ("",), ("s", "x", "z", "ón", "on")),
    ("ito", ("o", "")), ("ita", ("a", "")), ("itos", ("os",)), ("itas", ("as",)),
)
CONFUSABLE_LETTERS = frozenset({("b", "v"), ("s", "z"), ("c", "s"), ("c", "z"), ("g", "j"),
                                ("y", "i"), ("k", "c"), ("q", "c"), ("s", "x")})
# 'h' is silent in Spanish: writers drop it as readily as a doubled letter.
SILENT_LETTERS = frozenset("h")

# Spanish determiners: word -> (gender, number); gender "" when either.
DETERMINERS: dict[str, tuple[str, str]] = {
    **dict.fromkeys("el un del al este ese aquel nuestro vuestro dicho otro ningún algún cierto".split(),
                    ("m", "sg")),
    **dict.fromkeys("la una esta esa aquella nuestra vuestra dicha otra ninguna alguna cierta".split(),
                    ("f", "sg")),
    **dict.fromkeys("los unos estos esos aquellos nuestros vuestros dichos otros algunos varios "
                    "muchos ciertos ambos".split(), ("m", "pl")),
    **dict.fromkeys("las unas estas esas aquellas nuestras vuestras dichas otras algunas varias "
                    "muchas ciertas ambas".split(), ("f", "pl")),
    "su": ("", "sg"),
    "sus": ("", "pl"),
    # the relative possessive agrees with the noun after it, as an article
    # does ("cuya demanda", "cuyos hijos"), and stands before nothing else
    "cuyo": ("m", "sg"), "cuya": ("f", "sg"), "cuyos": ("m", "pl"), "cuyas": ("f", "pl"),
    # "cada" counts one of any gender ("cada año", "cada vez")
    "cada": ("", "sg"),
}
# Determiners that are never a pronoun: a finite verb cannot follow one.
NEVER_PRONOUN_DETERMINERS = es_verbforms.NOUN_DETERMINERS | es_verbforms.RELATIVE_POSSESSIVES
# Determiners that are also object pronouns ("los culpó", "la vi") or, as
# demonstratives and quantifiers, stand alone before a verb ("estos son").
PRONOUN_DETERMINERS = frozenset(
    "la las los lo este esta estos estas ese esa esos esas aquel aquella aquellos aquellas "
    "otro otra otros otras muchos muchas varios varias algunos algunas ambos ambas unos unas "
    "nuestro nuestra nuestros nuestras dicho dicha".split()
)

# Words that follow a determiner without being its noun: prepositions,
# conjunctions, pronouns, quantifiers, numerals, adverbs. Lower-case.
CLOSED_CLASS = frozenset(
    """
    a ante bajo cabe con contra de desde durante en entre hacia hasta mediante para por según
    sin so sobre tras versus vía y e ni o u pero sino que porque pues como cuando donde mientras
    si aunque cual cuales quien quienes cuyo cuya cuyos cuyas qué cuál cuáles quién dónde cómo
    cuándo cuánto demás mismo misma mismos mismas más menos mejor peor mayor menor tan tanto
    tanta tantos tantas muy mucho poco todo toda todos todas otro otra otros otras uno una unos
    unas dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince veinte
    treinta cuarenta cincuenta sesenta setenta ochenta noventa cien ciento cientos mil miles
    millón millones primero primer segundo tercero tercer último ya no sí también tampoco aquí
    allí allá ahí así luego entonces hoy ayer mañana siempre nunca jamás aún todavía sólo solo
    le les lo la los las se me te nos os él ella ellos ellas usted ustedes yo tú mi tu su sus
    del al el esto eso aquello este esta estos estas ese esa esos esas aquel aquella
    había ha han hay he has hemos era es son fue fueron ser estar está están estaba estaban
    sea sean sería serían será serán bastante bastantes demasiado demasiada suficiente
    """.split()
)
# Nouns that keep their form in the plural, or end in -s in the singular.
INVARIABLE = frozenset(
    """
    análisis crisis tesis dosis síntesis hipótesis diagnosis diagnósis paréntesis énfasis
    oasis virus campus corpus lunes martes miércoles jueves viernes cumpleaños paraguas
    rascacielos sacacorchos tocadiscos parabrisas atlas dios mes gas tos res bus pus país
    interés compás revés ciempiés inglés francés holandés portugués japonés ciprés autobús
    mies fénix tórax clímax ántrax bíceps fórceps bíceps tríceps caos cosmos éxtasis
    """.split()
)
# Nouns of common or irregular gender after a feminine/masculine determiner.
GENDER_EXCEPTIONS = frozenset(
    """
    mano foto radio moto libido polio seo dinamo nao testigo modelo miembro piloto soprano
    marco tipo récord clave límite base cumbre fantasma récord reo canguro sosias
    día mapa tema problema sistema programa idioma clima planeta poeta drama cura papa guardia
    policía atleta pijama sofá dilema esquema lema síntoma diploma fantasma telegrama
    """.split()
)

# An infinitive with or without attached pronouns: "llegar", "decirles", "culparlos".
INFINITIVE = regex.compile(r"(?:ar|er|ir|ír)(?:se|la|las|lo|los|le|les|me|te|nos)?(?:la|las|lo|los|le|les)?$")


def _known(lex, word: str, min_zipf: float) -> bool:
    return lex.zipf(word) >= min_zipf


def readings(word: str, lex) -> frozenset[str]:
    """The dictionary's readings of ``word`` (``qa.lang.es_tags``); empty
    when the word is unknown to it or the table is not installed."""
    table = es_tags.for_lexicon(lex)
    return table.readings(word) if table is not None else frozenset()


def unread(word: str, lex) -> bool:
    """Is ``word`` no form the tagging dictionary knows (``tambi``,
    ``juli``, ``program``)? False when the table is not installed: then
    nothing can be told.

    >>> from qa.lexicon import Lexicon
    >>> es = Lexicon("es")
    >>> unread("juli", es), unread("julio", es), unread("culpó", es)
    (True, False, False)
    """
    table = es_tags.for_lexicon(lex)
    return table is not None and not table.readings(word)


def verb_like(word: str, lex, min_zipf: float = 2.5) -> bool:
    """Could ``word`` be a finite verb form (so that ``los``/``la`` before it is a clitic)?

    The dictionary says so when it knows the word; otherwise true on
    verb-only endings, or when a form of the same paradigm is a known
    word: ``culpa`` -> ``culpan``, ``culpo`` -> ``culpar``.
    """
    tags = readings(word, lex)
    if tags:
        return any(r[0] == "V" for r in tags)
    return _verb_like_guess(word, lex, min_zipf)


def _verb_like_guess(word: str, lex, min_zipf: float) -> bool:
    w = word.lower()
    if len(w) < 2:
        return False
    if w.endswith("ó") or w.endswith(("aron", "ieron", "aban", "ían", "arán", "erán", "irán",
                                       "aría", "ería", "iría", "arían", "erían", "irían")) and len(w) > 3:
        # Participles and gerunds are left out: a clitic never stands before
        # them ("los ha culpado", "culpándolos"), so "los partido" is damage.
        return True
    last = w[-1]
    if last in "aeoé" or w.endswith("ás") or w.endswith("és"):
        if _known(lex, w + "n", min_zipf):  # culpa -> culpan, vuelve -> vuelven
            return True
    if last in "aeo" or last == "s":
        stem = w[:-2] if last == "s" else w[:-1]
        for ending in ("ar", "er", "ir", "an", "en"):  # culpo -> culpar, vuelvo -> vuelven
            if _known(lex, stem + ending, min_zipf):
                return True
    return False


def plural_of(word: str, lex, min_zipf: float = 2.0) -> str | None:
    """The plural of a singular-looking Spanish noun or adjective, if it is a known word."""
    for c in es_number.plural_forms(word.lower()):
        if _known(lex, c, min_zipf):
            return c
    return None


def singular_of(word: str, lex, min_zipf: float = 2.5) -> str | None:
    """The singular of a plural-looking Spanish word, if it is a known word."""
    w = word.lower()
    if len(w) < 4 or not w.endswith("s") or w in INVARIABLE or w.endswith(("is", "us", "sis")):
        return None
    cands = []
    if w.endswith("ces"):
        cands.append(w[:-3] + "z")
    if w.endswith("es"):
        stem = w[:-2]
        # aviones -> avión: put the accent back on the last vowel of the stem
        for i in range(len(stem) - 1, -1, -1):
            if stem[i] in "aeiou":
                cands.append(stem[:i] + "áéíóú"["aeiou".index(stem[i])] + stem[i + 1:])
                break
        cands.append(stem)
    cands.append(w[:-1])
    for c in cands:
        if c in CLOSED_CLASS:
            return None
        if _known(lex, c, min_zipf):
            return c
    return None


def agreement(doc, lex) -> Iterator[Clash]:
    """Determiner + noun, and determiner + noun + adjective, that disagree;
    a clitic pronoun before a word that cannot be a verb; an article after
    a verb before a word that can only be one."""
    yield from _determiners(doc, lex)
    if es_tags.for_lexicon(lex) is not None:
        yield from _clitics(doc, lex)
        yield from _articles_after_verbs(doc, lex)


# "la" and "las" right after a verb open its object, they are no clitic
# of a second verb: two finite verbs stand together in no clause ("se
# organizará la vuela a las aulas", "causarle la muere a su hijo"). A word
# after them that can only be a finite verb, where a noun of their gender
# and number is one letter longer or its cut-off end, lost that letter.
# "lo" and "los" are left out: "lo" is the neuter pronoun as well, and on
# the Spanish clean set the verbs either side of them were colloquial
# copy ("me duermo lo digo").
ARTICLES_AFTER_VERBS = {"la": ("f", "sg"), "las": ("f", "pl")}
ARTICLE_AFTER_VERB_CONFIDENCE = 0.55


def _articles_after_verbs(doc, lex) -> Iterator[Clash]:
    """``organizará la vuela``: an article after a verb (a finite form or an
    infinitive) before a word that can only be a finite verb, which a noun
    of the article's gender and number lost a letter or its end from."""
    words, text, texts = doc.words, doc.text, doc.word_texts
    verdicts = lex.memo("agreement.es.article-after-verb")
    for i in compress(range(1, len(words) - 1), map(ARTICLES_AFTER_VERBS.__contains__, texts[1:-1])):
        verb, det, word = words[i - 1], words[i], words[i + 1]
        if not (word.text.islower() and spaced(text, verb, det) and spaced(text, det, word)):
            continue
        if not _only(readings(verb.text.lower(), lex), "VI"):
            continue
        key = (det.text, word.text)
        noun = verdicts.get(key, _UNSEEN)
        if noun is _UNSEEN:
            noun = verdicts[key] = (_noun_it_lost_from(word.text, ARTICLES_AFTER_VERBS[det.text], lex)
                                    if _only(readings(word.text, lex), "V") else None)
        if noun is not None:
            yield Clash(det, word, f"“{det.text}” after a verb opens its object, but “{word.text}” "
                        f"can only be a verb (“{noun}”?)", ARTICLE_AFTER_VERB_CONFIDENCE, noun)


def _only(tags: frozenset[str], classes: str) -> bool:
    """Does ``tags`` hold readings, all of ``classes`` (a second person,
    which news copy does not write, aside)?"""
    tags = tags - es_tags.SECOND_PERSON
    return bool(tags) and all(r[0] in classes for r in tags)


def _noun_it_lost_from(word: str, entry: tuple[str, str], lex) -> str | None:
    """The commonest noun of ``entry``'s gender and number that ``word`` is
    with a letter dropped or its end cut off (``vuela``: ``vuelta``)."""
    gender, number = entry
    nouns = [c for c in es_verbforms.longer_forms(word, lex)
             if any(r[0] == "N" and _fits(r, gender, number) for r in readings(c, lex))]
    return max(nouns, key=lex.zipf, default=None)


# Pronouns that are only ever unstressed objects: a finite verb or another
# clitic follows them ("se lo dijo", "les pidió"). "lo", "la", "los" and
# "las" are articles too, and "te" is also a noun.
CLITIC_ONLY = frozenset("se le les me nos os".split())
_AFTER_CLITIC = frozenset("VK")


def _clitics(doc, lex) -> Iterator[Clash]:
    """``se culo``, ``les ministro``: a dictionary word with no verb reading
    after a pronoun that must be followed by a verb."""
    verdicts = lex.memo("agreement.es.clitic")
    for a, b, _ in adjacent_words(doc, CLITIC_ONLY):
        word = b.text
        if not plain_word(word):
            continue
        verdict = verdicts.get(word, _UNSEEN)
        if verdict is _UNSEEN:
            tags = readings(word, lex)
            verdict = verdicts[word] = bool(tags) and not any(r[0] in _AFTER_CLITIC for r in tags)
        if verdict:
            yield Clash(a, b, f"“{a.text}” is an object pronoun, but “{word}” cannot be a verb",
                        CLITIC_CONFIDENCE)


# How sure a clash is when the dictionary, not a guess, gives the classes.
CLITIC_CONFIDENCE = 0.55
TAGGED_NUMBER = 0.55
TAGGED_GENDER = 0.55


def _determiners(doc, lex) -> Iterator[Clash]:
    # Verdicts depend only on the words, and an article's pairs recur in
    # the next one ("la guerra", "los ministros"), so they are kept per run.
    nouns = lex.memo("agreement.es.noun")
    adjectives = lex.memo("agreement.es.adjective")
    text = doc.text
    for a, b, c in adjacent_words(doc, DETERMINERS):
        if text[b.end:b.end + 1] == "-":
            continue  # a compound's first part: "los asiático-estadounidenses"
        if b.text == NUMBER_NOUN and c is not None and c.kind == "number":
            continue  # "la número 20": a place on a list, held by a person of either gender
        if _verbs_made_a_noun(text, b, lex):
            continue  # "un estira y afloja": two verbs joined as one noun
        key = (a.text, b.text)
        verdict = nouns.get(key, _UNSEEN)
        if verdict is _UNSEEN:
            verdict = nouns[key] = _noun(a.text, b.text, lex)
        if verdict is None:
            continue
        if verdict is not _ADJECTIVE:
            yield Clash(a, b, *verdict)
            continue
        # det + noun + adjective: "las fuerzas armada", "la guerra ruso"
        if c is None or c.kind != "word" or text[b.end:c.start].strip() or not plain_word(c.text):
            continue
        key = (a.text, b.text, c.text)
        verdict = adjectives.get(key, _UNSEEN)
        if verdict is _UNSEEN:
            verdict = adjectives[key] = _adjective(a.text, b.text, c.text, lex)
        if verdict is not None and not _agrees_with_head(text, a, c.text, lex):
            message, confidence, agrees_with = verdict
            yield Clash(a, c, message, confidence, agrees_with)


_BEFORE = regex.compile(r"(\p{L}+)\s+$")
# "número" before a figure names a place on a list, whatever its holder's
# gender ("era la número 20 en la Cámara").
NUMBER_NOUN = "número"
# A verb, "y" and a word that can only be a verb: two verbs made one noun
# ("un estira y afloja", "un tira y afloja"), which takes the masculine.
_AND_WORD = regex.compile(r" y (\p{Ll}+)\b")


def _verbs_made_a_noun(text: str, word, lex) -> bool:
    """Is ``word`` a finite verb joined by ``y`` to a word that can only be
    one (``estira y afloja``)?"""
    joined = _AND_WORD.match(text, word.end)
    if joined is None:
        return False
    if not any(r[0] == "V" for r in readings(word.text.lower(), lex)):
        return False
    other = readings(joined.group(1), lex)
    return bool(other) and all(r[0] == "V" for r in other)


def _agrees_with_head(text: str, det, adj_text: str, lex) -> bool:
    """Is the determiner's phrase the complement of ``N1 de`` and may the
    adjective after it agree with ``N1`` instead (``una tienda del rubro
    ubicada``, ``la organización del trabajo enfocada``)?"""
    before = _BEFORE.search(text, max(0, det.start - 60), det.start)
    if det.text.lower() not in ("del", "al"):
        if before is None or before.group(1).lower() != "de":
            return False
        before = _BEFORE.search(text, max(0, before.start() - 60), before.start())
    if before is None:
        return False
    head = readings(before.group(1).lower(), lex)
    adjective = readings(adj_text.lower(), lex)
    return any(h[0] in _NOMINAL and r[0] in _NOMINAL and h[1] in (r[1], "c") and h[2] in (r[2], "n")
               for h in head for r in adjective)


_UNSEEN = object()
# The noun agrees; whether the adjective after it does is the next question.
_ADJECTIVE = ("adjective",)


def _noun(det_text: str, word: str, lex):
    """Determiner + noun: None (nothing to say, and no adjective check),
    ``_ADJECTIVE``, or (message, confidence, the form that would agree)."""
    closed = CLOSED_CLASS
    det = det_text.lower()
    entry = DETERMINERS.get(det)
    if entry is None:
        return None
    low = word.lower()
    if not plain_word(word) or low in closed or len(low) < 3 or INFINITIVE.search(low):
        return None
    tags = readings(low, lex)
    if tags:
        return _noun_by_tags(det_text, word, entry, tags, lex)
    gender, number = entry
    pronoun = det in PRONOUN_DETERMINERS
    if number == "pl" and low[-1] not in "sx":
        if low in INVARIABLE or (pronoun and verb_like(low, lex)):
            return None
        plural = plural_of(low, lex)
        if plural:
            return f"“{det_text}” is plural but “{word}” is singular (“{plural}”?)", 0.5, plural
        return None
    if number == "sg" and low.endswith("s") and low not in INVARIABLE:
        if pronoun and verb_like(low, lex):
            return None  # "la tienes"
        single = singular_of(low, lex)
        if single and lex.zipf(single) >= lex.zipf(low) - 1.0:
            return f"“{det_text}” is singular but “{word}” is plural", 0.45, single
        return None
    if (gender and number == "sg" and low not in GENDER_EXCEPTIONS
            and not low.startswith(("a", "á", "ha", "há"))):
        other_end = {"f": ("o", "a"), "m": ("a", "o")}[gender]
        if low.endswith(other_end[0]) and not (pronoun and verb_like(low, lex)):
            other = low[:-1] + other_end[1]
            zo = lex.zipf(other)
            if zo >= 3.0 and zo >= lex.zipf(low) and not verb_like(low, lex):
                return f"“{det_text}” and “{word}” differ in gender (“{other}”?)", 0.4, other
    return _ADJECTIVE


_NOMINAL = frozenset("NAPE")  # noun, adjective, participle, proper noun


def _fits(reading: str, gender: str, number: str) -> bool:
    """Does a nominal reading agree with a determiner's gender and number
    (as ``DETERMINERS`` writes them: "m", "f" or "", "sg" or "pl")?"""
    g, n = reading[1], reading[2]
    return (not gender or g in (gender, "c", "-")) and n in (number[0], "n", "-")


def _noun_by_tags(det_text: str, word: str, entry: tuple[str, str], tags: frozenset[str], lex):
    """``_noun`` when the dictionary knows the word: its readings settle
    whether it is a verb after a clitic (``los culpó``) and whether any
    nominal reading agrees (``los culo`` has none)."""
    det = det_text.lower()
    gender, number = entry
    nominal = [r for r in tags if r[0] in _NOMINAL]
    if any(_fits(r, gender, number) for r in nominal):
        return _ADJECTIVE  # "las fuerzas" (not "you force them")
    if det in PRONOUN_DETERMINERS and any(
            r[0] == "V" for r in es_tags.without_rare_verb(word.lower(), tags, lex)):
        return None  # "los culpó", "la vi" (not "las antigua", of "antiguar")
    if not nominal:
        return None  # "el lanzar", "los de": not the determiner's noun
    low = word.lower()
    if not any(r[2] in (number[0], "n") for r in nominal):
        form = (plural_of(low, lex) if number == "pl" else singular_of(low, lex))
        if form is not None and not any(_fits(r, gender, number) for r in readings(form, lex)):
            form = None
        size = ("plural", "singular") if number == "pl" else ("singular", "plural")
        # The determiner in the noun's own number (and gender), when the
        # readings settle both: an article swapped for its plural ("el
        # medidas": "las") is as likely as a noun that lost its "s".
        numbers = {r[2] for r in nominal if r[2] in "sp"}
        other = (_same_determiner(det_text, {r[1] for r in nominal if r[1] in "mf"},
                                  "sg" if numbers == {"s"} else "pl")
                 if len(numbers) == 1 else None)
        hint = f" (“{form}”?)" if form else ""
        return (f"“{det_text}” is {size[0]} but “{word}” is {size[1]}{hint}", TAGGED_NUMBER,
                form, other)
    # Gender only. "el agua", "un hacha": a feminine noun starting with a
    # stressed a takes the masculine article; nouns of either gender vary.
    if low.startswith(("a", "á", "ha", "há")) or low in GENDER_EXCEPTIONS or det in _STANDALONE:
        return None  # "ambos explicaciones": the pronoun, not the noun's determiner
    form = low[:-1] + {"f": "a", "m": "o"}[gender] if low[-1] in "oa" else None
    if form is not None and not any(_fits(r, gender, number) for r in readings(form, lex)):
        form = None
    # Dropping or changing a letter rarely turns a noun's gender; swapping
    # an article does: the determiner that fits the noun comes first.
    other = _same_determiner(det_text, {r[1] for r in nominal if r[1] in "mf"}, number)
    hint = f" (“{other or form}”?)" if other or form else ""
    return f"“{det_text}” and “{word}” differ in gender{hint}", TAGGED_GENDER, form, other


# Determiners by (masculine, feminine) x (singular, plural).
_FAMILIES = tuple(tuple(f.split()) for f in (
    "el la los las", "un una unos unas", "este esta estos estas", "ese esa esos esas",
    "aquel aquella aquellos aquellas", "nuestro nuestra nuestros nuestras",
    "vuestro vuestra vuestros vuestras", "algún alguna algunos algunas",
    "ningún ninguna ningunos ningunas", "dicho dicha dichos dichas"))


def _same_determiner(det_text: str, genders: set[str], number: str) -> str | None:
    """``det_text`` in the one gender of ``genders``, same number and case."""
    if len(genders) != 1:
        return None
    det = det_text.lower()
    for family in _FAMILIES:
        if det in family:
            form = family[(0 if "m" in genders else 1) + (0 if number == "sg" else 2)]
            return form.capitalize() if det_text[:1].isupper() else form
    return None


def _adjective(det_text: str, word: str, adj_text: str, lex):
    """Determiner + noun + adjective: None or (message, confidence, the
    adjective that would agree)."""
    gender, number = DETERMINERS[det_text.lower()]
    low = word.lower()
    adj = adj_text.lower()
    if adj in CLOSED_CLASS or adj in GENDER_EXCEPTIONS or len(adj) < 4:
        return None
    noun_plural = low.endswith("s") and number == "pl"
    if noun_plural and adj[-1] in "oa" and not verb_like(adj, lex):
        plural = adj + "s"
        if lex.zipf(plural) >= 3.0 and lex.zipf(plural) >= lex.zipf(adj) - 1.5:
            return (f"“{det_text} {word}” is plural but “{adj_text}” is singular (“{plural}”?)",
                    0.35, plural)
    elif number == "sg" and gender and low[-1] == {"f": "a", "m": "o"}[gender]:
        wrong = {"f": "o", "m": "a"}[gender]
        if adj.endswith(wrong) and not verb_like(adj, lex):
            other = adj[:-1] + {"f": "a", "m": "o"}[gender]
            if lex.zipf(other) >= 3.0 and lex.zipf(other) >= lex.zipf(adj) - 0.5:
                return f"“{word}” and “{adj_text}” differ in gender (“{other}”?)", 0.3, other
    return None


def agrees(prev: str, word: str, lex) -> bool | None:
    """Does ``word`` positively agree with ``prev``, the word before it?

    >>> from qa.lexicon import Lexicon
    >>> es = Lexicon("es")
    >>> agrees("los", "culpó", es), agrees("los", "culos", es), agrees("los", "cual", es)
    (True, True, None)
    """
    p, w = prev.lower(), word.lower()
    if w in CLOSED_CLASS or not w.isalpha():
        return None
    tags = readings(w, lex)
    if tags and p in CLITIC_ONLY:
        return any(r[0] in _AFTER_CLITIC for r in tags)
    entry = DETERMINERS.get(p)
    if tags and entry is not None:
        nominal = [r for r in tags if r[0] in _NOMINAL]
        if any(_fits(r, *entry) for r in nominal):
            return True
        if p in PRONOUN_DETERMINERS and any(r[0] == "V" for r in es_tags.without_rare_verb(w, tags, lex)):
            return True
        if nominal:
            return False
        if p in NEVER_PRONOUN_DETERMINERS and all(r[0] == "V" for r in tags):
            # a finite verb only, after a determiner that is never its
            # object pronoun: ``cuya demandó`` (``demanda``)
            return False
    plural = w[-1] in "sx" and (w in INVARIABLE or singular_of(w, lex) is not None)
    singular = w[-1] not in "sx" and plural_of(w, lex) is not None
    if entry is None:
        # noun + adjective: an adjective agrees with a noun of one gender in
        # gender and number (``afición mexicana``, not ``mexicano``)
        fits = _adjective_fits_noun(p, tags, lex)
        if fits is not None:
            return fits
        # a plural noun wants a plural adjective
        if p.endswith("s") and len(p) > 3:
            return True if plural else False if singular else None
        return None
    if p in PRONOUN_DETERMINERS and verb_like(w, lex):
        return True
    if entry[1] == "pl":
        return True if plural else False if singular else None
    return True if singular else False if plural else None


def _adjective_fits_noun(noun: str, tags, lex) -> bool | None:
    """Does an adjective of readings ``tags`` agree with ``noun`` before it?
    None unless ``noun`` can only be a noun, of one gender (masculine or
    feminine), and ``tags`` hold an adjective's readings.

    >>> from qa.lexicon import Lexicon
    >>> es = Lexicon("es")
    >>> [_adjective_fits_noun("afición", readings(w, es), es) for w in ("mexicana", "mexicano", "mexicanas")]
    [True, False, False]
    """
    adjective = [r for r in tags if r[0] == "A"]
    if not adjective:
        return None
    nouns = readings(noun, lex)
    if not nouns or not all(r[0] == "N" for r in nouns):
        return None
    genders, numbers = {r[1] for r in nouns}, {r[2] for r in nouns}
    if len(genders) != 1 or not genders <= {"m", "f"}:
        return None
    return any(r[1] in genders | {"c", "-"} and (r[2] in numbers or r[2] in "n-" or "n" in numbers)
               for r in adjective)


def first_person(word: str, lex) -> bool:
    """``culpo``, ``digo``: a present first-person form that is no noun (no plural)."""
    tags = readings(word, lex)
    if tags:
        return all(r == "V-s1" for r in tags)
    w = word.lower()
    return (w.endswith("o") and verb_like(w, lex)
            and lex.zipf(w + "s") < 2.0 and lex.zipf(w[:-1] + "ar") + lex.zipf(w[:-1] + "er")
            + lex.zipf(w[:-1] + "ir") > 0)


# A lost accent that leaves a word (``publico``, ``termino``, ``esta``) is
# told by the word's neighbours: what the dictionary says each form can be.
# Confidences are hand-set (wordclass.py warns from 0.5), below the
# agreement clashes; measured in docs/garble.md.
UNKNOWN_CONFIDENCE = 0.5  # "dia", "dolar": wordfreq lists them, the dictionary does not
AFTER_DETERMINER_CONFIDENCE = 0.55  # "el termino": a determiner wants a noun
FIRST_PERSON_CONFIDENCE = 0.5  # "el gobierno informo": news narrates in the third person
AFTER_NOUN_CONFIDENCE = 0.55  # "la salud publica,": a noun's adjective, not a verb ending its phrase
_FEMININE_ADJECTIVE = "Afs-"
BEFORE_PREDICATE_CONFIDENCE = 0.5  # "esta en", "esta previsto": a verb, not "this"
BEFORE_MODIFIED_CONFIDENCE = 0.5  # "mas grande": the adverb, not "but"
_STANDALONE = PRONOUN_DETERMINERS - frozenset("la las los lo".split())
# Words before a first-person form that mark first-person narration (an
# interview told without quotation marks: "cuando le pregunto", "si llego",
# "no lo filmo"), where the form is right.
_FIRST_PERSON_SUBJECTS = frozenset("yo me te lo la le los las les nos cuando si no".split())
# Words after a demonstrative that only "está" takes: "está bien", "está muy".
_PREDICATE_ADVERBS = frozenset("bien mal muy lejos cerca".split())
# A demonstrative never stands before an article or a possessive ("esta
# el PSOE", "aquí esta tu gente"); the verb does.
_AFTER_VERB_DETERMINERS = frozenset(
    "el la los las un una unos unas al del su sus mi mis tu tus nuestro nuestra nuestros nuestras".split())
# ... but the pronoun stands before a relative's article ("será este el
# que") and before an object pronoun and its verb ("este la devolvió").
_RELATIVES = frozenset("que cual cuales".split())
_MARKS = frozenset("áéíóúñü")


_NEIGHBOURS = itemgetter(es_wordfacts.Fact.NEIGHBOURS)


def word_in_context(doc, lex) -> Iterator[tuple]:
    """(token, the form that fits, confidence) for each lower-case word whose
    readings do not fit its neighbours when a one-accent form's do:
    ``el termino`` (a determiner before a word that cannot be its noun),
    ``informo`` outside quotes (a first-person form where news narrates),
    ``esta en``, ``este pacto esta pendiente del`` (a demonstrative before
    what only a verb takes), ``dia``
    (no Spanish word at all, though wordfreq lists it), ``Trump contrato
    a`` (a preterite after its subject: ``qa.lang.es_subject``), ``aun
    tiene`` (a short word the next settles: ``qa.lang.es_short_accents``), ``los
    requisito necesarios`` (a plural's lost ``s``: ``qa.lang.es_number``;
    ``75.000 persona``, after a figure: ``qa.lang.es_count``),
    ``las tropas soviética`` (an adjective's: ``qa.lang.es_postadj``), ``la
    misa tecnología`` (an adjective before its noun turned noun:
    ``qa.lang.es_prenominal``), ``esto tres institutos`` (a plural
    determiner's lost ``s``: ``qa.lang.es_neuter``), ``de
    todo los rincones`` (``todo``'s: ``qa.lang.es_predeterminer``), ``que
    quien trabajan`` (a relative's: ``qa.lang.es_relatives``), ``su
    primer participación`` (``primera``'s: ``qa.lang.es_apocope``), ``fueron
    otorgado``, ``fue otorgados`` (a predicate's after ``ser``, ``estar``, or
    the verb's: ``qa.lang.es_copula``),
    ``a pesa de`` (a fixed expression damaged: ``qa.lang.es_locutions``),
    ``Morena exigir que``, ``del banco dije``, ``miembros del sector médico
    continúa`` (a verb form read as another: ``qa.lang.es_verbforms``),
    ``recicla y limpian`` (a singular verb joined to a plural one:
    ``qa.lang.es_plural_subject``),
    ``el primera relación`` (a determiner that fits neither the adjective
    nor the noun after it: ``qa.lang.es_detadj``), ``permitir la uso`` (a
    determiner read as a clitic before a first-person verb:
    ``qa.lang.es_detclitic``); and a finite verb where an infinitive is wanted (``podría provoca``:
    ``_infinitive_slots``; ``le impide reconoce``: ``qa.lang.es_infinitive_verbs``). A word gets
    one finding: the first fact to speak for it, in that order."""
    if es_tags.for_lexicon(lex) is None:
        return
    # Most words have no accented neighbour; a word's facts are kept for the
    # run, and a document's words are looked up in one pass for this and
    # the three slot checks that start from them: only the words with a
    # neighbour are visited here.
    words, text = doc.words, doc.text
    texts = doc.word_texts
    facts = es_wordfacts.document_facts(doc, lex)
    neighbours = list(map(_NEIGHBOURS, facts))
    told: set[int] = set()
    for i in compress(range(len(words)), neighbours):
        tok, word, cands = words[i], texts[i], neighbours[i]
        prev = words[i - 1].text.lower() if i and spaced(text, words[i - 1], tok) else None
        nxt = words[i + 1].text if i + 1 < len(words) and spaced(text, tok, words[i + 1]) else None
        then = (words[i + 2].text if nxt is not None and i + 2 < len(words)
                and spaced(text, words[i + 1], words[i + 2]) else None)
        found = _misfit(word, readings(word, lex), cands, prev, nxt, lex, then)
        if found is None:
            continue
        cand, confidence, first_person = found
        if first_person and inside_quotes(doc, tok.start, tok.end):
            continue  # a quoted speaker says "I"
        told.add(tok.start)
        yield tok, cand, confidence
    # a noun right after its subject ("Trump contrato a") or a subjunctive
    # nothing governs ("Zavala dejara en"), a
    # plural's lost "s" inside a noun phrase ("los requisito necesarios"), a
    # fixed expression with one word damaged ("a pesa de"), a verb form read
    # as another ("Morena exigir que"), a finite verb where an infinitive is
    # wanted ("podría provoca"): the first to speak for a word tells it, so
    # a word gets one finding ("por pare de" is the expression's "parte",
    # not the slot's "parecer")
    for tok, cand, confidence in chain(
            es_subject.subject_slots(doc, lex, readings, facts),
            es_subject.verbs_read_as_adjectives(doc, lex, readings, facts),
            es_subject.affirmative_si(doc, lex, readings),
            es_reported.reported_futures(doc, lex, readings),
            es_reporting.damaged_reporting_verbs(doc, lex, readings),
            es_short_accents.short_word_accents(doc, lex, readings),
            es_number.number_clashes(doc, lex, readings, facts),
            es_count.singular_after_counts(doc, lex, readings),
            es_postadj.singular_adjectives_after(doc, lex, readings),
            es_postadj.coordinated_singulars(doc, lex, readings),
            es_postadj.singular_participles_after(doc, lex, readings),
            es_prenominal.prenominal_adjectives(doc, lex, readings),
            es_prenominal.number_before_noun(doc, lex, readings),
            es_neuter.neuter_before_plural(doc, lex, readings),
            es_predeterminer.singular_predeterminers(doc),
            es_predeterminer.singular_partitives(doc),
            es_dates.cut_months(doc),
            es_dates.cut_weekdays(doc, lex, readings),
            es_dates.cut_date_adverbs(doc),
            es_dates.cut_weekday_adverbs(doc),
            es_relatives.plural_relatives(doc, lex, readings),
            es_apocope.short_forms_before_feminines(doc, lex, readings),
            es_apocope.masculines_before_feminines(doc, lex, readings, DETERMINERS),
            es_copula.singular_predicates(doc, lex, readings),
            es_copula.singular_copulas(doc, lex, readings),
            es_locutions.broken_locutions(doc, lex, readings),
            es_verbforms.verb_form_slots(doc, lex, readings, facts),
            es_verbforms.first_persons_after_se(doc, lex, readings),
            es_plural_subject.plural_subject_verbs(doc, lex, readings, facts),
            es_plural_subject.pronoun_subject_verbs(doc, lex, readings, facts),
            es_plural_subject.passive_se_verbs(doc, lex, readings, facts),
            es_plural_subject.coordinated_verbs(doc, lex, readings, facts),
            es_second_person.second_person_verbs(doc, lex, readings),
            es_detadj.determiner_clashes(doc, lex, readings, DETERMINERS, _same_determiner),
            es_detclitic.clitic_read_determiners(doc, lex, readings, DETERMINERS, _same_determiner,
                                                 _FIRST_PERSON_SUBJECTS),
            _infinitive_slots(doc, lex),
            es_infinitive_verbs.lost_infinitives(doc, lex, readings)):
        if tok.start not in told:
            told.add(tok.start)
            yield tok, cand, confidence


# Words after which Spanish wants an infinitive: the prepositions that
# govern one (para, sin, al, por) and the modal verbs (poder, deber, querer,
# soler; the first and second persons too, in quotes: "con los que quiero
# consolida un proyecto"); "hay que", "tiene que", "va a" likewise (INFINITIVE_PAIRS). After
# "de" an adjective is common ("de extrema derecha"), so there only a word
# that can be nothing but a finite verb counts.
INFINITIVE_GOVERNORS = frozenset("""
    para sin al por
    puede pueden podría podrían podrá podrán pudo pudieron podía podían pueda puedan
    pudiera pudieran poder
    debe deben debería deberían deberá deberán debió debieron debía debían deba deban
    quiere quieren quería querían quiso quisieron querrá querrán quiera quieran
    suele suelen solía solían
    puedo puedes podemos pude pudimos podíamos podríamos podremos
    debo debes debemos deberíamos debimos
    quiero quieres queremos quise quisimos queríamos querríamos
    suelo sueles solemos
    """.split())
INFINITIVE_PAIRS = frozenset({
    ("hay", "que"), ("había", "que"), ("habrá", "que"), ("tiene", "que"), ("tienen", "que"),
    ("tuvo", "que"), ("tuvieron", "que"), ("tenía", "que"), ("tendrá", "que"), ("tendría", "que"),
    ("va", "a"), ("van", "a"), ("iba", "a"), ("iban", "a"), ("vamos", "a"), ("voy", "a")}) | frozenset(
    # "tenían previsto celebrar": a plan's infinitive
    (have, "previsto") for have in ("tiene", "tienen", "tenía", "tenían", "tenemos", "tuvo", "tenga",
                                    "está", "estaba", "estaban", "están")) | frozenset(
    # "es necesario pagar": a form of "ser" and an adjective whose subject is
    # the infinitive after it ("es necesario paga 150 euros")
    (copula, adjective)
    for copula in ("es", "era", "fue", "será", "sería", "sea")
    for adjective in ("necesario", "preciso", "posible", "imposible", "importante", "fundamental",
                      "difícil", "fácil", "mejor", "urgente"))
# A word that is a noun too is read in a slot only before an article or a
# possessive that opens its object (``para trata el dolor``); "sin", "por"
# and "al" govern set phrases (``sin duda la``, ``por cuenta propia``), so
# only "para" and the modal verbs open such a slot (the object's openers
# are es_infinitive_verbs' own).
OBJECT_SLOT_GOVERNORS = INFINITIVE_GOVERNORS - {"sin", "al", "por"}
# After "a" likewise ("comenzó a profundiza"; "a medida", "a cambio" are
# nouns): on the calibration half's clean pool it flagged no clean word.
ONLY_VERB_AFTER = frozenset({"de", "a"})
# the words (as written) that may open a slot, each as the tables name it: a
# capitalised preposition starts a sentence; "Podemos" is a party, not "we can"
_SLOT_OPENERS = {w: w for w in INFINITIVE_GOVERNORS | ONLY_VERB_AFTER | {b for _, b in INFINITIVE_PAIRS}}
_SLOT_OPENERS.update((w.capitalize(), w) for w in ("para", "sin", "al", "por"))
# On the calibration half's clean pool (103,000 words) no clean word was
# flagged; it found 6 of the 300 dropped and cut letters that leave a word.
INFINITIVE_SLOT_CONFIDENCE = 0.55
# A pseudo-cleft puts a form of "ser" right after the verb of its relative
# clause: "lo que queremos es que", "lo que hace es volver". After a modal
# that a relative opens, such a form is that copula, not a cut "estar".
CLEFT_COPULAS = frozenset("es son era eran fue fueron será serán sería serían sea sean".split())
CLEFT_RELATIVES = frozenset("que quien quienes cual".split())
# How far before the modal the relative may stand ("lo que más queremos es").
CLEFT_REACH = 3


def _infinitive_slots(doc, lex) -> Iterator[tuple]:
    """(token, infinitive, confidence) for a finite verb form right after a
    word that governs an infinitive, when the infinitive is that form with
    its end put back: ``podría provoca`` (``provocar``), ``para inserta``,
    ``fin de frena`` (a dropped ``r`` or a cut-off end), past an adverb in
    ``-mente`` (``para finalmente reconoce``). The dictionary
    settles both: the word has no reading but a finite verb (or an
    adjective: ``inserta``), the candidate an infinitive one."""
    words, text = doc.words, doc.text
    verdicts = lex.memo("es.infinitive-slot")
    # most words open no slot: the openers are found in one pass over the
    # document's words, and only the words after one are visited
    governors = list(map(_SLOT_OPENERS.get, doc.word_texts[:-1]))
    for i in compress(range(1, len(words)), governors):
        governor = governors[i - 1]
        prev, tok = words[i - 1], words[i]
        if not spaced(text, prev, tok):
            continue
        paired = (i > 1 and spaced(text, words[i - 2], prev)
                  and (words[i - 2].text.lower(), governor) in INFINITIVE_PAIRS)
        if governor not in INFINITIVE_GOVERNORS and governor not in ONLY_VERB_AFTER and not paired:
            continue
        at = i
        if (tok.text.endswith("mente") and _adverb_in_mente(tok.text, lex) and i + 1 < len(words)
                and spaced(text, tok, words[i + 1])):
            at = i + 1
            tok = words[at]  # "para finalmente reconoce que": the verb after the adverb
        word = tok.text
        if word in CLEFT_COPULAS and _after_relative(doc.word_texts, i - 1):
            continue
        key = (word, governor in ONLY_VERB_AFTER and not paired)
        found = verdicts.get(key, _UNSEEN)
        if found is _UNSEEN:
            found = verdicts[key] = _infinitive_of(word, lex, "V" if key[1] else "VA")
        if found is None and (governor in OBJECT_SLOT_GOVERNORS or paired):
            found = _infinitive_before_object(words, at, text, lex)
        if found is not None:
            yield tok, found, INFINITIVE_SLOT_CONFIDENCE


def _after_relative(texts: list[str], governor: int) -> bool:
    """Does a relative stand within ``CLEFT_REACH`` words before the word
    at ``governor`` (``lo que queremos``), making it a relative clause's
    verb?"""
    return any(t.lower() in CLEFT_RELATIVES for t in texts[max(0, governor - CLEFT_REACH):governor])


def _infinitive_before_object(words, at: int, text: str, lex) -> str | None:
    """The infinitive ``words[at]``, a noun as well as a finite verb, lost
    its end from, where an article or a possessive opens its object right
    after it (``para trata el dolor``: ``tratar``); else None. A bare noun
    after the slot's governor is followed by its own complement, not by a
    determiner."""
    k = at + 1
    if (k >= len(words) or words[k].text not in es_subject.OBJECT_OPENERS
            or not spaced(text, words[at], words[k])):
        return None
    return _infinitive_of(words[at].text, lex, "VAN")


def _adverb_in_mente(word: str, lex) -> bool:
    """Is ``word`` an adverb in ``-mente`` and nothing else (``finalmente``)?
    One may stand between a word that governs an infinitive and it."""
    return word.endswith("mente") and readings(word, lex) == frozenset({"B---"})


def _infinitive_of(word: str, lex, classes: str) -> str | None:
    """The infinitive ``word`` is a cut or dropped end of, when every
    reading of ``word`` is of ``classes`` and one a finite verb."""
    if not word.islower() or not plain_word(word) or word in lex.accepted:
        return None
    tags = readings(word, lex)
    if not tags or not any(r[0] == "V" for r in tags) or any(r[0] not in classes for r in tags):
        return None
    from ..text.probes import completions  # the cut-off probe (qa.text reads the profiles: asked here)
    for cand in (word + "r", *completions(word, lex)):
        if INFINITIVE.search(cand) and "I---" in readings(cand, lex):
            return cand
    return None


def accented_neighbours(word: str, lex, restorations) -> tuple:
    """(form, readings) of the dictionary words one accent away from ``word``."""
    if len(word) < 3 or not plain_word(word) or any(c in _MARKS for c in word):
        return ()
    # Frequencies first: most accented variants are no word at all.
    cands = ((c, readings(c, lex)) for c in restorations(word) if lex.zipf(c) >= 3.0)
    return tuple((c, r) for c, r in cands if r)


def _feminine_noun(word: str, lex) -> bool:
    """Is ``word`` only a feminine singular noun (``salud``, ``carta``)?"""
    tags = readings(word, lex)
    return bool(tags) and all(r[:3] == "Nfs" for r in tags)


def _misfit(word: str, tags: frozenset[str], cands, prev: str | None, nxt: str | None, lex,
            then: str | None = None):
    """(accented form, confidence, is it the first-person test) when
    ``word`` misfits where a candidate fits (``then``: the word after
    ``nxt``)."""
    if not tags:
        cand, _ = max(cands, key=lambda c: lex.zipf(c[0]))
        # wordfreq counts the accentless slip too, but less than the right
        # spelling ("dia" 5.1, "día" 6.0); a form rarer than the word is a
        # name's or another language's ("bio" 3.8, "bío" 3.2: bio-psico-social)
        if lex.zipf(cand) < lex.zipf(word):
            return None
        return cand, UNKNOWN_CONFIDENCE, False
    if len(word) < 4:
        if all(r[0] == "C" for r in tags) and nxt is not None and any(
                r[0] in "AB" for r in readings(nxt, lex)):
            for cand, ctags in cands:  # "mas grande" -> "más grande"
                if any(r[0] == "B" for r in ctags):
                    return cand, BEFORE_MODIFIED_CONFIDENCE, False
        return None
    # Demonstratives and quantifiers stand alone ("al otro como"): only
    # articles and possessives surely want a noun next.
    entry = DETERMINERS.get(prev) if prev and prev not in _STANDALONE else None
    if entry is not None and not any(r[0] == "V" and r != "V-s1" for r in tags):
        if not any(r[0] in _NOMINAL and _fits(r, *entry) for r in tags):
            for cand, ctags in cands:
                if any(r[0] in _NOMINAL and _fits(r, *entry) for r in ctags):
                    return cand, AFTER_DETERMINER_CONFIDENCE, False
    if prev is not None and nxt is None and tags <= es_subject.VERB_READINGS and _feminine_noun(prev, lex):
        # "la salud publica,", "su carta liquida.": a verb ends no phrase
        # after a noun; the noun's adjective, its accent lost, does
        for cand, ctags in cands:
            if _FEMININE_ADJECTIVE in ctags:
                return cand, AFTER_NOUN_CONFIDENCE, False
    # after "se" (and an object pronoun) a first person is read by
    # es_verbforms.first_persons_after_se, with every accent and letter away
    if "V-s1" in tags and "V-s3" not in tags and entry is None:
        # after another first-person verb the speaker narrates ("cuando grabo evito")
        if (all(r == "V-s1" for r in tags) and prev not in _FIRST_PERSON_SUBJECTS
                and not (prev and _first_person_only(prev, lex))):
            z = lex.zipf(word)
            for cand, ctags in cands:
                if "V-s3" in ctags and lex.zipf(cand) >= z - FIRST_PERSON_MARGIN:
                    return cand, FIRST_PERSON_CONFIDENCE, True
    demonstrative = [r for r in tags if r[0] in "DR"]
    if (demonstrative and not any(r[0] == "V" for r in tags) and nxt is not None
            and prev not in DETERMINERS):  # "el este de Siria": the noun
        after = readings(nxt, lex)
        g, n = demonstrative[0][1], demonstrative[0][2]
        number = {"s": "sg", "p": "pl"}.get(n, "sg")
        gender = g if g in "mf" else ""
        predicate = nxt.lower() in _PREDICATE_ADVERBS or (
            nxt in _AFTER_VERB_DETERMINERS and then not in _RELATIVES
            and not (nxt in CLITICS and then is not None
                     and any(r[0] == "V" for r in readings(then, lex)))) or (
            after and not any(r[0] in "VKECDRZ" for r in after)
            and not any(r[0] in _NOMINAL and _fits(r, gender, number) for r in after)
            and any(r[0] in "SGPA" for r in after)) or _predicate_adjective(
                nxt, after, prev, then, lex)
        if predicate:
            for cand, ctags in cands:
                if "V-s3" in ctags:  # está, esté; not "estás"
                    return cand, BEFORE_PREDICATE_CONFIDENCE, False
    return None


def _predicate_adjective(nxt: str, after: frozenset[str], prev: str | None, then: str | None,
                         lex) -> bool:
    """Is the word after a demonstrative an adjective or participle that
    closes its phrase (``este pacto esta pendiente del visto bueno``, ``dice
    que esta cansada de``), the demonstrative right after a subject's noun,
    a name, a ``que`` or an adverb that stands before verbs (``Solo esta
    dormida,``)? A demonstrative's adjective wants its noun next (``esta
    nueva ley``); with none, only ``está`` takes it."""
    if prev is None or not after or not any(r[0] in "AP" for r in after) or any(
            r[0] not in "ANP" and r != "V-s1" for r in after) or nxt in _NOMINALISED:
        return False
    if then is not None and then not in _PHRASE_CLOSERS:
        return False
    if prev == "que":
        # a subject may open the clause: "que esta pareja de perros", "que
        # esta última de las leyes"; only a word that is no noun is no head
        return not any(r[0] in "NV" for r in after)
    tags = readings(prev, lex)
    if prev in _BEFORE_A_VERB or not tags:
        # an adverb a verb follows ("Solo esta dormida,"), or a name the
        # dictionary does not list ("México esta lleno de"): a noun after
        # it would open a phrase, which an adjective closing it does not
        return True
    return any(r[0] == "N" for r in tags) and all(r[0] in "NVJ" for r in tags) and not any(
        r[0] == "V" for r in after)


# Adjectives a demonstrative makes a pronoun of ("esta última", "esta
# misma"): with them the demonstrative stands alone.
_NOMINALISED = frozenset("""
    última primera segunda tercera cuarta quinta única anterior siguiente misma otra
    mayor menor citada mencionada referida dicha
    """.split())
# Adverbs that stand right before a verb ("Solo esta dormida,", "ya esta
# lista para"); a demonstrative after them opens a noun phrase.
_BEFORE_A_VERB = frozenset("si solo sólo ya no también tampoco todavía ahora".split())
# Words that close a noun phrase rather than go on with it: after an
# adjective, a preposition opens its complement (``pendiente del``).
_PHRASE_CLOSERS = frozenset("de del en con a al para por desde hasta ante sin tras sobre".split())


def _first_person_only(word: str, lex) -> bool:
    """A verb form that can only be first-person singular (``grabo``)."""
    tags = readings(word, lex)
    return bool(tags) and all(r == "V-s1" for r in tags)


# A first-person form is read as a lost accent when the third-person form
# is at most this much rarer (zipf): wordfreq counts the accentless slips too.
FIRST_PERSON_MARGIN = 1.0


# Words that open a free relative clause, as word sequences (lower case).
# Not "all" or "todo lo que": "All the players were were" is as often a slip.
FREE_RELATIVES = (("lo", "que"), ("quien",), ("quienes",), ("el", "que"), ("la", "que"),
                  ("los", "que"), ("las", "que"))
# Function words that are verbs: they may end a clause ("what it is is").
LINKING_VERBS = frozenset("es fue era son eran está ha han".split())

# Repeat facts named by LanguageTool's Spanish allowed repetitions
# (disambiguation.xml, "allowed_repetitions"); weighed in docs/evaluation.md.
MEANT_DOUBLES = (
    ("al", "pan", "pan"), ("al", "vino", "vino"), ("homo", "sapiens", "sapiens"),
    ("de", "la", "a", "a", "la"),  # "de la A a la Z", the letter then the preposition
)
# "de De Gea", "de De Niro"; not the articles: "para los Los Angeles Lakers"
# is a slip of the real-repeats calibration half (the article said twice)
NAME_PARTICLES = frozenset({"de"})
# A subordinate clause that ends on a stressed pronoun after its preposition,
# then the main clause opening with the same pronoun as its subject, without
# the comma ("si vas con ella ella te ayuda", "cuando hablé con él él ya lo
# sabía"): the stressed pronouns have one form for both places. The clause
# opens with one of these conjunctions ("que" is left out: it also opens the
# reported clause of "dijo que ella ella", a word replaced by its neighbour).
_SUBORDINATORS = frozenset("si cuando aunque porque mientras".split())


def _preposition(word: str, lex) -> bool | None:
    """Whether the tagging dictionary reads ``word`` as a preposition (None
    when the install has not built the table)."""
    table = es_tags.for_lexicon(lex)
    return None if table is None else any(r[0] == "S" for r in table.readings(word.lower()))


# the person and number of a finite verb (a reading's last two letters) each
# pronoun takes as its subject: "ella ganará", not "ella ganaron"
_PERSON = {"él": "s3", "ella": "s3", "usted": "s3", "ellos": "p3", "ellas": "p3", "ustedes": "p3",
           "nosotros": "p1", "nosotras": "p1", "vosotros": "p2", "vosotras": "p2"}


def _finite(pronoun: str, word: str, lex) -> bool | None:
    """Whether the tagging dictionary reads ``word`` as a finite verb that
    agrees with ``pronoun`` as its subject."""
    table = es_tags.for_lexicon(lex)
    person = _PERSON[pronoun]
    return None if table is None else any(r[0] == "V" and r[2:] == person
                                          for r in table.readings(word.lower()))


def interjection(word: str, lex) -> bool | None:
    """Whether the tagging dictionary reads ``word`` as an interjection alone
    (``J``: "uf", "guau", "zas", "cataplum"); "vaya", "venga" and "bueno"
    are verbs or adjectives too, and a word replaced by its neighbour copies
    those."""
    table = es_tags.for_lexicon(lex)
    if table is None:
        return None
    tags = table.readings(word.lower())
    return bool(tags) and all(r[0] == "J" for r in tags)


# The tag letters of a verb's forms (finite, infinitive, gerund, participle),
# read as one class when two forms are compared.
_VERB_FORMS = frozenset("VIGP")
# Endings that inflect a noun, an adjective, a determiner or a pronoun: a
# plural and a gender (empresa / empresas, ganador / ganadora).
_NOMINAL_ENDINGS = frozenset("s es a as os".split())
# The longest ending a verb form adds to a shorter one (debe / debemos,
# lleva / llevaron).
_VERB_ENDING = 4


def inflects(word: str, other: str, lex) -> bool | None:
    """Is one of ``word`` and ``other`` an inflection of the other, by the
    tagging dictionary's classes: of one class, the longer the shorter with a
    plural or gender ending (``empresa``, ``empresas``) or, for verb forms,
    with a verb ending (``debe``, ``debemos``; ``toma``, ``tomar``), or the
    two one accent apart (``publico``, ``publicó``)? False where they share
    no class or a word the dictionary does not know stands beside a known
    one (``cos``, ``costa``); None when the table is not installed or knows
    neither.

    >>> from qa.lexicon import Lexicon
    >>> lex = Lexicon("es")
    >>> inflects("empresa", "empresas", lex), inflects("omisión", "comisión", lex)
    (True, False)
    """
    from ..text.damage import strip_accents  # qa.text reads the profiles

    mine, theirs = readings(word, lex), readings(other, lex)
    if not mine and not theirs:
        return None
    if not mine or not theirs:
        return False
    classes = {"V" if r[0] in _VERB_FORMS else r[0] for r in mine}
    shared = classes & {"V" if r[0] in _VERB_FORMS else r[0] for r in theirs}
    if not shared:
        return False
    if strip_accents(word) == strip_accents(other):
        return True
    short, long = sorted((word, other), key=len)
    if not long.startswith(short):
        return False
    ending = long[len(short):]
    return ("V" in shared and len(ending) <= _VERB_ENDING) or bool(shared - {"V"} and ending in _NOMINAL_ENDINGS)


CLAUSE_BOUNDARY = ClauseBoundary(
    openers=_SUBORDINATORS, pronouns=frozenset(_PERSON), governs=_preposition, finite=_finite,
    before_verb=frozenset("no me te se nos os lo la los las le les ya".split()))
# "cara a cara", "paso a paso", "día tras día", "codo con codo"
IDIOM_PREPOSITIONS = frozenset("a tras por con contra en sobre".split())

PROFILE = LanguageProfile(
    code="es",
    function_words=FUNCTION_WORDS,
    abbreviations=ABBREVIATIONS,
    legitimate_repeats=LEGITIMATE_REPEATS,
    answer_repeats=ANSWER_REPEATS,
    governed_repeats=GOVERNED_REPEATS,
    free_relatives=FREE_RELATIVES,
    linking_verbs=LINKING_VERBS,
    meant_doubles=MEANT_DOUBLES,
    name_particles=NAME_PARTICLES,
    idiom_prepositions=IDIOM_PREPOSITIONS,
    clause_boundary=CLAUSE_BOUNDARY,
    interjection=interjection,
    calibrated=True,
    accented=True,
    borrows_from="en",
    prefixes=PREFIXES,
    suffixes=SUFFIXES,
    dictionary_lists=es_tags.lists,
    clitics=CLITICS,
    clitic_hosts=CLITIC_HOSTS,
    prefix_doubles_r=True,
    compounds_rare=True,
    glued_across_phrases=es_glue.verb_form_glued,
    confusable_letters=CONFUSABLE_LETTERS,
    silent_letters=SILENT_LETTERS,
    closed_class=CLOSED_CLASS,
    verb_like=verb_like,
    verb_stem_compound=es_glue.verb_stem_compound,
    first_person=first_person,
    unread=unread,
    # never articles, nor "se", which never takes a first person
    object_pronouns=frozenset(CLITICS) - PRONOUN_DETERMINERS - {"se"},
    agreement=agreement,
    agrees=agrees,
    word_in_context=word_in_context,
    inflects=inflects,
    word_facts=es_wordfacts.word_facts,
    missing_data=es_tags.missing_note,
    class_context=es_classes.open_classes,
    grammar_fixes=partial(es_detorder.ordered_fixes, readings=readings),
)
