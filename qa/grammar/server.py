"""Run LanguageTool's HTTP server on 127.0.0.1 and keep track of it.

Two lifetimes: a server owned by one ``GrammarService`` (stopped by its
``close()``), and a *kept* server that outlives the command; the kept one is
described by ``server.json`` in the cache folder so that later runs find it
instead of paying JVM start-up.

The kept server is per user (the cache folder is) and bound to 127.0.0.1;
``qa server start`` starts it, and so does the first ``qa check`` that
wants grammar (``qa.grammar.shared``), which also stops it when idle.
"""
from __future__ import annotations

import json
import os
import shlex
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import psutil
import requests

from .install import LT_VERSION, cache_root, classpath

MAIN_CLASS = "org.languagetool.server.HTTPServer"
DEFAULT_JAVA_OPTS = "-Xms256m -Xmx1g"
START_TIMEOUT = 90.0  # first start on a cold disk/JIT can take a while


class ServerStartError(RuntimeError):
    pass


def java_opts() -> list[str]:
    """JVM flags: ``$QA_LT_JAVA_OPTS`` or 1 GB heap, enough for en+es news."""
    return shlex.split(os.environ.get("QA_LT_JAVA_OPTS", DEFAULT_JAVA_OPTS))


def server_properties(path: Path) -> Path:
    """LanguageTool's ``--config`` file.

    Texts reach the server already split to ~20k code points, so the length
    cap only guards against a bug; the thread count follows the machine
    because newsqa checks documents concurrently.
    """
    threads = max(2, os.cpu_count() or 2)
    text = (
        "maxTextLength=200000\n"
        "maxCheckTimeMillis=180000\n"
        f"maxCheckThreads={threads}\n"
        "pipelineCaching=true\n"
        f"maxPipelinePoolSize={4 * threads}\n"
        "pipelineExpireTimeInSeconds=3600\n"
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="ascii")
    os.replace(tmp, path)  # atomic: concurrent starts never read half a file
    return path


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def healthy(url: str, timeout: float = 2.0) -> bool:
    try:
        return requests.get(url.rstrip("/") + "/v2/healthcheck", timeout=timeout).ok
    except requests.RequestException:
        return False


class LocalServer:
    """One LanguageTool JVM bound to 127.0.0.1 (HTTPServer without
    ``--public`` listens on the loopback interface only)."""

    def __init__(self, home: Path, *, detached: bool = False) -> None:
        self.home = home
        self.detached = detached
        self.port = 0
        self.process: subprocess.Popen | None = None
        self.log_path: Path | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def pid(self) -> int | None:
        return self.process.pid if self.process else None

    def command(self, port: int, config: Path) -> list[str]:
        java = shutil.which("java")
        if java is None:
            raise ServerStartError("Java is not on PATH; LanguageTool needs Java 17 or newer")
        cp = classpath(self.home)
        if cp is None:
            raise ServerStartError(f"no LanguageTool jars in {self.home}")
        return [java, *java_opts(), "-cp", cp, MAIN_CLASS, "--port", str(port), "--config", str(config)]

    def start(self, timeout: float = START_TIMEOUT) -> "LocalServer":
        state_dir = cache_root()
        config = server_properties(state_dir / "server.properties")
        last_error = "unknown"
        for _ in range(3):  # another process may grab the free port first
            self.port = free_port()
            self.log_path = state_dir / "logs" / f"server-{self.port}.log"
            self.log_path.parent.mkdir(parents=True, exist_ok=True)
            with open(self.log_path, "wb") as log:
                self.process = subprocess.Popen(
                    self.command(self.port, config),
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    # A kept server must survive the terminal's Ctrl-C and the
                    # exit of `qa server start` itself.
                    start_new_session=self.detached,
                )
            try:
                self._wait_healthy(timeout)
                return self
            except ServerStartError as e:
                last_error = str(e)
                self.stop()
                if not self.port_taken():
                    break
            except BaseException:
                # interrupted while it starts (Ctrl-C, SIGTERM unwinding the
                # run): a detached JVM would outlive the run, answering no one
                self.stop(grace=0)
                raise
        raise ServerStartError(last_error)

    def port_taken(self) -> bool:
        """The JVM could not bind its port. The whole log is read: Java
        prints the BindException about 2 KB before the end of its trace."""
        try:
            return b"Address already in use" in self.log_path.read_bytes()
        except (OSError, AttributeError):
            return False

    def _wait_healthy(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            code = self.process.poll()
            if code is not None:
                raise ServerStartError(f"LanguageTool server exited with code {code}: {self.log_tail()}")
            if healthy(self.url, timeout=1.0):
                return
            time.sleep(0.2)
        raise ServerStartError(f"LanguageTool server did not answer within {timeout:.0f}s: {self.log_tail()}")

    def log_tail(self, chars: int = 600) -> str:
        try:
            text = self.log_path.read_text(errors="replace") if self.log_path else ""
        except OSError:
            return ""
        return " ".join(text[-chars:].split())

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self, grace: float = 10.0) -> None:
        """End the JVM: terminate, and kill it if it is not gone within
        ``grace`` seconds (0: kill at once, for a hung one)."""
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=grace)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        else:
            self.process.wait()  # reap, so no zombie stays behind
        self.process = None


