"""Real words that are probably damaged forms of a much more common word.

A spell checker accepts ``publico`` and ``ultimo`` because they are words,
but in news copy they are far more often ``público``/``publicó`` and
``último`` with the accent lost. Likewise a rare word one dropped letter
away from a common one (``goverment``-style damage that happens to land on
a real word) is suspect. The evidence is a likelihood ratio read off word
frequencies: the neighbour must be many times more frequent than the word,
by more than the damage that would link them costs.

OCR misreads land on listed strings just as often (``thc``, ``cn``,
``corno``: wordfreq lists them, from OCR'd and careless web text), so a
third probe reads one OCR look-alike back (``c`` -> ``e``, ``rn`` -> ``m``)
in words of any length: on clean news a neighbour 1,000 times as common
(3 zipf points) is almost never met (3 tokens in 465,000 words), on OCR
damage it is the rule.

The probes are cheap dictionary lookups: restoring one accent (every
word), reading one look-alike back (every word rarer than zipf 5), and,
for words rarer than zipf 4, putting back one dropped letter or up to
three letters cut off the end (``tambi`` -> ``también``, from a sorted
list of common words). Verdicts are cached per word for the run.
Ranked repairs come from ``qa.text.suggest`` later, in ``qa.merge``, for
the few words that end up in a garble span.
"""
from __future__ import annotations

import math
import re
from itertools import compress
from typing import Iterable

from ..lexicon import fold
from ..model import Finding, Fix, RuleInfo, RuleRoles
from ..text.memofill import fill
from ..text.probes import MIN_NEIGHBOUR, accent_restorations, completions, lookalike_restorations, one_letter_longer
from ..text.tokens import is_capitalized
from ..text.verdicttable import Slot, stored
from .ocr import JOIN_ZIPF, SPLIT_INFO, split_evidence
from .realword_order import ORDERED_KINDS, ordered_restorations

RULE = "Garble.RealWord"
RULES = (
    RuleInfo(
        id=RULE,
        roles=RuleRoles(family="spelling", word_level=True, real_word_evidence=True,
                        neighbour_guess=True),
        category="garble",
        severity="info",
        description="A valid but unlikely word one lost accent, one OCR look-alike, one dropped "
        "letter or a cut-off end away from a far more frequent word (warning when the other word "
        "is 10-30 times (accent), 1,000 times (look-alike) or 300 times (letter, cut-off end) "
        "more common, more when the word may be a verb form of its own, 25 times when it is no "
        "form the language's tagging dictionary knows (100 times outside running text); else info).",
        why="Scraping and OCR drop accents and letters; when the result is still a word, "
        "spell checkers stay silent. The finding is a signal: next to other evidence it "
        "marks a corrupted span.",
        instead="Restore the more frequent word if it is what the sentence means.",
        languages=("es", "en"),
        flag=("El ultimo informe se publicará mañana.",
              "Según el informe, el gobierno informo a la prensa.",
              "La noticia sc difundió ayer.", "Llegó corno siempre.",
              "El PAN tambi consiguió una de sus peores actuaciones."),
        ok=("El último informe se publicará mañana.",
            "Según el informe, el gobierno informó a la prensa.",
            "Esta semana está lloviendo.", "Coma, punto y coma.", "Compró 75 cl de vino."),
    ),
)

