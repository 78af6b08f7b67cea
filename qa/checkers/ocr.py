"""Damage that lives between and across tokens: split words and garbage strings.

*Split words*: a stray space or a line-end hyphenation left in scraped or
OCR'd copy cuts a word in two (``gobier no``, ``guer- ra``, ``no-\\nmination``).
A pair is joined when one half is not a word on its own and the join is a
common word, or when the join is far likelier than the two words side by
side: a noisy channel that weighs the joined word's frequency, times the
chance of a stray space, against the two words' frequencies as if they
stood together by chance (``em presa``, ``par tes``, ``reflect ing``). Two
real words that often meet ("de más", "a parte", "may be") stay quiet.

*Garbage*: the rmgarbage rules (Taghva, Nartker, Condit and Borsack 2001,
"Automatic removal of garbage strings in OCR text") on whitespace-delimited
strings: too long, one character run four times, mixed case inside a
lower-case word, no vowels, several kinds of punctuation inside. They need
no word list, so every language gets them; where a list exists, a listed
word is never garbage.
"""
from __future__ import annotations

import math
import operator
import re
from itertools import compress
from typing import Iterable, Iterator

import regex

from ..model import Finding, Fix, RuleInfo, RuleRoles
from ..text.freqlists import words_before_rarer
from ..text.suggest import match_case
from ..text.wordforms import derived_known
from .glue import function_word_before_capital, glued_unit

RULES = (
    RuleInfo(
        id="OCR.SplitWord",
        roles=RuleRoles(family="spelling", word_level=True, explains_inside=True),
        category="ocr",
        severity="warning",
        description="A word cut in two by a stray space or a broken line-end hyphenation.",
        why="Scrapers and OCR keep the hyphen and line break of the printed column, or insert "
        "spaces; the halves are not words and search, spell checking and reading all suffer.",
        instead="Join the halves.",
        source="qa/checkers/ocr.py",
        languages=("es", "en"),
        flag=("El gobier no anunció nuevas medidas.", "Se declaró la guer- ra en mayo.",
              "La decisión del presi-\ndente llegó tarde."),
        ok=("No quiso decir nada de más.", "Lo dejó a parte de los otros.",
            "Firmaron un pacto franco-\nalemán.", "Visitó Nueva York y Los Ángeles."),
    ),
    RuleInfo(
        id="OCR.Garbage",
        roles=RuleRoles(family="spelling", word_level=True),
        category="ocr",
        severity="warning",
        description="A string that is not language: OCR noise, a run of one character, mixed "
        "case inside a word, no vowels, punctuation strewn inside a word, or far too long.",
        why="Garbage strings come from OCR of images, rules and stains, or from a scraper that "
        "kept markup or binary data; they are noise for readers and for every later check.",
        instead="Delete the string or restore the text it stands for.",
        source="qa/checkers/ocr.py",
        flag=("Las tropas llegaron i,fwi!j.n.g.'iii al frente de la guerra.",
              "Las tropas se fueron de la ciudad jjjjjjjhh con la guerra.",
              "El informe fue firmado por eL sEcretario de la junta.",
              "Se publicó el documento xkcdrtvp en la ciudad.",
              "El texto de la nota acabó en " + "abcdefghij" * 5 + " y nada más."),
        ok=("Costó 1.250,5 dólares, un 3,5% más, a las 12:30 h.", "Compró un iPhone en eBay.",
            "The U.S.-based firm said on Friday.", "Visit https://example.com/a/b?c=d&e=f now.",
            "¡Goooool de México!", "Visitó la sede de la OTAN y de la ONU.",
            "El grupo BBVA y la CNMV lo confirmaron."),
    ),
)

# Split and garbage thresholds were measured on 465,000 words of clean news
# and on OCR'd newspapers (docs/spelling.md); where the language profile is
# not calibrated, findings stay at info.
# A join must be at least this common (zipf) to be offered.
JOIN_ZIPF = 3.0
LONG_STRING = 40
# A half of a split word may be listed, but no commoner than this (zipf).
WEAK_ZIPF = 2.5
# Split-word evidence in powers of ten: log10 f(joined) - log10 f(left)
# - log10 f(right), plus the log odds of a stray space (folded into the
# thresholds). On 465,000 words of clean news only "lap top" and "narco
# tráfico" reach 4.5 and "per cent" 3.8; injected splits mostly score 5-9.
SPLIT_INFO = 4.0
SPLIT_WARN = 4.5
# An unlisted half counts as this common (zipf): rare, not impossible.
FLOOR_ZIPF = 1.0

