"""The typed Spark schema of one report: the JSON report's document object
(``qa/render/json.py``) as a struct, so Parquet output and DataFrame
columns can be queried without parsing JSON."""
from __future__ import annotations

from pyspark.sql.types import (
    ArrayType,
    DoubleType,
    IntegerType,
    StringType,
    StructField,
    StructType,
)


def _fields(*pairs: tuple[str, object]) -> StructType:
    return StructType([StructField(name, kind, nullable=True) for name, kind in pairs])


FIX = _fields(
    ("start", IntegerType()), ("end", IntegerType()), ("replacement", StringType()),
    ("confidence", DoubleType()), ("applicability", StringType()), ("description", StringType()),
)

FINDING = _fields(
    ("rule", StringType()), ("category", StringType()), ("severity", StringType()),
    ("confidence", DoubleType()), ("start", IntegerType()), ("end", IntegerType()),
    ("line", IntegerType()), ("column", IntegerType()),
    ("end_line", IntegerType()), ("end_column", IntegerType()),
    ("text", StringType()), ("message", StringType()), ("fixes", ArrayType(FIX)),
    ("signals", ArrayType(StringType())),
    ("data", StringType()),  # a checker's free-form facts, as JSON text
)

REPORT = _fields(
    ("source", StringType()), ("id", StringType()), ("language", StringType()),
    ("score", DoubleType()), ("verdict", StringType()), ("words", IntegerType()),
    ("findings", ArrayType(FINDING)), ("notes", ArrayType(StringType())), ("error", StringType()),
)
