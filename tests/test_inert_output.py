"""Hostile scraped text and metadata cannot reach the terminal raw or forge
report lines, in any format, on stdout or stderr."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from qa.cli import main
from qa.render import RENDERERS

# An OSC 8 hyperlink to another site, clear screen, a window title, concealed
# text, CSI as one C1 byte, and a right-to-left override.
HOSTILE = ("\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\ \x1b[2J\x1b]0;owned\x07 "
           "\x1b[8mhidden\x1b[0m \x9b31m \u202etxt.exe")
RAW = ("\x1b", "\x07", "\x9b", "\u202e")
FORGED_ID = "x\nfake.txt:1:1: error Fake.Rule forged\n::error file=fake.txt::forged"


@pytest.fixture()
def corpus(tmp_path):
    """A JSON Lines record with a forging id and hostile text, one bad line
    (stderr message), and a file whose name holds a newline."""
    text = f"El ministro dijo que que no. {HOSTILE} Llegó ayer ayer por la tarde."
    records = tmp_path / "feed.jsonl"
    records.write_text(json.dumps({"id": FORGED_ID, "text": text, "lang": "es"}) + "\n"
                       + "{not json\n", encoding="utf-8")
    odd = tmp_path / "odd\n::error file=x::name.txt"
    odd.write_text(f"Dijo que que no. {HOSTILE}\n", encoding="utf-8")
    return [str(records), str(odd)]


def _forged(line: str) -> bool:
    return line.startswith(("fake.txt", "::error file=fake.txt", "::error file=x::name"))


@pytest.mark.parametrize("fmt", sorted(RENDERERS))
def test_every_format_is_inert(capsys, corpus, fmt):
    status = main(["check", *corpus, "--grammar", "off", "--format", fmt, "--no-color"])
    out, err = capsys.readouterr()
    assert status == 2  # the bad JSON Lines line
    for stream in (out, err):
        assert not any(c in stream for c in RAW), fmt
        assert not any(_forged(line) for line in stream.splitlines()), fmt
    if fmt in ("json", "sarif", "gitlab"):
        json.loads(out)  # lossless: the strings come back
    if fmt == "junit":
        ET.fromstring(out)
    if fmt == "text":
        lines = out.splitlines()
        assert all(line.startswith(tuple(corpus)) or line.startswith(corpus[1].split("\n")[0])
                   for line in lines)
        assert any("x␊fake.txt:1:1: error Fake.Rule forged" in line for line in lines)


def test_json_round_trips_hostile_text_exactly(capsys, corpus):
    main(["check", corpus[0], "--grammar", "off", "--format", "json"])
    doc = json.loads(capsys.readouterr().out)["documents"][0]
    assert doc["id"] == FORGED_ID
    for f in doc["findings"]:
        assert f["text"] in f"El ministro dijo que que no. {HOSTILE} Llegó ayer ayer por la tarde."


def test_a_diff_on_a_terminal_is_inert_and_a_piped_one_is_a_patch(tmp_path):
    import subprocess
    import sys

    page = tmp_path / "a.txt"
    page.write_text("Dijo que que no. \x1b]0;owned\x07\n", encoding="utf-8")
    command = [sys.executable, "-m", "qa", "check", "--diff", "--grammar", "off", str(page)]
    piped = subprocess.run(command, capture_output=True, text=True)
    assert "\x1b]0;owned\x07" in piped.stdout and "-Dijo que que no." in piped.stdout
    shown = subprocess.run(["script", "-qec", " ".join(command), "/dev/null"], capture_output=True, text=True)
    assert "␛]0;owned␇" in shown.stdout and "\x1b]0;owned" not in shown.stdout
