"""The seeded damage generator: one injected damage of a named kind per text.

Every kind newsqa claims to catch has a generator here; each returns the
damaged text, the gold span (code points into the damaged text), and whether
the original can be recovered from the text alone (a word replaced by a
repeat of its neighbour, or a text cut off, cannot: the lost words are not
in the text). The same ``random.Random`` and the same text always give the
same damage.
"""
from __future__ import annotations

import html
import html.entities
import random
from dataclasses import dataclass
from typing import Callable

from qa.text.tokens import Token, tokenize

# kind -> what it is, for the table
KINDS: dict[str, str] = {
    "neighbour_repeat": "word replaced by its neighbour",
    "neighbour_repeat_quoted": "word replaced by its neighbour, in quotes",
    "mojibake": "mojibake",
    "ocr": "OCR confusion",
    "split": "word split by a space or hyphen",
    "glue": "two words glued",
    "lost_accent_word": "lost accent, leaves a word",
    "lost_accent_nonword": "lost accent, leaves a non-word",
    "drop_letter_word": "dropped letter, leaves a word",
    "drop_letter_nonword": "dropped letter, leaves a non-word",
    "cut_word_word": "cut-off word, leaves a word",
    "cut_word_nonword": "cut-off word, leaves a non-word",
    "determiner": "determiner no longer agrees",
    "inner_capital": "capital inside a lowercase word",
    "scraping_inline": "scraping leftover inside a paragraph",
    "scraping_line": "scraping leftover on its own line",
    "html_entity": "HTML entity",
    "html_tag": "HTML tag",
    "cut_text_word": "text cut mid-word",
    "cut_text_sentence": "text cut mid-sentence",
}
# Kinds that need letters a language does not use in ordinary words.
ONLY = {"lost_accent_word": ("es",), "lost_accent_nonword": ("es",)}
# The lost words are not in the text: no fix can give the original back.
UNRECOVERABLE = frozenset({"neighbour_repeat", "neighbour_repeat_quoted", "cut_text_word",
                           "cut_text_sentence"})

OCR = (("m", "rn"), ("rn", "m"), ("l", "1"), ("o", "0"), ("e", "c"), ("h", "b"), ("d", "cl"),
       ("i", "l"), ("u", "ii"), ("c", "e"), ("n", "ri"))
ACCENTED = dict(zip("áéíóúñ", "aeioun"))
KNOWN = 2.5  # Zipf at or above which a damaged form counts as a real word
UNKNOWN = 1.5  # Zipf below which it counts as a non-word (wordfreq lists common typos)
# Web text drops accents so often that wordfreq lists "tambien" (5.0) and
# "segun" (4.3); an accentless form is a word of its own ("esta", "publico",
# "te") only when it is about as common as the accented one.
ACCENT_GAP = 1.0
# Accents the Spanish Academy made optional or dropped in 2010 (adverb
# "solo", demonstrative pronouns, monosyllables such as "guion" and "rio"):
# an older text's "sólo" written "solo" is today's spelling, not damage.
OPTIONAL_ACCENTS = frozenset({
    "sólo", "éste", "ésta", "éstos", "éstas", "ése", "ésa", "ésos", "ésas",
    "aquél", "aquélla", "aquéllos", "aquéllas", "guión", "truhán", "rió", "lió",
    "fié", "crió", "crié", "guió", "guié", "pié", "huí", "riáis", "liáis"})
