"""``qa languagetool install`` and ``qa server start|stop|status``.

``register(subparsers)`` adds them to the main parser; each handler returns
the exit status (``qa.exitcode`` names them): 0 done, 1 nothing to do
(``status`` when no server runs), 2 failure.
"""
from __future__ import annotations

import argparse
import json
import sys
import time

from ..exitcode import FAILURE, FINDINGS, OK
from .install import InstallError, default_home, install, resolve_home


def register(subparsers: argparse._SubParsersAction) -> None:
    lt = subparsers.add_parser("languagetool", help="manage the LanguageTool installation")
    lt_sub = lt.add_subparsers(dest="languagetool_command", required=True)
    inst = lt_sub.add_parser(
        "install",
        help="fetch the pinned LanguageTool jars from Maven Central (needs mvn and Java 17)",
    )
    inst.add_argument("--cache-dir", help=f"install here instead of {default_home()}")
    inst.add_argument("--quiet", action="store_true", help="print nothing but errors and the result")
    inst.add_argument(
        "--languages", default="",
        help="extra LanguageTool language modules, comma-separated (en, es, ca, pt always come)",
    )
    inst.set_defaults(func=cmd_install)

    server = subparsers.add_parser(
        "server", help="keep a LanguageTool server running between runs (127.0.0.1 only)"
    )
    server_sub = server.add_subparsers(dest="server_command", required=True)
    start = server_sub.add_parser("start", help="start the server unless one is running")
    start.add_argument("--languagetool-home", help="LanguageTool folder to run (default: the installed one)")
    start.add_argument("--idle-timeout", type=float, default=0.0, metavar="SECONDS",
                       help="stop after this long without a run (default 0: until `qa server stop`)")
    start.set_defaults(func=cmd_server_start)
    server_sub.add_parser("stop", help="stop the kept server").set_defaults(func=cmd_server_stop)
    status = server_sub.add_parser("status", help="say whether the kept server runs; exit 1 if not")
    status.add_argument("--json", action="store_true", help="print the server record as JSON")
    status.set_defaults(func=cmd_server_status)


def cmd_install(args: argparse.Namespace) -> int:
    extra = tuple(x.strip() for x in args.languages.split(",") if x.strip())
    began = time.monotonic()
    progress = None if args.quiet else InstallProgress(sys.stderr)
    try:
        home = install(args.cache_dir, extra_languages=extra, progress=progress)
    except InstallError as e:
        if progress:
            progress.end()
        print(f"qa: {e}", file=sys.stderr)
        return FAILURE
    if progress:
        progress.end()
    print(f"LanguageTool ready in {home} ({time.monotonic() - began:.1f}s)")
    return OK


class InstallProgress:
    """One line for Maven's work: rewritten in place on a terminal, printed
    once (start) when piped, so a CI log gets a line, not 144."""

    def __init__(self, out) -> None:
        self.out = out
        self.live = out.isatty()
        self.shown = False

    def __call__(self, artifacts: int, log: str) -> None:
        line = f"qa: installing LanguageTool with Maven: {artifacts} files fetched (log: {log})"
        if self.live:
            self.out.write("\r" + line)
            self.out.flush()
        elif not self.shown:
            self.out.write(f"qa: installing LanguageTool with Maven (log: {log})\n")
            self.out.flush()
        self.shown = True

    def end(self) -> None:
        if self.live and self.shown:
            self.out.write("\n")
            self.out.flush()


# The server module (requests, psutil) is imported by the commands that use
# it, so that building the parser for `qa check` stays fast.


def cmd_server_start(args: argparse.Namespace) -> int:
    from .server import ServerStartError, start_kept
    from .shared import state_lock

    try:
        home = resolve_home(args.languagetool_home)
        with state_lock():  # a run starting the shared server meanwhile waits, then uses this one
            kept = start_kept(home, idle_timeout=max(0.0, args.idle_timeout))
    except (InstallError, ServerStartError) as e:
        print(f"qa: {e}", file=sys.stderr)
        return FAILURE
    print(f"LanguageTool server running at {kept.url} (pid {kept.pid})")
    return OK


def cmd_server_stop(args: argparse.Namespace) -> int:
    from .server import stop_kept
    from .shared import state_lock

    with state_lock():
        stopped = stop_kept()
    if stopped:
        print("LanguageTool server stopped")
    else:
        print("no LanguageTool server was running")
    return OK


def cmd_server_status(args: argparse.Namespace) -> int:
    from .server import find_kept, read_kept

    kept = find_kept()
    if args.json:
        record = read_kept().__dict__ if kept else None
        print(json.dumps({"running": kept is not None, "server": record}))
    elif kept:
        idle = f"stops after {kept.idle_timeout:.0f}s without a run" if kept.idle_timeout else "kept until stopped"
        print(f"running at {kept.url} (pid {kept.pid}, LanguageTool {kept.version}, {idle}, log {kept.log})")
    else:
        stale = read_kept()
        print("not running" + (" (a stale record remains; `qa server stop` removes it)" if stale else ""))
    return OK if kept else FINDINGS