# Calibrated on clean Spanish and English news against injected damage
# (bench/eval_garble.py, bench/false_alarms.py; docs/garble.md).
# Zipf points the neighbour must gain over the word (10x per point).
ACCENT_GAIN = 1.0
LETTER_GAIN = 2.0
# A neighbour this much more common is strong enough evidence on its own
# (warning): on clean newswire such hits are nearly all real typos. A lost
# accent needs less (10**1.5 ~ 30 times): it is the commonest damage of all.
WARN_GAIN = {"accent": 1.5, "letter": 2.5, "ocr": 3.0, "truncation": 2.5}
# An unaccented form that cannot be a verb form (paises, jovenes, votacion)
# has no reading of its own: 10 times is enough. Measured on clean Spanish
# news, 7 tokens in 206,000 words reach it, most of them real slips
# (policia, estacion); injected lost accents reach it 2.5 times as often
# as at 30 times. A possible verb (afirmo, destaco: "I affirm") needs 16.
WARN_GAIN_NO_VERB = 1.0
# A dropped letter or a cut-off end that leaves a possible verb form needs
# this much more gain (zipf points) for a warning.
VERB_MARGIN = 0.5
WARN_GAIN_VERB = 1.2
# A dropped letter or a cut-off end that leaves a word the language's
# tagging dictionary does not know (``juli``, ``much``, ``program``: a
# fragment or a borrowing, no form of the language) has no reading of its
# own, as an unaccented form that cannot be a verb has none: the gain that
# makes it a finding makes it a warning, whatever its ending (the dictionary
# lists every verb form: ``sie`` is none). It is a finding at all from this
# gain on, not LETTER_GAIN or TRUNCATION_GAIN, where it stands in plain
# running text (``los agos serán``, ``coautora del studio,``) and the repair
# is a word the dictionary lists: a borrowing or a fragment that is meant
# stands in quotes, brackets or beside a hyphen (``"vegan McFeast"``,
# ``(apro)``, ``japo-cañí``). Measured in docs/context-models.md
# ("Twenty-first round", "Twenty-ninth round").
WARN_GAIN_UNREAD = 1.4
# A look-alike must gain this much even for an info finding ("ore" -> "are"
# gains 2.6 and is iron ore).
OCR_GAIN = 3.0
# Words this common are what they look like: a look-alike would need a
# neighbour beyond every function word.
OCR_MAX_ZIPF = 5.0
# Only words rarer than this are probed for a dropped letter or a cut-off
# end: common words are common because they are meant (verdicts are cached
# per word for the run). Measured on
# clean news, the words between zipf 3 and 4 that reach the warning gain
# are nearly all real slips of the source (tes, wil, fom, nuesta).
RARE = 4.0
TRUNCATION_GAIN = 2.0  # a language's own (the profile's truncation_gain) replaces it
_MARKED = frozenset("áéíóúüñ")


def best_restoration(word: str, lex) -> tuple[str, float, str] | None:
    """(neighbour, zipf gain, kind) when a restoration beats ``word`` by enough."""
    z = lex.zipf(word)
    if z <= 0:
        return None
    best: tuple[str, float, str] | None = None
    freq = lex.frequencies
    # Restorations put lower-case letters into the word, so those of a word
    # that is its own folded form are folded too: for them the word list
    # tells the unlisted (most of them, and none can win) in one look-up.
    folded = word.isalpha() and word == fold(word)
    # One written accent per word: a word that has one lost none. English
    # words carry none to lose.
    # Short words (el/él, si/sí, mas/más) are grammar's to settle.
    accents = lex.profile.accented and len(word) >= 4 and not any(c in _MARKED for c in word)
    for cand in accent_restorations(word) if accents else ():
        if folded and cand not in freq:
            continue
        gain = lex.zipf(cand) - z
        if gain >= ACCENT_GAIN and (best is None or gain > best[1]):
            best = (cand, gain, "accent")
    if best is None and z < OCR_MAX_ZIPF:
        for cand in lookalike_restorations(word):
            if folded and cand not in freq:
                continue
            zc = lex.zipf(cand)
            gain = zc - z
            if zc >= MIN_NEIGHBOUR and gain >= OCR_GAIN and (best is None or gain > best[1]):
                best = (cand, gain, "ocr")
    if best is None and z < RARE and len(word) >= 3:
        unread = _unread(word, lex)
        letter_gain = WARN_GAIN_UNREAD if unread else LETTER_GAIN
        floor = max(10 ** (MIN_NEIGHBOUR - 9), 10 ** (z + letter_gain - 9))
        found, top = None, 0.0
        for cand in one_letter_longer(word.lower(), lex):
            fc = freq.get(cand, 0.0)
            if fc >= floor and fc > top and _may_repair(cand, math.log10(fc) + 9 - z, LETTER_GAIN, unread, lex):
                found, top = cand, fc
        if found is not None:
            best = (found, lex.zipf(found) - z, "letter")
        truncation_gain = _truncation_gain(lex)
        cut_gain = min(WARN_GAIN_UNREAD, truncation_gain) if unread else truncation_gain
        named = lex.profile.only_a_name
        for cand in completions(word, lex):
            gain = lex.zipf(cand) - z
            if gain >= cut_gain and (best is None or gain > best[1]) \
                    and _may_repair(cand, gain, truncation_gain, unread, lex) \
                    and not (named is not None and named(cand, lex)):
                # a slip leaves a lower-case word lower-case: a name is no
                # completion of it (``a 150 billion franc loan``: no ``france``)
                best = (cand, gain, "truncation")
    return best


def _truncation_gain(lex) -> float:
    """The gain a cut-off end needs for any finding in this language (the
    profile's ``truncation_gain``, else ``TRUNCATION_GAIN``)."""
    own = lex.profile.truncation_gain
    return TRUNCATION_GAIN if own is None else own


