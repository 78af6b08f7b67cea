"""Reports as Spark rows: the JSON report's document object, reshaped to
the struct schema in ``schema.py`` (the JSON renderer stays the one place
that turns offsets into lines and columns)."""
from __future__ import annotations

import json
from typing import Any

from ..model import DocumentReport
from ..render.json import document_dict


def json_line(report: DocumentReport) -> str:
    """The line ``qa check --format jsonl`` writes for this report."""
    return json.dumps(document_dict(report), ensure_ascii=False)


def struct_row(report: DocumentReport) -> dict[str, Any]:
    """Every field of ``schema.REPORT`` present; empty lists rather than
    missing keys; ``data`` as JSON text because its keys vary by checker."""
    out = document_dict(report)
    out["findings"] = [_finding(f) for f in out["findings"]]
    out.setdefault("notes", [])
    out.setdefault("error", None)
    return out


def _finding(finding: dict[str, Any]) -> dict[str, Any]:
    data = finding.get("data")
    fixes = [{"description": None, **fix} for fix in finding["fixes"]]
    return {**finding, "fixes": fixes, "signals": finding.get("signals", []),
            "data": json.dumps(data, ensure_ascii=False, sort_keys=True) if data else None}
