"""newsqa on a real Spark (pyspark, ``local[2]``): the reports equal
``qa check``'s on the same documents, bad records become error rows, and a
task that fails and is retried leaves the same rows.

One SparkSession serves the whole module. Its master is ``local[2,2]``:
two worker threads, as ``local[2]``, and a failed task may be tried twice
(plain ``local[2]`` never retries, so the retry test could not run).
"""
from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from qa.cli import main
from qa.context import Context
from qa.document import Document
from qa.grammar.install import default_home, is_complete, lt_python_home
from qa.options import Options
from qa.pipeline import check_documents

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
# Where `qa languagetool install` put the jars, read before this module
# points QA_CACHE_DIR at a private folder.
LT_INSTALLED = default_home()


def corpus_records() -> list[dict]:
    """Every sample as one record: the JSON Lines feed and the loose files."""
    records = [json.loads(line) for line in (SAMPLES / "news_feed.jsonl").read_text().splitlines()
               if line.strip()]
    for path in sorted(SAMPLES.glob("*.txt")) + sorted(SAMPLES.glob("*.md")):
        records.append({"id": path.stem, "text": path.read_text(encoding="utf-8")})
    return records


def write_feed(path: Path) -> Path:
    """The records plus what real feeds hold: a truncated line, a record
    without text, a blank line, a record without id, and Latin-1 bytes."""
    lines = [json.dumps(r, ensure_ascii=False).encode() for r in corpus_records()]
    lines.insert(2, b'{"id": "cut", "text": "La noticia se cort')
    lines += [b'{"id": "no-text", "title": "Sin cuerpo"}', b"",
              '{"text": "Los ministros ministros llegaron tarde a la reunión."}'.encode(),
              b'{"id": "latin1", "text": "La reuni\xf3n termin\xf3 ayer."}']
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path


@pytest.fixture(scope="module")
def qa_cache(tmp_path_factory: pytest.TempPathFactory):
    """Servers the executors start are recorded here, not in the developer's
    cache, so the tests neither use nor stop a server kept with `qa server start`."""
    path = tmp_path_factory.mktemp("qa-cache")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("QA_CACHE_DIR", str(path))
        yield path


@pytest.fixture(scope="module")
def spark(qa_cache: Path):
    """Started after ``qa_cache``: the JVM, and the Python workers it forks,
    inherit QA_CACHE_DIR from this process."""
    from qa.spark.cli import start_session

    with pytest.MonkeyPatch.context() as mp:
        # A JVM that starts fast (the tests move little data); no web UI.
        mp.setenv("PYSPARK_SUBMIT_ARGS", "--driver-java-options -XX:TieredStopAtLevel=1 pyspark-shell")
        session = start_session("local[2,2]", {"spark.ui.enabled": "false",
                                               "spark.sql.shuffle.partitions": "2"})
    yield session
    session.stop()


def check_lines(tmp_path: Path, *args: str) -> dict[tuple, dict]:
    """``qa check --format jsonl`` on the same input, keyed like the Spark reports."""
    out = tmp_path / "check.jsonl"
    main(["check", *args, "--format", "jsonl", "-o", str(out)])
    return by_key(json.loads(line) for line in out.read_text().splitlines())


def by_key(reports) -> dict[tuple, dict]:
    table = {}
    for r in reports:
        key = (r["source"], r["id"])
        assert key not in table, f"two reports for {key}"
        table[key] = r
    return table


def part_lines(folder: Path) -> dict[tuple, dict]:
    return by_key(json.loads(line) for part in sorted(folder.glob("part-*"))
                  for line in part.read_text().splitlines())


def test_reports_equal_qa_check_and_bad_records_are_error_rows(spark, tmp_path, capsys):
    feed = write_feed(tmp_path / "feed.jsonl")
    status = main(["spark", str(feed), str(tmp_path / "out"), "--grammar", "off"])
    assert status == 0
    spark_reports = part_lines(tmp_path / "out")
    expected = check_lines(tmp_path, str(feed), "--grammar", "off")
    assert len(spark_reports) == len(corpus_records()) + 4  # the blank line is no record
    # Whole report objects: scores, verdicts, findings with their offsets and fixes.
    assert spark_reports == expected
    errors = {k: r["error"] for k, r in spark_reports.items() if r["verdict"] == "error"}
    assert errors == {
        (str(feed), "line 3"): "line 3: invalid JSON: Unterminated string starting at at column 23",
        (str(feed), "no-text"):
            f"line {len(corpus_records()) + 2}: field 'text' is missing",
        (str(feed), f"line {len(corpus_records()) + 5}"):
            f"line {len(corpus_records()) + 5}: not valid UTF-8 (invalid continuation byte)",
    }
    unnamed = spark_reports[(str(feed), f"line {len(corpus_records()) + 4}")]
    assert [f["rule"] for f in unnamed["findings"]] == ["Repetition.Token"]
    assert "3 error" in capsys.readouterr().err


