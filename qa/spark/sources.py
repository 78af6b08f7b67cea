"""Inputs as Spark reads them: every reader turns its files into rows of
(source, position, payload) in file order, and a parser turns one payload
into documents on the executors.

JSON Lines are read by Spark's text source and parsed by the same
function as ``qa check`` (``qa.sources.jsonl.parse_line``), so both give the
same documents and the same messages for bad records; the raw bytes of a
line reach the parser, so invalid UTF-8 is reported as it is there. A
Parquet row is turned into a JSON object by Spark (``to_json``) and parsed
the same way; its position is its row number. Another format (WARC) plugs
in as one more ``SparkReader``.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from ..document import Document
from ..options import Options
from ..model import ReadFailure
from ..sources.jsonl import parse_line

# (source, 1-based position in the file, payload bytes, reader name)
Item = tuple[str, int, bytes, str]


@dataclass(frozen=True)
class SparkReader:
    name: str
    suffixes: tuple[str, ...]
    # one file (or URI) -> a DataFrame with one binary column, in file order
    load: Callable[[object, str], object]
    # one payload -> the documents in it (runs on executors)
    parse: Callable[[bytes, str, int, Options], Iterable[Document | ReadFailure]]


def _load_lines(spark, path: str):
    from pyspark.sql.functions import col

    # cast keeps the line's bytes as read (Spark does not validate UTF-8)
    return spark.read.text(path).select(col("value").cast("binary"))


def _load_parquet(spark, path: str):
    from pyspark.sql.functions import col, struct, to_json

    df = spark.read.parquet(path)
    return df.select(to_json(struct(*[col(f"`{c}`") for c in df.columns])).cast("binary"))


def _parse_json(payload: bytes, source: str, position: int, options: Options):
    return [parse_line(payload, source, position, options)] if payload.strip() else []


JSONL = SparkReader("jsonl", (".jsonl", ".jsonl.gz", ".jsonl.bz2", ".ndjson"), _load_lines, _parse_json)
PARQUET = SparkReader("parquet", (".parquet",), _load_parquet, _parse_json)
READERS: tuple[SparkReader, ...] = (JSONL, PARQUET)
PARSERS = {reader.name: reader.parse for reader in READERS}


class InputError(Exception):
    """An input path that cannot be read as any known format."""


def reader_for(path: str) -> SparkReader | None:
    name = path.lower().rstrip("/")
    return next((r for r in READERS if name.endswith(r.suffixes)), None)


def expand(paths: list[str]) -> list[tuple[str, SparkReader]]:
    """Local folders become their files in sorted order (hidden files such
    as Spark's ``.crc`` and ``_SUCCESS`` markers skipped); URIs and files
    are taken as they are, by suffix."""
    out = []
    for raw in paths:
        local = Path(raw)
        if "://" not in raw and local.is_dir():
            found = [
                (str(p), reader_for(str(p))) for p in sorted(local.rglob("*"))
                if p.is_file() and not any(part.startswith((".", "_")) for part in p.relative_to(local).parts)
            ]
            found = [(p, r) for p, r in found if r is not None]
            if not found:
                names = ", ".join(s for r in READERS for s in r.suffixes)
                raise InputError(f"{raw}: no input files in this folder (looked for {names})")
            out.extend(found)
            continue
        if "://" not in raw and not local.exists():
            raise InputError(f"{raw}: no such file or directory")
        reader = reader_for(raw)
        if reader is None:
            raise InputError(f"{raw}: cannot tell its format; name it .jsonl or .parquet")
        out.append((raw, reader))
    return out


# Checking costs 3-10 ms of CPU per article (1-5 KB), so the split sizes
# Spark chooses for I/O-bound jobs (128 MiB, 4 MiB opening cost) would leave
# cores idle on small inputs and make one task run for many minutes on
# large ones. Smaller splits: a few thousand articles, about a minute, each.
SPLIT_SETTINGS = {"spark.sql.files.maxPartitionBytes": str(16 * 2**20),
                  "spark.sql.files.openCostInBytes": str(2**20)}


def split_for_checking(spark) -> None:
    """Apply ``SPLIT_SETTINGS`` where the user has not set them."""
    given = spark.sparkContext.getConf()
    for key, value in SPLIT_SETTINGS.items():
        if not given.contains(key):
            spark.conf.set(key, value)


def load_items(spark, paths: list[str]):
    """An RDD of ``Item`` over every input, numbered within each file."""
    rdds = []
    for path, reader in expand(paths):
        numbered = reader.load(spark, path).rdd.zipWithIndex()
        rdds.append(numbered.map(_item_maker(path, reader.name)))
    return spark.sparkContext.union(rdds)


def _item_maker(source: str, reader: str) -> Callable[[tuple], Item]:
    def make(pair: tuple) -> Item:
        row, index = pair
        return source, index + 1, bytes(row[0] or b""), reader
    return make
