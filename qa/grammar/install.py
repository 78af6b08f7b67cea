"""Fetch LanguageTool's jars from Maven Central and find an installed copy.

The pinned artifacts are listed in ``pom.xml`` next to this module, so an
installed wheel can run ``mvn dependency:copy-dependencies`` on its own.

Checking imports this module for ``default_home`` and ``resolve_home``
only, so what installing needs (subprocess, zipfile, importlib.resources)
is imported where it is used; tempfile is loaded by every run anyway
(qa.text.indexcache).
"""
from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from ..cachedir import cache_home

LT_VERSION = "6.8"
COMPLETE_MARKER = ".complete"
# Modules the pom always brings in; `extra_languages` adds to these.
BASE_LANGUAGES = ("en", "es", "ca", "pt")


class InstallError(RuntimeError):
    """Installing LanguageTool failed; the message says what to do."""


def cache_root() -> Path:
    """Where newsqa keeps LanguageTool: ``$QA_CACHE_DIR`` or ``~/.cache/newsqa``."""
    return cache_home() / "languagetool"


def default_home() -> Path:
    return cache_root() / LT_VERSION


def is_complete(home: Path) -> bool:
    return (home / COMPLETE_MARKER).is_file() and any((home / "lib").glob("languagetool-server-*.jar"))


def install(
    cache_dir: Path | None = None,
    extra_languages: tuple[str, ...] = (),
    progress: Callable[[int, str], None] | None = None,
) -> Path:
    """Copy the pinned LanguageTool jars into ``cache_dir``, build the
    Spanish and English tag tables there (``build_tag_tables``) and the
    Spanish locution list (``build_locution_list``), then the verdict tables
    (``build_verdict_tables``) and return the folder.

    A second call is a no-op once the marker file says the copy finished
    and the table is built;
    a half-finished copy (interrupted download) is redone from scratch.
    Maven's output goes to ``logs/install-*.log`` in the cache;
    ``progress(files_fetched, log_path)`` is called as it goes.
    """
    home = Path(cache_dir) if cache_dir else default_home()
    wanted = sorted(set(extra_languages) - set(BASE_LANGUAGES))
    if not (is_complete(home) and _installed_languages(home) >= set(wanted)):
        _install_jars(home, wanted, progress)
    build_tag_tables(home, progress)
    build_word_list_copies()
    build_locution_list(home)
    build_verdict_tables(home)
    return home


def build_locution_list(home: Path) -> Path | None:
    """Write the damaged forms of the locutions of the Spanish jar's
    multiword list into ``home/tags`` (``qa.lang.es_multiwords``; after the
    tag tables and the word lists, which its filters read); None without
    the jar."""
    from ..lang import es_multiwords

    return es_multiwords.build(home)


def build_word_list_copies() -> list[str]:
    """The quick-loading copies of the word lists of the languages whose
    verdict tables an install builds (``qa.text.freqlists``: a run answers
    its first look-ups from the sorted one), built now rather than by the
    first check; the languages done."""
    from ..text import freqlists

    return [code for code, _ in _table_languages() if freqlists.keep_copies(code)]


def build_verdict_tables(home: Path) -> dict[str, int]:
    """Work out the context checkers' per-word verdicts for the common
    words of each built-in language that has a context model, now that
    the tag table they read is there (``qa.text.verdicttable``; a few
    seconds a language, nothing when the tables for these inputs exist).
    The number of words each table holds, by language."""
    from ..lexicon import Lexicon
    from ..text import verdicttable

    return {code: verdicttable.build(Lexicon(code, profile=profile, tools_home=str(home)))
            for code, profile in _table_languages()}


def _table_languages():
    """(code, profile) of the built-in languages a context checker judges
    with a model: those an install builds verdict tables and list copies for."""
    from ..lang import BUILTIN

    return [(code, profile) for code, profile in BUILTIN.items()
            if profile.calibrated and (profile.context_model or profile.class_context)]


def _tools() -> tuple[str, str]:
    """Maven and Java, or InstallError saying which is missing."""
    mvn = shutil.which("mvn")
    if mvn is None:
        raise InstallError(
            "Maven (`mvn`) is not on PATH; install it (e.g. `apt-get install maven`) "
            "or point newsqa at an existing LanguageTool with --languagetool-home"
        )
    if shutil.which("java") is None:
        raise InstallError("Java is not on PATH; LanguageTool needs Java 17 or newer")
    return mvn, shutil.which("java")


def _install_jars(home: Path, wanted: list[str], progress: Callable[[int, str], None] | None) -> None:
    mvn, _ = _tools()
    home.mkdir(parents=True, exist_ok=True)
    lib = home / "lib"
    (home / COMPLETE_MARKER).unlink(missing_ok=True)
    if lib.exists():
        shutil.rmtree(lib)
    pom = _pom_text(wanted)
    log = cache_root() / "logs" / f"install-{time.strftime('%Y%m%d-%H%M%S')}.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    _copy_dependencies(mvn, pom, lib, log, progress)
    (home / "pom.xml").write_text(pom, encoding="utf-8")
    (home / COMPLETE_MARKER).write_text(LT_VERSION + "\n" + ",".join(BASE_LANGUAGES + tuple(wanted)) + "\n")


def _copy_dependencies(mvn: str, pom: str, target: Path, log: Path,
                       progress: Callable[[int, str], None] | None) -> None:
    with tempfile.TemporaryDirectory(prefix="qa-lt-pom-") as work:
        (Path(work) / "pom.xml").write_text(pom, encoding="utf-8")
        cmd = [mvn, "-B", "dependency:copy-dependencies", f"-DoutputDirectory={target}"]
        returncode = _run_logged(cmd, work, log, progress)
    if returncode != 0:
        tail = " ".join(log.read_text(encoding="utf-8", errors="replace")[-600:].split())
        raise InstallError(f"`mvn dependency:copy-dependencies` failed (exit {returncode}); "
                           f"the whole log is in {log}; it ends: {tail}")