def _unread(word: str, lex) -> bool:
    """Is ``word`` no form the language's tagging dictionary knows, nor an
    infinitive or a gerund with an object pronoun joined to it (``irla``,
    which the dictionary lists as ``ir`` and ``la``)?"""
    profile = lex.profile
    unread = profile.unread
    if unread is None or not unread(word, lex):
        return False
    return not any(word.endswith(pronoun) and (host := word[:-len(pronoun)]).endswith(profile.clitic_hosts)
                   and not unread(host, lex) for pronoun in profile.clitics)


def _may_repair(cand: str, gain: float, usual_gain: float, unread: bool, lex) -> bool:
    """Whether ``cand`` may repair a word: below the usual gain, only a word
    the dictionary lists repairs an unlisted one (``studio`` -> ``estudio``)."""
    return not unread or gain >= usual_gain or not lex.profile.unread(cand, lex)


def restoration(word: str, lex, cache: dict | None = None
                ) -> tuple[str, float, str, float] | None:
    """``best_restoration`` plus the gain that makes it a warning, cached
    per word for as long as the run's Lexicon lives (read from the
    language's verdict table for the words it holds)."""
    if cache is None:
        cache = lex.memo(RULE)
    if word not in cache:
        kept = stored(lex, word)
        cache[word] = kept[Slot.RESTORATION] if kept is not None else live_restoration(word, lex)
    return cache[word]


def live_restoration(word: str, lex) -> tuple[str, float, str, float] | None:
    """``restoration`` worked out, never read from a verdict table."""
    found = best_restoration(word, lex)
    return found and (*found, _warn_at(word, found[2], lex))


def _warn_at(word: str, kind: str, lex) -> float:
    """The gain that makes a finding a warning; a language that can tell
    verb forms apart asks more of a verb form (it has neighbours of its own)."""
    verb_like = lex.profile.verb_like
    if kind == "accent" and verb_like is not None:
        # A first-person form ("ultimo", "informo") is no reading of its
        # own where news narrates in the third person.
        first_person = lex.profile.first_person
        own = verb_like(word, lex) and not (first_person is not None and first_person(word, lex))
        return WARN_GAIN_VERB if own else WARN_GAIN_NO_VERB
    if kind in ("letter", "truncation") and _unread(word, lex):
        # "juli": no form of the language; nor is "sie" a verb form, whatever
        # its ending: the dictionary lists every form of every verb
        return min(WARN_GAIN[kind], WARN_GAIN_UNREAD)
    if kind in ("letter", "truncation") and verb_like is not None and verb_like(word, lex):
        return WARN_GAIN[kind] + VERB_MARGIN  # "surte" is a verb form of its own
    return WARN_GAIN[kind]


def _placed_gain(kind: str, lex) -> float | None:
    """The gain a dropped letter or a cut-off end needs anywhere (a cut-off
    end's is the language's: ``_truncation_gain``); below it, down to
    ``WARN_GAIN_UNREAD`` for a word the dictionary does not know, only in
    plain text. None for the other kinds."""
    if kind == "truncation":
        return _truncation_gain(lex)
    return LETTER_GAIN if kind == "letter" else None


# what may follow a word in plain running text: a space and a word, or a
# comma, a full stop, a semicolon or a colon before a space or the end
_PLAIN_AFTER = re.compile(r" [^\W\d_]|[.,;:](?:\s|$)")


def _plain_place(doc, tok) -> bool:
    """Does ``tok`` stand in running text: a word and one space before it, a
    word or a sentence's punctuation after it? Quotes, brackets,
    hyphens, hashtags and figures around a word mark a name, a borrowing or a
    tag (``"vegan McFeast"``, ``(apro)``, ``#foodporn``, ``call 11``)."""
    text, start = doc.text, tok.start
    if start < 2 or text[start - 1] != " " or not text[start - 2].isalpha():
        return False
    return _PLAIN_AFTER.match(text, tok.end) is not None


def _half_of_split(doc, i: int, lex) -> bool:
    """Is word ``i`` one half of a word cut by a stray space?"""
    words, text = doc.words, doc.text
    for a, b in ((i - 1, i), (i, i + 1)):
        if a < 0 or b >= len(words) or text[words[a].end:words[b].start] != " ":
            continue
        left, right = words[a].text, words[b].text
        joined = lex.zipf(left + right)
        if joined >= JOIN_ZIPF and split_evidence(left, right, joined, lex) >= SPLIT_INFO:
            return True
    return False


