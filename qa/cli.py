"""Command line: ``qa check | fix | rules | rule ID`` (+ grammar server commands).

Every command returns an exit status (see ``qa.exitcode``); errors the user
can act on are one line on stderr, never a traceback.
"""
from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from . import __version__
from .baseline import Baseline, BaselineError
from .config import ConfigError, load_config
from .context import Context
from .exitcode import FAILURE, OK, exit_status
from .kinds.base import RuleFileError
from .model import DocumentReport
from .options import EXTRACT_MODES, Options
from .render import github, jsonl, junit, sarif, terminal, text
from .render import html as html_render
from .render import json as json_render

RENDERERS: dict[str, Callable[..., None]] = {
    "terminal": terminal.render,
    "text": text.render,
    "json": json_render.render,
    "jsonl": jsonl.render,
    "sarif": sarif.render,
    "github": github.render,
    "junit": junit.render,
    "html": html_render.render,
}


class UsageError(Exception):
    """A problem with the command line or configuration (exit 2)."""


def _csv(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split(",") if v.strip())


def add_check_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="*", default=["."], help="files, folders, or - for stdin")
    p.add_argument("--format", "--output-format", dest="format", choices=sorted(RENDERERS),
                   help="report format (default: terminal on a TTY, text otherwise)")
    p.add_argument("-o", "--output-file", help="write the report here instead of stdout")
    p.add_argument("--config", metavar="FILE",
                   help="settings file (default: .qa.toml or [tool.qa] in pyproject.toml, found upwards)")
    p.add_argument("--fix", action="store_true", help="apply safe fixes to the files, then report what is left")
    p.add_argument("--unsafe-fixes", action="store_true", help="with --fix or --diff: apply unsafe fixes too")
    p.add_argument("--diff", action="store_true", help="print the fixes as a unified diff; write nothing")
    p.add_argument("--baseline", metavar="FILE", help="leave out the findings recorded in FILE")
    p.add_argument("--update-baseline", action="store_true",
                   help="record every current finding in the --baseline FILE")
    p.add_argument("--lang", help="language of every document (default: detect per document)")
    p.add_argument("--text-field", help="JSON Lines field holding the text (default: text)")
    p.add_argument("--extract", choices=EXTRACT_MODES,
                   help="HTML and WARC pages: check the article's text as extracted by trafilatura "
                   "(default), or every file raw (none; Markdown is then not parsed either)")
    p.add_argument("--include", type=_csv, help="file globs to check in folders")
    p.add_argument("--exclude", type=_csv, help="file or path globs to skip")
    p.add_argument("--select", type=_csv, help="only rules with these id prefixes (Encoding,Repetition.Token)")
    p.add_argument("--ignore", type=_csv, help="skip rules with these id prefixes")
    p.add_argument("--fail-level", choices=("error", "warning", "info"),
                   help="exit 1 when a finding is at or above this severity (default: error)")
    p.add_argument("--rules", action="append", default=[], metavar="DIR",
                   help="an extra folder of rule packs (repeatable)")
    p.add_argument("-j", "--jobs", type=int, help="worker processes (0 = all cores; default 1)")
    p.add_argument("--grammar", choices=("auto", "required", "off"),
                   help="LanguageTool grammar checks (default: auto)")
    p.add_argument("--languagetool-url", help="use this LanguageTool server instead of a local one")
    p.add_argument("--show-info", action="store_true", help="show info findings in the terminal report")
    p.add_argument("-q", "--quiet", action="store_true", help="terminal report: hide passing documents")
    p.add_argument("--no-color", action="store_true", help="no colours (NO_COLOR is honoured too)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="qa", description="Find damage in scraped news.")
    parser.add_argument("--version", action="version", version=f"newsqa {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    check = sub.add_parser("check", help="check files, folders, JSON Lines or stdin")
    add_check_arguments(check)
    check.set_defaults(func=cmd_check)
    fix = sub.add_parser("fix", help="apply safe fixes in place (qa check --fix)")
    add_check_arguments(fix)
    fix.set_defaults(func=cmd_check, fix=True)
    rules = sub.add_parser("rules", help="list every rule")
    rules.add_argument("--rules", action="append", default=[], metavar="DIR")
    rules.add_argument("--config", metavar="FILE")
    rules.set_defaults(func=cmd_rules)
    rule = sub.add_parser("rule", help="explain one rule")
    rule.add_argument("id")
    rule.add_argument("--rules", action="append", default=[], metavar="DIR")
    rule.add_argument("--config", metavar="FILE")
    rule.set_defaults(func=cmd_rule)
    try:
        from .grammar import cli as grammar_cli
    except ImportError:
        grammar_cli = None
    if grammar_cli is not None:
        grammar_cli.register(sub)
    return parser


def options_from_args(args: argparse.Namespace, base: Options | None = None) -> Options:
    """Command-line flags override the configuration they are given."""
    opts = base or Options()
    changes = {}
    for flag, key in (("lang", "language"), ("text_field", "text_field"), ("include", "include"),
                      ("exclude", "exclude"), ("extract", "extract"), ("select", "select"), ("ignore", "ignore"),
                      ("fail_level", "fail_level"), ("grammar", "grammar"),
                      ("languagetool_url", "languagetool_url"), ("jobs", "jobs")):
        value = getattr(args, flag, None)
        if value is not None:
            changes[key] = value
    if getattr(args, "rules", None):
        changes["rule_paths"] = tuple(opts.rule_paths) + tuple(args.rules)
    if changes.get("jobs") == 0:
        changes["jobs"] = os.cpu_count() or 1
    return replace(opts, **changes)


def start_grammar(ctx: Context, stack: ExitStack) -> None:
    """Attach a LanguageTool service to ``ctx`` or explain why there is none."""
    mode = ctx.options.grammar
    if mode == "off":
        return
    try:
        from .grammar import GrammarService, GrammarUnavailable
    except ImportError as exc:  # pragma: no cover - grammar support not installed
        reason = f"grammar support is not available ({exc})"
        if mode == "required":
            raise UsageError(reason) from None
        ctx.grammar_note = f"grammar not checked: {reason}"
        return
    service = GrammarService(ctx.options)
    try:
        service.start()
    except GrammarUnavailable as exc:
        if mode == "required":
            raise UsageError(f"grammar required but unavailable: {exc}") from None
        ctx.grammar_note = f"grammar not checked: {exc}"
        return
    stack.callback(service.close)
    ctx.grammar = service


def _open_output(args: argparse.Namespace, stack: ExitStack) -> TextIO:
    if getattr(args, "output_file", None):
        try:
            return stack.enter_context(open(args.output_file, "w", encoding="utf-8"))
        except OSError as exc:
            raise UsageError(f"cannot write {args.output_file}: {exc.strerror}") from None
    return sys.stdout


def configured_options(args: argparse.Namespace) -> tuple[Options, object]:
    """Defaults < config file < command-line flags."""
    config = load_config(getattr(args, "config", None), getattr(args, "paths", ()))
    return options_from_args(args, config.apply(Options())), config


class Tally:
    """Watches reports stream past: exit status, unreadable inputs, baseline."""

    def __init__(self, fail_level: str, baseline: Baseline | None, record: bool, options: Options):
        self.fail_level = fail_level
        self.baseline = baseline
        self.record = record
        self.options = options
        self.status = OK

    def watch(self, reports: Iterable[DocumentReport]) -> Iterator[DocumentReport]:
        for r in reports:
            if self.baseline is not None:
                if self.record:
                    self.baseline.record(r)
                else:
                    r = self.baseline.filter(r, self.options)
            if r.error:
                print(f"qa: {r.source}: {r.error}", file=sys.stderr)
            self.status = max(self.status, exit_status([r], self.fail_level))
            yield r


def _baseline(args: argparse.Namespace, config) -> Baseline | None:
    path = args.baseline or config.baseline
    if args.update_baseline:
        if not path:
            raise UsageError("--update-baseline needs --baseline FILE (or baseline in the config)")
        return Baseline(Path(path))
    return Baseline.load(path) if path else None


def cmd_check(args: argparse.Namespace) -> int:
    from .pipeline import check_documents
    from .rewrite import FixRun
    from .sources.files import read_all

    options, config = configured_options(args)
    if args.unsafe_fixes and not (args.fix or args.diff):
        raise UsageError("--unsafe-fixes applies with --fix, --diff or `qa fix`")
    baseline = _baseline(args, config)
    fmt = args.format or ("terminal" if sys.stdout.isatty() and not args.output_file else "text")
    with ExitStack() as stack:
        ctx = Context.create(options)
        start_grammar(ctx, stack)
        run = None
        if args.diff or args.fix:
            run = FixRun(ctx, unsafe=args.unsafe_fixes, write=not args.diff,
                         diff_out=sys.stdout if args.diff else None)
            reports = run.reports(args.paths)
        else:
            reports = check_documents(read_all(args.paths, options), ctx, jobs=options.jobs)
        tally = Tally(options.fail_level, baseline, args.update_baseline, options)
        reports = tally.watch(reports)
        if args.diff:  # the diff is the output
            for _ in reports:
                pass
        else:
            # `qa fix -` prints the fixed text; its report goes to stderr
            fixed_stdin = args.fix and "-" in args.paths and not args.output_file
            out = sys.stderr if fixed_stdin else _open_output(args, stack)
            render_reports(fmt, reports, out, ctx, args)
        return _finish(args, tally, run, baseline)


def render_reports(fmt: str, reports: Iterator[DocumentReport], out: TextIO, ctx: Context,
                   args: argparse.Namespace) -> None:
    """Text, JSON Lines and GitHub stream; the others need every report first."""
    if fmt == "terminal":
        console = terminal.make_console(out, color=False if args.no_color else None)
        terminal.render(list(_with_progress(reports, console)), console=console,
                        show_info=args.show_info, quiet=args.quiet)
        return
    infos = ctx.rule_infos() if fmt == "sarif" else ()
    RENDERERS[fmt](reports, out, fail_level=ctx.options.fail_level, rule_infos=infos)


def _finish(args: argparse.Namespace, tally: Tally, run, baseline: Baseline | None) -> int:
    """Messages for stderr, and the exit status of the run."""
    status = tally.status
    if baseline is not None and args.update_baseline:
        count = baseline.save()
        print(f"qa: recorded {count} finding{'s' if count != 1 else ''} in {baseline.path}", file=sys.stderr)
        status = FAILURE if status == FAILURE else OK
    elif baseline is not None and baseline.matched:
        print(f"qa: {baseline.matched} known finding{'s' if baseline.matched != 1 else ''} left out "
              f"(baseline {baseline.path})", file=sys.stderr)
    if run is not None:
        verb = "would fix" if args.diff else "fixed"
        print(f"qa: {verb} {run.edits} edit{'s' if run.edits != 1 else ''} in {run.files_changed} "
              f"file{'s' if run.files_changed != 1 else ''}", file=sys.stderr)
        for failure in run.failures:
            print(f"qa: {failure}", file=sys.stderr)
        if args.diff:  # as ruff: 1 when there is something to apply
            status = FAILURE if status == FAILURE else int(run.files_changed > 0)
        if run.failures:
            status = FAILURE
    return status


def _with_progress(reports, console):
    """A transient progress line on long interactive runs only."""
    if not console.is_terminal:
        yield from reports
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("checked {task.completed} documents"),
                  TimeElapsedColumn(), console=console, transient=True) as progress:
        task = progress.add_task("check", total=None)
        for r in reports:
            progress.advance(task)
            yield r


def cmd_rules(args: argparse.Namespace) -> int:
    ctx = Context.create(configured_options(args)[0])
    console = terminal.make_console()
    from rich.table import Table

    table = Table("rule", "kind", "severity", "languages", "source", box=None)
    for info in ctx.rule_infos():
        table.add_row(info.id, info.kind, info.severity, ",".join(info.languages) or "all", info.source)
    console.print(table)
    return 0


def cmd_rule(args: argparse.Namespace) -> int:
    ctx = Context.create(configured_options(args)[0])
    matches = [i for i in ctx.rule_infos() if i.id.lower() == args.id.lower()]
    if not matches:
        raise UsageError(f"no rule {args.id!r}; `qa rules` lists them")
    info = matches[0]
    lines = [f"{info.id}  ({info.kind}, {info.severity}, category {info.category})", "",
             f"What it does: {info.description}"]
    if info.why:
        lines.append(f"Why it matters: {info.why}")
    if info.flag:
        lines += ["", "Example, flagged:"] + [_example(e) for e in info.flag[:3]]
    else:
        lines += ["", "Example: none can be written as text; see what it does above."]
    if info.ok:
        lines += ["Not flagged:"] + [_example(e) for e in info.ok[:3]]
    if info.instead:
        lines += ["", f"Instead: {info.instead}"]
    if info.languages:
        lines.append(f"Languages: {', '.join(info.languages)}")
    lines.append(f"Source: {info.source}")
    if info.link:
        lines.append(f"More: {info.link}")
    print("\n".join(lines))
    return 0


def _example(text: str) -> str:
    """Indented, with invisible characters shown as escapes (a rule example may hold a BEL)."""
    shown = "".join(c if c.isprintable() or c == "\n" else f"\\u{ord(c):04x}" for c in text)
    return "\n".join(f"    {line}" for line in shown.split("\n"))


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return FAILURE
    try:
        return args.func(args)
    except (UsageError, RuleFileError, ConfigError, BaselineError) as exc:
        print(f"qa: error: {exc}", file=sys.stderr)
        return FAILURE
    except KeyboardInterrupt:
        print("qa: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return FAILURE


if __name__ == "__main__":
    sys.exit(main())
