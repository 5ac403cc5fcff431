"""Shared fixtures: the repository, the command line to compare with, generated archives.

Run by tests/python.rs (``cargo test --test python``), which builds the wheel, installs it into a
virtual environment and sets ``SOMELINT_CLI`` to a release build of the command line. By hand:
``pip install target/wheels/somelint-*.whl && cargo build --release && pytest crates/python/tests``.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any, Optional

import pytest

import archive

ROOT = Path(__file__).resolve().parents[3]
REQUIRED = os.environ.get("SOMELINT_REQUIRE_PYTHON") == "1"


def missing(what: str) -> None:
    """Skips, or fails when SOMELINT_REQUIRE_PYTHON=1 (CI) says nothing may be skipped."""
    if REQUIRED:
        pytest.fail(f"{what} (SOMELINT_REQUIRE_PYTHON=1 makes this a failure)")
    pytest.skip(what)


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def cli() -> str:
    """The command line: SOMELINT_CLI, else target/release/somelint."""
    path = os.environ.get("SOMELINT_CLI") or str(ROOT / "target" / "release" / "somelint")
    if not Path(path).is_file():
        missing(f"no somelint binary at {path}; run `cargo build --release` or set SOMELINT_CLI")
    return path


def run_cli(cli: str, args: list[str], cwd: Path = ROOT, env: Optional[dict[str, str]] = None) -> Any:
    """Runs ``somelint check --format json ARGS`` and returns the parsed report."""
    out = subprocess.run(
        [cli, "check", "--format", "json", *args],
        cwd=cwd,
        capture_output=True,
        env={**os.environ, **(env or {})},
        check=False,
    )
    assert out.returncode in (0, 1), out.stderr.decode()
    return json.loads(out.stdout)


@pytest.fixture(scope="session")
def archive_10k(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, Any]]]:
    """A 10,000-post jsonl archive and its records."""
    recs = archive.records(ROOT, 10_000)
    path = archive.write(tmp_path_factory.mktemp("archive") / "posts.jsonl", recs)
    return path, recs
