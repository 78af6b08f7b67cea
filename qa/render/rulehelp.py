"""What a rule does, in the words ``qa rule ID`` prints: as plain text for
the terminal and SARIF's ``help.text``, as Markdown for SARIF's
``help.markdown`` and the pages in ``docs/rules/`` (written by
``scripts/rule_docs.py``; a test checks they are up to date).
"""
from __future__ import annotations

from pathlib import Path

from ..loader import BUILTIN_RULES
from ..model import RuleInfo


def help_uri(info: RuleInfo) -> str | None:
    """The rule's own link (a rule file's ``link``), or None.

    The pages in ``docs/rules/`` have no fixed public address, and a
    made-up one would send a reader of a code-scanning alert to nowhere;
    the same page travels inside the report as ``help.markdown`` instead."""
    return info.link or None


def source_shown(source: str) -> str:
    """A built-in rule file as ``rules/<Pack>/<Rule>.toml``, the same on
    every machine; a user's rule file and a Python module as they are."""
    path = Path(source)
    if path.is_absolute() and path.parent.parent == BUILTIN_RULES.resolve():
        return f"rules/{path.parent.name}/{path.name}"
    return source


def shown(text: str) -> str:
    """Invisible characters as escapes (a rule example may hold a BEL).

    >>> shown("a\\x07b")
    'a\\\\u0007b'
    """
    return "".join(c if c.isprintable() or c == "\n" else f"\\u{ord(c):04x}" for c in text)


def _example(text: str) -> str:
    return "\n".join(f"    {line}" for line in shown(text).split("\n"))


def help_text(info: RuleInfo) -> str:
    lines = [f"{info.id}  ({info.kind}, {info.severity}, category {info.category})", "",
             f"What it does: {info.description}"]
    if info.why:
        lines.append(f"Why it matters: {info.why}")
    if info.flag:
        lines += ["", "Example, flagged:"] + [_example(e) for e in info.flag[:3]]
    else:
        lines += ["", "Example: none can be written as text; see what it does above."]
    if info.ok:
        lines += ["Not flagged:"] + [_example(e) for e in info.ok[:3]]
    if info.instead:
        lines += ["", f"Instead: {info.instead}"]
    if info.languages:
        lines.append(f"Languages: {', '.join(info.languages)}")
    lines.append(f"Source: {source_shown(info.source)}")
    if info.link:
        lines.append(f"More: {info.link}")
    return "\n".join(lines)


def _code(text: str) -> str:
    """A fenced block that no line of the example can close."""
    fence = "```"
    while fence in text:
        fence += "`"
    return f"{fence}text\n{shown(text)}\n{fence}"


def help_markdown(info: RuleInfo) -> str:
    """The same facts as ``help_text``, as a Markdown page."""
    parts = [f"# {info.id}", "",
             f"{info.kind} rule, severity **{info.severity}**, category `{info.category}`"
             + (f", languages: {', '.join(info.languages)}" if info.languages else ", every language") + ".",
             "", "## What it does", "", info.description]
    if info.why:
        parts += ["", "## Why it matters", "", info.why]
    parts += ["", "## Example", ""]
    if info.flag:
        parts += ["Flagged:", ""] + [_code(e) + "\n" for e in info.flag[:3]]
    else:
        parts += ["None can be written as text; see what it does above.", ""]
    if info.ok:
        parts += ["Not flagged:", ""] + [_code(e) + "\n" for e in info.ok[:3]]
    if info.instead:
        parts += ["## Instead", "", info.instead, ""]
    parts += [f"Source: `{source_shown(info.source)}`" + (f"; more: <{info.link}>" if info.link else ""), ""]
    return "\n".join(parts)
