"""JSON Lines: one document per line (the JSON report's document object),
written as each document is checked, so a large corpus never sits in memory.
There is no summary line; ``qa check --format json`` has one."""
from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from ..model import DocumentReport
from .base import RenderSettings
from .inert import json_inert
from .json import document_dict

STREAMS = True
NEEDS_RULE_INFOS = False


def render(reports: Iterable[DocumentReport], out: TextIO, settings: RenderSettings) -> None:
    for r in reports:
        out.write(json_inert(document_dict(r)))
        out.write("\n")
        out.flush()
