"""``qa spark INPUT... OUTPUT_DIR``: check a corpus on Apache Spark.

The same command runs under ``spark-submit`` (``spark-submit
qa/spark/__main__.py INPUT... OUTPUT_DIR``): the master then comes from
spark-submit, and ``--master`` is only needed to run without it.
Exit status: 0 when every report was written (records that could not be
read are error rows, counted on stderr), 2 when the job could not run.
"""
from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

from .deadline import DEFAULT_TIME_LIMIT

OUTPUT_FORMATS = ("jsonl", "parquet")


def register(subparsers: argparse._SubParsersAction) -> None:
    from ..cli import _csv

    p = subparsers.add_parser("spark", help="check a corpus on Apache Spark (pip install 'newsqa[spark]')")
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="JSON Lines or Parquet files, folders of them, or URIs Spark reads")
    p.add_argument("output_dir", metavar="OUTPUT_DIR", help="folder for the report part files")
    p.add_argument("--master", help="Spark master URL (default: spark-submit's, else local[*])")
    p.add_argument("--output-format", choices=OUTPUT_FORMATS, default="jsonl",
                   help="jsonl: the lines `qa check --format jsonl` writes; parquet: typed columns")
    p.add_argument("--overwrite", action="store_true", help="replace OUTPUT_DIR if it exists")
    p.add_argument("--grammar", choices=("auto", "required", "off"),
                   help="LanguageTool on every executor (default: auto)")
    p.add_argument("--languagetool-url", help="every executor uses this server instead of its own")
    p.add_argument("--time-limit", type=float, default=DEFAULT_TIME_LIMIT, metavar="SECONDS",
                   help=f"a document still being checked after this long becomes an error row "
                        f"(default {DEFAULT_TIME_LIMIT:g})")
    p.add_argument("--config", metavar="FILE", help="settings file (as for qa check)")
    p.add_argument("--lang", help="language of every document (default: the record's, else detected)")
    p.add_argument("--text-field", help="record field holding the text (default: text)")
    p.add_argument("--select", type=_csv, help="only rules with these id prefixes")
    p.add_argument("--ignore", type=_csv, help="skip rules with these id prefixes")
    p.add_argument("--rules", action="append", default=[], metavar="DIR",
                   help="an extra folder of rule packs (repeatable; must exist on every executor)")
    p.set_defaults(func=cmd_spark)


def cmd_spark(args: argparse.Namespace) -> int:
    from ..cli import configured_options
    from ..errors import UsageError

    try:
        import pyspark  # noqa: F401
    except ImportError:
        raise UsageError("qa spark needs pyspark: pip install 'newsqa[spark]'") from None
    from .sources import InputError, expand

    args.paths = args.inputs  # where configured_options looks for .qa.toml
    options, _ = configured_options(args)
    try:
        expand(args.inputs)
    except InputError as exc:
        raise UsageError(str(exc)) from None
    out = args.output_dir
    if "://" not in out and Path(out).exists() and not args.overwrite:
        raise UsageError(f"{out} exists; name a new folder or pass --overwrite")
    _check_grammar_here(options)
    return _run(args, options)


def _check_grammar_here(options) -> None:
    """Fail before the job when grammar is required and cannot be had; the
    executors would otherwise turn every document into an error row."""
    from ..errors import UsageError

    if options.grammar != "required":
        return
    if options.languagetool_url:
        from ..grammar.server import healthy
        from ..grammar.service import _base_url

        if not healthy(_base_url(options.languagetool_url)):
            raise UsageError(f"grammar required but no LanguageTool answers at {options.languagetool_url}")
        return
    from ..grammar.install import InstallError, resolve_home

    try:
        resolve_home(options.languagetool_home)
    except InstallError as exc:
        raise UsageError(f"grammar required but unavailable: {exc}") from None


def _run(args: argparse.Namespace, options) -> int:
    from py4j.protocol import Py4JError
    from pyspark.errors import PySparkException
    from pyspark.sql import SparkSession

    from ..errors import UsageError
    from .job import check_items, count_verdicts, write_reports
    from .sources import load_items, split_for_checking

    ours = SparkSession.getActiveSession() is None  # a PySpark program may call main() in its session
    spark = start_session(args.master)
    master = spark.sparkContext.master
    stop_server = _server_started_by_job(options, master)
    split_for_checking(spark)
    try:
        items = load_items(spark, args.inputs)
        reports = check_items(items, options, args.time_limit or None)
        write_reports(spark, reports, args.output_dir, args.output_format, args.overwrite)
        verdicts = count_verdicts(spark, args.output_dir, args.output_format)
    except (PySparkException, Py4JError) as exc:
        raise UsageError(f"the Spark job failed: {_first_line(exc)}") from None
    finally:
        if stop_server():
            print("qa: stopped the LanguageTool server this job started", file=sys.stderr)
        if ours:
            spark.stop()
    total = sum(verdicts.values())
    counts = ", ".join(f"{verdicts.get(v, 0)} {v}" for v in ("pass", "warn", "fail", "error"))
    print(f"qa: {total} report{'s' if total != 1 else ''} in {args.output_dir} ({counts})", file=sys.stderr)
    return 0


def start_session(master: str | None, settings: dict[str, str] | None = None):
    """A session on ``master``; under spark-submit (which hands its Python
    driver a gateway) the master it was given, else ``local[*]``."""
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("newsqa")
    for key, value in (settings or {}).items():
        builder = builder.config(key, value)
    if master or "PYSPARK_GATEWAY_PORT" not in os.environ:
        master = master or "local[*]"
        builder = builder.master(master)
    if master and master.startswith("local"):
        # local workers run this interpreter, the one newsqa is installed in
        # (pyspark reads the variable, not the setting, for Python tasks)
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    # Progress bars only where someone watches them.
    builder = builder.config("spark.ui.showConsoleProgress", str(sys.stderr.isatty()).lower())
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel(os.environ.get("QA_SPARK_LOG_LEVEL", "ERROR"))
    return spark


def _server_started_by_job(options, master: str):
    """On a local master the executors share this machine: a LanguageTool
    server they start for the job is stopped with it. (On a cluster each
    executor's server is kept for the next job; `qa server stop` ends it.)"""
    if not master.startswith("local") or options.grammar == "off" or options.languagetool_url:
        return lambda: False
    from ..grammar.server import find_kept, stop_kept

    if find_kept() is not None:
        return lambda: False
    return stop_kept


def _first_line(exc: BaseException) -> str:
    """Spark's errors carry a JVM or Python traceback; one line is enough."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    raised = [line for line in lines if re.match(r"[\w.]+(Error|Exception)\b", line)]
    return (raised or lines or [type(exc).__name__])[-1 if raised else 0]


def main(argv: list[str] | None = None) -> int:
    """Entry point for ``spark-submit``: ``qa spark``'s arguments."""
    from ..cli import main as qa_main

    return qa_main(["spark", *(sys.argv[1:] if argv is None else argv)])
