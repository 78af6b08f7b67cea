"""Is a word two words run together? Verdicts for the non-word scan.

Scrapers drop the space where a line or an HTML element ended (``deestos``,
``thegovernment``), and the web is full of glued function words common
enough to be listed (``dela``, ``enel``, ``inthe``). A compound the word
list lacks looks the same, so glue counts as damage only when it hides a
short function word, or, in a language that rarely compounds (its profile
says so), two content words that start no other compounds, or two words
no compound joins, by their classes (English ``productswithin``, Spanish
``llegóhoy``: a verb form no compound starts). The findings
(``OCR.GluedWords``) are made by ``qa.checkers.nonword``, which meets the
words.
"""
from __future__ import annotations

import regex

from ..lexicon import Lexicon
from ..text.suggest import FUNCTION_ZIPF, RARE_HALF_ZIPF, index_for, splits

# Words that end English phrasal compounds (write-off, sell-off, catch-up).
PARTICLES = frozenset("in on up off out over down away back".split())
# Function words (de, en, un, the, of, was) are FUNCTION_ZIPF common and
# short, as qa.text.suggest.splits reads them; a pair of words each this
# common (de la, en el, y sus) is never one word. The glue warnings they
# allow are counted in docs/spelling.md.
FUNCTION_PAIR_ZIPF = 6.3
# Two content words glued (Spanish): each at least this common (zipf), and
# the first one the start of at most MAX_COMPOUNDS listed compounds. Hand-set
# against the false alarms on the clean news sets (bench/false_alarms.py).
CONTENT_GLUE_ZIPF = 3.5
# ... or one as rare as RARE_CONTENT_ZIPF beside one this common: a word
# newer than the word list's sources (nuevo coronavirus) or rarely written
# (casos reportados) after a common one. Two rarer words together are as
# often a compound the list lacks (nano sensores, tour operadoras).
RARE_CONTENT_ZIPF = 3.0
COMMON_CONTENT_ZIPF = 4.5
MAX_COMPOUNDS = 2
# Two of the language's function words glued (it was, will be, he said):
# the web's glue lists them, far rarer than the pair. A listed form this
# rare (zipf) whose pair is this many times as common is glue; the rarer
# listed words so made are nearly all glue (English heron, anon and toon,
# Spanish sutras and lastras, are zipf 1.8 or more, or under the ratio).
FUNCTION_GLUE_ZIPF = 2.0
FUNCTION_GLUE_RATIO = 1e4
# Listed glue of a function word and a common word (``dela``, ``inthe``): the
# function word is at most this long and at least this common (zipf), the
# other half at least ``PLAIN_OTHER_ZIPF``.
PLAIN_SHORT = 3
PLAIN_SHORT_ZIPF = 7.0
PLAIN_OTHER_ZIPF = 4.0


# A function word glued to a capitalised word: a name or a sentence's
# first word lost the space before it (``deAristegui``, ``laCasa Blanca``,
# ``yAngélica``). A brand's lower-case lead (iPhone, eBay) is no function word.
# A word this common (zipf) with a capital inside is a case gone wrong
# (``deSde``, ``yaTe``), not glue; the glue the web lists is rarer (``lacasa``
# 2.2).
CASE_DAMAGE_ZIPF = 3.0
_GLUED_TO_CAPITAL = regex.compile(r"^(\p{Ll}{1,4})(\p{Lu}\p{Ll}{2,})$")


def function_word_before_capital(word: str, lexicon: Lexicon) -> tuple[str, str] | None:
    """(function word, capitalised word) when ``word`` is the language's
    function word glued to a capitalised word (``deAristegui``: ``de``,
    ``Aristegui``); else None.

    >>> es = Lexicon("es")
    >>> [function_word_before_capital(w, es) for w in ("deAristegui", "eBay", "deSde")]
    [('de', 'Aristegui'), None, None]
    """
    m = _GLUED_TO_CAPITAL.match(word)
    if m is None or m.group(1) not in glue_function_words(lexicon.profile) or (
            lexicon.zipf(word.lower()) >= CASE_DAMAGE_ZIPF):
        return None  # a common word with a capital inside (deSde) is a case gone wrong
    return m.group(1), m.group(2)


