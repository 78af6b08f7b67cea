"""JSON Lines: one document per line (the JSON report's document object),
written as each document is checked, so a large corpus never sits in memory.
There is no summary line; ``qa check --format json`` has one."""
from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from ..model import DocumentReport
from .json import document_dict


def render(reports: Iterable[DocumentReport], out: TextIO, **_: Any) -> None:
    for r in reports:
        out.write(json.dumps(document_dict(r), ensure_ascii=False))
        out.write("\n")
        out.flush()
