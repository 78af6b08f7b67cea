"""Rule files (``rules/<Pack>/<Rule>.toml``) -> typed rule objects.

Validation is strict, as in Vale: an unknown key, a missing key or a value
of the wrong type is a ``RuleFileError`` that names the file and the line.
"""
from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import regex

from .kinds import KINDS
from .kinds.base import COMMON_KEYS, Rule, RuleFileError
from .kinds.compiled import CompiledPatterns

BUILTIN_RULES = Path(__file__).parent / "rules"  # inside an installed wheel
if not BUILTIN_RULES.is_dir():  # source checkout: the top-level rules/ folder
    BUILTIN_RULES = Path(__file__).resolve().parent.parent / "rules"


def key_line(raw: str, key: str) -> int:
    """Line of ``key = ...`` in a TOML file (1 if not found)."""
    m = regex.search(rf"(?m)^\s*(?:\[{regex.escape(key)}\]|{regex.escape(key)}\s*=)", raw)
    return raw.count("\n", 0, m.start()) + 1 if m else 1


def load_rule_file(path: Path, pack: str | None = None, kept: CompiledPatterns | None = None) -> Rule:
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise RuleFileError(f"{path}: not UTF-8 (byte {exc.start}); save the rule file as UTF-8") from None
    except OSError as exc:
        raise RuleFileError(f"{path}: cannot read rule file: {exc.strerror or exc}") from None
    try:
        spec: dict[str, Any] = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        raise RuleFileError(f"{path}: invalid TOML: {exc}") from None
    pack = pack or path.parent.name
    rule_id = f"{pack}.{path.stem}"
    kind_name = spec.get("extends")
    if kind_name is None:
        raise RuleFileError(f"{path}:1: missing key 'extends' (one of: {', '.join(sorted(KINDS))})")
    kind = KINDS.get(kind_name)
    if kind is None:
        raise RuleFileError(
            f"{path}:{key_line(raw, 'extends')}: unknown rule kind {kind_name!r} "
            f"(one of: {', '.join(sorted(KINDS))})"
        )
    allowed = COMMON_KEYS | kind.KEYS
    for key in spec:
        if key not in allowed:
            raise RuleFileError(
                f"{path}:{key_line(raw, key)}: unknown key {key!r} for kind {kind_name!r} "
                f"(allowed: {', '.join(sorted(allowed))})"
            )
    try:
        return kind.from_spec(rule_id, spec, str(path), kept)
    except RuleFileError as exc:
        # kinds raise with the key name; attach the line here
        key = exc.args[1] if len(exc.args) > 1 else None
        line = key_line(raw, key) if key else 1
        raise RuleFileError(f"{path}:{line}: {exc.args[0]}") from None


def load_rules(folders: list[Path] | tuple[Path, ...] = ()) -> list[Rule]:
    """Built-in packs first, then user folders; a later rule id replaces an
    earlier one. Patterns an earlier run compiled are read back compiled
    (``qa.kinds.compiled``)."""
    by_id: dict[str, Rule] = {}
    kept = CompiledPatterns()
    for folder in (BUILTIN_RULES, *map(Path, folders)):
        if not folder.is_dir():
            raise RuleFileError(f"{folder}: rule folder not found")
        for path in sorted(folder.glob("*/*.toml")):
            rule = load_rule_file(path, kept=kept)
            by_id[rule.info.id] = rule
    kept.save()
    return list(by_id.values())
