"""The pre-commit hooks run for real: pre-commit clones this repository at
HEAD, builds the hook's environment with pip, and runs it in a temporary git
repository. Only PyPI is needed (for the package's dependencies)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DAMAGED = "Los ministros ministros llegaron ayer.\nJohnson &amp; Johnson dijo que no.\n"
CLEAN = "# Nota\n\nEl gobierno anunció ayer un plan de vivienda para jóvenes.\n"


def _git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout.strip()


@pytest.fixture(scope="module")
def head() -> str:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs git and a git checkout of newsqa")
    pytest.importorskip("pre_commit")
    rev = _git(ROOT, "rev-parse", "HEAD")
    listed = _git(ROOT, "ls-tree", "--name-only", rev, ".pre-commit-hooks.yaml")
    assert listed == ".pre-commit-hooks.yaml", "the hook manifest is not committed"
    return rev


def _pre_commit(repo: Path, home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "PRE_COMMIT_COLOR": "never", "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "pre_commit", *args], check=False, cwd=repo, env=env,
                          capture_output=True, text=True, timeout=900)


def test_hooks_run_in_a_temporary_repository(tmp_path, head):
    repo = tmp_path / "site"
    repo.mkdir()
    _git(repo, "init", "-q")
    _git(repo, "config", "user.email", "test@example.invalid")
    _git(repo, "config", "user.name", "test")
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n- repo: {ROOT}\n  rev: {head}\n  hooks:\n"
        "  - id: newsqa\n    args: [--grammar, 'off', --lang, es]\n"
        "  - id: newsqa-fix\n    args: [--grammar, 'off', --lang, es]\n", encoding="utf-8")
    (repo / "clean.md").write_text(CLEAN, encoding="utf-8")
    (repo / "code.py").write_text("x = 'the the'\n", encoding="utf-8")  # not an article: not checked
    _git(repo, "add", ".")
    home = tmp_path / "pre-commit-home"

    passed = _pre_commit(repo, home, "run", "newsqa", "--all-files")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "Passed" in passed.stdout

    (repo / "nota.txt").write_text(DAMAGED, encoding="utf-8")
    _git(repo, "add", "nota.txt")
    failed = _pre_commit(repo, home, "run", "newsqa", "--all-files")
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "nota.txt:1:5: error Repetition.Token" in failed.stdout
    assert "code.py" not in failed.stdout

    fixed = _pre_commit(repo, home, "run", "newsqa-fix", "--all-files")
    assert fixed.returncode == 1  # pre-commit fails a hook that modified files
    assert "files were modified by this hook" in fixed.stdout
    assert (repo / "nota.txt").read_text(encoding="utf-8") == (
        "Los ministros llegaron ayer.\nJohnson & Johnson dijo que no.\n")
    _git(repo, "add", "nota.txt")
    assert _pre_commit(repo, home, "run", "newsqa", "--all-files").returncode == 0


def test_the_action_runs_qa_with_its_inputs(tmp_path):
    yaml = pytest.importorskip("yaml")  # comes with pre-commit
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    assert set(action["inputs"]) >= {"paths", "args", "grammar", "languagetool"}
    step = next(s for s in action["runs"]["steps"] if s.get("name") == "Check")
    (tmp_path / "c.txt").write_text(DAMAGED, encoding="utf-8")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
           "QA_PATHS": "c.txt", "QA_ARGS": "--select Encoding --lang es", "QA_GRAMMAR": "off"}
    done = subprocess.run(["bash", "-eo", "pipefail", "-c", step["run"]], check=False, cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)
    # the calibration makes a left-over entity an error (it was always real damage), which fails the run
    assert done.returncode == 1, done.stderr
    expected = ("::error file=c.txt,line=2,col=9,endLine=2,endColumn=14,title=Encoding.Entity::"
                "HTML entity &amp; left in the text")
    assert done.stdout.splitlines() == [expected]
