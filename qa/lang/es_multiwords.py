"""Spanish locutions from LanguageTool's own multiword list.

LanguageTool's Spanish disambiguator reads ``multiwords.txt`` inside
``language-es-<version>.jar``: some 11,000 lines, of which about 1,750 are
locutions tagged ``LOC_ADV``, ``LOC_PREP``, ``LOC_CS`` (a conjunction) and
``LOC_ADJ`` (``gracias a``, ``a riesgo de``, ``a raíz de``); the rest are
proper names, nouns and Latin or other foreign phrases. ``qa languagetool
install`` takes the locutions (``locution_lines``), works out the damaged
forms ``qa.lang.es_locutions`` looks for (``es_locutions.taken_entries``:
its filters read the tag table and the word lists, a cost paid once there
and not by every run) and writes them into ``tags/es-locutions.txt`` of
the install (``build``), beside the tag tables; a run reads that file
(``read_entries``) and merges it with the hand list. No run downloads
anything: without the file the hand list works alone.

The list's foreign phrases are written with ``;`` between phrase and tag
(``ab imo pectore;LOC_ADV``), its Spanish ones with a tab: only the tab's
are taken. A line starting with ``#`` is commented out there.
"""
from __future__ import annotations

import zipfile
from pathlib import Path

JAR = "language-es-*.jar"
ENTRY = "org/languagetool/resource/es/multiwords.txt"
FILE_NAME = "es-locutions.txt"
# The tags of locutions; "Y" and the noun and name tags are not.
LOCUTION_TAGS = ("LOC_ADV", "LOC_PREP", "LOC_CS", "LOC_ADJ")


def locution_lines(text: str, tags=LOCUTION_TAGS) -> list[tuple[str, str]]:
    """(expression lower-cased, tag) of each Spanish locution line of a
    ``multiwords.txt``; in the list's order, each once."""
    out: dict[str, str] = {}
    for line in text.splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        phrase, _, tag = line.partition("\t")
        tag = tag.split("#")[0].strip()
        phrase = " ".join(phrase.lower().split())
        if tag in tags and " " in phrase:
            out.setdefault(phrase, tag)
    return list(out.items())


def path_in(home: str | Path | None) -> Path:
    """Where the install keeps the list: ``tags/`` of the LanguageTool
    folder ``home`` (default: newsqa's own cache)."""
    from ..grammar.install import default_home  # the same cache as LanguageTool's jars
    return (Path(home).expanduser() if home else default_home()) / "tags" / FILE_NAME


def build(home: Path) -> Path | None:
    """Work out the forms of the installed Spanish jar's locutions
    (``qa.lang.es_locutions.taken_entries``: the tag table of ``home`` and
    the word lists are read here, once, not by every run) and write them
    to ``path_in(home)``, one expression a line with its forms; None when
    the jar is absent (then the hand list works alone)."""
    from ..lexicon import Lexicon
    from .es_locutions import taken_entries

    jars = sorted((home / "lib").glob(JAR))
    if not jars:
        return None
    with zipfile.ZipFile(jars[-1]) as z:
        text = z.read(ENTRY).decode("utf-8")
    locutions = [tuple(phrase.split()) for phrase, _ in locution_lines(text)]
    forms: dict[tuple[tuple[str, ...], int], list[str]] = {}
    for form, at, expression in taken_entries(Lexicon("es", tools_home=str(home)), locutions):
        forms.setdefault((expression, at), []).append(form)
    target = path_in(home)
    target.parent.mkdir(parents=True, exist_ok=True)
    body = "".join(f"{' '.join(expression)}\t{at}\t{' '.join(fs)}\n"
                   for (expression, at), fs in forms.items())
    # written whole, then renamed: a run never reads half a list
    partial = target.with_name(target.name + ".part")
    partial.write_text(body, encoding="utf-8")
    partial.replace(target)
    return target


def read_text(home: str | Path | None) -> str:
    """The file the install wrote, as text; "" without it."""
    try:
        return path_in(home).read_text(encoding="utf-8")
    except OSError:
        return ""


def read_entries(home: str | Path | None) -> list[tuple[str, int, tuple[str, ...]]]:
    """(damaged form, position of its key, expression) of each form the
    install wrote; [] without the file."""
    return parse_entries(read_text(home))


def parse_entries(text: str) -> list[tuple[str, int, tuple[str, ...]]]:
    """(damaged form, position of its key, expression) of each form of
    ``text``, the install's file."""
    out = []
    for line in text.splitlines():
        phrase, at, forms = line.split("\t")
        expression, at = tuple(phrase.split()), int(at)
        out.extend((form, at, expression) for form in forms.split())
    return out