QUOTES = {"es": ("“", "”"), "en": ("“", "”")}
DETERMINERS = {
    "es": {"el": ("la", "los"), "la": ("el", "las"), "los": ("las", "el"), "las": ("los", "la"),
           "un": ("una", "unos"), "una": ("un", "unas"), "este": ("esta", "estos"),
           "esta": ("este", "estas"), "estos": ("estas", "este"), "estas": ("estos", "esta"),
           "su": ("sus",), "sus": ("su",), "nuestro": ("nuestra",), "nuestra": ("nuestro",)},
    "en": {"this": ("these",), "these": ("this",), "that": ("those",), "those": ("that",),
           "a": ("an",), "an": ("a",), "many": ("much",), "much": ("many",)},
}
# Scraping furniture, as extraction leaves it. ``{title}`` is another
# article's headline. Even entries belong to the calibration half and odd
# ones to the test half, so a rule tuned on one half is judged on phrases
# it was not tuned on.
LEFTOVERS = {
    "es": (
        "Lee también: {title}", "LEE TAMBIÉN: {title}",
        "Te puede interesar: {title}", "Te puede interesar", "Puedes leer: {title}",
        "Lee más: {title}", "Sigue leyendo", "Continúa leyendo después de la publicidad",
        "Publicidad", "PUBLICIDAD", "Compartir en Facebook Compartir en Twitter",
        "Facebook Twitter WhatsApp Telegram Correo", "Suscríbete a nuestro boletín",
        "Suscríbete aquí a nuestro newsletter", "Foto: Cuartoscuro", "Foto: Archivo / EFE",
        "(Foto: Especial)", "Fotografía: AFP", "© 2020 El Universal", "Copyright © 2021 Milenio",
        "Por: Redacción", "Por Redacción Animal Político", "Te recomendamos: {title}",
        "Recomendamos: {title}", "Síguenos en Twitter", "Síguenos en Google Noticias",
        "Haz clic aquí para suscribirte", "Da clic aquí para más información",
        "Ver más: {title}", "Relacionado: {title}", "Notas relacionadas: {title}",
        "Mira también: {title}",
    ),
    "en": (
        "Read more: {title}", "READ MORE: {title}", "Click here to subscribe",
        "Click here to sign up for our newsletter", "Story continues below advertisement",
        "Article continues below advertisement", "Advertisement", "ADVERTISEMENT",
        "Share this article", "Share on Facebook Share on Twitter Share via Email",
        "Facebook Twitter LinkedIn Email", "Sign up for our daily newsletter",
        "Subscribe to our newsletter", "Photo: Getty Images", "(Photo by Mark Wilson/Getty Images)",
        "Image copyright Reuters", "Photograph: AP", "© 2021 The Associated Press",
        "Copyright © 2020 Reuters", "By Jane Doe, Staff Writer", "By John Smith | Staff reporter",
        "Related: {title}", "RELATED: {title}", "Also read: {title}", "Recommended: {title}",
        "Follow us on Twitter", "Continue reading below", "Continue reading the main story",
        "Scroll down for video", "You might also like: {title}", "Don't miss: {title}",
        "More from Reuters: {title}",
    ),
}
HTML_TAGS = ("<br>", "<br />", "</p>", "<p>", "</div>", "<span>")
WRAPS = (("<strong>", "</strong>"), ("<em>", "</em>"), ('<a href="https://example.com/nota">', "</a>"),
         ("<b>", "</b>"), ("<i>", "</i>"))


@dataclass(frozen=True)
class Damage:
    kind: str
    text: str  # the damaged text
    start: int  # gold span in ``text``
    end: int
    original: str  # the text before damage
    recoverable: bool


def half_of(leftover_index: int) -> str:
    return "calibration" if leftover_index % 2 == 0 else "test"


def kinds_for(language: str) -> list[str]:
    return [k for k in KINDS if language in ONLY.get(k, (language,))]


def inject(text: str, kind: str, lex, rng: random.Random, *, language: str,
           half: str = "test", titles: tuple[str, ...] = ()) -> Damage | None:
    """One damage of ``kind`` in ``text``, or None when nothing in it fits.

    >>> import random
    >>> d = inject("Dijo que la guerra sigue.", "inner_capital", None, random.Random(1), language="es")
    >>> d.text[d.start:d.end], d.original[d.start:d.end]
    ('sigUe', 'sigue')
    """
    made = _GENERATORS[kind](text, lex, rng, language, half, titles)
    if made is None:
        return None
    damaged, start, end = made
    return Damage(kind, damaged, start, end, text, kind not in UNRECOVERABLE)


def _words(text: str) -> list[Token]:
    return [t for t in tokenize(text) if t.kind == "word"]


def _candidates(text: str, rng: random.Random) -> list[tuple[int, Token, list[Token]]]:
    """Lower-case alphabetic words after the first, in a seeded order."""
    words = _words(text)
    order = [i for i in range(1, len(words)) if words[i].text.isalpha() and words[i].text.islower()]
    rng.shuffle(order)
    return [(i, words[i], words) for i in order]


def _replace_word(text: str, rng: random.Random, options: Callable[[str], list[str]]):
    for _, tok, _ in _candidates(text, rng):
        opts = [o for o in options(tok.text) if o != tok.text]
        if opts:
            new = rng.choice(opts)
            return text[:tok.start] + new + text[tok.end:], tok.start, tok.start + len(new)
    return None


def _is_word(lex, form: str, original: str) -> bool:
    return lex.zipf(form.lower()) >= KNOWN


def _is_nonword(lex, form: str, original: str) -> bool:
    return lex.zipf(form.lower()) < UNKNOWN


