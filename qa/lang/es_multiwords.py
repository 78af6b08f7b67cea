"""Spanish locutions from LanguageTool's own multiword list.

LanguageTool's Spanish disambiguator reads ``multiwords.txt`` inside
``language-es-<version>.jar``: some 11,000 lines, of which about 1,750 are
locutions tagged ``LOC_ADV``, ``LOC_PREP``, ``LOC_CS`` (a conjunction) and
``LOC_ADJ`` (``gracias a``, ``a riesgo de``, ``a raíz de``); the rest are
proper names, nouns and Latin or other foreign phrases. ``qa languagetool
install`` copies the locutions, as written, into ``tags/es-locutions.txt``
of the install (``build``), beside the tag tables; a run reads that file
(``read``) and ``qa.lang.es_locutions`` merges it with its own list. No
run downloads anything: without the file the hand list works alone.

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
    """Copy the locutions of the installed Spanish jar's multiword list
    into ``path_in(home)``; None when the jar is absent (then the hand list
    works alone)."""
    jars = sorted((home / "lib").glob(JAR))
    if not jars:
        return None
    with zipfile.ZipFile(jars[-1]) as z:
        text = z.read(ENTRY).decode("utf-8")
    target = path_in(home)
    target.parent.mkdir(parents=True, exist_ok=True)
    body = "".join(f"{phrase}\t{tag}\n" for phrase, tag in locution_lines(text))
    # written whole, then renamed: a run never reads half a list
    partial = target.with_name(target.name + ".part")
    partial.write_text(body, encoding="utf-8")
    partial.replace(target)
    return target


def read(home: str | Path | None, tags=LOCUTION_TAGS) -> list[tuple[tuple[str, ...], str]]:
    """(expression's words, tag) of each locution the install copied, of
    ``tags``; [] without the file."""
    try:
        text = path_in(home).read_text(encoding="utf-8")
    except OSError:
        return []
    out = []
    for line in text.splitlines():
        phrase, _, tag = line.partition("\t")
        if tag in tags:
            out.append((tuple(phrase.split()), tag))
    return out
