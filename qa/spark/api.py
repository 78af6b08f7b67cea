"""The Python API for PySpark users::

    from qa.spark import check_dataframe
    checked = check_dataframe(articles, "body", id_col="url", language_col="lang")
    checked.where("qa.verdict = 'fail'").select("url", "qa.score", "qa.findings.rule")

Built on ``mapInArrow``: each task builds one newsqa context and checks its
Arrow batches with it, so word lists load once per task, not per row.
"""
from __future__ import annotations

from dataclasses import replace

from ..options import Options
from .deadline import DEFAULT_TIME_LIMIT


def check_dataframe(df, text_col: str = "text", *, id_col: str | None = None,
                    language_col: str | None = None, options: Options | None = None,
                    report_col: str = "qa", seconds_per_document: float | None = DEFAULT_TIME_LIMIT):
    """``df`` with one more column, ``report_col``, of type ``qa.spark.schema.REPORT``.

    ``options`` default to no grammar; with ``Options(grammar="auto")`` each
    executor starts or reuses its own LanguageTool server, and with
    ``languagetool_url`` every executor uses that one. A null or empty text,
    a failing check or one past ``seconds_per_document`` gives a report whose
    ``error`` says why; the other rows are checked as usual.
    """
    from pyspark.sql.types import StructField, StructType

    from .schema import REPORT

    if report_col in df.columns:
        raise ValueError(f"the DataFrame already has a column {report_col!r}")
    for name in (text_col, id_col, language_col):
        if name is not None and name not in df.columns:
            raise ValueError(f"the DataFrame has no column {name!r}")
    options = replace(options or Options(grammar="off"), text_field=text_col)
    out_schema = StructType([*df.schema.fields, StructField(report_col, REPORT)])
    return df.mapInArrow(_checker(text_col, id_col, language_col, options, report_col,
                                  seconds_per_document), out_schema)


def _checker(text_col, id_col, language_col, options, report_col, seconds):
    """The function each task runs over its Arrow batches."""

    def check_batches(batches):
        import pyarrow as pa
        from pyspark.sql.pandas.types import to_arrow_type

        from ..sources.jsonl import record_document
        from .rows import struct_row
        from .schema import REPORT
        from .task import TaskChecker

        arrow_type = to_arrow_type(REPORT)
        position = 0
        with TaskChecker(options, seconds) as checker:
            for batch in batches:
                texts = batch.column(text_col).to_pylist()
                ids = batch.column(id_col).to_pylist() if id_col else [None] * len(texts)
                langs = batch.column(language_col).to_pylist() if language_col else [None] * len(texts)
                rows = []
                for text, rid, lang in zip(texts, ids, langs):
                    position += 1
                    record = {text_col: text, "id": rid, "lang": lang}
                    row = struct_row(checker.check(record_document(record, text_col, position, options)))
                    if id_col is None:
                        row["id"] = None  # not "line N": a partition's row number means nothing
                    rows.append(row)
                yield batch.append_column(report_col, pa.array(rows, type=arrow_type))

    return check_batches