def glue_function_words(profile) -> frozenset[str]:
    """The function words glue may hide in ``profile``'s language: its
    detection cues and the words it names for glue alone."""
    return profile.function_words | profile.glue_function_words


def listed_glue(low: str, f: float, lexicon: Lexicon, min_ratio: float) -> tuple[str, float] | None:
    """The likeliest two words a listed word ``low`` (frequency ``f``) hides,
    with their frequency, when they are ``min_ratio`` times as common; else None."""
    verdicts = lexicon.memo("listed-glue")  # most words recur
    if low not in verdicts:
        # _plain_glue wants a two- or three-letter half: only those cuts are tried.
        n = len(low)
        function_words = glue_function_words(lexicon.profile)
        function_cuts = {i for i in range(1, n) if low[:i] in function_words and low[i:] in function_words}
        cuts = sorted({i for i in (2, 3, n - 3, n - 2) if 0 < i < n and _short_half_common(low, i, lexicon)}
                      | function_cuts)
        pairs = [(p, pf) for p, pf in splits(low, lexicon.frequencies, at=cuts)
                 if pf >= f * min_ratio and (_plain_glue(p, lexicon) or _function_pair(p, f, pf, lexicon))]
        verdicts[low] = max(pairs, key=lambda x: x[1]) if pairs else None
    return verdicts[low]


def _short_half_common(low: str, i: int, lexicon: Lexicon) -> bool:
    """Can the cut of ``low`` at ``i`` pass ``_plain_glue``: is one half
    short and as common as it asks? (Its other tests need the halves'
    frequencies; a cut that fails this one is left unread. On the bench's
    400 articles one cut in eighteen passes: most words begin and end with
    no function word as common as ``de``, ``the`` or ``of``.)"""
    return ((i <= PLAIN_SHORT and lexicon.zipf(low[:i]) >= PLAIN_SHORT_ZIPF)
            or (len(low) - i <= PLAIN_SHORT and lexicon.zipf(low[i:]) >= PLAIN_SHORT_ZIPF))


def _plain_glue(pair: str, lexicon: Lexicon) -> bool:
    """A stricter ``hides_function_word`` for listed words: a short, very
    common function word (de, en, the, for) glued to a common word that
    is not a prefix or a particle (sobre-pesca, write-off are compounds)."""
    left, _, right = pair.partition(" ")
    if left in lexicon.profile.prefixes or right in PARTICLES or min(len(left), len(right)) < 2:
        return False
    zl, zr = lexicon.zipf(left), lexicon.zipf(right)
    short = (len(left) <= PLAIN_SHORT and zl >= PLAIN_SHORT_ZIPF and zr >= PLAIN_OTHER_ZIPF) or \
        (len(right) <= PLAIN_SHORT and zr >= PLAIN_SHORT_ZIPF and zl >= PLAIN_OTHER_ZIPF)
    both = min(zl, zr) >= FUNCTION_PAIR_ZIPF
    return short and (both or hides_function_word(pair, lexicon))


def _function_pair(pair: str, f: float, pf: float, lexicon: Lexicon) -> bool:
    """``itwas``, ``willbe``: two function words glued, a listed form
    (frequency ``f``) far rarer than the pair (``pf``)."""
    left, _, right = pair.partition(" ")
    function_words = glue_function_words(lexicon.profile)
    return left in function_words and right in function_words and \
        lexicon.zipf(left + right) < FUNCTION_GLUE_ZIPF and pf >= f * FUNCTION_GLUE_RATIO