_UNSEEN = object()
_CHUNK = regex.compile(r"\S+")
# A word this common (frequency; zipf 5) after a hyphen and a space may
# follow a dash that closes an aside rather than a broken word.
_ASIDE_WORD = 1e-4
# What may stand between the halves of a split word: one space, or a hyphen
# (or soft hyphen) followed by a space or a line break.
_GAPS = frozenset({" ", "- ", "-\n", "\u00ad", "\u00ad ", "\u00ad\n", "\u2010 ", "\u2010\n"})
_EDGE = regex.compile(r"^[\p{P}\p{S}]+|[\p{P}\p{S}]+$")
_RUN = regex.compile(r"(\p{L})\1{3,}")
_VOWELS = frozenset("aeiouyáéíóúàèìòùäëïöüâêîôûåæøœãõāēīōūæ")
_LATIN = regex.compile(r"^\p{Latin}+$")
_ODD_PUNCT = regex.compile(r"[^\p{L}\p{N}\p{M}\p{Sc}'’\-‐.,/:%&]")
# Links, handles and tags, and a string with an HTML tag in it: its marks
# are the tag's (Encoding.Tag reports it), not noise.
_SKIP = regex.compile(r"://|^www\.|@|^#|</?[A-Za-z][A-Za-z0-9]*\b[^<>]*>")
# Strings a word-by-word look misses: far too long, or an odd mark
# between two letters (i,fwi!j.n.g). The mark is searched first (re skips
# ahead to a character of a leading class) and its neighbours checked after.
_LONG_STRING = re.compile(r"\S{%d,}" % (LONG_STRING + 1))
_ODD_MARK = re.compile(r"[^\w\s'’\-‐.,/:%&$€£¥](?=[^\W_])")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


def check(doc, ctx) -> Iterable[Finding]:
    language = doc.language or "und"
    lexicon = ctx.lexicons[language]
    accepted = ctx.lexicons.accepted
    calibrated = lexicon.profile.calibrated
    words = doc.words
    freq = lexicon.frequencies
    texts = doc.word_texts
    lows = list(map(str.lower, texts))
    # Every rule below starts from a word the list lacks (or from odd case),
    # so one lookup per distinct word decides where to look closer. The set
    # probes the word list directly: a per-run memo of the answers cost more
    # to fill than it saved, since most words of new text are looked up once.
    if freq:
        # Probed word by word: set.difference() copies its argument into a
        # set unless it is exactly a dict, and the word list is a dict
        # subclass (qa.text.freqlists), so that copy cost 4 ms a document.
        missing = {w for w in set(lows) if w not in freq}
        unlisted = list(compress(range(len(words)), map(missing.__contains__, lows))) \
            if missing else []
    else:
        unlisted = list(range(len(words)))
    yield from _split_words(doc, lexicon, accepted, calibrated, lows)
    yield from _garbage(doc, unlisted, lexicon, accepted, calibrated, texts)


def _weak(word: str, joined_freq: float, lexicon, accepted: frozenset[str]) -> bool:
    """Not a word on its own: unlisted, or listed only as a rare fragment
    (wordfreq holds ``gobier`` and ``guer`` from text split just like this)."""
    low = word.lower()
    f = lexicon.frequencies.get(low, 0.0)
    if low in accepted or f >= 10 ** (WEAK_ZIPF - 9) or f * 100 > joined_freq:
        return False
    return not derived_known(low, lexicon)


def split_evidence(left: str, right: str, joined_zipf: float, lexicon) -> float:
    """How much likelier (powers of ten) ``left right`` is one word cut by a
    stray space than two words that met by chance.

    >>> from qa.lexicon import Lexicon
    >>> es = Lexicon("es")
    >>> split_evidence("em", "presa", es.zipf("empresa"), es) > SPLIT_WARN
    True
    >>> split_evidence("de", "más", es.zipf("demás"), es) < SPLIT_INFO
    True
    """
    zl = max(lexicon.zipf(left.lower()), FLOOR_ZIPF)
    zr = max(lexicon.zipf(right.lower()), FLOOR_ZIPF)
    return joined_zipf - zl - zr + 9.0