def _after_object_pronoun(before: str, word: str, lex) -> bool:
    """``me preservo``: a first-person form right after an object pronoun
    (the profile's ``object_pronouns``) is a verb of its own, most often in a
    quote, so its lost-accent reading needs a verb's gain."""
    first_person = lex.profile.first_person
    return (before.lower() in lex.profile.object_pronouns
            and first_person is not None and first_person(word, lex))


def _before_ellipsis(doc, tok) -> bool:
    """Does an ellipsis (``...``, ``..``, ``…``) follow the word right after
    it? A writer shortens a word so on purpose (``el dolor de huev..``)."""
    return doc.text.startswith(("..", "…"), tok.end)


def _after_number(doc, tok) -> bool:
    before = doc.text[:tok.start].rstrip()
    return bool(before) and before[-1].isdigit()


def check(doc, ctx) -> Iterable[Finding]:
    lex = ctx.lexicons[doc.language or "und"]
    if not lex.profile.calibrated:
        return  # the gains below were measured on calibrated languages only
    cache = lex.memo(RULE)  # restorations per word for the run: a batch pays once a word
    # What a word can yield, wherever it stands, is kept per run too (False:
    # nothing), so a document's words are looked up in one pass and only
    # those with a restoration are visited.
    verdicts = lex.memo("realword.verdicts")
    words = doc.words
    texts = doc.word_texts
    hits = fill(verdicts, texts, lambda word: _word_verdict(word, lex, cache) or False)
    for i in compress(range(len(words)), hits):
        tok = words[i]
        word = tok.text
        cand, gain, kind, warn_at = hits[i]
        placed = _placed_gain(kind, lex)
        weak = placed is not None and gain < placed
        if weak and (gain < warn_at or not _plain_place(doc, tok)):
            continue  # a weak repair of a word no dictionary lists: plain text only
        if kind == "ocr" and len(word) <= 3 and _after_number(doc, tok):
            continue  # a unit: 75 cl, 3 ml
        if kind == "accent" and warn_at < WARN_GAIN_VERB and i and _after_object_pronoun(words[i - 1].text, word, lex):
            warn_at = WARN_GAIN_VERB
        if _half_of_split(doc, i, lex):
            continue  # "distri bution": ocr.py reports the split word
        what = {"accent": "an accent was lost", "letter": "a letter was dropped",
                "ocr": "a letter looks misread by OCR", "truncation": "its end was cut off"}[kind]
        confidence = round(min(0.7, 0.25 + 0.1 * gain), 2)
        data = {"neighbour": cand, "kind": kind, "gain": round(gain, 2)}
        fixes = (Fix(tok.start, tok.end, cand, confidence, "display", f"“{cand}”?"),)
        if kind in ORDERED_KINDS:
            # a fragment's place chooses among its completions and the
            # letters it lost (``export certifica have`` -> ``certificate``);
            # the flag and its confidence are the restoration's
            repairs = ordered_restorations(doc, tok.start, tok.end, cand, kind, lex, doc.story_words)
            if weak and repairs:  # only what the dictionary lists (``alerta``, not ``albert``)
                repairs = [c for c in repairs if not lex.profile.unread(c.word, lex)]
            if repairs:
                top = repairs[0].score
                fixes = tuple(Fix(tok.start, tok.end, c.word,
                                  round(confidence * 10 ** (c.score - top), 3), "display",
                                  f"“{c.word}”?") for c in repairs)
                data["candidates"] = [c.word for c in repairs]
                data["echoed"] = True  # the story's words weighed already
        if kind in ("letter", "truncation") and _before_ellipsis(doc, tok):
            warn_at = math.inf  # "de su pend...": cut short by its writer, on purpose
        yield Finding(
            rule=RULE, category="garble", severity="warning" if gain >= warn_at else "info",
            start=tok.start, end=tok.end,
            message=f"“{word}” is a word, but “{cand}” is {10 ** gain:,.0f} times more common "
            f"and differs only in that {what}",
            confidence=confidence,
            fixes=fixes,
            suspect=(tok.start, tok.end),
            data=data,
        )


def _word_verdict(word: str, lex, cache: dict) -> tuple[str, float, str, float] | None:
    """The restoration ``check`` reports for ``word`` unless its place
    excuses it, or None when the word is never looked at."""
    # Names and acronyms are not damaged common words; short words
    # (el/él, si/sí, mas/más) are settled by grammar, not frequency,
    # unless OCR made them (sc, cn, thc).
    if is_capitalized(word) or not word.isalpha() or len(word) < 2:
        return None
    if lex.accepted and word.lower() in lex.accepted:
        return None  # the user's vocabulary (accept) is never flagged
    return cache[word] if word in cache else restoration(word, lex, cache)
