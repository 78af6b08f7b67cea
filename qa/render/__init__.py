"""Report formats, by name (``--format``); each follows ``base.Renderer``."""
from __future__ import annotations

from . import github, gitlab, jsonl, junit, sarif, terminal, text
from . import html as html_report
from . import json as json_report
from .base import Renderer, RenderSettings

RENDERERS: dict[str, Renderer] = {
    "terminal": terminal,
    "text": text,
    "json": json_report,
    "jsonl": jsonl,
    "sarif": sarif,
    "github": github,
    "gitlab": gitlab,
    "junit": junit,
    "html": html_report,
}

__all__ = ["RENDERERS", "RenderSettings", "Renderer"]