def _is_accentless_word(lex, form: str, original: str) -> bool:
    z = lex.zipf(form.lower())
    return z >= KNOWN and z >= lex.zipf(original.lower()) - ACCENT_GAP


def _is_accentless_nonword(lex, form: str, original: str) -> bool:
    return lex.zipf(form.lower()) < lex.zipf(original.lower()) - ACCENT_GAP


def _drop_letter(want):
    def gen(text, lex, rng, language, half, titles):
        return _replace_word(text, rng, lambda w: [
            o for o in (w[:k] + w[k + 1:] for k in range(len(w))) if len(w) >= 4 and want(lex, o, w)])
    return gen


def _lost_accent(want):
    def gen(text, lex, rng, language, half, titles):
        return _replace_word(text, rng, lambda w: [] if w.lower() in OPTIONAL_ACCENTS else [
            o for o in (w[:k] + ACCENTED[c] + w[k + 1:] for k, c in enumerate(w) if c in ACCENTED)
            if want(lex, o, w)])
    return gen


def _cut_word(want):
    def gen(text, lex, rng, language, half, titles):
        return _replace_word(text, rng, lambda w: [
            w[:-k] for k in (1, 2, 3) if len(w) >= 5 and len(w) - k >= 3 and want(lex, w[:-k], w)])
    return gen


def _neighbour(quoted: bool):
    def gen(text, lex, rng, language, half, titles):
        for i, tok, words in _candidates(text, rng):
            prev = words[i - 1]
            gap = text[prev.end:tok.start]
            if prev.text.isalpha() and prev.text.lower() != tok.text.lower() and gap == " ":
                new = prev.text.lower()
                if quoted:
                    opening, closing = QUOTES[language]
                    new = opening + new + closing
                return text[:tok.start] + new + text[tok.end:], tok.start, tok.start + len(new)
        return None
    return gen


def _ocr(text, lex, rng, language, half, titles):
    def confuse(w: str) -> list[str]:
        pairs = [(a, b) for a, b in OCR if a in w]
        if not pairs:
            return []
        a, b = rng.choice(pairs)
        k = w.find(a)
        return [w[:k] + b + w[k + len(a):]]
    return _replace_word(text, rng, confuse)


def _mojibake(text, lex, rng, language, half, titles):
    for _, tok, _ in _candidates(text, rng):
        if any(ord(c) > 127 for c in tok.text):
            new = tok.text.encode("utf-8").decode("cp1252", errors="replace")
            return text[:tok.start] + new + text[tok.end:], tok.start, tok.start + len(new)
    for tok in _words(text):  # English copy: a curly apostrophe or quote mark
        for k, c in enumerate(tok.text):
            if c in "’'":
                new = tok.text[:k] + "â€™" + tok.text[k + 1:]
                return text[:tok.start] + new + text[tok.end:], tok.start, tok.start + len(new)
    return None


def _split(text, lex, rng, language, half, titles):
    for _, tok, _ in _candidates(text, rng):
        if len(tok.text) >= 6:
            k = rng.randrange(2, len(tok.text) - 2)
            joint = rng.choice((" ", " ", "- "))
            new = tok.text[:k] + joint + tok.text[k:]
            return text[:tok.start] + new + text[tok.end:], tok.start, tok.start + len(new)
    return None


def _glue(text, lex, rng, language, half, titles):
    for i, tok, words in _candidates(text, rng):
        if i + 1 < len(words):
            nxt = words[i + 1]
            if text[tok.end:nxt.start] == " " and nxt.text.isalpha():
                return text[:tok.end] + text[nxt.start:], tok.start, nxt.end - 1
    return None


def _determiner(text, lex, rng, language, half, titles):
    table = DETERMINERS[language]
    words = _words(text)
    order = list(range(len(words) - 1))
    rng.shuffle(order)
    for i in order:
        tok, nxt = words[i], words[i + 1]
        if tok.text in table and text[tok.end:nxt.start] == " " and nxt.text.islower():
            new = rng.choice(table[tok.text])
            if language == "en" and new in ("a", "an"):
                vowel = nxt.text[0] in "aeiou"
                if (new == "an") == vowel:
                    continue  # the swap would still agree
            return text[:tok.start] + new + text[tok.end:], tok.start, tok.start + len(new)
    return None


def _inner_capital(text, lex, rng, language, half, titles):
    for _, tok, _ in _candidates(text, rng):
        w = tok.text
        if len(w) >= 5:
            k = rng.randrange(1, len(w))
            new = w[:k] + w[k].upper() + w[k + 1:]
            return text[:tok.start] + new + text[tok.end:], tok.start, tok.end
    return None


