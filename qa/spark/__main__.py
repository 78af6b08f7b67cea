"""``python -m qa.spark`` or ``spark-submit qa/spark/__main__.py``, with the
arguments of ``qa spark``. Absolute imports: spark-submit runs this file as
a script, outside its package."""
import sys

from qa.spark.cli import main

sys.exit(main())
