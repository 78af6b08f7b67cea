"""bench/clean_errata.tsv, the real slips of the clean news units: every line is one
slip a reader can find again (a unit of one half, a span, the digest of its text), and
no slip is listed twice. A malformed line would be skipped or excuse the wrong words."""
from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.errata import ERRATA, load  # noqa: E402

UNIT = re.compile(r"[^\s#]+(#\d+)?")  # an id of devset.news_units, or a pool run of it (#k)


def _rows() -> list[list[str]]:
    return [line.split("\t") for line in ERRATA.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]


def test_every_line_names_a_half_a_unit_a_span_a_digest_and_a_kind():
    rows = _rows()
    assert rows
    for row in rows:
        assert len(row) == 6, row
        half, unit, start, end, digest, kind = row
        assert half in ("calibration", "test"), row
        assert UNIT.fullmatch(unit), row
        assert 0 <= int(start) < int(end), row
        assert re.fullmatch(r"[0-9a-f]{8}", digest), row
        assert kind.strip() == kind and kind, row


def test_no_slip_is_listed_twice():
    spans = [(unit, int(start), int(end)) for _half, unit, start, end, _digest, _kind in _rows()]
    assert len(spans) == len(set(spans))
    assert sum(len(v) for v in load().values()) == len(spans)
