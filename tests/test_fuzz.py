"""Seeded fuzzing through the CLI in every output format and through the
Python API (cases and promises in ``tests/fuzzing.py``; ``bench/fuzz_inputs.py``
runs thousands)."""
from __future__ import annotations

import pytest

from fuzzing import FORMATS, check_api, check_cli, check_fix, write_corpus

SEED = 20261130


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_corpus(tmp_path_factory.mktemp("fuzz"), SEED, files=60, records=60)


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_reports_every_hostile_input_without_a_traceback(corpus, fmt):
    check_cli(corpus, fmt)


def test_fixing_hostile_inputs_keeps_every_promise(corpus, tmp_path):
    check_fix(corpus, tmp_path)


def test_the_python_api_keeps_every_span_inside_its_text(corpus, ctx):
    check_api(corpus, ctx)


def test_worker_processes_report_every_hostile_input(corpus):
    check_cli(corpus, "jsonl", ("--jobs", "2"))
