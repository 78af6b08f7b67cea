"""The shared LanguageTool server `qa check` starts, reuses and lets go
of (a real JVM), and `qa languagetool install`'s one line of progress.

Every test uses a private cache folder (QA_CACHE_DIR), so it neither sees
nor stops a server the developer keeps."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psutil
import pytest

from qa.grammar.install import default_home, is_complete, lt_python_home

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = "Las casa es grande. El ministro dijo que no vendría.\n"


@pytest.fixture(scope="module")
def lt_home() -> Path:
    home = default_home() if is_complete(default_home()) else lt_python_home()
    if home is None:
        pytest.fail(f"LanguageTool is not installed in {default_home()}: run `qa languagetool install` first")
    return home


def _qa(env, *args, timeout=180):
    return subprocess.run([sys.executable, "-m", "qa", *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=timeout)


def test_first_check_starts_a_shared_server_later_ones_reuse_it_and_idle_stops_it(tmp_path, lt_home):
    env = {**os.environ, "QA_CACHE_DIR": str(tmp_path / "cache"), "QA_SERVER_IDLE": "8"}
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    check = ("check", str(article), "--grammar", "required", "--languagetool-home", str(lt_home),
             "--format", "json")
    record = tmp_path / "cache" / "languagetool" / "server.json"
    try:
        first = _qa(env, *check)
        assert first.returncode in (0, 1), first.stderr
        assert "starting a shared LanguageTool server in the background" in first.stderr
        kept = json.loads(record.read_text(encoding="utf-8"))
        listening = [c.laddr.ip for c in psutil.Process(kept["pid"]).net_connections()
                     if c.status == psutil.CONN_LISTEN]
        assert listening and set(listening) <= {"127.0.0.1", "::ffff:127.0.0.1"}

        second = _qa(env, *check)
        assert "starting" not in second.stderr
        rules = {f["rule"] for f in json.loads(second.stdout)["documents"][0]["findings"]}
        assert any(rule.startswith("LT.") for rule in rules), rules
        # Reuse is a fact about processes, not a wall time (a loaded runner can make any
        # limit fail): the second run answered from the server the first one left.
        assert json.loads(record.read_text(encoding="utf-8"))["pid"] == kept["pid"]

        with ThreadPoolExecutor(2) as pool:  # concurrent runs share it too
            runs = list(pool.map(lambda _: _qa(env, *check), range(2)))
        assert all(r.returncode == first.returncode and "starting" not in r.stderr for r in runs)
        assert json.loads(record.read_text(encoding="utf-8"))["pid"] == kept["pid"]
        status = _qa(env, "server", "status")
        assert status.returncode == 0 and "stops after 8s without a run" in status.stdout

        deadline = time.monotonic() + 60
        while psutil.pid_exists(kept["pid"]) and time.monotonic() < deadline:
            time.sleep(1)
        assert not psutil.pid_exists(kept["pid"]), "the idle server was not stopped"
        assert _qa(env, "server", "status").returncode == 1
    finally:
        _qa(env, "server", "stop")


def test_sigterm_while_the_shared_server_starts_stops_it(tmp_path, lt_home):
    """A run terminated while its shared server starts (a cancelled CI job)
    exits 143 and takes the JVM with it: unrecorded, nothing else would
    ever stop it."""
    env = {**os.environ, "QA_CACHE_DIR": str(tmp_path / "cache")}
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    config = str(tmp_path / "cache" / "languagetool" / "server.properties")
    run = subprocess.Popen([sys.executable, "-m", "qa", "check", str(article), "--grammar", "required",
                            "--languagetool-home", str(lt_home)],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    jvm = None
    try:
        deadline = time.monotonic() + 120
        while jvm is None and time.monotonic() < deadline and run.poll() is None:
            jvm = next((p for p in psutil.process_iter(["cmdline"]) if config in (p.info["cmdline"] or ())),
                       None)
            time.sleep(0.05)
        assert jvm is not None, "the run started no LanguageTool server"
        # the JVM needs seconds to answer, so the run is still waiting for it
        assert not (tmp_path / "cache" / "languagetool" / "server.json").exists()
        run.terminate()
        assert run.wait(timeout=60) == 143, run.stderr.read()
        gone, alive = psutil.wait_procs([jvm], timeout=30)
        assert not alive, "the JVM outlived the run"
        assert not (tmp_path / "cache" / "languagetool" / "server.json").exists()
    finally:
        if run.poll() is None:
            run.kill()
        if jvm is not None and jvm.is_running():
            jvm.kill()


def test_languagetool_install_prints_one_line_and_keeps_the_maven_log(tmp_path):
    """Maven copies the pinned jars from the local repository the suite's
    own install filled, so nothing is downloaded here."""
    env = {**os.environ, "QA_CACHE_DIR": str(tmp_path / "cache")}
    done = _qa(env, "languagetool", "install", "--cache-dir", str(tmp_path / "lt"), timeout=600)
    assert done.returncode == 0, done.stderr
    assert done.stderr.count("\n") == 1 and "installing LanguageTool with Maven (log: " in done.stderr
    logs = list((tmp_path / "cache" / "languagetool" / "logs").glob("install-*.log"))
    assert len(logs) == 1 and "BUILD SUCCESS" in logs[0].read_text(encoding="utf-8")
    assert done.stdout.startswith("LanguageTool ready in")


def test_readme_set_up_still_checks_without_maven_or_java(tmp_path):
    """The README's set-up line, after the pip install, on a machine where
    `mvn` and `java` are missing: grammar is skipped, the check still runs."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    setup = readme.split("```sh\n", 1)[1].split("\n```", 1)[0].strip()
    rest = setup.split("pip install -q -e . && ", 1)[1]
    venv_bin = Path(sys.executable).parent
    env = {"QA_CACHE_DIR": str(tmp_path / "cache"), "LTP_PATH": str(tmp_path / "ltp"), "HOME": str(tmp_path),
           "PATH": str(tmp_path / "empty")}
    done = subprocess.run([shutil.which("bash"), "-c", rest.replace(".venv/bin/", f"{venv_bin}/")], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=300)
    assert shutil.which("mvn", path=env["PATH"]) is None
    assert "Maven (`mvn`) is not on PATH" in done.stderr
    assert done.returncode == 1, done.stderr  # the samples' damage: the check ran
    assert "grammar not checked" in done.stderr + done.stdout