def _leftover(language: str, half: str, rng: random.Random, titles: tuple[str, ...]) -> str:
    pool = [p for k, p in enumerate(LEFTOVERS[language]) if half_of(k) == half]
    phrase = rng.choice(pool)
    if "{title}" in phrase:
        title = rng.choice(titles) if titles else "Una nota relacionada"
        phrase = phrase.replace("{title}", title)
    return phrase


def _sentence_ends(text: str) -> list[int]:
    """Offsets just after a sentence end followed by a space inside a line."""
    toks = tokenize(text)
    out = []
    for a, b in zip(toks, toks[1:]):
        if a.text in ".!?" and text[a.end:b.start] == " " and b.text[:1].isupper():
            out.append(a.end)
    return out


def _line_breaks(text: str) -> list[int]:
    return [k for k, c in enumerate(text) if c == "\n" and k > 0]


def _leftover_at(spots: Callable[[str], list[int]], joint: str):
    """Insert a leftover after one of ``spots(text)``, joined by ``joint``:
    a space glues it into a paragraph, a line break puts it on its own line."""
    def gen(text, lex, rng, language, half, titles):
        places = spots(text)
        if not places:
            return None
        at = rng.choice(places)
        phrase = _leftover(language, half, rng, titles)
        return text[:at] + joint + phrase + text[at:], at + 1, at + 1 + len(phrase)
    return gen


def _html_entity(text, lex, rng, language, half, titles):
    spots = [(k, f"&{name};") for k, c in enumerate(text)
             for name in (_ENTITY_NAMES.get(c),) if name]
    spots += [(k, "&nbsp;") for k, c in enumerate(text) if c == " " and 0 < k < len(text) - 1
              and text[k - 1].isalpha() and text[k + 1].isalpha()]
    if not spots:
        return None
    k, entity = rng.choice(spots)
    return text[:k] + entity + text[k + 1:], k, k + len(entity)


_ENTITY_NAMES = {c: n for n, c in html.entities.html5.items() if n.endswith(";")
                 for n in (n[:-1],) if n.isalpha() and n.islower() and len(c) == 1
                 and c in "áéíóúñüÁÉÍÓÚÑ“”‘’«»—–&\""}


def _html_tag(text, lex, rng, language, half, titles):
    if rng.random() < 0.5:
        ends = _sentence_ends(text)
        if ends:
            at = rng.choice(ends)
            tag = rng.choice(HTML_TAGS)
            return text[:at] + tag + text[at:], at, at + len(tag)
    for _, tok, _ in _candidates(text, rng):
        opening, closing = rng.choice(WRAPS)
        new = opening + tok.text + closing
        return text[:tok.start] + new + text[tok.end:], tok.start, tok.start + len(new)
    return None


def _cut_text(mid_word: bool):
    def gen(text, lex, rng, language, half, titles):
        toks = tokenize(text)
        half_way = len(text) // 2
        spots = []
        for a, b in zip(toks, toks[1:]):
            if a.kind != "word" or a.start < half_way or not a.text.isalpha():
                continue
            if mid_word and len(a.text) >= 5:
                spots.append((a.start, a.start + rng.randrange(2, len(a.text) - 1)))
            elif not mid_word and b.text not in ".!?…:;" and text[a.end:b.start] == " ":
                spots.append((a.start, a.end))
        if not spots:
            return None
        start, cut = rng.choice(spots)
        return text[:cut], start, cut
    return gen


_GENERATORS = {
    "neighbour_repeat": _neighbour(False),
    "neighbour_repeat_quoted": _neighbour(True),
    "mojibake": _mojibake,
    "ocr": _ocr,
    "split": _split,
    "glue": _glue,
    "lost_accent_word": _lost_accent(_is_accentless_word),
    "lost_accent_nonword": _lost_accent(_is_accentless_nonword),
    "drop_letter_word": _drop_letter(_is_word),
    "drop_letter_nonword": _drop_letter(_is_nonword),
    "cut_word_word": _cut_word(_is_word),
    "cut_word_nonword": _cut_word(_is_nonword),
    "determiner": _determiner,
    "inner_capital": _inner_capital,
    "scraping_inline": _leftover_at(_sentence_ends, " "),
    "scraping_line": _leftover_at(_line_breaks, "\n"),
    "html_entity": _html_entity,
    "html_tag": _html_tag,
    "cut_text_word": _cut_text(True),
    "cut_text_sentence": _cut_text(False),
}
assert set(_GENERATORS) == set(KINDS)
