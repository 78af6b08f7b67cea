"""Spanish: detection cues, abbreviations, word formation, morphology, agreement.

Morphology is guessed without part-of-speech tags: wordfreq gives
frequencies only, so a word's class and number come from closed-class
tables, endings and the frequency of related forms. Each guess errs on the
side of "not sure": agreement findings are low-severity signals, and a
signal that fires on good copy costs more than one that stays quiet on
damage.

>>> from qa.lexicon import Lexicon
>>> es = Lexicon("es")
>>> verb_like("culpó", es), verb_like("culo", es), verb_like("culpa", es)
(True, False, True)
>>> plural_of("culo", es), plural_of("ciudad", es), plural_of("avión", es)
('culos', 'ciudades', 'aviones')
"""
from __future__ import annotations

from typing import Iterator

import regex

from ..text.pairs import adjacent_words, plain_word
from .profile import INTERJECTIONS, Clash, LanguageProfile

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
) | INTERJECTIONS
ANSWER_REPEATS = frozenset("no sí ya".split())

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
    ("es", ("",)), ("s", ("",)),
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
}
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

_ACUTE = str.maketrans("áéíóú", "aeiou")


def _known(lex, word: str, min_zipf: float) -> bool:
    return lex.zipf(word) >= min_zipf


def verb_like(word: str, lex, min_zipf: float = 2.5) -> bool:
    """Could ``word`` be a finite verb form (so that ``los``/``la`` before it is a clitic)?

    True on verb-only endings, or when a form of the same paradigm is a
    known word: ``culpa`` -> ``culpan``, ``culpo`` -> ``culpar``.
    """
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
    w = word.lower()
    if not w or w[-1] in "sx":
        return None
    if w[-1] in "aeiouáéó":
        cands = [w + "s"]
    elif w[-1] == "z":
        cands = [w[:-1] + "ces"]
    else:
        # avión -> aviones: the written accent goes when a syllable is added
        cands = [w[:-2] + w[-2].translate(_ACUTE) + w[-1] + "es" if len(w) > 2 else w + "es",
                 w + "es"]
    for c in cands:
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
    """Determiner + noun, and determiner + noun + adjective, that disagree."""
    # Verdicts depend only on the words, and an article's pairs recur in
    # the next one ("la guerra", "los ministros"), so they are kept per run.
    nouns = lex.memo("agreement.es.noun")
    adjectives = lex.memo("agreement.es.adjective")
    text = doc.text
    for a, b, c in adjacent_words(doc, DETERMINERS):
        key = (a.text, b.text)
        verdict = nouns.get(key, _UNSEEN)
        if verdict is _UNSEEN:
            verdict = nouns[key] = _noun(a.text, b.text, lex)
        if verdict is None:
            continue
        if verdict is not _ADJECTIVE:
            message, confidence, agrees_with = verdict
            yield Clash(a, b, message, confidence, agrees_with)
            continue
        # det + noun + adjective: "las fuerzas armada", "la guerra ruso"
        if c is None or c.kind != "word" or text[b.end:c.start].strip() or not plain_word(c.text):
            continue
        key = (a.text, b.text, c.text)
        verdict = adjectives.get(key, _UNSEEN)
        if verdict is _UNSEEN:
            verdict = adjectives[key] = _adjective(a.text, b.text, c.text, lex)
        if verdict is not None:
            message, confidence, agrees_with = verdict
            yield Clash(a, c, message, confidence, agrees_with)


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
    entry = DETERMINERS.get(p)
    plural = w[-1] in "sx" and (w in INVARIABLE or singular_of(w, lex) is not None)
    singular = w[-1] not in "sx" and plural_of(w, lex) is not None
    if entry is None:
        # noun + adjective: a plural noun wants a plural adjective
        if p.endswith("s") and len(p) > 3:
            return True if plural else False if singular else None
        return None
    if p in PRONOUN_DETERMINERS and verb_like(w, lex):
        return True
    if entry[1] == "pl":
        return True if plural else False if singular else None
    return True if singular else False if plural else None


def first_person(word: str, lex) -> bool:
    """``culpo``, ``digo``: a present first-person form that is no noun (no plural)."""
    w = word.lower()
    return (w.endswith("o") and verb_like(w, lex)
            and lex.zipf(w + "s") < 2.0 and lex.zipf(w[:-1] + "ar") + lex.zipf(w[:-1] + "er")
            + lex.zipf(w[:-1] + "ir") > 0)


PROFILE = LanguageProfile(
    code="es",
    function_words=FUNCTION_WORDS,
    abbreviations=ABBREVIATIONS,
    legitimate_repeats=LEGITIMATE_REPEATS,
    answer_repeats=ANSWER_REPEATS,
    calibrated=True,
    accented=True,
    borrows_from="en",
    prefixes=PREFIXES,
    suffixes=SUFFIXES,
    clitics=CLITICS,
    clitic_hosts=CLITIC_HOSTS,
    prefix_doubles_r=True,
    compounds_rare=True,
    confusable_letters=CONFUSABLE_LETTERS,
    silent_letters=SILENT_LETTERS,
    closed_class=CLOSED_CLASS,
    verb_like=verb_like,
    first_person=first_person,
    agreement=agreement,
    agrees=agrees,
)
