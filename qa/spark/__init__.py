"""newsqa on Apache Spark (``pip install 'newsqa[spark]'``).

``qa spark`` checks corpora from the command line or ``spark-submit``;
``check_dataframe`` adds a typed report column to any DataFrame with a
text column. pyspark is imported on first use, so registering the command
costs ``qa check`` nothing.
"""


def __getattr__(name: str):
    if name == "check_dataframe":
        from .api import check_dataframe

        return check_dataframe
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["check_dataframe"]
