"""Bad input gets a clear error and nothing is lost."""
from __future__ import annotations

import json

import pytest

from qa.cli import main
from qa.options import Options
from qa.sources.decode import decode
from qa.sources.files import read_all
from qa.model import ReadFailure
from qa.pipeline import check_documents


def _read(paths, **kw):
    return list(read_all([str(p) for p in paths], Options(**kw)))


def test_invalid_utf8_is_decoded_and_reported(tmp_path, ctx):
    p = tmp_path / "latin1.txt"
    p.write_bytes("La reunión terminó ayer.".encode("utf-8").replace("ó".encode(), b"\xf3", 1))
    [doc] = _read([p])
    assert "\ufffd" in doc.text
    [report] = check_documents([doc], ctx)
    bad = [f for f in report.findings if f.rule == "Encoding.InvalidBytes"]
    assert len(bad) == 1 and report.text[bad[0].start] == "\ufffd"
    assert not any(f.rule == "Encoding.Replacement" for f in report.findings)


def test_decode_keeps_positions_of_each_bad_run():
    text, damage, _ = decode(b"a\xff\xfeb\xffc")
    assert text == "a\ufffdb\ufffdc"
    assert [(s, e) for s, e, _ in damage] == [(1, 2), (3, 4)]


def test_utf16_and_bom_are_read(tmp_path):
    p = tmp_path / "u16.txt"
    p.write_bytes("Hola mundo".encode("utf-16"))
    q = tmp_path / "bom.txt"
    q.write_bytes(b"\xef\xbb\xbfHola mundo")
    docs = _read([p, q])
    assert [d.text for d in docs] == ["Hola mundo", "Hola mundo"]
    assert [d.encoding for d in docs] == ["utf-16-le", "utf-8-sig"]


def test_binary_empty_missing(tmp_path):
    binary = tmp_path / "img.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"   \n")
    items = _read([binary, empty, tmp_path / "missing.txt"])
    assert all(isinstance(i, ReadFailure) for i in items)
    assert "binary" in items[0].message
    assert "empty" in items[1].message
    assert "no such file" in items[2].message


def test_huge_file_is_refused_not_read(tmp_path, monkeypatch):
    from qa.sources import opening

    monkeypatch.setattr(opening, "MAX_BYTES", 100)
    p = tmp_path / "big.txt"
    p.write_text("palabra " * 50)
    [item] = _read([p])
    assert isinstance(item, ReadFailure) and "limit" in item.message


def test_jsonl_malformed_line_is_named_and_others_checked(tmp_path, ctx):
    p = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "Los ministros ministros llegaron.", "lang": "es"}),
        '{"id": "b", "text": "sin cerrar',
        json.dumps({"id": "c", "title": "no text"}),
        "",
        json.dumps({"id": "d", "body": "The the end.", "lang": "en"}),
    ]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = _read([p])
    assert isinstance(items[0], object) and items[0].id == "a" and items[0].language == "es"
    assert isinstance(items[1], ReadFailure) and "line 2" in items[1].message
    assert isinstance(items[2], ReadFailure) and "line 3" in items[2].message and "'text'" in items[2].message
    assert isinstance(items[3], ReadFailure)  # no "text" field in line 5
    reports = list(check_documents(items, ctx))
    assert len(reports) == 4
    assert reports[0].findings and reports[0].findings[0].rule == "Repetition.Token"
    # --text-field names another field
    [_, _, _, d] = _read([p], text_field="body")
    assert d.text == "The the end."


def test_cli_reports_bad_input_in_one_line_and_exit_2(tmp_path, capsys):
    good = tmp_path / "ok.txt"
    good.write_text("Una noticia limpia y breve.", encoding="utf-8")
    status = main(["check", str(good), str(tmp_path / "nope.txt"), "--grammar", "off", "--format", "json"])
    out, err = capsys.readouterr()
    assert status == 2
    payload = json.loads(out)
    assert len(payload["documents"]) == 2  # the missing file is reported, not dropped
    assert payload["documents"][1]["error"] == "no such file or directory"
    assert err.strip().splitlines() == [f"qa: {tmp_path / 'nope.txt'}: no such file or directory"]
    assert "Traceback" not in err


def test_folder_walk_include_exclude(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text("uno")
    (tmp_path / "a" / "two.md").write_text("dos")
    (tmp_path / "a" / "skip.bin").write_bytes(b"\x00")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text("oculto")
    names = [d.source for d in _read([tmp_path])]
    assert names == [str(tmp_path / "a" / "one.txt"), str(tmp_path / "a" / "two.md")]
    names = [d.source for d in _read([tmp_path], exclude=("*.md",))]
    assert names == [str(tmp_path / "a" / "one.txt")]


def test_unreadable_file(tmp_path, monkeypatch):
    """CI runs as root, which reads mode-000 files, so the OS refusal is
    simulated at the open call."""
    import os

    p = tmp_path / "locked.txt"
    p.write_text("texto")
    real_open = os.open

    def refuse(path, *args, **kwargs):
        if str(path) == str(p):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    [item] = _read([p])
    assert isinstance(item, ReadFailure) and item.message == "Permission denied"