def test_parquet_in_and_out_gives_the_same_scores(spark, tmp_path):
    records = corpus_records()
    pq.write_table(pa.Table.from_pylist(records + [{"id": "empty", "text": "  "}]), tmp_path / "feed.parquet")
    assert main(["spark", str(tmp_path / "feed.parquet"), str(tmp_path / "out"),
                 "--output-format", "parquet", "--grammar", "off"]) == 0
    rows = {r["id"]: r for r in spark.read.parquet(str(tmp_path / "out")).collect()}
    jsonl = tmp_path / "feed.jsonl"
    jsonl.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    expected = {r["id"]: r for r in check_lines(tmp_path, str(jsonl), "--grammar", "off").values()}
    assert set(rows) == set(expected) | {"empty"}
    for rid, want in expected.items():
        got = rows[rid]
        assert (got["score"], got["verdict"], got["words"], got["language"]) == (
            want["score"], want["verdict"], want["words"], want["language"])
        assert [(f["rule"], f["start"], f["end"], f["line"], f["severity"]) for f in got["findings"]] == [
            (f["rule"], f["start"], f["end"], f["line"], f["severity"]) for f in want["findings"]]
        assert [[x["replacement"] for x in f["fixes"]] for f in got["findings"]] == [
            [x["replacement"] for x in f["fixes"]] for f in want["findings"]]
    assert rows["empty"]["verdict"] == "error" and rows["empty"]["error"].endswith("field 'text' is empty")
    assert rows["empty"]["findings"] == [] and rows["empty"]["notes"] == []


def test_dataframe_api_adds_a_typed_report_column(spark):
    from qa.spark import check_dataframe
    from qa.spark.schema import REPORT

    ctx = Context.create(Options(grammar="off"))
    records = corpus_records()
    frame = spark.createDataFrame(
        [(r["id"], r.get("lang"), r["text"]) for r in records] + [("nothing", "es", None)],
        "url string, lang string, body string")
    checked = check_dataframe(frame, "body", id_col="url", language_col="lang")
    assert checked.schema["qa"].dataType == REPORT
    assert checked.columns == ["url", "lang", "body", "qa"]
    rows = {row["url"]: row for row in checked.collect()}
    for r in records:
        want = next(check_documents([Document.from_text(r["text"], language=r.get("lang"))], ctx))
        got = rows[r["id"]]["qa"]
        assert (got["score"], got["verdict"], got["id"]) == (want.score, want.verdict, r["id"])
        assert [f["rule"] for f in got["findings"]] == [f.rule for f in want.findings]
    assert rows["nothing"]["qa"]["verdict"] == "error"
    assert rows["nothing"]["qa"]["error"].endswith("field 'body' is missing")
    failing = checked.where("qa.verdict = 'fail'").select("url", "qa.findings.rule").collect()
    assert {row["url"] for row in failing} >= {"es_seed_putin_pyongyang"}


def test_a_retried_task_leaves_the_same_rows(spark, tmp_path):
    """The first attempt of one task dies after writing two reports; Spark
    runs it again and the output holds each report once, as without the failure."""
    from pyspark import TaskContext

    from qa.spark.job import check_partition, write_reports
    from qa.spark.sources import load_items

    options = Options(grammar="off")
    feed = write_feed(tmp_path / "feed.jsonl")
    items = load_items(spark, [str(feed)]).repartition(2)

    def dies_once(rows):
        context = TaskContext.get()
        for n, report in enumerate(check_partition(rows, options)):
            if n == 2 and context.partitionId() == 0 and context.attemptNumber() == 0:
                raise RuntimeError("executor lost")
            yield report

    write_reports(spark, items.mapPartitions(dies_once), str(tmp_path / "retried"))
    write_reports(spark, items.mapPartitions(lambda rows: check_partition(rows, options)),
                  str(tmp_path / "once"))
    assert part_lines(tmp_path / "retried") == part_lines(tmp_path / "once")
    assert len(part_lines(tmp_path / "once")) == len(corpus_records()) + 4


def test_a_slow_document_becomes_an_error_row_with_a_note(spark, tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "long", "text": (SAMPLES / "es_seed_putin_pyongyang.txt").read_text()})
                    + "\n{broken\n")
    assert main(["spark", str(feed), str(tmp_path / "out"), "--grammar", "off", "--time-limit", "0.000001"]) == 0
    reports = {r["id"]: r for r in part_lines(tmp_path / "out").values()}
    slow = reports["long"]
    assert slow["verdict"] == "error" and slow["source"] == str(feed)
    assert slow["error"] == "not checked: the check took longer than 1e-06 s"
    assert slow["notes"] == ["raise the time limit (--time-limit) to check this document"]
    assert reports["line 2"]["error"].startswith("line 2: invalid JSON")


