"""The examples in the evaluation scripts' docstrings still hold (the
suite's doctest collection covers qa/ only, since bench/ scripts import
the peers they measure)."""
import doctest
import importlib
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


@pytest.mark.parametrize("module", ["bench.calibrate", "bench.damage", "bench.devset", "bench.repeat_review"])
def test_bench_docstring_examples(module):
    result = doctest.testmod(importlib.import_module(module), verbose=False)
    assert result.attempted > 0
    assert result.failed == 0