# --- the kept server (`qa server start|stop|status`) -------------------------


@dataclass(frozen=True)
class KeptServer:
    url: str
    pid: int
    port: int
    home: str
    version: str
    create_time: float  # tells our JVM apart from a later process reusing the pid
    log: str
    idle_timeout: float = 0.0  # seconds without a run before it stops; 0 = until `qa server stop`
    watcher_pid: int | None = None  # the qa.grammar.idle process that stops it


def state_path() -> Path:
    return cache_root() / "server.json"


def read_kept() -> KeptServer | None:
    try:
        data = json.loads(state_path().read_text(encoding="utf-8"))
        return KeptServer(**data)
    except (OSError, ValueError, TypeError):
        return None


def is_ours(kept: KeptServer) -> bool:
    """The recorded pid is still the JVM we started (not a reused pid)."""
    try:
        proc = psutil.Process(kept.pid)
        return abs(proc.create_time() - kept.create_time) < 1.0 and MAIN_CLASS in " ".join(proc.cmdline())
    except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
        return False


def find_kept() -> KeptServer | None:
    """The kept server if it is running and answers, else None."""
    kept = read_kept()
    if kept is not None and is_ours(kept) and healthy(kept.url):
        return kept
    return None


# One short sentence per main language: LanguageTool loads a language's
# dictionaries and rules on its first request (about 5 s), so a kept server
# pays that once at start instead of on the user's first check.
WARM_UP = {"es": "La casa es grande.", "en": "The house is big."}


def warm_up(url: str, timeout: float = 60.0) -> None:
    for language, text in WARM_UP.items():
        try:
            requests.post(url.rstrip("/") + "/v2/check", data={"language": language, "text": text},
                          timeout=timeout)
        except requests.RequestException:
            return  # a missing module or a slow start only costs time later


def start_kept(home: Path, idle_timeout: float = 0.0) -> KeptServer:
    running = find_kept()
    if running is not None:
        return running
    server = LocalServer(home, detached=True).start()
    watcher = None
    try:
        warm_up(server.url)
        if idle_timeout > 0:
            watcher = subprocess.Popen(
                [sys.executable, "-m", "qa.grammar.idle", str(server.pid), str(idle_timeout)],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                start_new_session=True,
            ).pid
        return _record_kept(server, home, idle_timeout, watcher)
    except BaseException:
        # not yet recorded, so nothing would ever stop it: the run that
        # started it stops it as it unwinds (the watcher exits with it)
        server.stop(grace=0)
        raise


def _record_kept(server: LocalServer, home: Path, idle_timeout: float, watcher: int | None) -> KeptServer:
    """Write the kept server's state file, which `qa server` and later runs read."""
    kept = KeptServer(
        url=server.url,
        pid=server.pid,
        port=server.port,
        home=str(home),
        version=LT_VERSION,
        create_time=psutil.Process(server.pid).create_time(),
        log=str(server.log_path),
        idle_timeout=idle_timeout,
        watcher_pid=watcher,
    )
    path = state_path()
    tmp = path.with_name(f"server.json.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(asdict(kept), indent=2), encoding="utf-8")
    os.replace(tmp, path)
    used_path().touch()
    return kept


def stop_kept(timeout: float = 15.0) -> bool:
    """Stop the kept server; True if one was running. Removes the state file."""
    kept = read_kept()
    stopped = False
    if kept is not None and is_ours(kept):
        proc = psutil.Process(kept.pid)
        proc.terminate()
        try:
            proc.wait(timeout=timeout)
        except psutil.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=timeout)
        stopped = True
    state_path().unlink(missing_ok=True)
    return stopped


def used_path() -> Path:
    """Touched when a run lets go of the server: the idle clock starts there."""
    return cache_root() / "server.used"
