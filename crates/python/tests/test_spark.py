"""The Spark job (examples/spark_audit.py) run by spark-submit in local mode on a generated
10,000-post archive: every post is in the output, and the findings equal the command line's."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from conftest import ROOT, missing, run_cli

JOB = ROOT / "crates" / "python" / "examples" / "spark_audit.py"
CONFIG = ROOT / "fixtures" / "guidelines" / "clean" / "config-org" / ".somelint.yaml"


def spark_submit() -> str:
    try:
        import pyarrow  # noqa: F401
        import pyspark
    except ImportError as e:
        missing(f"PySpark or pyarrow is not installed ({e}); pip install pyspark pyarrow pandas")
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        missing("Spark needs Java: no `java` on PATH and no JAVA_HOME")
    return str(Path(pyspark.__file__).parent / "bin" / "spark-submit")


def test_spark_job_accounts_for_every_post(
    cli: str, archive_10k: tuple[Path, list[dict[str, Any]]], tmp_path: Path
) -> None:
    submit = spark_submit()
    import pyarrow.parquet as pq

    path, recs = archive_10k
    out = tmp_path / "out"
    env = {
        **os.environ,
        "PYSPARK_PYTHON": sys.executable,
        "PYSPARK_DRIVER_PYTHON": sys.executable,
        "SPARK_LOCAL_IP": "127.0.0.1",
    }
    started = time.perf_counter()
    run = subprocess.run(
        [
            submit,
            "--master", "local[2]",
            "--conf", "spark.ui.enabled=false",
            "--conf", "spark.sql.shuffle.partitions=4",
            "--driver-memory", "1g",
            str(JOB), str(path), str(out),
            "--config", str(CONFIG),
            "--partitions", "4",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    wall = time.perf_counter() - started
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-6000:]
    summary = json.loads(next(l for l in run.stdout.splitlines() if l.startswith("summary "))[8:])

    posts = pq.read_table(out / "posts").to_pylist()
    flat = pq.read_table(out / "findings")
    ids = [p["id"] for p in posts]
    assert len(ids) == len(set(ids)) == len(recs) == summary["posts"] == 10_000
    assert set(ids) == {r["id"] for r in recs}
    platforms = {r["id"]: r.get("platform") for r in recs}
    assert all(p["platform"] == platforms[p["id"]] for p in posts)

    expected = {
        f["id"]: f["diagnostics"]
        for f in run_cli(cli, ["--config", str(CONFIG), "--input-format", "jsonl", str(path)])["files"]
    }
    assert len(expected) == 10_000
    differ = [p["id"] for p in posts if p["findings"] != expected[p["id"]]]
    assert not differ, f"{len(differ)} posts differ, first {differ[0]}"
    total = sum(len(d) for d in expected.values())
    assert flat.num_rows == total == summary["findings"]
    assert total > 1000
    print(
        f"\nSpark local[2]: {len(ids)} posts, {total} findings equal to the command line's; "
        f"job {summary['seconds']:.1f} s (Spark start-up not counted), spark-submit {wall:.1f} s"
    )