def hides_function_word(pair: str, lexicon: Lexicon) -> bool:
    """``de estos``, ``the government``: glue hides a short function word.

    Two content words side by side (``soy food``, ``water flooding``) are
    more often a compound the list lacks than damage, and a verb with a
    pronoun attached (Spanish ``vacunate``) is one word missing an accent;
    a word that takes no pronoun (``socialeslos``) is glue.
    """
    left, _, right = pair.lower().partition(" ")
    if right in lexicon.profile.clitics and len(left) > 3 and _may_host_clitic(left, lexicon):
        return False
    zl, zr = lexicon.zipf(left), lexicon.zipf(right)
    # The function word is short and common; the other half a real word
    # of three letters or more (not "were ng").
    function = (len(left) <= 5 and zl >= FUNCTION_ZIPF and len(right) >= 3) or \
        (len(right) <= 5 and zr >= FUNCTION_ZIPF and len(left) >= 3)
    return function and min(zl, zr) >= RARE_HALF_ZIPF


def _may_host_clitic(word: str, lexicon: Lexicon) -> bool:
    """Could a pronoun be attached to ``word``: an infinitive, a gerund or
    an imperative (the profile's ``clitic_hosts`` endings, or a verb form)?
    A noun, an adjective or an adverb takes none, so ``sociales los``,
    ``astronauta le``, ``coronavirus se`` are glue."""
    profile = lexicon.profile
    if word.endswith(profile.clitic_hosts):
        return True
    return profile.verb_like is None or profile.verb_like(word, lexicon)


def content_words_glued(pair: str, lexicon: Lexicon) -> bool:
    """``nueva planta``, ``siete meses``: two content words glued in a
    language that rarely compounds them (Spanish). A compound's first
    part is a prefix (``narco``), a verb stem (``cubre``-bocas) or a
    combining form that starts other listed compounds (``centro``-
    americano, ``corona``-virus); glued words are none of these.
    English compounds freely (soymeal, wirebar): its profile leaves this off."""
    profile = lexicon.profile
    verb_like = profile.verb_like
    if not profile.compounds_rare or verb_like is None:
        return False
    left, _, right = pair.lower().partition(" ")
    zl, zr = lexicon.zipf(left), lexicon.zipf(right)
    if min(len(left), len(right)) < 4 or min(zl, zr) < CONTENT_GLUE_ZIPF and not (
            min(zl, zr) >= RARE_CONTENT_ZIPF and max(zl, zr) >= COMMON_CONTENT_ZIPF):
        return False
    if left in profile.prefixes or (profile.verb_stem_compound(f"{left} {right}", lexicon)
                                    if profile.verb_stem_compound else verb_like(left, lexicon)):
        return False
    compounds = sum(1 for w in index_for(lexicon).starting_with(left)
                    if len(w) - len(left) >= 4 and lexicon.zipf(w[len(left):]) >= 3.0)
    return compounds <= MAX_COMPOUNDS


def phrase_words_glued(word: str, pair: str, lexicon: Lexicon) -> bool:
    """``productswithin``, ``operationsranging``, Spanish ``llegóhoy``:
    two words glued that no compound of the language joins, by the words'
    classes (the profile's ``glued_across_phrases``; in Spanish, a finite
    verb form that is no compound's verb stem, which
    ``content_words_glued`` leaves alone)."""
    across = lexicon.profile.glued_across_phrases
    return across is not None and across(word, pair, lexicon)


# A newswire unit run into the next word (``dlrsof``): the word after the
# unit must be at least this common (zipf), or a unit itself (``mlndlrs``).
GLUED_UNIT_ZIPF = 3.0


def glued_unit(low: str, lexicon: Lexicon) -> tuple[str, str] | None:
    """(unit, the word after it) when lower-case ``low`` is one of the
    language's newswire units (its profile's written abbreviations: ``dlrs``,
    ``mln``, ``cts``) run into a common word or another unit (``dlrsof``,
    ``ctsa``, ``mlndlrs``). The units are rarer in the word list than a
    split's halves must be, so ``suggest`` never offers the pair."""
    units = lexicon.profile.written_units
    if not units or not low.isalpha():
        return None
    for unit in units:  # longest first: "dlrs" before "dlr"
        rest = low[len(unit):]
        if rest and low.startswith(unit) and (rest in units or (
                (len(rest) > 1 or rest == "a") and lexicon.zipf(rest) >= GLUED_UNIT_ZIPF)):
            return unit, rest
    return None
