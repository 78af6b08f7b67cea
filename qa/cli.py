"""Command line: ``qa check | fix | rules | rule ID`` (+ grammar server commands).

Every command returns an exit status (decided by ``qa.exitcode``); errors
the user can act on are one line on stderr, never a traceback (``--debug``
or ``QA_DEBUG=1`` shows the traceback of an unexpected error). Scraped
strings in stderr messages pass through ``qa.render.inert``.
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from . import __version__
from .baseline import Baseline, BaselineError
from .config import ConfigError, check_rule_prefixes, load_config
from .context import Context
from .errors import UsageError
from .exitcode import FAILURE, OK, Outcome, exit_status, status_of_exception
from .gcpolicy import tune_for_batch_run
from .kinds.base import RuleFileError
from .model import DocumentReport
from .options import EXTRACT_MODES, Options
from .render import RENDERERS, RenderSettings
from .render.inert import inert
from .render.summary import notes_summary
from .grammar.attach import start_grammar
from .tally import Tally
from .termsignal import TermSignal


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
                   help="a confident finding at or above this severity fails its document (default: error)")
    p.add_argument("--exit-zero", action="store_true",
                   help="exit 0 even when documents fail (report-only jobs); tool failures still exit 2")
    p.add_argument("--statistics", action="store_true",
                   help="print how often each rule fired (and whether --fix fixes it) instead of the report")
    p.add_argument("--rules", action="append", default=[], metavar="DIR",
                   help="an extra folder of rule packs (repeatable)")
    p.add_argument("-j", "--jobs", type=int, help="worker processes (0 = all cores; default 1)")
    p.add_argument("--grammar", choices=("auto", "required", "off"),
                   help="LanguageTool grammar checks (default: auto)")
    p.add_argument("--languagetool-url", help="use this LanguageTool server instead of a local one")
    p.add_argument("--languagetool-home", help="LanguageTool folder to run (default: the installed one)")
    p.add_argument("--show-info", action="store_true", help="show info findings in the terminal report")
    p.add_argument("-q", "--quiet", action="store_true", help="terminal report: hide passing documents")
    p.add_argument("--no-color", action="store_true", help="no colours (NO_COLOR is honoured too)")
    p.add_argument("--debug", action="store_true", help="show the traceback of an unexpected error")


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
    rules.add_argument("--format", choices=("text", "json"), help="text (default) or json")
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
    from .spark import cli as spark_cli

    spark_cli.register(sub)
    return parser


def options_from_args(args: argparse.Namespace, base: Options | None = None) -> Options:
    """Command-line flags override the configuration they are given."""
    opts = base or Options()
    changes = {}
    for flag, key in (("lang", "language"), ("text_field", "text_field"), ("include", "include"),
                      ("exclude", "exclude"), ("extract", "extract"), ("select", "select"), ("ignore", "ignore"),
                      ("fail_level", "fail_level"), ("grammar", "grammar"),
                      ("languagetool_url", "languagetool_url"), ("languagetool_home", "languagetool_home"),
                      ("jobs", "jobs")):
        value = getattr(args, flag, None)
        if value is not None:
            changes[key] = value
    if getattr(args, "rules", None):
        changes["rule_paths"] = tuple(opts.rule_paths) + tuple(args.rules)
    if getattr(args, "debug", False) or os.environ.get("QA_DEBUG"):
        changes["raise_check_errors"] = True  # a check's bug ends the run with its traceback
    if changes.get("jobs") == 0:
        changes["jobs"] = os.cpu_count() or 1
    return replace(opts, **changes)


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


def check_selection(args: argparse.Namespace, options: Options, config, ctx: Context) -> None:
    """Rule ids named by flags or the config must exist (a typo is exit 2)."""
    known = [info.id for info in ctx.rule_infos()]
    for flag, key in (("select", "select"), ("ignore", "ignore")):
        if getattr(args, flag, None) is not None:
            check_rule_prefixes(getattr(args, flag), known, f"--{flag}")
        elif key in config.places:
            check_rule_prefixes(getattr(options, key), known, f"{config.places[key]}: {key}")
    if "per-path-ignores" in config.places:
        for ids in options.per_path_ignores.values():
            check_rule_prefixes(ids, known, f"{config.places['per-path-ignores']}: per-path-ignores")


def _baseline(args: argparse.Namespace, config) -> Baseline | None:
    path = args.baseline or config.baseline
    if args.update_baseline:
        if not path:
            raise UsageError("--update-baseline needs --baseline FILE (or baseline in the config)")
        return Baseline.for_update(Path(path))
    return Baseline.load(path) if path else None


def cmd_check(args: argparse.Namespace) -> int:
    from .pipeline import check_documents
    from .sources.files import read_all

    options, config = configured_options(args)
    if args.unsafe_fixes and not (args.fix or args.diff):
        raise UsageError("--unsafe-fixes applies with --fix, --diff or `qa fix`")
    baseline = _baseline(args, config)
    fmt = args.format or ("terminal" if sys.stdout.isatty() and not args.output_file else "text")
    if args.statistics:
        from .render import statistics as renderer
    else:
        renderer = RENDERERS[fmt]
    with ExitStack() as stack:
        ctx = Context.create(options)
        check_selection(args, options, config, ctx)
        start_grammar(ctx, stack)
        run = None
        if args.diff or args.fix:
            from .fixrun import FixRun

            run = stack.enter_context(FixRun(ctx, unsafe=args.unsafe_fixes, write=not args.diff,
                                             diff_out=_diff_output() if args.diff else None))
            reports = run.reports(read_all(args.paths, options))
        else:
            reports = check_documents(read_all(args.paths, options), ctx, jobs=options.jobs)
        tally = Tally(baseline, args.update_baseline, options)
        reports = tally.watch(reports)
        if args.diff:  # the diff is the output
            for _ in reports:
                pass
        else:
            # `qa fix -` prints the fixed text; its report goes to stderr
            fixed_stdin = args.fix and "-" in args.paths and not args.output_file
            out = sys.stderr if fixed_stdin else _open_output(args, stack)
            settings = render_settings(args, fmt, renderer, ctx, out)
            if not renderer.STREAMS and sys.stderr.isatty():
                # nothing shows until the end: say how far the run is, on stderr
                reports = _progress_on_stderr(reports, _expected_documents(args.paths, options), stack)
            renderer.render(reports, out, settings)
        return _finish(args, fmt, tally, run, baseline, _grammar_required_failure(ctx))


def _grammar_required_failure(ctx: Context) -> str | None:
    """``--grammar required`` promises every document was checked: a server
    that died or hung mid-run fails the run (a tool failure), and says why."""
    unchecked = ctx.grammar_unchecked
    if ctx.options.grammar != "required" or not unchecked:
        return None
    source, reason = unchecked[0]
    return (f"error: grammar required but {len(unchecked)} document"
            f"{'s were' if len(unchecked) != 1 else ' was'} not checked (first: {source}: {reason})")


class _InertOnTerminal:
    """stdout for ``--diff``: a patch when piped (byte-exact, applicable),
    but with control sequences shown, not run, when a person reads it."""

    def __init__(self, out: TextIO) -> None:
        self.out = out

    def write(self, text: str) -> int:
        from .render.inert import inert_block

        return self.out.write(inert_block(text))

    def flush(self) -> None:
        self.out.flush()


def _diff_output() -> TextIO:
    return _InertOnTerminal(sys.stdout) if sys.stdout.isatty() else sys.stdout


def render_settings(args: argparse.Namespace, fmt: str, renderer, ctx: Context, out: TextIO) -> RenderSettings:
    expected = None
    if fmt == "terminal" and out.isatty():
        expected = _expected_documents(args.paths, ctx.options)
    return RenderSettings(
        fail_level=ctx.options.fail_level,
        rule_infos=tuple(ctx.rule_infos()) if renderer.NEEDS_RULE_INFOS else (),
        show_info=args.show_info, quiet=args.quiet,
        color=False if args.no_color else None,
        expected_documents=expected,
        step_summary=os.environ.get("GITHUB_STEP_SUMMARY") or None,
    )


def _progress_on_stderr(reports: Iterator[DocumentReport], total: int | None,
                        stack: ExitStack) -> Iterator[DocumentReport]:
    from .render import terminal

    advance = stack.enter_context(terminal.ProgressBar(terminal.make_console(sys.stderr), total))
    for r in reports:
        advance()
        yield r


def _expected_documents(paths: list[str], options: Options) -> int | None:
    if "-" in paths:
        return None
    from .inputcount import expected_documents

    return expected_documents(paths, options)


def _finish(args: argparse.Namespace, fmt: str, tally: Tally, run, baseline: Baseline | None,
            grammar_failure: str | None = None) -> int:
    """Messages for stderr, and the exit status of the run."""
    def say(message: str) -> None:
        print(f"qa: {message}", file=sys.stderr)

    if fmt != "terminal" or args.statistics:  # the terminal report shows these itself
        for note in notes_summary(tally.notes):
            say(f"note: {inert(note)}")
        if fmt == "text" or args.statistics:
            say(tally.summary_line())
    if baseline is not None and args.update_baseline:
        count = baseline.save()
        say(f"recorded {count} finding{'s' if count != 1 else ''} in {baseline.path}")
    elif baseline is not None and baseline.matched:
        say(f"{baseline.matched} known finding{'s' if baseline.matched != 1 else ''} left out "
            f"(baseline {baseline.path})")
    failures = 0
    if run is not None:
        verb = "would fix" if args.diff else "fixed"
        say(f"{verb} {run.edits} edit{'s' if run.edits != 1 else ''} in {run.files_changed} "
            f"file{'s' if run.files_changed != 1 else ''}")
        for failure in run.failures:
            say(inert(str(failure)))
        failures = len(run.failures)
    if grammar_failure:
        say(inert(grammar_failure))
        failures += 1
    failures += tally.broken  # each already named on stderr as it came
    return exit_status(Outcome(
        failed=tally.failed, unreadable=tally.unreadable, tool_failures=failures,
        fixes_pending=run is not None and run.files_changed > 0, diff=bool(args.diff),
        exit_zero=args.exit_zero or args.update_baseline,
    ))


def cmd_rules(args: argparse.Namespace) -> int:
    """Every rule; ids are never cut: a table on a terminal, tab-separated
    lines when piped, or JSON."""
    infos = Context.create(configured_options(args)[0]).rule_infos()
    if args.format == "json":
        from .render.rulehelp import help_uri

        print(json.dumps([{"id": i.id, "kind": i.kind, "severity": i.severity, "category": i.category,
                           "languages": list(i.languages), "source": i.source, "description": i.description,
                           "help_uri": help_uri(i)} for i in infos], ensure_ascii=False, indent=2))
        return OK
    rows = [(i.id, i.kind, i.severity, ",".join(i.languages) or "all", i.source) for i in infos]
    from .render import terminal

    console = terminal.make_console()
    if not console.is_terminal:
        for row in rows:
            print("\t".join(row))
        return OK
    from rich.table import Table

    table = Table("rule", "kind", "severity", "languages", "source", box=None)
    table.columns[0].no_wrap = True
    for row in rows:
        table.add_row(*row)
    console.print(table)
    return OK


def cmd_rule(args: argparse.Namespace) -> int:
    from .render.rulehelp import help_text

    ctx = Context.create(configured_options(args)[0])
    matches = [i for i in ctx.rule_infos() if i.id.lower() == args.id.lower()]
    if not matches:
        raise UsageError(f"no rule {args.id!r}; `qa rules` lists them")
    print(help_text(matches[0]))
    return OK


def main(argv: list[str] | None = None) -> int:
    tune_for_batch_run()
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return FAILURE
    # SIGTERM (a cancelled CI job, a killed pipeline) unwinds the run like
    # Ctrl-C, so what it started stops with it: a LanguageTool JVM being
    # started in its own session would otherwise outlive it
    previous = TermSignal().install() if threading.current_thread() is threading.main_thread() else None
    try:
        return args.func(args)
    except (UsageError, RuleFileError, ConfigError, BaselineError) as exc:
        print(f"qa: error: {inert(str(exc))}", file=sys.stderr)
        return FAILURE
    except BrokenPipeError:
        # the reader went away (`qa check | head`): nothing more can be said
        _silence_stdout()
        return FAILURE
    except (KeyboardInterrupt, Exception) as exc:  # noqa: BLE001 - the last line of defence
        if isinstance(exc, KeyboardInterrupt):
            print("qa: interrupted", file=sys.stderr)
        else:
            if getattr(args, "debug", False) or os.environ.get("QA_DEBUG"):
                import traceback

                traceback.print_exc()
            detail = " ".join(str(exc).split())[:300]
            print(f"qa: error: unexpected {type(exc).__name__}: {inert(detail)} "
                  "(a bug: please report it; --debug shows where)", file=sys.stderr)
        return status_of_exception(exc)
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


if __name__ == "__main__":
    sys.exit(main())