def test_grammar_that_cannot_be_reached_is_a_note_not_a_failed_job(spark, tmp_path, capsys):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "a", "lang": "es", "text": "Las casa es grande y bonita."}) + "\n")
    dead = "http://127.0.0.1:9"  # the discard port: nothing listens, connections are refused
    assert main(["spark", str(feed), str(tmp_path / "out"), "--languagetool-url", dead]) == 0
    [report] = part_lines(tmp_path / "out").values()
    assert report["verdict"] != "error"
    assert report["notes"][0].startswith(f"grammar not checked: no LanguageTool server answers at {dead}")
    capsys.readouterr()
    assert main(["spark", str(feed), str(tmp_path / "out2"), "--languagetool-url", dead,
                 "--grammar", "required"]) == 2
    err = capsys.readouterr().err
    assert err == f"qa: error: grammar required but no LanguageTool answers at {dead}\n"
    assert not (tmp_path / "out2").exists()


def test_bad_arguments_are_one_line_errors(spark, tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Hola.")
    (tmp_path / "taken").mkdir()
    feed = write_feed(tmp_path / "feed.jsonl")
    cases = [
        ([str(tmp_path / "missing.jsonl"), str(tmp_path / "o1")], "missing.jsonl: no such file or directory"),
        ([str(tmp_path / "a.txt"), str(tmp_path / "o2")], "a.txt: cannot tell its format; name it .jsonl or .parquet"),
        ([str(feed), str(tmp_path / "taken")], "taken exists; name a new folder or pass --overwrite"),
    ]
    for argv, message in cases:
        assert main(["spark", *argv, "--grammar", "off"]) == 2
        err = capsys.readouterr().err
        assert err.startswith("qa: error: ") and err.rstrip().endswith(message) and err.count("\n") == 1


@pytest.fixture(scope="module")
def lt_home() -> Path:
    if is_complete(LT_INSTALLED):
        return LT_INSTALLED
    return lt_python_home() or pytest.fail(
        f"LanguageTool is not installed in {LT_INSTALLED}: run `qa languagetool install` first")


def test_each_executor_starts_or_reuses_its_own_languagetool(lt_home, spark, qa_cache, tmp_path):
    from qa.grammar import GrammarService
    from qa.grammar.server import find_kept, stop_kept
    from qa.spark.job import check_items
    from qa.spark.rows import json_line
    from qa.spark.sources import load_items

    options = Options(grammar="auto", languagetool_home=str(lt_home))
    feed = tmp_path / "feed.jsonl"
    texts = ["Las casa es grande.", "El niño juega en el parque con su perro.",
             "The children plays in the garden every day."]
    feed.write_text("".join(json.dumps({"id": str(n), "text": t}) + "\n" for n, t in enumerate(texts)))
    assert find_kept() is None
    try:
        items = load_items(spark, [str(feed)]).repartition(2)
        lines = check_items(items, options).map(json_line).collect()
        kept = find_kept()  # the first task started it in the executors' cache folder
        assert kept is not None and str(qa_cache) in kept.log
        reports = {r["id"]: r for r in map(json.loads, lines)}
        assert reports["0"]["findings"][0]["rule"] == "LT.AGREEMENT_DET_NOUN"
        assert not any("grammar not checked" in n for r in reports.values() for n in r.get("notes", []))
        with GrammarService(options) as grammar:  # the same server, from this process
            assert grammar.mode == "kept" and grammar.url == kept.url
            ctx = Context.create(options)
            ctx.grammar = grammar
            docs = [Document.from_text(t, source=str(feed), id=str(n), meta={"line": n + 1})
                    for n, t in enumerate(texts)]
            expected = {r.id: json.loads(json_line(r)) for r in check_documents(docs, ctx)}
        assert reports == expected
        again = check_items(items, options).map(json_line).collect()
        assert find_kept() == kept  # the second job reused it
        assert sorted(again) == sorted(lines)
    finally:
        stop_kept()


def test_runs_unchanged_under_spark_submit(tmp_path):
    """The same arguments through spark-submit, which starts its own JVM and
    hands its master to the Python driver."""
    import os
    import subprocess
    import sys

    feed = write_feed(tmp_path / "feed.jsonl")
    submit = Path(sys.executable).with_name("spark-submit")
    env = {**os.environ, "PYSPARK_PYTHON": sys.executable}
    done = subprocess.run(
        [str(submit), "--master", "local[1]", "--conf", "spark.ui.enabled=false",
         str(ROOT / "qa" / "spark" / "__main__.py"), str(feed), str(tmp_path / "out"), "--grammar", "off"],
        capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    # spark-submit passes the Python driver's stderr on to its own stdout
    assert f"qa: 14 reports in {tmp_path / 'out'} (4 pass, 0 warn, 7 fail, 3 error)" in done.stdout
    assert part_lines(tmp_path / "out") == check_lines(tmp_path, str(feed), "--grammar", "off")