def _split_words(doc, lexicon, accepted, calibrated: bool, lows: list[str] | None = None
                 ) -> Iterator[Finding]:
    freq = lexicon.frequencies
    if not freq:
        return
    text = doc.text
    words = doc.words
    # Every adjacent pair is looked up, so the joins are built and looked
    # up in bulk: one intersection with the words common enough to be
    # offered (a tenth of the list, so the probes stay in cache); the few
    # that are common words get a closer look.
    if lows is None:
        lows = list(map(str.lower, doc.word_texts))
    joins = list(map(str.__add__, lows, lows[1:]))
    common = joinable_words(lexicon).intersection(joins)
    if not common:
        return
    verdicts = lexicon.memo("ocr.split")
    for i in compress(range(len(joins)), map(common.__contains__, joins)):
        a, b = words[i], words[i + 1]
        gap = text[a.end:b.start]
        if gap not in _GAPS:
            continue
        # The verdict depends only on the two words and the gap, and an
        # article's pairs recur in the next one, so it is kept per run.
        key = (a.text, gap, b.text)
        verdict = verdicts.get(key, _UNSEEN)
        if verdict is _UNSEEN:
            verdict = verdicts[key] = _split_verdict(a.text, gap, b.text, lexicon, accepted)
        if verdict is None:
            continue
        strong, joined, zipf = verdict
        strong = strong and calibrated
        replacement = match_case(a.text, joined)
        yield Finding(
            rule="OCR.SplitWord",
            category="ocr",
            severity="warning" if strong else "info",
            start=a.start,
            end=b.end,
            message=f"“{text[a.start:b.end]}” looks like one word cut in two: “{replacement}”.",
            confidence=0.85 if strong else 0.5,
            fixes=(Fix(a.start, b.end, replacement, 0.85 if strong else 0.5, "unsafe", "join"),),
            data={"joined": joined, "zipf": zipf},
        )


def joinable_words(lexicon) -> frozenset[str]:
    """The listed words at least JOIN_ZIPF common, built once per run.

    Most pairs of a new article were never seen before, so a memo of the
    joins already looked up missed more than it hit and grew without end;
    this set is fixed (about 30,000 words).
    """
    kept = lexicon.memo("ocr.joinable")
    words = kept.get(JOIN_ZIPF)
    if words is None:
        floor = 10 ** (JOIN_ZIPF - 9)
        words = kept[JOIN_ZIPF] = frozenset(words_before_rarer(lexicon.frequencies, floor))
    return words


def _split_verdict(at: str, gap: str, bt: str, lexicon, accepted
                   ) -> tuple[bool, str, float] | None:
    """Whether ``at``, ``gap``, ``bt`` is one word cut in two: None, or
    (strong evidence, the joined word, its zipf)."""
    freq = lexicon.frequencies
    if not bt[:1].islower():
        return None
    hyphenated = gap != " "
    # A capitalised first half is a name unless a hyphen broke it.
    if at[:1].isupper() and (not hyphenated or at.isupper() and len(at) > 1):
        return None
    joined = at.lower() + bt.lower()
    f = freq[joined]
    if joined in accepted:
        return None
    if hyphenated and ("\n" in gap or freq.get(bt.lower(), 0.0) >= _ASIDE_WORD):
        # A line-end hyphen is damage in running text when a half is no
        # word or the join is far commoner than either half
        # (no-\nmination, presi-\ndente); a compound broken at its own
        # hyphen (franco-\nalemán) does not join into a listed word.
        # Inside a line a hyphen and a space join nothing a writer means
        # (a suspended compound's "pre- and post-" joins no listed word):
        # a listed join is the word the column broke (mo- nths, re- ported),
        # unless a common word follows, which may open the sentence again
        # after a dash that closed an aside (el clima normal- es el uso).
        if f < 10 * max(freq.get(at.lower(), 0.0), freq.get(bt.lower(), 0.0)) and not (
                _weak(at, f, lexicon, accepted) or _weak(bt, f, lexicon, accepted)):
            return None
    zipf = _zipf(f)
    if hyphenated:
        strong = zipf >= 3.5
    else:
        weak = _weak(at, f, lexicon, accepted) or _weak(bt, f, lexicon, accepted)
        evidence = split_evidence(at, bt, zipf, lexicon)
        if not weak and evidence < SPLIT_INFO:
            return None
        strong = evidence >= SPLIT_WARN or (weak and zipf >= 3.5)
    return strong, joined, zipf


