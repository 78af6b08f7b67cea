"""The contract every report format follows.

A renderer is a module (``qa/render/text.py``, ...) registered by name in
``qa.render.RENDERERS``; the command line knows nothing else about it:

- ``STREAMS``: True when it writes each document as it arrives (a large
  JSON Lines corpus is then never held in memory), False when it needs every
  report first (a JSON array, XML, SARIF, sorted annotations).
- ``NEEDS_RULE_INFOS``: True when it describes rules (SARIF's rule table),
  so the run builds ``RenderSettings.rule_infos`` only then.
- ``render(reports, out, settings)`` writes the report to ``out``.

Scraped strings reach the output only through ``qa.render.inert``.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol, TextIO

from ..model import DocumentReport, RuleInfo


@dataclass(frozen=True)
class RenderSettings:
    """What a renderer may need beyond the reports; plain data."""

    fail_level: str = "error"
    rule_infos: tuple[RuleInfo, ...] = ()
    show_info: bool = False  # terminal: list info findings too
    quiet: bool = False  # terminal: hide passing documents
    color: bool | None = None  # terminal: None lets the console decide (TTY, NO_COLOR)
    expected_documents: int | None = None  # terminal: progress bar total, when known
    step_summary: str | None = None  # github: $GITHUB_STEP_SUMMARY, appended to when set


class Renderer(Protocol):
    STREAMS: bool
    NEEDS_RULE_INFOS: bool

    def render(self, reports: Iterable[DocumentReport], out: TextIO, settings: RenderSettings) -> None:
        ...
