"""check_many's throughput per core against the command line's jsonl throughput on the same
archive: the issue asks for them to be within 20 % of each other.

Per core is measured on one thread each (the command line with RAYON_NUM_THREADS=1, the
Linter with threads=1), which other work on the machine disturbs least; the figures on every
core are printed too."""

from __future__ import annotations

import json
import os
import subprocess
import time
from pathlib import Path
from typing import Any, Callable, Optional

import somelint

ROUNDS = 3


def test_check_many_per_core_is_within_20_percent_of_the_cli(
    cli: str, archive_10k: tuple[Path, list[dict[str, Any]]]
) -> None:
    path, recs = archive_10k
    texts = [r["text"] for r in recs]
    platforms = [r.get("platform") for r in recs]
    replies = [r.get("reply_to") for r in recs]
    n = len(recs)

    def cli_run(threads: Optional[int]) -> Callable[[], float]:
        env = {**os.environ, "RAYON_NUM_THREADS": str(threads or 0)}

        def run() -> float:
            started = time.perf_counter()
            out = subprocess.run(
                [cli, "check", "--format", "json", "--input-format", "jsonl", str(path)],
                capture_output=True,
                env=env,
                check=False,
            )
            took = time.perf_counter() - started
            assert out.returncode in (0, 1), out.stderr.decode()
            assert len(json.loads(out.stdout)["files"]) == n
            return took

        return run

    def python_run(threads: Optional[int]) -> Callable[[], float]:
        linter = somelint.Linter(threads=threads)
        linter.check_many(texts[:200])  # patterns compiled on first need, as in the CLI's first batch

        def run() -> float:
            started = time.perf_counter()
            found = linter.check_many(texts, platforms, reply_to=replies)
            took = time.perf_counter() - started
            assert len(found) == n
            return took

        return run

    cores = os.cpu_count() or 1
    rates = {}
    for threads in (1, None):
        runs = {"CLI jsonl": cli_run(threads), "check_many": python_run(threads)}
        times: dict[str, list[float]] = {k: [] for k in runs}
        for _ in range(ROUNDS):  # interleaved, so that load from elsewhere hits both alike
            for k, run in runs.items():
                times[k].append(run())
        per = 1 if threads == 1 else cores
        rates[threads] = {k: n / min(t) / per for k, t in times.items()}
        print(
            f"\n{'one thread' if threads == 1 else f'all {cores} cores'} ({n} posts, "
            f"{path.stat().st_size / 1e6:.1f} MB, best of {ROUNDS}): "
            + ", ".join(f"{k} {r:,.0f} posts/s per core" for k, r in rates[threads].items())
            + "".join(f"\n  {k} runs: {', '.join(f'{x:.2f}' for x in t)} s" for k, t in times.items())
        )
    one = rates[1]
    ratio = one["check_many"] / one["CLI jsonl"]
    print(f"throughput per core: check_many / CLI jsonl = {ratio:.2f}")
    assert ratio >= 0.8, f"check_many is {(1 - ratio) * 100:.0f} % slower per core than the CLI"
