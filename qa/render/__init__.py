"""Report formats, by name (``--format``); each follows ``base.Renderer``.

A format's module is imported when it is first asked for: a JSON run never
pays for rich (the terminal report) or the HTML page's template.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from importlib import import_module

from .base import Renderer, RenderSettings

# --format name -> the module (in this package) that renders it
_MODULES = {
    "terminal": "terminal",
    "text": "text",
    "json": "json",
    "jsonl": "jsonl",
    "sarif": "sarif",
    "github": "github",
    "gitlab": "gitlab",
    "junit": "junit",
    "html": "html",
}


class _RenderersByName(Mapping[str, Renderer]):
    """``--format`` name -> renderer module, imported on first use."""

    def __getitem__(self, name: str) -> Renderer:
        return import_module(f"{__name__}.{_MODULES[name]}")

    def __iter__(self) -> Iterator[str]:
        return iter(_MODULES)

    def __len__(self) -> int:
        return len(_MODULES)


RENDERERS: Mapping[str, Renderer] = _RenderersByName()

__all__ = ["RENDERERS", "RenderSettings", "Renderer"]
