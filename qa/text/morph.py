"""Morphology heuristics for agreement checks, without part-of-speech tags.

wordfreq gives frequencies but no tags, so a word's class and number are
guessed from closed-class tables, endings and the frequency of related
forms. Each guess errs on the side of "not sure": agreement findings are
low-severity signals, and a signal that fires on good copy costs more than
one that stays quiet on damage.

>>> from qa.lexicon import Lexicon
>>> es = Lexicon("es")
>>> verb_like_es("culpó", es), verb_like_es("culo", es), verb_like_es("culpa", es)
(True, False, True)
>>> plural_of_es("culo", es), plural_of_es("ciudad", es), plural_of_es("avión", es)
('culos', 'ciudades', 'aviones')
"""
from __future__ import annotations

import regex

# Spanish determiners: word -> (gender, number); gender "" when either.
DETERMINERS_ES: dict[str, tuple[str, str]] = {
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
PRONOUN_DETERMINERS_ES = frozenset(
    "la las los lo este esta estos estas ese esa esos esas aquel aquella aquellos aquellas "
    "otro otra otros otras muchos muchas varios varias algunos algunas ambos ambas unos unas "
    "nuestro nuestra nuestros nuestras dicho dicha".split()
)

# Words that follow a determiner without being its noun: prepositions,
# conjunctions, pronouns, quantifiers, numerals, adverbs. Lower-case.
CLOSED_CLASS_ES = frozenset(
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
INVARIABLE_ES = frozenset(
    """
    análisis crisis tesis dosis síntesis hipótesis diagnosis diagnósis paréntesis énfasis
    oasis virus campus corpus lunes martes miércoles jueves viernes cumpleaños paraguas
    rascacielos sacacorchos tocadiscos parabrisas atlas dios mes gas tos res bus pus país
    interés compás revés ciempiés inglés francés holandés portugués japonés ciprés autobús
    mies fénix tórax clímax ántrax bíceps fórceps bíceps tríceps caos cosmos éxtasis
    """.split()
)
# Nouns of common or irregular gender after a feminine/masculine determiner.
GENDER_EXCEPTIONS_ES = frozenset(
    """
    mano foto radio moto libido polio seo dinamo nao testigo modelo miembro piloto soprano
    marco tipo récord clave límite base cumbre fantasma récord reo canguro sosias
    día mapa tema problema sistema programa idioma clima planeta poeta drama cura papa guardia
    policía atleta pijama sofá dilema esquema lema síntoma diploma fantasma telegrama
    """.split()
)

# English determiners by number. "this"/"that"/"each" are left out on purpose:
# they are pronouns before verbs in -s ("this means", "each costs").
PLURAL_DETERMINERS_EN = frozenset("these those several many both few various numerous multiple".split())
SINGULAR_DETERMINERS_EN = frozenset("a an every another".split())
CLOSED_CLASS_EN = frozenset(
    """
    a an the this that these those some any no every each all both either neither few many
    more most much several other another such what which who whom whose whether if than then
    and or but nor so yet for of in on at by to from with without about above below into onto
    over under through after before since until while during against among between within
    is are was were be been being am have has had having do does did can could will would
    shall should may might must not never also only just even still already again very too
    i you he she it we they me him her us them my your his its our their one two three four
    five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand
    million billion dozen first second third last next here there now how when where why
    less least same own new old different various such kind sort type lot times
    """.split()
)
# Frequent English verbs whose past forms are irregular, so the -ed test misses them.
IRREGULAR_VERBS_EN = frozenset(
    """
    are were have had do did make take come go become seem mean know say think run find give
    get keep leave feel hold bring begin show grow win lose pay meet lead stand understand
    speak see tell buy sell fall rise build send spend put set cut hit let read write drive
    fly eat drink sleep sit choose forget forgive hide ride shake steal strike swear swim
    teach tear throw wake wear weep bear beat bite blow break catch deal dig draw feed fight
    flee forbid freeze hang hear lay lend light overcome seek shoot shut sing sink slide
    spread spring sting stink strive swing undergo withdraw
    """.split()
)
IRREGULAR_PLURALS_EN = frozenset(
    """
    people children men women police data media criteria phenomena feet teeth mice geese
    cattle staff personnel clergy offspring sheep deer fish aircraft series species
    """.split()
)
SINGULAR_IN_S_EN = frozenset("means headquarters whereabouts barracks crossroads odds gallows".split())
ADJECTIVE_SUFFIXES_EN = ("ed", "ing", "ly", "er", "est", "ful", "ous", "ive", "al", "ic", "ible",
                         "able", "ish", "less", "ary", "ant", "ent")

# An infinitive with or without attached pronouns: "llegar", "decirles", "culparlos".
INFINITIVE_ES = regex.compile(r"(?:ar|er|ir|ír)(?:se|la|las|lo|los|le|les|me|te|nos)?(?:la|las|lo|los|le|les)?$")

_ACUTE = str.maketrans("áéíóú", "aeiou")


def _known(lex, word: str, min_zipf: float) -> bool:
    return lex.zipf(word) >= min_zipf


def verb_like_es(word: str, lex, min_zipf: float = 2.5) -> bool:
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


def plural_of_es(word: str, lex, min_zipf: float = 2.0) -> str | None:
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


def singular_of_es(word: str, lex, min_zipf: float = 2.5) -> str | None:
    """The singular of a plural-looking Spanish word, if it is a known word."""
    w = word.lower()
    if len(w) < 4 or not w.endswith("s") or w in INVARIABLE_ES or w.endswith(("is", "us", "sis")):
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
        if c in CLOSED_CLASS_ES:
            return None
        if _known(lex, c, min_zipf):
            return c
    return None


def is_plural_en(word: str, lex) -> bool:
    """``cars`` yes; ``news``, ``series``, ``bus``, ``physics`` no."""
    w = word.lower()
    if w in IRREGULAR_PLURALS_EN and w not in ("series", "species"):
        return True
    if len(w) < 4 or not w.endswith("s") or w.endswith(("ss", "us", "is", "ics", "ous", "news")):
        return False
    if w in IRREGULAR_PLURALS_EN or w in SINGULAR_IN_S_EN:
        return False
    stem = w[:-2] if w.endswith("es") and not lex.known(w[:-1]) else w[:-1]
    return lex.zipf(stem) >= 3.0 and stem not in CLOSED_CLASS_EN


def singular_noun_en(word: str, lex) -> str | None:
    """The plural of ``word`` when ``word`` looks like a singular count noun (not a verb)."""
    w = word.lower()
    if (len(w) < 3 or w.endswith("s") or w in CLOSED_CLASS_EN or w in IRREGULAR_VERBS_EN
            or w in IRREGULAR_PLURALS_EN or w.endswith(ADJECTIVE_SUFFIXES_EN)):
        return None
    z = lex.zipf(w)
    plural = w + "es" if w.endswith(("ch", "sh", "x", "z")) else w + "s"
    if w.endswith("y") and len(w) > 2 and w[-2] not in "aeiou":
        plural = w[:-1] + "ies"
    zp = lex.zipf(plural)
    if zp < 3.0 or zp < z - 1.5:
        return None  # adjectives and mass words have no common plural
    past = w + "d" if w.endswith("e") else w + "ed"
    if lex.zipf(past) >= z - 1.0:
        return None  # "these include", "those report": a verb after a pronoun
    return plural