def garbage_reason(core: str, lexicon=None) -> str | None:
    """Why a whitespace-delimited string (edges stripped) is garbage, or None.

    >>> from qa.lexicon import Lexicon
    >>> en = Lexicon("en")
    >>> garbage_reason("tHe", en), garbage_reason("iPhone", en), garbage_reason("xkcdrtvp", en)
    ('mixed case inside a word', None, 'no vowels')
    """
    letters = sum(c.isalpha() for c in core)
    if letters == 0:
        return None
    if len(core) > LONG_STRING and not regex.search(r"[-/_.]", core):
        return "too long to be a word"
    inner = core[1:-1]
    marks = {c for c in inner if not (c.isalnum() or c.isspace())}
    odd = set(_ODD_PUNCT.findall(inner))
    # Numbers, abbreviations and compounds use . , ' - / : (1.250,5 U.S.-based);
    # anything else inside a word, twice over, is noise.
    if len(odd) >= 2 or (len(odd) >= 1 and len(marks) >= 3):
        return "punctuation strewn inside a word"
    for word in regex.findall(r"[\p{L}\p{M}]+", core):
        # tHe: listed or not, the case is damaged; a function word glued to a
        # capitalised word (deAristegui) is glue, which nonword reports
        if _mixed_case(word) and not (lexicon is not None and function_word_before_capital(word, lexicon)):
            return "mixed case inside a word"
        low = word.lower()
        if lexicon is not None and low in lexicon.frequencies:
            continue
        run = _RUN.search(word)
        # "goooool" is shouting, not noise: the collapsed word is listed.
        # Without a word list the two cannot be told apart.
        if run and lexicon is not None and lexicon.available and not _collapsed_known(low, lexicon):
            return "one letter repeated four times or more"
        if len(word) >= 5 and not word.isupper() and _LATIN.match(word) and \
                not (set(low) & _VOWELS) and lexicon is not None and lexicon.available and \
                glued_unit(low, lexicon) is None:  # two units run together (mlndlrs): glue
            return "no vowels"
    return None


def _mixed_case(word: str) -> bool:
    """rmgarbage: first and last letters lower case, an upper-case letter inside.

    A capital after a leading i or e is a brand (iPhone, eBay, eMarketer),
    and a capital between two longer lower-case parts is two glued words
    (``nonword`` reports those), so neither counts here.
    """
    if not (word[0].islower() and word[-1].islower()):
        return False
    uppers = [i for i, c in enumerate(word) if c.isupper()]
    if not uppers:
        return False
    if len(uppers) == 1:
        i = uppers[0]
        if (i == 1 and word[0] in "ie") or (i >= 3 and len(word) - i >= 3):
            return False
    return True


def _collapsed_known(low: str, lexicon) -> bool:
    once = regex.sub(r"(\p{L})\1+", r"\1", low)
    twice = regex.sub(r"(\p{L})\1{2,}", r"\1\1", low)
    return any(len(w) >= 3 and lexicon.zipf(w) >= 3.0 for w in (once, twice))


def _garbage(doc, unlisted, lexicon, accepted, calibrated: bool,
             texts: list[str] | None = None) -> Iterator[Finding]:
    text, words = doc.text, doc.words
    if texts is None:
        texts = [t.text for t in words]
    # Letter rules (runs, no vowels) need an unlisted word; mixed case hides
    # in listed ones too (tHe); punctuation and length live in whole strings.
    spans = {(words[i].start, words[i].end) for i in unlisted}
    # Three string methods cost less than a per-run memo of their answer.
    flags = [t.islower() or t.istitle() or t.isupper() for t in texts]
    spans.update((t.start, t.end) for t in compress(words, map(operator.not_, flags)))
    for at in _suspect_strings(text):
        start = max(text.rfind(c, 0, at) for c in " \n\t") + 1
        chunk = _CHUNK.match(text, start)
        if chunk is not None and not _SKIP.search(chunk.group()):
            core = _EDGE.sub("", chunk.group())
            begin = chunk.start() + chunk.group().find(core)
            spans.add((begin, begin + len(core)))
    reasons = lexicon.memo("ocr.garbage_reason")
    for begin, end in sorted(spans):
        core = text[begin:end]
        if not core or core.lower() in accepted:
            continue
        reason = reasons.get(core, _UNSEEN)
        if reason is _UNSEEN:
            reason = reasons[core] = garbage_reason(core, lexicon)
        if reason is None:
            continue
        strong = calibrated and reason != "one letter repeated four times or more"
        yield Finding(
            rule="OCR.Garbage",
            category="ocr",
            severity="warning" if strong else "info",
            start=begin,
            end=end,
            message=f"“{core}” is not a word ({reason}); OCR noise or scraping debris.",
            confidence=0.75 if strong else 0.45,
            fixes=(Fix(begin, end, "", 0.3, "display", "delete the string"),),
            data={"reason": reason},
        )


def _suspect_strings(text: str) -> list[int]:
    """Offsets inside the strings a word-by-word look misses: an odd mark
    between two letters or digits, or a string too long to be a word."""
    found = [at - 1 for at in map(re.Match.start, _ODD_MARK.finditer(text))
             if at and _LETTER_OR_DIGIT.match(text, at - 1)]
    if max(map(len, text.split()), default=0) > LONG_STRING:
        found += map(re.Match.start, _LONG_STRING.finditer(text))
    return found


def _zipf(f: float) -> float:
    return round(math.log10(f) + 9, 2) if f > 0 else 0.0
