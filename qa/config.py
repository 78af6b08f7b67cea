"""Project settings: ``.qa.toml``, or ``[tool.qa]`` in ``pyproject.toml``.

The file is found by walking up from the first checked path (or the current
folder); in each folder ``.qa.toml`` wins over ``pyproject.toml``, and a
``pyproject.toml`` without ``[tool.qa]`` is passed over. ``--config FILE``
names one directly. Precedence: defaults < config file < command-line flags.

Keys are spelled like the flags (``fail-level``, ``text-field``). Paths
(``rules``, ``accept-file``, ``baseline``) are relative to the config file.
An unknown key or a value of the wrong type is an error naming file and line.

>>> cfg = parse_config('fail-level = "warning"\\nselect = ["Encoding"]\\n', Path("/p/.qa.toml"))
>>> cfg.apply(Options()).fail_level, cfg.apply(Options()).select
('warning', ('Encoding',))
"""
from __future__ import annotations

import difflib
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import regex

from .model import SEVERITIES
from .options import EXTRACT_MODES, Options

CONFIG_NAMES = (".qa.toml", "pyproject.toml")
GRAMMAR_MODES = ("auto", "required", "off")


class ConfigError(Exception):
    """The configuration file is invalid (exit 2)."""


# key -> (type check description, converter(value, base_dir) -> (option name, option value))
def _strs(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _choice(choices: tuple[str, ...]):
    def check(value: Any) -> bool:
        return value in choices

    check.expected = "one of " + ", ".join(choices)
    return check


def _typed(test, expected: str):
    test.expected = expected
    return test


STRINGS = _typed(_strs, "a list of strings")
STRING = _typed(lambda v: isinstance(v, str), "a string")
NUMBER = _typed(_number, "a number")
BOOL = _typed(lambda v: isinstance(v, bool), "true or false")
JOBS = _typed(lambda v: isinstance(v, int) and not isinstance(v, bool) and v >= 0,
              "a whole number >= 0 (0 = all cores)")
STRING_OR_STRINGS = _typed(lambda v: isinstance(v, str) or _strs(v), "a string or a list of strings")
IGNORES_TABLE = _typed(lambda v: isinstance(v, dict) and all(_strs(x) for x in v.values()),
                       "a table of glob = [rule ids]")
VARIANTS_TABLE = _typed(lambda v: isinstance(v, dict) and all(isinstance(x, str) for x in v.values()),
                        'a table of language = "variant"')

TOP_KEYS = {
    "fail-level": _choice(SEVERITIES[::-1]),
    "warn-below": NUMBER,
    "fail-below": NUMBER,
    "select": STRINGS,
    "ignore": STRINGS,
    "per-path-ignores": IGNORES_TABLE,
    "rules": STRINGS,
    "accept": STRINGS,
    "accept-file": STRING_OR_STRINGS,
    "language": STRING,
    "grammar": _choice(GRAMMAR_MODES),
    "include": STRINGS,
    "exclude": STRINGS,
    "text-field": STRING,
    "extract": _choice(EXTRACT_MODES),
    "jobs": JOBS,
    "baseline": STRING,
    "languagetool": _typed(lambda v: isinstance(v, dict), "a table"),
}
LANGUAGETOOL_KEYS = {
    "url": STRING,
    "home": STRING,
    "enable": STRINGS,
    "disable": STRINGS,
    "enable-categories": STRINGS,
    "disable-categories": STRINGS,
    "picky": BOOL,
    "variants": VARIANTS_TABLE,
}
# config key -> Options field, where the value goes over unchanged
SIMPLE = {
    "fail-level": "fail_level", "warn-below": "warn_below", "fail-below": "fail_below",
    "select": "select", "ignore": "ignore", "language": "language", "grammar": "grammar",
    "include": "include", "exclude": "exclude", "text-field": "text_field", "jobs": "jobs",
    "extract": "extract",
}
LANGUAGETOOL_FIELDS = {
    "url": "languagetool_url", "home": "languagetool_home", "enable": "languagetool_enable",
    "disable": "languagetool_disable", "enable-categories": "languagetool_enable_categories",
    "disable-categories": "languagetool_disable_categories", "picky": "languagetool_picky",
    "variants": "languagetool_variant",
}


@dataclass(frozen=True)
class Config:
    path: Path | None = None
    changes: dict[str, Any] = field(default_factory=dict)  # Options field -> value
    baseline: Path | None = None
    # where rule ids were named, for errors: config key -> "FILE:LINE"
    places: dict[str, str] = field(default_factory=dict)

    def apply(self, options: Options) -> Options:
        return replace(options, **self.changes)


def key_line(raw: str, key: str, table: str | None) -> int:
    """Line of ``key = ...`` in ``[table]`` (or anywhere when not found there)."""
    start = 0
    if table:
        header = regex.search(rf"(?m)^\s*\[\s*{regex.escape(table)}\s*\]", raw)
        if header:
            start = header.end()
    pattern = regex.compile(rf'(?m)(?:^|[{{,])[ \t]*("{regex.escape(key)}"|{regex.escape(key)})[ \t]*=')
    m = pattern.search(raw, start) or pattern.search(raw)
    return raw.count("\n", 0, m.start(1)) + 1 if m else 1


def _check_table(raw: str, path: Path, table: dict[str, Any], allowed: dict, where: str | None) -> None:
    shown = f"[{where}]" if where else "the top level"
    for key, value in table.items():
        test = allowed.get(key)
        line = key_line(raw, key, where)
        if test is None:
            raise ConfigError(f"{path}:{line}: unknown key {key!r} in {shown} "
                              f"(allowed: {', '.join(sorted(allowed))})")
        if not test(value):
            raise ConfigError(f"{path}:{line}: {key!r} must be {test.expected}, not {value!r}")


def parse_config(raw: str, path: Path) -> Config:
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    table_name = None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("qa", {})
        table_name = "tool.qa"
    _check_table(raw, path, data, TOP_KEYS, table_name)
    lt_name = f"{table_name}.languagetool" if table_name else "languagetool"
    _check_table(raw, path, data.get("languagetool", {}), LANGUAGETOOL_KEYS, lt_name)
    base = path.parent
    changes: dict[str, Any] = {}
    for key, name in SIMPLE.items():
        if key in data:
            value = data[key]
            changes[name] = tuple(value) if isinstance(value, list) else value
    for key, name in LANGUAGETOOL_FIELDS.items():
        if key in data.get("languagetool", {}):
            value = data["languagetool"][key]
            changes[name] = tuple(value) if isinstance(value, list) else value
    if "warn-below" in changes or "fail-below" in changes:
        changes["warn_below"] = float(data.get("warn-below", Options.warn_below))
        changes["fail_below"] = float(data.get("fail-below", Options.fail_below))
    if "per-path-ignores" in data:
        changes["per_path_ignores"] = {k: tuple(v) for k, v in data["per-path-ignores"].items()}
    if "rules" in data:
        changes["rule_paths"] = tuple(str(base / p) for p in data["rules"])
    accepted = set(data.get("accept", ()))
    files = data.get("accept-file", ())
    for name in [files] if isinstance(files, str) else files:
        accepted |= read_word_list(base / name, path, key_line(raw, "accept-file", table_name))
    if accepted:
        changes["accept"] = frozenset(accepted)
    baseline = base / data["baseline"] if "baseline" in data else None
    places = {key: f"{path}:{key_line(raw, key, table_name)}"
              for key in ("select", "ignore", "per-path-ignores") if key in data}
    return Config(path=path, changes=changes, baseline=baseline, places=places)


def check_rule_prefixes(prefixes: Iterable[str], known_ids: Iterable[str], where: str) -> None:
    """Every ``--select`` / ``--ignore`` value must name a rule or a prefix of
    one (``Repetition``, ``Repetition.Token``); LanguageTool's ``LT.*`` ids
    are not known in advance and pass. A typo is an error suggesting the
    nearest valid name.

    >>> check_rule_prefixes(["Repetiton"], ["Repetition.Token"], "--ignore")
    Traceback (most recent call last):
    ...
    qa.config.ConfigError: --ignore: no rule or rule prefix 'Repetiton'; did you mean 'Repetition'?
    """
    valid = {"LT"}
    for rule_id in known_ids:
        parts = rule_id.split(".")
        valid.update(".".join(parts[:n]) for n in range(1, len(parts) + 1))
    by_folded = {v.casefold(): v for v in valid}
    for prefix in prefixes:
        bare = prefix[:-1] if prefix.endswith(".") else prefix
        if bare in valid or bare.startswith("LT."):
            continue
        near = by_folded.get(bare.casefold()) or next(iter(difflib.get_close_matches(bare, valid, n=1)), None)
        hint = f"; did you mean {near!r}?" if near else "; `qa rules` lists them"
        raise ConfigError(f"{where}: no rule or rule prefix {prefix!r}{hint}")


def read_word_list(path: Path, config: Path, line: int) -> set[str]:
    """One word or name per line; ``#`` starts a comment."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8"
        raise ConfigError(f"{config}:{line}: cannot read accept-file {str(path)!r}: {reason}") from None
    return {w for w in (raw.split("#", 1)[0].strip() for raw in lines) if w}


def find_config(start: Path) -> Path | None:
    """The nearest ``.qa.toml`` or ``pyproject.toml`` with ``[tool.qa]`` at or above ``start``."""
    start = start.resolve()
    folder = start if _probe(start.is_dir) else start.parent
    for here in (folder, *folder.parents):
        candidate = here / ".qa.toml"
        if _probe(candidate.is_file):
            return candidate
        candidate = here / "pyproject.toml"
        if _probe(candidate.is_file) and _has_qa_table(candidate):
            return candidate
    return None


def _probe(test) -> bool:
    """A folder we may not look into (no execute bit) holds no config we
    could read; the checked files in it are reported as unreadable."""
    try:
        return test()
    except OSError:
        return False


def _has_qa_table(path: Path) -> bool:
    """Whether a pyproject.toml holds settings; one that cannot be read is an
    error, not passed over (its [tool.qa] could be the one meant)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: cannot read: not UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    return isinstance(data.get("tool", {}).get("qa"), dict)


def load_config(explicit: str | None = None, paths: list[str] | tuple[str, ...] = ()) -> Config:
    """The configuration for a run: ``--config FILE``, else the one found from
    the first checked path (``-`` and no paths: the current folder)."""
    if explicit:
        path = Path(explicit)
        if not path.is_file():
            raise ConfigError(f"{explicit}: config file not found")
    else:
        first = next((p for p in paths if p != "-"), None)
        start = Path(first) if first and _probe(Path(first).exists) else Path.cwd()
        path = find_config(start)
        if path is None:
            return Config()
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8"
        raise ConfigError(f"{path}: cannot read config: {reason}") from None
    return parse_config(raw, path)
