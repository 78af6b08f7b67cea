"""`qa fix` reads through the same sources as `qa check` and writes through
one writer that never loses text: limits, read-only folders, owners, hard
links, files changed meanwhile, interrupted runs."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time

import pytest

from qa.cli import main
from qa.options import Options
from qa.rewrite import Writer
from qa.sources import opening
from qa.sources.files import read_all

DAMAGED = "Los ministros ministros llegaron ayer. Johnson &amp; Johnson dijo que no.\n"
FIXED = "Los ministros llegaron ayer. Johnson & Johnson dijo que no.\n"


def _fix(capsys, *args):
    status = main(["fix", *map(str, args), "--grammar", "off", "--lang", "es", "--format", "json"])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return status, out, err


def test_fix_keeps_the_size_limit_of_check(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(opening, "MAX_BYTES", 20)
    path = tmp_path / "big.txt"
    path.write_text(DAMAGED, encoding="utf-8")
    status, out, _ = _fix(capsys, path)
    assert status == 2 and "limit" in json.loads(out)["documents"][0]["error"]
    assert path.read_text(encoding="utf-8") == DAMAGED


def test_fix_with_jobs_fixes_files_and_records_in_worker_processes(tmp_path, capsys):
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text(DAMAGED, encoding="utf-8")
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"id": n, "text": DAMAGED}) + "\n" for n in range(3)), encoding="utf-8")
    status, out, err = _fix(capsys, tmp_path, "--jobs", "2")
    assert status == 0, err
    assert all((tmp_path / f"{n}.txt").read_text(encoding="utf-8") == FIXED for n in range(3))
    assert [json.loads(line)["text"] for line in feed.read_text(encoding="utf-8").splitlines()] == [FIXED] * 3
    assert "fixed 12 edits in 4 files" in err and len(json.loads(out)["documents"]) == 6


def test_a_file_in_a_folder_that_cannot_be_written_is_left_alone(tmp_path, capsys, monkeypatch):
    """Root writes into read-only folders, so the refusal is made at the call."""
    path = tmp_path / "a.txt"
    path.write_text(DAMAGED, encoding="utf-8")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    status, out, err = _fix(capsys, path)
    assert status == 2 and f"{path}: not fixed: cannot write it: Permission denied" in err
    assert path.read_text(encoding="utf-8") == DAMAGED
    assert json.loads(out)["documents"][0]["findings"], "the document is still reported"


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a file to another user")
def test_root_fixing_another_users_file_keeps_its_owner(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text(DAMAGED, encoding="utf-8")
    os.chown(path, 4321, 4322)
    _fix(capsys, path)
    info = path.stat()
    assert path.read_text(encoding="utf-8") == FIXED and (info.st_uid, info.st_gid) == (4321, 4322)


def test_hard_links_stay_one_file(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text(DAMAGED, encoding="utf-8")
    other = tmp_path / "b.txt"
    os.link(path, other)
    _fix(capsys, path)
    assert other.read_text(encoding="utf-8") == FIXED and os.path.samefile(path, other)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]


@pytest.mark.parametrize("name,content", [("a.txt", DAMAGED), ("feed.jsonl", json.dumps({"text": DAMAGED}) + "\n")])
def test_a_file_changed_after_it_was_read_is_not_replaced(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    [doc] = read_all([str(path)], Options())
    with open(path, "a", encoding="utf-8") as handle:
        handle.write("Una línea añadida mientras tanto.\n")
    writer = Writer()
    writer.accept(doc, FIXED, 2)
    writer.finish()
    assert path.read_text(encoding="utf-8") == content + "Una línea añadida mientras tanto.\n"
    assert writer.files_changed == 0 and "changed" in writer.failures[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_a_record_with_lone_surrogates_is_checked_but_not_rewritten(tmp_path, capsys):
    path = tmp_path / "feed.jsonl"
    lines = ['{"id": "s", "text": "Los ministros ministros \\ud800 llegaron."}\n',
             json.dumps({"id": "ok", "text": DAMAGED}) + "\n"]
    path.write_text("".join(lines), encoding="utf-8")
    status, _, err = _fix(capsys, path)
    assert status == 2 and f"{path}:1: not fixed" in err
    out = path.read_text(encoding="utf-8").splitlines(keepends=True)
    assert out[0] == lines[0] and json.loads(out[1])["text"] == FIXED


def test_sigterm_during_a_fix_leaves_no_temporary_file_and_the_file_as_it_was(tmp_path):
    path = tmp_path / "feed.jsonl"
    data = "".join(json.dumps({"id": n, "text": DAMAGED * 20}) + "\n" for n in range(400)).encode()
    path.write_bytes(data)
    proc = subprocess.Popen([sys.executable, "-m", "qa", "fix", str(path), "--grammar", "off", "--lang", "es",
                             "--format", "jsonl"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not any(p.name.endswith(".qa-tmp") for p in tmp_path.iterdir()):
        assert proc.poll() is None and time.monotonic() < deadline, "the fix never started writing"
        time.sleep(0.02)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + signal.SIGTERM and b"Traceback" not in err
    assert [p.name for p in tmp_path.iterdir()] == ["feed.jsonl"]
    assert path.read_bytes() == data


@pytest.mark.parametrize("name,content", [("a.txt", DAMAGED), ("feed.jsonl", json.dumps({"text": DAMAGED}) + "\n")])
def test_a_file_named_twice_is_fixed_once_and_the_second_pass_refused(tmp_path, capsys, name, content):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    status, out, err = _fix(capsys, path, path)
    assert status == 2 and "changed" in err and len(json.loads(out)["documents"]) == 2
    assert path.read_text(encoding="utf-8") == content.replace(DAMAGED.rstrip("\n"), FIXED.rstrip("\n"))
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]