def build_tag_tables(home: Path, progress: Callable[[int, str], None] | None = None) -> list[Path]:
    """Build the form -> tags table of each language's tagging dictionary
    in ``home/tags`` (``qa.lang.es_tags``, ``qa.lang.en_tags``): the
    Spanish one and morfologik-tools are fetched, pinned, into
    ``home/tools`` (``tags-pom.xml``); the English one is LanguageTool's
    own, in ``home/lib``. A no-op for each table already there."""
    from ..lang import en_tags, es_tags

    return [_build_one_table(home, dictionary, progress)
            for dictionary in (es_tags.DICTIONARY, en_tags.DICTIONARY)]


def _build_one_table(home: Path, dictionary, progress: Callable[[int, str], None] | None) -> Path:
    """Decompile one tagging dictionary (``qa.lang.tagtable.TagDictionary``)
    and build its table, unless it is built."""
    import subprocess
    import zipfile
    from importlib import resources

    target = dictionary.default_path(home)
    if dictionary.is_current(target):
        return target
    mvn, java = _tools()
    tools = home / "tools"
    log = cache_root() / "logs" / f"tags-{time.strftime('%Y%m%d-%H%M%S')}.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    if not (list(tools.glob("morfologik-tools-*.jar")) and list(tools.glob("spanish-pos-dict-*.jar"))):
        pom = resources.files("qa.grammar").joinpath("tags-pom.xml").read_text(encoding="utf-8")
        _copy_dependencies(mvn, pom, tools, log, progress)
    jars = sorted(tools.glob(dictionary.jar)) or sorted((home / "lib").glob(dictionary.jar))
    if not jars:
        raise InstallError(f"no {dictionary.jar} in {tools} or {home / 'lib'}: "
                           "run `qa languagetool install` again")
    entry = Path(dictionary.entry)
    with tempfile.TemporaryDirectory(prefix="qa-tag-dict-") as work:
        folder = Path(work)
        # dict_decompile reads the .info file that says how to read the
        # dictionary from beside it
        with zipfile.ZipFile(jars[-1]) as z:
            for name in (entry, entry.with_suffix(".info")):
                (folder / name.name).write_bytes(z.read(name.as_posix()))
        out = folder / entry.with_suffix(".txt").name
        cmd = [java, "-cp", str(tools / "*"), "morfologik.tools.Launcher", "dict_decompile",
               "-i", str(folder / entry.name), "-o", str(out)]
        with open(log, "a", encoding="utf-8") as sink:
            done = subprocess.run(cmd, stdout=sink, stderr=subprocess.STDOUT)
        if done.returncode != 0 or not out.is_file():
            raise InstallError(f"decompiling the tagging dictionary {entry.name} failed (exit "
                               f"{done.returncode}); the log is in {log}")
        return dictionary.build(out, target)


def _run_logged(cmd: list[str], cwd: str, log: Path, progress: Callable[[int, str], None] | None) -> int:
    """Run Maven with its output in ``log``, counting the files it fetches."""
    import subprocess

    fetched = 0
    with open(log, "w", encoding="utf-8") as sink:
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                errors="replace")
        if progress:
            progress(fetched, str(log))
        for line in proc.stdout:
            sink.write(line)
            if line.startswith("Downloaded from") or line.startswith("[INFO] Copying"):
                fetched += 1
                if progress:
                    progress(fetched, str(log))
        return proc.wait()


def _installed_languages(home: Path) -> set[str]:
    lines = (home / COMPLETE_MARKER).read_text().splitlines()
    return set(lines[1].split(",")) if len(lines) > 1 else set(BASE_LANGUAGES)


def _pom_text(extra_languages: list[str]) -> str:
    from importlib import resources

    pom = resources.files("qa.grammar").joinpath("pom.xml").read_text(encoding="utf-8")
    deps = "".join(
        "    <dependency>\n"
        "      <groupId>org.languagetool</groupId>\n"
        f"      <artifactId>language-{code}</artifactId>\n"
        "      <version>${lt.version}</version>\n"
        "    </dependency>\n"
        for code in extra_languages
    )
    return pom.replace("    <!-- extra languages -->\n", deps)


def lt_python_home() -> Path | None:
    """A copy downloaded earlier by language-tool-python, if it is our version.

    Only looked up on disk: newsqa never lets language-tool-python download.
    """
    base = Path(os.environ.get("LTP_PATH") or Path.home() / ".cache" / "language_tool_python")
    home = base / f"LanguageTool-{LT_VERSION}"
    return home if (home / "languagetool-server.jar").is_file() else None


def classpath(home: Path) -> str | None:
    """Java class path for a LanguageTool folder: ours (lib/), or the
    official zip (languagetool-server.jar whose manifest names libs/)."""
    if (home / "languagetool-server.jar").is_file():
        return str(home / "languagetool-server.jar")
    for folder in (home / "lib", home / "libs", home):
        if any(folder.glob("languagetool-server*.jar")):
            return str(folder / "*")
    return None


def resolve_home(configured: str | None) -> Path:
    """The LanguageTool folder to run, or InstallError saying why there is none."""
    if configured:
        home = Path(configured).expanduser()
        if classpath(home) is None:
            raise InstallError(f"languagetool_home {home} holds no languagetool-server jar")
        return home
    home = default_home()
    if is_complete(home):
        return home
    found = lt_python_home()
    if found is not None:
        return found
    raise InstallError("LanguageTool is not installed: run `qa languagetool install`")
