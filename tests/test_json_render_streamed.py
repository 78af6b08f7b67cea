"""The JSON report is written document by document as reports arrive, and
reads exactly as the whole payload dumped at once would."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from qa.context import Context
from qa.document import Document
from qa.options import Options
from qa.pipeline import check_documents
from qa.render import RenderSettings, json as json_format
from qa.render.inert import json_inert
from qa.render.summary import summarize

SAMPLES = Path(__file__).parents[1] / "samples"


@pytest.fixture(scope="module")
def reports():
    texts = [(SAMPLES / name).read_text(encoding="utf-8")
             for name in ("es_seed_putin_pyongyang.txt", "en_ocr_damage.txt", "es_clean_lluvias.txt")]
    # a control character and a bidi mark in the text: the inert escapes apply inside each part
    texts.append("Una línea\u202e con\x1b[31m control.\n\nOtra línea sin nada.")
    docs = [Document.from_text(t, source=f"doc{i}") for i, t in enumerate(texts)]
    return list(check_documents(docs, Context.create(Options(grammar="off"))))


def _whole_payload(reports) -> str:
    return json_inert({"version": json_format.SCHEMA_VERSION, "tool": json_format.tool_dict(),
                       "documents": [json_format.document_dict(r) for r in reports],
                       "summary": summarize(reports)}, indent=2) + "\n"


@pytest.mark.parametrize("count", [0, 1, 4])
def test_streamed_report_is_the_whole_payload(reports, count):
    out = io.StringIO()
    json_format.render(iter(reports[:count]), out, RenderSettings())
    assert out.getvalue() == _whole_payload(reports[:count])


def test_the_reports_hold_findings_and_none(reports):
    assert any(r.findings for r in reports) and any(not r.findings for r in reports)


def test_each_document_is_encoded_as_it_arrives(reports, monkeypatch):
    encoded: list[str] = []
    to_dict = json_format.document_dict
    monkeypatch.setattr(json_format, "document_dict", lambda r: encoded.append(r.source) or to_dict(r))

    def arriving():
        for r in reports:
            yield r
            # asked for the next report only once this one was encoded, not
            # all of them held back to the end
            assert encoded[-1] == r.source

    json_format.render(arriving(), io.StringIO(), RenderSettings())
    assert encoded == [r.source for r in reports]
