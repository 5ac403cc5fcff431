"""Audit a jsonl archive of posts with somelint on Spark, and write the findings as Parquet.

    spark-submit spark_audit.py ARCHIVE.jsonl OUT_DIR [--config .somelint.yaml] [--rules omat.yaml]

The archive holds one post a line, as ``somelint check --input-format jsonl`` reads it:
``{"id": "...", "text": "...", "platform": "facebook", "reply_to": "..."}`` (``platform`` and
``reply_to`` optional). Two Parquet datasets are written:

- ``OUT_DIR/posts``: one row for every post, with its ``findings`` (a list of the command line's
  JSON objects, ``span`` and ``fix`` as structs), so every post is accounted for, the clean ones
  with an empty list;
- ``OUT_DIR/findings``: one row per finding (``id``, ``platform`` and the finding's fields), for
  counting and grouping.

The linter is built once on the driver, so a bad config or rule file fails there with its file,
line and column, and is shipped to the executors pickled as the texts it was built from: no file
needs to be on the executors, and each Python worker compiles it once (``somelint._restore``
keeps it), not once per row or per batch. Each task checks its batches on one thread
(``threads`` = ``spark.task.cpus``), so Spark's one task per core uses every core.

The same job runs unchanged in local mode and on a cluster; docs/python.md says how to ship the
somelint wheel to the executors.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Iterator
from typing import Any, Optional

import pyarrow as pa
from pyspark.sql import SparkSession

import somelint

SPAN = pa.struct(
    [(k, pa.int64()) for k in ("start", "end", "line", "column", "end_line", "end_column")]
)
FINDING = pa.struct(
    [
        ("rule", pa.string()),
        ("category", pa.string()),
        ("severity", pa.string()),
        ("message", pa.string()),
        ("help", pa.string()),
        ("source", pa.string()),
        ("span", SPAN),
        ("matched", pa.string()),
        ("fix", pa.struct([("replacement", pa.string()), ("safe", pa.bool_())])),
    ]
)
POSTS = pa.schema(
    [("id", pa.string()), ("platform", pa.string()), ("findings", pa.list_(FINDING))]
)
# The same in Spark's words, for mapInArrow.
POSTS_DDL = (
    "id string, platform string, findings array<struct<rule: string, category: string, "
    "severity: string, message: string, help: string, source: string, span: struct<start: bigint, "
    "end: bigint, line: bigint, column: bigint, end_line: bigint, end_column: bigint>, "
    "matched: string, fix: struct<replacement: string, safe: boolean>>>"
)
# The archive's records: `id` is read as text whatever its JSON type (the command line's reports
# show a number id as its JSON text too).
RECORD = "id STRING, text STRING, platform STRING, reply_to STRING"


def lint_batches(linter: somelint.Linter, batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """Checks each Arrow batch of records with one `check_many` call."""
    for batch in batches:
        cols = batch.to_pydict()
        found = linter.check_many(cols["text"], cols["platform"], reply_to=cols["reply_to"])
        yield pa.RecordBatch.from_pydict(
            {
                "id": cols["id"],
                "platform": cols["platform"],
                "findings": [[f.to_dict() for f in fs] for fs in found],
            },
            schema=POSTS,
        )


def audit(
    spark: SparkSession,
    archive: str,
    out: str,
    config: Optional[str] = None,
    rules: Optional[list[str]] = None,
    lang: Optional[str] = None,
    partitions: Optional[int] = None,
) -> dict[str, Any]:
    """Runs the audit; returns the counts and the time taken."""
    started = time.perf_counter()
    task_cpus = int(spark.conf.get("spark.task.cpus", "1") or "1")
    # Built (and checked) here on the driver; executors get it pickled with the function below.
    linter = somelint.Linter(config, rules or [], lang=lang, threads=task_cpus)

    def lint_partition(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        return lint_batches(linter, batches)

    records = spark.read.schema(RECORD).json(archive)
    if partitions:
        records = records.repartition(partitions)
    posts = records.mapInArrow(lint_partition, POSTS_DDL)
    posts.write.mode("overwrite").parquet(f"{out}/posts")
    linted = time.perf_counter() - started
    written = spark.read.parquet(f"{out}/posts")
    written.selectExpr("id", "platform", "inline(findings)").write.mode("overwrite").parquet(
        f"{out}/findings"
    )
    counts = written.selectExpr("count(*) AS posts", "sum(size(findings)) AS findings").first()
    return {
        "posts": counts["posts"],
        "findings": counts["findings"] or 0,
        "seconds": time.perf_counter() - started,
        "posts_seconds": linted,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("archive", help="jsonl archive (a path or URL Spark can read)")
    parser.add_argument("out", help="output folder for the Parquet datasets")
    parser.add_argument("--config", help="config file (.somelint.yaml), read on the driver")
    parser.add_argument("--rules", action="append", default=[], help="more rule files")
    parser.add_argument("--lang", choices=["fi", "en"])
    parser.add_argument("--partitions", type=int, help="repartition the archive first")
    args = parser.parse_args()
    spark = SparkSession.builder.appName("somelint-audit").getOrCreate()
    result = audit(spark, args.archive, args.out, args.config, args.rules, args.lang, args.partitions)
    print(
        f"{result['posts']} posts, {result['findings']} findings, "
        f"{result['seconds']:.1f} s ({result['posts'] / result['seconds']:.0f} posts/s)"
    )
    print("summary " + json.dumps(result))
    spark.stop()


if __name__ == "__main__":
    main()
