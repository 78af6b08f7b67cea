"""``qa spark`` as three steps a PySpark program can also compose: items in,
reports out, part files written."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import partial

from ..model import DocumentReport
from ..options import Options
from .rows import json_line, struct_row
from .sources import PARSERS, Item
from .deadline import DEFAULT_TIME_LIMIT
from .task import TaskChecker


def check_partition(items: Iterable[Item], options: Options,
                    seconds_per_document: float | None = DEFAULT_TIME_LIMIT) -> Iterator[DocumentReport]:
    """Every report of one partition, in input order; one context for all."""
    with TaskChecker(options, seconds_per_document) as checker:
        yield from checker.reports(
            item for source, position, payload, reader in items
            for item in PARSERS[reader](payload, source, position, options))


def check_items(items, options: Options, seconds_per_document: float | None = DEFAULT_TIME_LIMIT):
    """An RDD of ``DocumentReport`` (the next map runs in the same Python
    worker, so the report objects never cross to the JVM)."""
    return items.mapPartitions(partial(check_partition, options=options,
                                       seconds_per_document=seconds_per_document))


def report_frame(spark, reports, output_format: str):
    """The DataFrame that is written: one JSON line per report, or typed columns."""
    from . import schema

    if output_format == "jsonl":
        return spark.createDataFrame(reports.map(lambda r: (json_line(r),)), "value string")
    return spark.createDataFrame(reports.map(struct_row), schema.REPORT)


def write_reports(spark, reports, output_dir: str, output_format: str = "jsonl",
                  overwrite: bool = False) -> None:
    writer = report_frame(spark, reports, output_format).write.mode("overwrite" if overwrite else "errorifexists")
    if output_format == "jsonl":
        writer.text(output_dir)
    else:
        writer.parquet(output_dir)


def count_verdicts(spark, output_dir: str, output_format: str) -> dict[str, int]:
    """Read back only the verdicts of what was written."""
    if output_format == "jsonl":
        frame = spark.read.schema("verdict string").json(output_dir)
    else:
        frame = spark.read.parquet(output_dir).select("verdict")
    return {row["verdict"]: row["count"] for row in frame.groupBy("verdict").count().collect()}
